/**
 * The recent turns of the conversation a request belongs to: a thread (Slack, Discord), a direct
 * message or the terminal chat. Read through the adapter's history, with the bot's own answers, and
 * cleaned of what is presentation rather than conversation (route markers, source lists, progress).
 */
import type { ConversationMessage, IncomingMessage, ReplyChannel } from '../../core/chat-contract.ts';
import { countTokens } from '../../router/count-tokens.ts';

export interface ConversationTurn {
  role: 'user' | 'assistant';
  text: string;
}

/** Enough turns to resolve "them" or "that one"; older ones rarely matter and cost prompt tokens. */
const TURNS_TO_READ = 12;
/** A DM has no threads: only what was said within the last hour counts as the same conversation. */
const DIRECT_MESSAGE_WINDOW_MS = 60 * 60 * 1000;
/** One long answer must not crowd out the rest of the conversation. */
const MAX_TURN_CHARACTERS = 1_200;

const PRESENTATION_LINE = /^\s*(☁️|🏠|📚|ℹ️|:information_source:|:hourglass|\*?Sources\*?:?\s*$|\s*\[\d+\]\s+\S+\.(md|txt|html|pdf)\b)/u;
/** `--cloud` / `--local` steered that request; they are not part of what was said. */
const ROUTE_FLAGS = /(^|\s)--(cloud|local)(?=\s|$)/gi;
const PROGRESS_ONLY = /^\s*(thinking|working|retrieving|generating)[^\n]*…?\s*$/i;

/** Whether the request is part of a conversation whose turns matter (not a slash command or a fresh top-level mention). */
export function hasConversation(message: IncomingMessage): boolean {
  if (message.isSlashCommand) return false;
  return message.isDirect || message.threadId !== undefined;
}

export async function readRecentTurns(message: IncomingMessage, channel: ReplyChannel, now: () => Date): Promise<ConversationTurn[]> {
  if (!hasConversation(message)) return [];
  const history = await channel.readHistory(
    message.threadId !== undefined
      ? { scope: 'thread', channelId: message.channelId, threadId: message.threadId, limit: TURNS_TO_READ + 1, includeOwn: true }
      : { scope: 'channel', channelId: message.channelId, limit: TURNS_TO_READ + 1, sinceMs: now().getTime() - DIRECT_MESSAGE_WINDOW_MS, includeOwn: true },
  );
  return toTurns(withoutCurrent(history, message));
}

/** Platforms list the message being answered in its own thread; it is the question, not context. */
function withoutCurrent(history: ConversationMessage[], message: IncomingMessage): ConversationMessage[] {
  const question = normalize(message.text);
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const entry = history[index]!;
    if (entry.fromSelf) continue;
    if (entry.userId === message.userId && question.length > 0 && normalize(entry.text).endsWith(question)) {
      return history.slice(0, index);
    }
    break;
  }
  return history;
}

/** Letters and digits only: platforms render links, channel references and flags differently in history. */
function normalize(text: string): string {
  return text.toLowerCase().replace(ROUTE_FLAGS, '$1').replace(/[^\p{L}\p{N}]+/gu, '');
}

export function toTurns(history: readonly ConversationMessage[]): ConversationTurn[] {
  const turns: ConversationTurn[] = [];
  for (const entry of history) {
    const text = entry.fromSelf ? answerText(entry.text) : entry.text.replace(ROUTE_FLAGS, '$1').trim();
    if (text.length === 0 || (entry.fromSelf && PROGRESS_ONLY.test(text))) continue;
    turns.push({ role: entry.fromSelf ? 'assistant' : 'user', text: clip(text) });
  }
  return turns.slice(-TURNS_TO_READ);
}

function answerText(text: string): string {
  return text
    .split('\n')
    .filter((line) => !PRESENTATION_LINE.test(line))
    .join('\n')
    .trim();
}

function clip(text: string): string {
  return text.length <= MAX_TURN_CHARACTERS ? text : `${text.slice(0, MAX_TURN_CHARACTERS - 1)}…`;
}

/** The newest turns that fit `budgetTokens`, in order; a conversation never starts with a dangling answer. */
export function turnsWithinBudget(turns: readonly ConversationTurn[], budgetTokens: number): ConversationTurn[] {
  const kept: ConversationTurn[] = [];
  let used = 0;
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    const turn = turns[index]!;
    const cost = countTokens(turn.text) + 4;
    if (used + cost > budgetTokens) break;
    used += cost;
    kept.unshift(turn);
  }
  while (kept[0]?.role === 'assistant') kept.shift();
  return kept;
}
