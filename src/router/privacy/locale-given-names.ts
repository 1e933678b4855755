import { foldName, isHumanName } from './human-names.ts';
import { LOCALE_GIVEN_NAMES } from './locale-given-names-data.ts';

let localeNames: ReadonlySet<string> | undefined;

/**
 * Whether a word is a first name in the names list or in the German, Spanish, French, Italian or Turkish lists of
 * gender-detection-from-name (locale-given-names-data.ts): "Gökhan", "Gaizka", "Ansgar" are missing from the first.
 * Asked only of messages written in another language, where those names are written; in English the larger list
 * alone decides, as the guard was measured with it.
 */
export function isGivenNameInAnyLanguage(word: string): boolean {
  localeNames ??= new Set(LOCALE_GIVEN_NAMES);
  return isHumanName(word) || localeNames.has(foldName(word));
}

/** A first name of the locale lists alone (gender-detection-from-name's), which hold given names only, no surnames or words. */
export function isLocaleGivenName(word: string): boolean {
  localeNames ??= new Set(LOCALE_GIVEN_NAMES);
  return localeNames.has(foldName(word));
}

/**
 * A given name clipped as Spanish and Portuguese chat clips them, the first syllables and a vowel: "facu" (Facundo), "benja"
 * (Benjamín), "cami" (Camila), "juli" (Julieta), "cata" (Catalina). Four or five letters, ending in a vowel, that open a locale
 * list's name two letters longer or more.
 */
export function isClippedLocaleGivenName(word: string): boolean {
  const folded = foldName(word);
  if (folded.length < 4 || folded.length > 5 || !/[aeiou]$/u.test(folded)) return false;
  // The generated list is written sorted (scripts/data/locale-given-names.ts, held to it by a test): searched as it is.
  const names = LOCALE_GIVEN_NAMES;
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (names[middle]! < folded) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < names.length && names[index]!.startsWith(folded); index += 1) {
    if (names[index]!.length >= folded.length + 2) return true;
  }
  return false;
}
