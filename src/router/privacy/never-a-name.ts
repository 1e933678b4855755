import { isCalendarMonthOrDay } from './calendar-words.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isOrgOrPlaceWord, isProductWord } from './name-lexicon.ts';

/**
 * English grammar, a month or a weekday, a product, a firm or a place: never the name a cue, a form of address,
 * a naming phrase or a possessive points at ("khun Bangkok", "call me Monday", "the fault is Microsoft's").
 * `lower`: the word in lower case.
 */
export function isNeverAName(lower: string): boolean {
  return ENGLISH_FUNCTION_WORDS.has(lower) || isCalendarMonthOrDay(lower) || isProductWord(lower) || isOrgOrPlaceWord(lower);
}
