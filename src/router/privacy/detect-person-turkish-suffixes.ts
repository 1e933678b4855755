import { isDictionaryWord } from './english-dictionary.ts';
import { isBrandName } from './known-brands.ts';
import { factsOf } from './name-word-facts.ts';
import { isGivenNameInAnyLanguage } from './locale-given-names.ts';
import { isPlaceName } from './place-names.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * Turkish and Azerbaijani set a proper noun's case ending off with an apostrophe: "Zeynep'in TC'si" (Zeynep's), "Deniz'in
 * doğum günü", "Mehmet'e söyle" (tell Mehmet), "raporu Ayşe'den alsın" (from Ayşe). Places take them too ("Ankara'ya",
 * "İstanbul'da") and so do tools and brands ("Jira'ya bak"), so only a given name of the lists that is no place, no
 * English word, no tool and no brand counts; the name is the value, the ending is not.
 */
const SUFFIXED = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]{2,})['’](?:nin|nın|nun|nün|in|ın|un|ün|ne|na|e|a|ye|ya|de|da|te|ta|den|dan|ten|tan|le|la|yle|yla|i|ı|u|ü|yi|yı|yu|yü|dir|dır|dur|dür|cığım|ciğim|çığım|ciğim)(?![\p{L}\p{M}])/gu;

export function detectTurkishSuffixedNames(text: string): Candidate[] {
  if (!text.includes("'") && !text.includes('’')) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(SUFFIXED)) {
    const name = match[1]!;
    if (!isGivenNameInAnyLanguage(name) || isPlaceName(name.toLowerCase()) || isDictionaryWord(name.toLowerCase()) || factsOf(name).tool || isBrandName(name)) continue;
    found.push(personAt(match.index, name));
  }
  return found;
}
