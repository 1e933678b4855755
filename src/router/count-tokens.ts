/**
 * Local token counting. Ollama has no tokenize endpoint, so we count with o200k (gpt-tokenizer, the
 * same counts as tiktoken) — close enough to decide "does this fit the local context?" with margin.
 */
import { createRequire } from 'node:module';
import type { ChatMessage } from './providers/contract.ts';

type Tokenizer = typeof import('gpt-tokenizer');
let tokenizer: Tokenizer | undefined;

/**
 * gpt-tokenizer's tables take ~0.1 s to load, and a one-question `tandem ask` usually needs no exact
 * count (`promptTokensWithin`'s byte bound fits): they load on the first exact count, not at start.
 */
function countO200k(text: string): number {
  tokenizer ??= createRequire(import.meta.url)('gpt-tokenizer') as Tokenizer;
  return tokenizer.countTokens(text);
}

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
