/**
 * Token counts for chunk sizing. o200k (gpt-tokenizer's default) is a fair stand-in for the local
 * models' own tokenizers — chunk sizes are targets, not limits a model enforces.
 */
import { countTokens as countO200k } from 'gpt-tokenizer';

export function countTokens(text: string): number {
  return text === '' ? 0 : countO200k(text);
}
