import { isNeverAName } from './never-a-name.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isGivenNameInAnyLanguage } from './locale-given-names.ts';
import { isBrandName } from './known-brands.ts';
import { lexiconFacts } from './name-lexicon.ts';
import { factsOf } from './name-word-facts.ts';
import { isPlaceName } from './place-names.ts';
import { readsLikeAName } from './unlisted-given-names.ts';
import { matchesOf } from './regex-matches.ts';
import { isCapitalisedWord } from './text-scan.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * An owner named by a possessive that stands alone, with no noun after it: "that one's Chiamaka's", "is
 * this charger Bec's?", "the decision is Adaeze's, not mine", "Tolu's or Kemi's?". What such a possessive
 * owns was just named, and whoever owns a laptop or a decision is someone.
 *
 * Read only after "is/are/was/were/be" (with "probably", "actually"… between) or as one of two possessives
 * joined by "or"/"and", and only where the clause ends or goes on with "or", "and", "not", "too"… ("it's
 * Tesco's own brand" has a noun after it). The word must be able to be a name: capitalised and either on
 * the names list or no word the lexicon knows as frequent, or in lower case on the given-names list, and
 * never an English word. Shops and firms own things in the same words ("the fault is Microsoft's", "the
 * order is Sainsbury's"): products, firms, places and brands are out.
 */
/** A possessive ending where the clause ends or goes on with "or", "and", "not"…: found first, the word before it read after. */
const STANDING_POSSESSIVE = /['’]s(?=[ \t]*(?:[,.!?;:)]|$)|[ \t]+(?:or|and|not|too|now|then|btw|though|i think|for sure|right)\b)/gmu;
const WORD_BEFORE = /(?<![\p{L}\p{M}\d'’_@.#/-])(\p{L}[\p{L}\p{M}-]*)$/u;
const BE_BEFORE = /(?:(?:^|[^\p{L}])(?:is|are|was|were|be)|['’]s)[ \t]+(?:(?:probably|prob|actually|def|definitely|maybe|surely|all|just|still|obviously)[ \t]+)?$/iu;
/** Asked: "is this charger Bec's?", "are those Tolu's". */
const ASKED_BEFORE = /(?:^|[^\p{L}])(?:is|are|was|were)[ \t]+(?:this|that|it|these|those)(?:[ \t]+\p{L}+)?[ \t]+$/iu;
const JOINED_BEFORE = /(?:^|[^\p{L}])\p{L}[\p{L}\p{M}-]*['’]s[ \t]+(?:or|and|&)[ \t]+$/iu;
const JOINED_AFTER = /^[ \t]+(?:or|and|&)[ \t]+\p{L}[\p{L}\p{M}-]*['’]s(?=[ \t]*(?:[,.!?;:)]|$))/iu;
const REACH = 40;

export function detectOwnersByPossessive(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const ending of matchesOf(STANDING_POSSESSIVE, text)) {
    const windowStart = Math.max(0, ending.index - REACH);
    const word = WORD_BEFORE.exec(text.slice(windowStart, ending.index))?.[1];
    // A word as long as the window may go on before it: no name is that long.
    if (word === undefined || (windowStart > 0 && word.length === ending.index - windowStart)) continue;
    const start = ending.index - word.length;
    const before = text.slice(Math.max(0, start - REACH), start);
    const after = text.slice(ending.index + ending[0].length, ending.index + ending[0].length + REACH);
    const standsAlone = BE_BEFORE.test(before) || ASKED_BEFORE.test(before) || JOINED_BEFORE.test(before) || JOINED_AFTER.test(after);
    if (standsAlone && isOwnerName(word)) found.push(personBetween(text, start, ending.index));
  }
  return found;
}

/**
 * Capitalised once ("Vercel's", "LetsEncrypt's" and "INFRA's" are not), and a name: on the names list or reading
 * like one no list has (unlisted-given-names.ts), and neither a tool the lexicon knows ("Hetzner"), a frequent word
 * ("Microsoft", "Tesco"), a brand ("Sainsbury's") nor a well-known place ("Lagos"; any town would be too many: Kemi is one). In lower case: on the given-names list.
 */
function isOwnerName(word: string): boolean {
  const lower = word.toLowerCase();
  if (word.length < 2 || isNeverAName(lower) || isDictionaryWord(lower) || isPlaceName(word)) return false;
  if (isBrandName(word) || isBrandName(`${word}'s`) || factsOf(word).tool) return false;
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return isGivenNameInAnyLanguage(word);
  return isCapitalisedWord(word) && !lexiconFacts(word).common && readsLikeAName(word);
}
