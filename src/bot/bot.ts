/**
 * Where a message enters the bot core: every adapter calls these handlers. Each request ends in
 * exactly one reply — the answer, a usage hint, a refusal, or a failure notice with a correlation
 * id — never silence. (A "thanks" in a channel thread is not a request: it gets no reply.)
 */
import { randomUUID } from 'node:crypto';
import type { BotHandlers, FeedbackEvent, IncomingMessage, OutgoingReply, ReplyChannel } from '../adapters/contract.ts';
import { TandemError } from '../errors.ts';
import { reply, type BotCommand } from './command.ts';
import { askCommand } from './commands/ask.ts';
import { helpCommand, platformHelp } from './commands/help.ts';
import { spendCommand } from './commands/spend.ts';
import { statusCommand } from './commands/status.ts';
import { summarizeCommand } from './commands/summarize.ts';
import { parseCommand } from './parse-command.ts';
import { suggestedPrompts } from './suggested-prompts.ts';
import type { BotServices } from './services.ts';

const GREETING = /^(hi|hello|hey|yo)[\s!.]*$/i;
/** Acknowledgements are what colleagues say to each other in a thread tandem follows: not requests. */
const ACKNOWLEDGEMENT = /^(thanks|thank you|thx|ty|cheers|ok|okay|cool|great|nice|got it|👍|🙏)[\s!.]*$/i;

export interface Bot {
  handlers: BotHandlers;
  commands: readonly BotCommand[];
}

export function createBot(services: BotServices, options: { memberNames: () => Promise<string[]> }): Bot {
  const commands: BotCommand[] = [];
  commands.push(askCommand(services, options.memberNames), summarizeCommand(services, options.memberNames), spendCommand(services), statusCommand(services), helpCommand(() => commands));
  const find = (name: string) => commands.find((command) => command.name === name || command.aliases.includes(name));

  async function onMessage(message: IncomingMessage, channel: ReplyChannel): Promise<void> {
    const requestId = randomUUID().slice(0, 8);
    const text = message.text.trim();
    if (ACKNOWLEDGEMENT.test(text) && !message.isDirect && !message.isSlashCommand) return;
    if (text.length === 0 || GREETING.test(text) || ACKNOWLEDGEMENT.test(text)) {
      const helpSyntax = platformHelp(message, commands).commands.find((entry) => entry.command === 'help')?.syntax ?? '/help';
      await channel.post(reply(`Hi! Ask me anything about the company handbook, or use \`${helpSyntax}\` to see what I can do.`, { ephemeral: message.isSlashCommand }));
      return;
    }
    const parsed = parseCommand(text);
    const command = find(parsed.name);
    if (!command) {
      await channel.post(unknownCommand(parsed.name, message, commands));
      return;
    }
    const refusal = command.refuse?.(message);
    if (refusal) {
      await channel.post(reply(refusal, { ephemeral: true }));
      return;
    }
    try {
      await channel.post(await command.run({ message, channel, args: parsed.args, flags: parsed.flags, requestId }));
    } catch (error) {
      await channel.post(failureReply(error, requestId, services));
    }
  }

  async function onFeedback(event: FeedbackEvent): Promise<void> {
    services.ledger.recordFeedback({ modelCallId: event.modelCallId, platform: event.platform, userId: event.userId, rating: event.rating });
  }

  async function offerPrompts(where: { channelId: string; channelName: string; isDirect: boolean }) {
    return suggestedPrompts(services, where);
  }

  return { handlers: { onMessage, onFeedback, suggestedPrompts: offerPrompts }, commands };
}

function unknownCommand(name: string, message: IncomingMessage, commands: readonly BotCommand[]): OutgoingReply {
  // The platform's own spellings (`/tandem status` in Slack), first word of each, in registry order.
  const entries = platformHelp(message, commands).commands;
  const names = [...new Set(commands.flatMap((command) => entries.filter((entry) => entry.command === command.name).map((entry) => entry.syntax.split(' ').slice(0, entry.syntax.startsWith('/tandem') ? 2 : 1).join(' '))))];
  return reply(`I don't know the command \`/${name}\`. Try one of: ${names.join(', ')} — or ask a question.`, { ephemeral: true });
}

function failureReply(error: unknown, requestId: string, services: BotServices): OutgoingReply {
  if (error instanceof TandemError && (error.code === 'USAGE' || error.code === 'NOT_AVAILABLE_YET' || error.code === 'PERMISSION_DENIED')) {
    return reply(error.message, { ephemeral: true });
  }
  services.logger.error('request failed', { requestId, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  return reply(`Sorry, something went wrong while answering (reference \`${requestId}\`). Please try again; if it keeps failing, tell your tandem admin the reference.`, {
    ephemeral: false,
  });
}
