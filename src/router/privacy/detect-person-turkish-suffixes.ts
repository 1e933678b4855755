import { isDictionaryWord } from './english-dictionary.ts';
import { isBrandName } from './known-brands.ts';
import { factsOf } from './name-word-facts.ts';
import { isGivenNameInAnyLanguage } from './locale-given-names.ts';
import { isPlaceName } from './place-names.ts';
import { isOtherLanguageCalendarWord } from './calendar-words.ts';
import { capitalWordMatches, capitalWordPattern } from './name-capital-scan.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * Turkish and Azerbaijani set a proper noun's case ending off with an apostrophe: "Zeynep'in TC'si" (Zeynep's), "Deniz'in
 * doğum günü", "Mehmet'e söyle" (tell Mehmet), "raporu Ayşe'den alsın" (from Ayşe). Places take them too ("Ankara'ya",
 * "İstanbul'da") and so do tools, brands, months and feasts ("Jira'ya bak", "Eylül'e kadar", "Ramazan'da"), so only a
 * given name of the lists that is none of those counts, before an ending said of people (not "where", -de/-da), in a
 * message with a letter only Turkish or Azerbaijani write; the name is the value, the ending is not.
 */
/** The endings said of people: whose (-in), to whom (-e), from whom (-den), whom (-i), with whom (-le); not where (-de, -da), as places take. */
const SUFFIXED = capitalWordPattern(
  String.raw`(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]{2,})['’](?:nin|nın|nun|nün|in|ın|un|ün|e|a|ye|ya|ə|yə|den|dan|ten|tan|dən|le|la|yle|yla|lə|i|ı|u|ü|yi|yı|yu|yü)(?![\p{L}\p{M}])`,
);
/** A letter only Turkish and Azerbaijani write: without one the apostrophe is English's or Hawaiian's ("Hawai'i", "Shari'a"). */
const TURKIC_LETTER = /[çğışöüəÇĞİŞÖÜƏ]/u;

const FEASTS: ReadonlySet<string> = new Set(['ramazan', 'bayram', 'kurban', 'nevruz', 'novruz', 'kandil']);

export function detectTurkishSuffixedNames(text: string): Candidate[] {
  if ((!text.includes("'") && !text.includes('’')) || !TURKIC_LETTER.test(text)) return [];
  const found: Candidate[] = [];
  // Tried only where a capital can start a name (name-capital-scan.ts), not at every letter.
  for (const match of capitalWordMatches(SUFFIXED, text)) {
    const name = match[1]!;
    if (!isGivenNameInAnyLanguage(name) || isPlaceName(name.toLowerCase()) || isDictionaryWord(name.toLowerCase()) || factsOf(name).tool || isBrandName(name)) continue;
    // "Ramazan'da", "Eylül'e kadar", "Bayram'ı": months and feasts are given names too.
    if (isOtherLanguageCalendarWord(name.toLowerCase()) || FEASTS.has(name.toLowerCase())) continue;
    found.push(personAt(match.index, name));
  }
  return found;
}
