import { WORD_GIVEN_NAMES } from './word-given-names-data.ts';

/**
 * English words that are popular given names ("hope", "grace", "will", "patience", "mercy"): the words the US
 * Social Security Administration recorded for 10,000 babies or more (word-given-names-data.ts). Where a sentence
 * puts a person — whom a message is written to — such a word is the person; compromise's lexicon, which the other
 * rules ask, lists some of them as first names ("grace", "mark") and not others ("hope", "will", "patience").
 */
let names: ReadonlySet<string> | undefined;

export function isPopularWordName(lower: string): boolean {
  names ??= new Set(WORD_GIVEN_NAMES.split('\n'));
  return names.has(lower);
}
