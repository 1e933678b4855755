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
