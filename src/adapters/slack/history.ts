/**
 * Reads a thread or a channel for summaries: every page of Slack's cursor pagination, oldest first,
 * the bot's own messages left out, authors shown by name and links built from a real permalink.
 */
import type { webApi } from '@slack/bolt';
import type { ConversationMessage, HistoryRequest } from '../../core/chat-contract.ts';
import { readAskedMetadata } from './asked-metadata.ts';
import type { SlackDirectory } from './directory.ts';
import { stripBotMention } from './message-fields.ts';
import { callSlack, slackErrorCode } from './slack-errors.ts';
import { slackToPlainText } from './slack-text.ts';
import type { SlackAdapterLogger } from './options.ts';

export interface BotIdentity {
  botUserId?: string;
  botId?: string;
  /** The workspace the bot is installed in (Slack's text streaming names it outside DMs). */
  teamId?: string;
}

export interface HistoryDeps {
  client: webApi.WebClient;
  directory: SlackDirectory;
  identity: () => BotIdentity;
  logger: SlackAdapterLogger;
}

interface RawMessage {
  user?: string;
  bot_id?: string;
  subtype?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  username?: string;
  bot_profile?: { name?: string };
  files?: { name?: string }[];
  /** Returned only when asked for (include_all_metadata). */
  metadata?: unknown;
}

type Readable = RawMessage & { ts: string };
type Keep = (message: RawMessage) => boolean;

interface Page {
  messages?: RawMessage[];
  has_more?: boolean;
  response_metadata?: { next_cursor?: string };
}

/** Slack recommends pages of at most 200; the page cap stops a runaway channel read. */
const PAGE_SIZE = 200;
const MAX_PAGES = 100;
const READABLE_SUBTYPES = new Set(['file_share', 'thread_broadcast', 'me_message', 'bot_message']);

function isOwn(message: RawMessage, identity: BotIdentity): boolean {
  const ownUser = identity.botUserId !== undefined && message.user === identity.botUserId;
  const ownBot = identity.botId !== undefined && message.bot_id === identity.botId;
  return ownUser || ownBot;
}

function isReadable(message: RawMessage, identity: BotIdentity, includeOwn: boolean): message is Readable {
  if (!message.ts) return false;
  if (message.subtype !== undefined && !READABLE_SUBTYPES.has(message.subtype)) return false;
  return includeOwn || !isOwn(message, identity);
}

async function readPages(
  fetchPage: (cursor: string | undefined) => Promise<Page>,
  keep: (message: RawMessage) => boolean,
  enough: (kept: number) => boolean,
): Promise<RawMessage[]> {
  const kept: RawMessage[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const response = await fetchPage(cursor);
    kept.push(...(response.messages ?? []).filter(keep));
    cursor = response.response_metadata?.next_cursor || undefined;
    if (!response.has_more || cursor === undefined || enough(kept.length)) return kept;
  }
  return kept;
}

function oldestParam(sinceMs: number | undefined): string | undefined {
  return sinceMs === undefined ? undefined : (sinceMs / 1000).toFixed(6);
}

type PermalinkFn = (ts: string, threadTs: string | undefined) => string;

/** Permalinks follow one pattern per workspace; one chat.getPermalink call reveals its base. */
function permalinkBuilder(deps: HistoryDeps): (channelId: string, sampleTs: string) => Promise<PermalinkFn | undefined> {
  let base: Promise<string | undefined> | undefined;
  return async (channelId, sampleTs) => {
    base ??= callSlack('chat.getPermalink', () => deps.client.chat.getPermalink({ channel: channelId, message_ts: sampleTs }))
      .then((response) => /^(https:\/\/[^/]+\/archives\/)/.exec(response.permalink ?? '')?.[1])
      .catch((error: unknown) => {
        base = undefined;
        const detail = slackErrorCode(error) ?? String(error);
        deps.logger.warn('no permalink available; summaries will carry no links', { error: detail });
        return undefined;
      });
    const prefix = await base;
    if (prefix === undefined) return undefined;
    return (ts, threadTs) => {
      const link = `${prefix}${channelId}/p${ts.replace('.', '')}`;
      return threadTs !== undefined && threadTs !== ts ? `${link}?thread_ts=${threadTs}&cid=${channelId}` : link;
    };
  };
}

async function toConversationMessage(
  message: Readable,
  deps: HistoryDeps,
  permalink: PermalinkFn | undefined,
  own: boolean,
): Promise<ConversationMessage> {
  const isPerson = message.user !== undefined && message.bot_id === undefined;
  const userName = isPerson
    ? await deps.directory.userName(message.user ?? '')
    : (message.bot_profile?.name ?? message.username ?? 'bot');
  const files = (message.files ?? []).map((file) => `[shared a file: ${file.name ?? 'file'}]`).join(' ');
  // The bot's own mention is how people address it, not part of what they said.
  const raw = stripBotMention(message.text ?? '', deps.identity().botUserId);
  const text = await slackToPlainText(raw, deps.directory.userName, { keepChannelReferences: false });
  const entry: ConversationMessage = {
    userId: message.user ?? message.bot_id ?? 'unknown',
    userName,
    text: [text, files].filter(Boolean).join(' '),
    ts: message.ts,
    ...(own ? { fromSelf: true } : {}),
  };
  const link = permalink?.(message.ts, message.thread_ts);
  return link === undefined ? entry : { ...entry, link };
}

/** An `/ask` "asked" message is the asker's question, though the bot posted it. */
async function askedTurn(message: Readable, deps: HistoryDeps): Promise<ConversationMessage | undefined> {
  const asked = readAskedMetadata(message.metadata);
  if (asked === undefined) return undefined;
  return { userId: asked.asker, userName: await deps.directory.userName(asked.asker), text: asked.question, ts: message.ts };
}

/** A conversation's context reads the bot's own messages, so it needs their metadata ("asked" messages). */
function metadataParam(request: HistoryRequest): { include_all_metadata?: boolean } {
  return request.includeOwn === true ? { include_all_metadata: true } : {};
}

/** Replies come oldest first, so the newest `limit` are only known after the last page. */
function readThread(deps: HistoryDeps, request: HistoryRequest, keep: Keep): Promise<RawMessage[]> {
  const ts = request.threadId;
  if (!ts) throw new TypeError('readHistory: a thread read needs threadId');
  const oldest = oldestParam(request.sinceMs);
  return readPages(
    (cursor) => callSlack('conversations.replies', () =>
      deps.client.conversations.replies({ channel: request.channelId, ts, cursor, limit: PAGE_SIZE, oldest, ...metadataParam(request) })),
    keep,
    () => false,
  );
}

/** History comes newest first: stop once enough was read, then restore reading order. */
async function readChannel(deps: HistoryDeps, request: HistoryRequest, keep: Keep): Promise<RawMessage[]> {
  const limit = request.limit ?? Number.POSITIVE_INFINITY;
  const oldest = oldestParam(request.sinceMs);
  const newestFirst = await readPages(
    (cursor) => callSlack('conversations.history', () =>
      deps.client.conversations.history({ channel: request.channelId, cursor, limit: PAGE_SIZE, oldest, ...metadataParam(request) })),
    keep,
    (kept) => kept >= limit,
  );
  return newestFirst.reverse();
}

export function createHistoryReader(deps: HistoryDeps): (request: HistoryRequest) => Promise<ConversationMessage[]> {
  const permalinks = permalinkBuilder(deps);
  return async (request) => {
    const identity = deps.identity();
    const keep = (message: RawMessage): boolean => isReadable(message, identity, request.includeOwn === true);
    const read = request.scope === 'thread' ? readThread : readChannel;
    const oldestFirst = (await read(deps, request, keep)) as Readable[];
    const limit = request.limit ?? oldestFirst.length;
    const newest = oldestFirst.slice(Math.max(0, oldestFirst.length - limit));
    if (newest.length === 0) return [];
    // Links serve summaries; a follow-up's context (includeOwn) has no use for them.
    const permalink = request.includeOwn ? undefined : await permalinks(request.channelId, newest[0]?.ts ?? '');
    return Promise.all(
      newest.map(async (message) => {
        const own = isOwn(message, identity);
        return (own ? await askedTurn(message, deps) : undefined) ?? toConversationMessage(message, deps, permalink, own);
      }),
    );
  };
}
