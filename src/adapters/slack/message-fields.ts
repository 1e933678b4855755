/**
 * Pure rules for which Slack message events reach the bot: cheap filtering before any API call or
 * model call (bots, system subtypes, the duplicate of a mention), kept apart from Bolt for testing.
 */

export interface SlackMessageFields {
  channelId: string;
  userId?: string;
  botId?: string;
  text: string;
  ts: string;
  threadTs?: string;
  /** `im`, `mpim`, `channel`, `group`; absent on app_mention events. */
  channelType?: string;
  subtype?: string;
  /** Author of the thread's parent message, present on thread replies. */
  parentUserId?: string;
}

export type EventKind = 'mention' | 'message';

export type RouteDecision = { handle: true } | { handle: false; reason: string };

export interface RouteFacts {
  botUserId?: string;
  botId?: string;
  isActiveThread(channelId: string, threadTs: string): boolean;
}

/** Message subtypes a person produces; everything else (joins, edits, deletions, bots) is ignored. */
const PERSON_SUBTYPES = new Set(['file_share', 'thread_broadcast', 'me_message']);

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Reads the fields the adapter needs from a message-like event; undefined when it is not one. */
export function readMessageFields(event: unknown): SlackMessageFields | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const record = event as Record<string, unknown>;
  const channelId = stringField(record, 'channel');
  const ts = stringField(record, 'ts');
  if (channelId === undefined || ts === undefined) return undefined;
  return {
    channelId,
    ts,
    text: typeof record.text === 'string' ? record.text : '',
    userId: stringField(record, 'user'),
    botId: stringField(record, 'bot_id'),
    threadTs: stringField(record, 'thread_ts'),
    channelType: stringField(record, 'channel_type'),
    subtype: stringField(record, 'subtype'),
    parentUserId: stringField(record, 'parent_user_id'),
  };
}

export function mentionsUser(text: string, userId: string | undefined): boolean {
  return userId !== undefined && new RegExp(`<@${userId}(\\|[^>]*)?>`).test(text);
}

export function decideRoute(kind: EventKind, fields: SlackMessageFields, facts: RouteFacts): RouteDecision {
  if (fields.botId !== undefined || fields.subtype === 'bot_message') return { handle: false, reason: 'bot' };
  if (fields.userId === undefined) return { handle: false, reason: 'no-user' };
  if (fields.userId === facts.botUserId) return { handle: false, reason: 'self' };
  if (fields.subtype !== undefined && !PERSON_SUBTYPES.has(fields.subtype)) {
    return { handle: false, reason: `subtype:${fields.subtype}` };
  }
  if (kind === 'mention' || fields.channelType === 'im') return { handle: true };
  // Slack also sends an app_mention for this message; answering from there keeps one path.
  if (mentionsUser(fields.text, facts.botUserId)) return { handle: false, reason: 'mention-handled-separately' };
  if (fields.threadTs === undefined) return { handle: false, reason: 'not-addressed' };
  const botStartedThread = facts.botUserId !== undefined && fields.parentUserId === facts.botUserId;
  if (botStartedThread || facts.isActiveThread(fields.channelId, fields.threadTs)) return { handle: true };
  return { handle: false, reason: 'not-addressed' };
}

/** Removes the bot's own mention (and the `:` or `,` people type after it). */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (botUserId === undefined) return text.trim();
  return text
    .replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>[:,]?`, 'g'), ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Slack runs no slash commands inside threads, so `@tandem summarize …` stands in for `/summarize …`.
 * Other text passes through unchanged.
 */
export function toCommandText(text: string): string {
  const match = /^summari[sz]e\b(.*)$/is.exec(text);
  return match ? `/summarize${match[1] ?? ''}` : text;
}

/** The thread a reply belongs in: the message's thread, or a new one under the message. */
export function replyThreadTs(fields: Pick<SlackMessageFields, 'ts' | 'threadTs'>): string {
  return fields.threadTs ?? fields.ts;
}
