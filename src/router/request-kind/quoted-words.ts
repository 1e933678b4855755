/**
 * Words of a message that a routing reason may quote. Reasons are shown in the channel, printed by
 * `tandem route` and stored in the ledger (`model_calls.reasons`, masked for secrets only), so a
 * phrase matched by a pattern with room for any words ("what does the … clause mean for us") or a
 * verb read after "help me" must not carry a name or an identifier into them: only ordinary English
 * words and chat shorthand are quoted, anything else becomes "…".
 */
import { isDictionaryWord } from '../privacy/english-dictionary.ts';

const ELLIPSIS = '…';

export function quotedWords(phrase: string): string {
  const words = phrase.split(/\s+/).filter((word) => word !== '');
  const shown = words.map((word) => (isOrdinary(word) ? word : ELLIPSIS));
  return shown.filter((word, index) => word !== ELLIPSIS || shown[index - 1] !== ELLIPSIS).join(' ');
}

/** A lower-case word the dictionary lists, with any punctuation around it ("worth", "we,", "it?"). */
function isOrdinary(word: string): boolean {
  const core = word.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  if (core === '') return true;
  return /^[a-z]+(?:'[a-z]+)?$/.test(core) && isDictionaryWord(core.replace(/'/g, ''));
}

/** Loads the dictionary now, not inside the first request whose reason quotes a phrase. */
export function warmQuotedWords(): void {
  isDictionaryWord('');
}
