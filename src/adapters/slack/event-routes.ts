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

/** Where a message event came from: its ids, and whether it is in Slack's assistant split view. */
export interface EventOrigin {
  eventId: string;
  teamId: string | undefined;
  assistantThread?: boolean;
}

/**
 * Translates the event and hands it to the bot, whose `receive` claims it in the journal before it
 * returns its promise. The answering promise comes back wrapped, so the caller can let Slack have its
 * 200 once the claim is durable: killed after that, the next start finishes the request.
 */
async function routeMessage(kind: EventKind, event: unknown, origin: EventOrigin, deps: RoutingDeps): Promise<{ answering: Promise<void> } | undefined> {
  const slackEventId = origin.eventId;
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
  const target = { channelId, threadTs, userId, isDirect, deliveryKey: message.deliveryKey, questionTs: fields.ts, ...(origin.teamId ? { teamId: origin.teamId } : {}), ...(origin.assistantThread ? { assistantThread: true } : {}) };
  const channel = createThreadReplyChannel(target, deps.replyDeps);
  return { answering: runGuarded(deps.handlers, message, channel, deps.logger) };
}

/**
 * Routes a message event, then answers it: before Slack's ack when `answerBeforeAck` (FaaS), else in
 * the background once the journal holds the claim. Used by the event routes and the assistant view.
 */
export async function dispatchMessage(kind: EventKind, event: unknown, origin: EventOrigin, deps: RoutingDeps): Promise<void> {
  const routed = await deps.tasks.track(() => routeMessage(kind, event, origin, deps));
  if (routed === undefined) return;
  const answering = deps.tasks.track(() => routed.answering);
  if (deps.answerBeforeAck) await answering;
  else answering.catch((error: unknown) => deps.logger.error('answering a Slack event failed', { eventId: origin.eventId, error: String(error) }));
}

export function eventIdOf(body: unknown): string {
  const id = typeof body === 'object' && body !== null ? (body as { event_id?: unknown }).event_id : undefined;
  return typeof id === 'string' ? id : '';
}

export function teamIdOf(body: unknown): string | undefined {
  const id = typeof body === 'object' && body !== null ? (body as { team_id?: unknown }).team_id : undefined;
  return typeof id === 'string' ? id : undefined;
}

export function registerEventRoutes(app: App, deps: RoutingDeps): void {
  const route = async (kind: EventKind, event: unknown, body: unknown, context: { botUserId?: string; botId?: string }) => {
    deps.identity.learn(context);
    try {
      await dispatchMessage(kind, event, { eventId: eventIdOf(body), teamId: teamIdOf(body) }, deps);
    } catch (error) {
      // runGuarded covers the handler; this catches lookups failing before it could run.
      deps.logger.error('routing a Slack event failed', { eventId: eventIdOf(body), error: String(error) });
    }
  };
  app.event('app_mention', async ({ event, body, context }) => route('mention', event, body, context));
  // A policy may be keyed by the new name: the old one must not decide the channel's next message.
  app.event('channel_rename', async ({ event }) => deps.directory.forgetChannel(event.channel.id));
  app.event('group_rename', async ({ event }) => deps.directory.forgetChannel(event.channel.id));
  app.message(async ({ message, body, context }) => route('message', message, body, context));
}
