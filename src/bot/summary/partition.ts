/** Splits a conversation into consecutive parts that each fit a token budget (the map step's input). */
import type { ConversationMessage } from '../../adapters/contract.ts';
import { countTokens } from '../../router/count-tokens.ts';

export function partitionByTokens(messages: readonly ConversationMessage[], budgetTokens: number): ConversationMessage[][] {
  const parts: ConversationMessage[][] = [];
  let current: ConversationMessage[] = [];
  let used = 0;
  for (const message of messages) {
    // A single message longer than the budget is cut rather than dropped: nothing falls off silently.
    const tokens = countTokens(`${message.userName}: ${message.text}`) + 2;
    const fitted = tokens > budgetTokens ? { ...message, text: truncateToTokens(message.text, budgetTokens - 20) } : message;
    const cost = Math.min(tokens, budgetTokens);
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

function truncateToTokens(text: string, maxTokens: number): string {
  // ~4 characters per token is a safe under-estimate for English chat text.
  return `${text.slice(0, Math.max(40, maxTokens * 3))}… [message truncated]`;
}
