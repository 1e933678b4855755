/** Splits a conversation into consecutive parts that each fit a token budget (the map step's input). */
import type { ConversationMessage } from '../../core/chat-contract.ts';
import { countTokens } from '../../router/count-tokens.ts';

/** Framing per transcript line: the newline joining it and the "name: " separator. */
const LINE_OVERHEAD_TOKENS = 2;

/** What one message costs as a transcript line (`name: text`). */
export function lineTokens(message: ConversationMessage): number {
  return countTokens(`${message.userName}: ${message.text.replace(/\s+/g, ' ').trim()}`) + LINE_OVERHEAD_TOKENS;
}

/** Parts are packed full: a part closes only when the next message would not fit. */
export function partitionByTokens(messages: readonly ConversationMessage[], budgetTokens: number): ConversationMessage[][] {
  const parts: ConversationMessage[][] = [];
  let current: ConversationMessage[] = [];
  let used = 0;
  for (const message of messages) {
    // A single message longer than the budget is cut rather than dropped: nothing falls off silently.
    let fitted = message;
    let cost = lineTokens(message);
    if (cost > budgetTokens) {
      fitted = { ...message, text: clipToTokens(message.text, budgetTokens - countTokens(`${message.userName}: `) - LINE_OVERHEAD_TOKENS) };
      cost = lineTokens(fitted);
    }
    if (used + cost > budgetTokens && current.length > 0) {
      parts.push(current);
      current = [];
      used = 0;
    }
    current.push(fitted);
    used += cost;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

const CLIP_MARK = '… [truncated]';

/** The longest prefix of `text` (plus a visible mark) that counts at most `maxTokens`. */
export function clipToTokens(text: string, maxTokens: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (countTokens(flat) <= maxTokens) return flat;
  const room = Math.max(1, maxTokens - countTokens(CLIP_MARK));
  // Characters per token vary (code, CJK, emoji), so shrink until the real count fits.
  let length = Math.min(flat.length, room * 4);
  while (length > 0 && countTokens(flat.slice(0, length)) > room) length = Math.floor(length * 0.85);
  return `${flat.slice(0, length).trimEnd()}${CLIP_MARK}`;
}
