/**
 * Reads conversation history for summaries: a thread (with the message it was started from) or a
 * channel, paged 100 at a time with a `before` cursor, oldest first, the bot's own messages left out,
 * authors shown by their server display names and each message linked by its real URL.
 */
import {
  MessageType,
  cleanContent,
  type Client,
  type Collection,
  type Message,
  type TextBasedChannel,
} from 'discord.js';
import { PermissionDeniedError } from '../../errors.ts';
import type { ConversationMessage, HistoryRequest } from '../../core/chat-contract.ts';
import { resolveHistoryTarget } from './history-target.ts';
import { resolveDisplayNames } from './member-directory.ts';
import type { DiscordLogger } from './options.ts';
import { describePermissionProblem, isMissingPermission, permissionExplanation } from './platform-errors.ts';

const PAGE_SIZE = 100;
/** Without an explicit limit: a whole thread up to this many messages, or the latest channel page. */
const DEFAULT_LIMIT = { thread: 1000, channel: 100 } as const;
/** Whatever is asked, at most 50 pages: a summary of more would be chunked past usefulness anyway. */
const MAX_LIMIT = 5000;
const CONVERSATION_TYPES = new Set<MessageType>([MessageType.Default, MessageType.Reply]);

/**
 * Reads history; a missing Discord permission becomes a person-facing refusal (what to grant, and
 * where) that the bot's pipeline shows as written, with the operator's log line written here.
 * `originId` is the channel or thread the request came from: nothing outside it is read.
 */
export async function readHistoryOrExplain(client: Client, request: HistoryRequest, logger: DiscordLogger, originId: string): Promise<ConversationMessage[]> {
  try {
    return await readHistory(client, request, originId);
  } catch (error) {
    if (!isMissingPermission(error)) throw error;
    const where = `<#${request.channelId}>`;
    logger.error(describePermissionProblem(error, where), { channelId: request.channelId });
    throw new PermissionDeniedError(permissionExplanation(where));
  }
}

/** `originId`: the channel or thread the request came from; nothing outside it is read (see history-target.ts). */
export async function readHistory(client: Client, request: HistoryRequest, originId: string): Promise<ConversationMessage[]> {
  const channel = await resolveHistoryTarget(client, request, originId);
  const limit = Math.min(MAX_LIMIT, Math.max(1, request.limit ?? DEFAULT_LIMIT[request.scope]));
  const botUserId = client.user?.id;
  // Own messages are kept only on request (a follow-up reads the answers it follows).
  const excluded = request.includeOwn === true ? undefined : botUserId;
  const { messages, reachedStart } = await fetchPages(channel, limit, request.sinceMs, excluded);
  if (reachedStart && channel.isThread() && messages.length < limit) {
    const starter = await channel.fetchStarterMessage().catch(() => null);
    if (starter && keep(starter, request.sinceMs, excluded)) messages.push(starter);
  }
  const ordered = messages.sort((a, b) => compareIds(a.id, b.id)).slice(-limit);
  const names = await resolveDisplayNames(ordered);
  // For a conversation's context, the bot's own mention is how people addressed it, not what they said.
  const mentionToDrop = request.includeOwn === true ? botUserId : undefined;
  return ordered.map((message) => ({ ...toConversationMessage(message, names, mentionToDrop), ...(message.author.id === botUserId ? { fromSelf: true } : {}) }));
}

async function fetchPages(
  channel: TextBasedChannel,
  limit: number,
  sinceMs: number | undefined,
  botUserId: string | undefined,
): Promise<{ messages: Message[]; reachedStart: boolean }> {
  const messages: Message[] = [];
  let before: string | undefined;
  while (messages.length < limit) {
    const page: Collection<string, Message> = await channel.messages.fetch({
      limit: PAGE_SIZE,
      ...(before ? { before } : {}),
      cache: false,
    });
    for (const message of page.values()) {
      if (keep(message, sinceMs, botUserId)) messages.push(message);
    }
    const oldest = page.last();
    const passedSince = sinceMs !== undefined && oldest !== undefined && oldest.createdTimestamp < sinceMs;
    if (page.size < PAGE_SIZE) return { messages, reachedStart: !passedSince };
    if (passedSince || !oldest) return { messages, reachedStart: false };
    before = oldest.id;
  }
  return { messages, reachedStart: false };
}

function keep(message: Message, sinceMs: number | undefined, botUserId: string | undefined): boolean {
  if (message.author.id === botUserId || !CONVERSATION_TYPES.has(message.type)) return false;
  if (sinceMs !== undefined && message.createdTimestamp < sinceMs) return false;
  return message.content.trim().length > 0 || message.attachments.size > 0;
}

function toConversationMessage(message: Message, names: Map<string, string>, mentionToDrop?: string): ConversationMessage {
  const content = mentionToDrop === undefined ? message.content : message.content.replace(new RegExp(`<@!?${mentionToDrop}>`, 'g'), ' ');
  // Mentions become @names, so a summary shows names rather than raw ids or live pings.
  const cleaned = cleanContent(content, message.channel);
  const text = (mentionToDrop === undefined ? cleaned : cleaned.replace(/^[ \t]+/, '')).trim();
  const attachments = [...message.attachments.values()].map((file) => `[attachment: ${file.name}]`);
  return {
    userId: message.author.id,
    userName: names.get(message.author.id) ?? message.author.displayName,
    text: [text, ...attachments].filter(Boolean).join('\n'),
    ts: message.id,
    link: message.url,
  };
}

/** Snowflakes compare as numbers; as strings only while they have the same length. */
function compareIds(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
