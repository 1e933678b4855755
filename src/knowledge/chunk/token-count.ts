/**
 * Token counts for chunk sizing. o200k (gpt-tokenizer's default) is a fair stand-in for the local
 * models' own tokenizers — chunk sizes are targets, not limits a model enforces.
 *
 * BPE merging is quadratic in the length of a run without spaces: a 100 kB base64 blob or minified
 * line takes seconds, a megabyte takes hours. Such runs (256+ non-space characters) are estimated
 * at three characters per token — about what BPE gives for URLs, hashes and code — and only the
 * rest of the text is tokenised.
 */
import { createRequire } from 'node:module';

type Tokenizer = typeof import('gpt-tokenizer');
let tokenizer: Tokenizer | undefined;

/** Loaded on the first count (~0.1 s of tables): commands that only read the index never pay for it. */
function countO200k(text: string): number {
  tokenizer ??= createRequire(import.meta.url)('gpt-tokenizer') as Tokenizer;
  return tokenizer.countTokens(text);
}

const LONG_RUN = /\S{256,}/g;
const CHARACTERS_PER_TOKEN_IN_RUNS = 3;

export function countTokens(text: string): number {
  if (text === '') return 0;
  if (text.length < 256) return countO200k(text);
  let estimated = 0;
  const rest = text.replace(LONG_RUN, (run) => {
    estimated += Math.ceil(run.length / CHARACTERS_PER_TOKEN_IN_RUNS);
    return ' ';
  });
  return (rest.trim() === '' ? 0 : countO200k(rest)) + estimated;
}
