import { isDepartmentWord, isGroupOrRoleWord } from './department-words.ts';
import { factsOf } from './name-word-facts.ts';
import { isLexiconGivenName, isOrgOrPlaceWord } from './name-lexicon.ts';
import { isPopularWordName } from './word-given-names.ts';

/**
 * "Ivy Green (Payroll) – ext 4412", "Requested by: Hope Stone": both words are English words, but the first is a given
 * name people are called (the lexicon's or the SSA's word names) and the second a surname the names list holds — where
 * a record or a detail says someone is named, a person ("Support Desk", "Service Line" are neither).
 */
export function isWordNamePair(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [given, surname] = words as [string, string];
  const lower = given.toLowerCase();
  return CAPITALISED.test(given) && CAPITALISED.test(surname) && (isPopularWordName(lower) || isLexiconGivenName(lower)) && factsOf(surname).given && !isNoOnesWord(surname.toLowerCase());
}

/** A firm's or a place's word, a team's, or a group's or role's ("Summer Intern", "Night Crew"): never a surname here. */
function isNoOnesWord(lower: string): boolean {
  return isOrgOrPlaceWord(lower) || isDepartmentWord(lower) || isGroupOrRoleWord(lower);
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
