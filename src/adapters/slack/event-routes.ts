/**
 * Events API routing: mentions in channels, direct messages and follow-ups in threads the bot takes
 * part in. Everything else is dropped before any lookup; the bot's journal answers each message once.
 */
import type { App } from '@slack/bolt';
import { messageKey } from './delivery-keys.ts';
import { buildIncomingMessage, isDirectChannel } from './incoming.ts';
import { decideRoute, readMessageFields, replyThreadTs, type EventKind } from './message-fields.ts';
import { runGuarded } from './handler-guard.ts';
import { createThreadReplyChannel } from './reply-channel.ts';
import type { RoutingDeps } from './routing-deps.ts';

/**
 * Translates the event and hands it to the bot, whose `receive` claims it in the journal before it
 * returns its promise. The answering promise comes back wrapped, so the caller can let Slack have its
 * 200 once the claim is durable: killed after that, the next start finishes the request.
 */
async function routeMessage(kind: EventKind, event: unknown, slackEventId: string, deps: RoutingDeps): Promise<{ answering: Promise<void> } | undefined> {
  const fields = readMessageFields(event);
  if (fields === undefined) return undefined;
  const eventId = slackEventId || `${fields.channelId}-${fields.ts}`;
  const identity = deps.identity.get();
  const decision = decideRoute(kind, fields, { ...identity, isActiveThread: deps.threads.has });
  if (!decision.handle) {
    deps.logger.debug('Slack message ignored', { eventId, reason: decision.reason });
    return undefined;
  }
  const isDirect = isDirectChannel(fields.channelId, fields.channelType);
  // In a DM a top-level question is answered top-level; elsewhere every answer goes in a thread.
  const threadTs = isDirect ? fields.threadTs : replyThreadTs(fields);
  if (threadTs !== undefined && !isDirect) deps.threads.add(fields.channelId, threadTs);
  const userId = fields.userId ?? '';
  const { channelId, text: rawText } = fields;
  const message = await buildIncomingMessage(
    { eventId, deliveryKey: messageKey(channelId, fields.ts), userId, channelId, isDirect, threadId: threadTs, rawText, isSlashCommand: false, botUserId: identity.botUserId },
    deps.directory,
  );
  const channel = createThreadReplyChannel({ channelId, threadTs, userId, isDirect, deliveryKey: message.deliveryKey }, deps.replyDeps);
  return { answering: runGuarded(deps.handlers, message, channel, deps.logger) };
}

function eventIdOf(body: unknown): string {
  const id = typeof body === 'object' && body !== null ? (body as { event_id?: unknown }).event_id : undefined;
  return typeof id === 'string' ? id : '';
}

export function registerEventRoutes(app: App, deps: RoutingDeps): void {
  const route = async (kind: EventKind, event: unknown, body: unknown, context: { botUserId?: string; botId?: string }) => {
    deps.identity.learn(context);
    try {
      const routed = await deps.tasks.track(() => routeMessage(kind, event, eventIdOf(body), deps));
      if (routed === undefined) return;
      const answering = deps.tasks.track(() => routed.answering);
      if (deps.answerBeforeAck) await answering;
      else answering.catch((error: unknown) => deps.logger.error('answering a Slack event failed', { eventId: eventIdOf(body), error: String(error) }));
    } catch (error) {
      // runGuarded covers the handler; this catches lookups failing before it could run.
      deps.logger.error('routing a Slack event failed', { eventId: eventIdOf(body), error: String(error) });
    }
  };
  app.event('app_mention', async ({ event, body, context }) => route('mention', event, body, context));
  app.message(async ({ message, body, context }) => route('message', message, body, context));
}
