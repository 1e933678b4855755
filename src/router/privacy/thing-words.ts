import { isCalendarWord } from './calendar-words.ts';
import { isDepartmentWord } from './department-words.ts';
import { isOrgOrPlaceWord } from './name-lexicon.ts';
import { personBetween } from './types.ts';

/**
 * Whether the word at `start`–`end` names no one where it stands: a team ("Finance"), a firm or a place
 * ("Phoenix", "Leeds"), or a month or weekday in a calendar position ("until June"). The passes that
 * find a person by position alone — after a role label, before a "she", in a row — ask this first.
 */
export function namesNoOne(text: string, start: number, end: number): boolean {
  const lower = text.slice(start, end).toLowerCase();
  return isDepartmentWord(lower) || isOrgOrPlaceWord(lower) || isCalendarWord(text, personBetween(text, start, end));
}
