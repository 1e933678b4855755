/**
 * Slash commands (`/ask`, `/summarize`, `/spend`, `/tandem …`) and the "Summarize thread" message
 * shortcut. Slack wants an acknowledgement within 3 seconds, so both ack first and answer afterwards.
 */
import { createHash } from 'node:crypto';
import type { App, MessageShortcut, RespondFn, SlashCommand } from '@slack/bolt';
import { createCommandReplyChannel } from './command-reply-channel.ts';
import { eventKey } from './delivery-keys.ts';
import { runGuarded } from './handler-guard.ts';
import { buildIncomingMessage, commandLine, isDirectChannel } from './incoming.ts';
import { createThreadReplyChannel } from './reply-channel.ts';
import type { RoutingDeps } from './routing-deps.ts';

import { SLASH_COMMANDS } from './help-entries.ts';
export { SLASH_COMMANDS };
export const SUMMARIZE_SHORTCUT_ID = 'summarize_thread';

/** trigger_id is unique per invocation; the response_url is too, should a payload lack it. */
function commandEventId(command: SlashCommand): string {
  if (command.trigger_id) return command.trigger_id;
  const parts = [command.command, command.user_id, command.channel_id, command.response_url, command.text];
  return `cmd-${createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 24)}`;
}

async function handleCommand(command: SlashCommand, respond: RespondFn, deps: RoutingDeps): Promise<void> {
  const eventId = commandEventId(command);
  const isDirect = isDirectChannel(command.channel_id);
  const message = await buildIncomingMessage(
    {
      eventId,
      deliveryKey: eventKey('command', eventId),
      userId: command.user_id,
      channelId: command.channel_id,
      isDirect,
      rawText: commandLine(command.command, command.text ?? ''),
      isSlashCommand: true,
      botUserId: deps.identity.get().botUserId,
      channelNameHint: command.channel_name,
    },
    deps.directory,
  );
  const channel = createCommandReplyChannel(
    { channelId: command.channel_id, userId: command.user_id, command: command.command, text: command.text ?? '', ...(command.team_id ? { teamId: command.team_id } : {}), respond },
    deps.replyDeps,
  );
  await runGuarded(deps.handlers, message, channel, deps.logger);
}

async function handleSummarizeShortcut(shortcut: MessageShortcut, respond: RespondFn, deps: RoutingDeps): Promise<void> {
  const channelId = shortcut.channel.id;
  const threadTs = typeof shortcut.message.thread_ts === 'string' ? shortcut.message.thread_ts : shortcut.message.ts;
  const isDirect = isDirectChannel(channelId);
  const userId = shortcut.user.id;
  const message = await buildIncomingMessage(
    { eventId: shortcut.trigger_id, deliveryKey: eventKey('shortcut', shortcut.trigger_id), userId, channelId, isDirect, threadId: threadTs, rawText: '/summarize', isSlashCommand: true },
    deps.directory,
  );
  const channel = createThreadReplyChannel({ channelId, threadTs, userId, isDirect, respond, deliveryKey: message.deliveryKey }, deps.replyDeps);
  await runGuarded(deps.handlers, message, channel, deps.logger);
}

export function registerCommandRoutes(app: App, deps: RoutingDeps): void {
  const names = new RegExp(`^(${SLASH_COMMANDS.map((name) => name.replace('/', '\\/')).join('|')})$`);
  app.command(names, async ({ command, ack, respond }) => {
    await ack();
    deps.tasks.run(() => handleCommand(command, respond, deps));
  });
  app.shortcut<MessageShortcut>(SUMMARIZE_SHORTCUT_ID, async ({ shortcut, ack, respond }) => {
    await ack();
    if (shortcut.type !== 'message_action') return;
    deps.tasks.run(() => handleSummarizeShortcut(shortcut, respond, deps));
  });
}
