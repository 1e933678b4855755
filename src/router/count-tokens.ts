/**
 * Local token counting. Ollama has no tokenize endpoint, so we count with o200k (gpt-tokenizer, the
 * same counts as tiktoken) — close enough to decide "does this fit the local context?" with margin.
 */
import { countTokens as countO200k } from 'gpt-tokenizer';
import type { ChatMessage } from './providers/contract.ts';

/** Per-message framing overhead, as in OpenAI's chat format accounting. */
const MESSAGE_OVERHEAD_TOKENS = 4;

export function countTokens(text: string): number {
  return countO200k(text);
}

export function countMessageTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((total, message) => total + countO200k(message.content) + MESSAGE_OVERHEAD_TOKENS, 0);
}

/**
 * Enough of a count to decide "does it fit in `limit`?": a byte-level BPE token covers at least one
 * UTF-8 byte, so the byte count is an upper bound. When that bound already fits, exact tokenizing
 * (about half a millisecond per 2 kB) is skipped and the bound is returned; otherwise the exact count.
 */
export function promptTokensWithin(messages: readonly ChatMessage[], limit: number): number {
  const upperBound = messages.reduce((total, message) => total + Buffer.byteLength(message.content) + MESSAGE_OVERHEAD_TOKENS, 0);
  return upperBound <= limit ? upperBound : countMessageTokens(messages);
}
