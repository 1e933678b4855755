import { isCalendarMonthOrDay } from './calendar-words.ts';
import { isDepartmentWord } from './department-words.ts';
import { isBrandName } from './known-brands.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import { isLexiconGivenName, isProductWord } from './name-lexicon.ts';
import { isPlaceName } from './place-names.ts';
import { isSettlementName } from './settlement-names.ts';
import { capitalWordMatches, capitalWordPattern } from './name-capital-scan.ts';
import { matchesOf } from './regex-matches.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A name in capitals inside a message written in ordinary case, as systems print them and people paste
 * them, in any language: "reply to KING, ROSALIND (that's how the system shows her)", "WÓJCIK
 * KRZYSZTOF zgłasza reklamację", "full name as in passport: LIANG ZIHAN", "MR T OYELARAN". Two or three
 * words in capitals (a comma after the surname allowed, an initial allowed), every one a name in the
 * names list and no product, and none an English word — one, when a comma says "SURNAME, GIVEN". "DO NOT MERGE", "AWS EKS",
 * "URGENT FYI", "JIRA PROJ" and "NEW YORK" are not all names; a run that is wholly a town ("SAN JOSE") is a place. The
 * message around must be in ordinary case: a message all in capitals is read by the shouted-name pass.
 */
/** Found by capitalWordMatches, which tries it only where a capital can start it. */
const CAPITALS_RUN = capitalWordPattern(String.raw`(?<![\p{L}\p{M}\d'’-])(?:(?:MR|MRS|MS|MISS|DR|PROF)\.?\s)?(\p{Lu}[\p{Lu}\p{M}'’-]*(?:,?\s\p{Lu}[\p{Lu}\p{M}'’-]*){1,2})(?![\p{L}\p{M}\d'’-])`);
/**
 * The airline's and the passport office's order, "SURNAME/GIVEN": "HOFFMANN/JENS MR", "VAN DIJK / MAARTEN", "O'SULLIVAN /
 * SIOBHÁN" in a booking or a travel form, a reservation's "1.1PATEL/RAJ MR". Read as "SURNAME, GIVEN" is: one of the
 * words may be an English word.
 */
const CAPITALS_SLASHED = /(?:(?<![\p{L}\p{M}\d'’\/-])|(?<=\d\.\d))(\p{Lu}[\p{Lu}\p{M}'’-]*(?:\s\p{Lu}[\p{Lu}\p{M}'’-]*)?)[ \t]?\/[ \t]?(\p{Lu}[\p{Lu}\p{M}'’-]*(?:\s\p{Lu}[\p{Lu}\p{M}'’-]*)?)(?![\p{L}\p{M}\d'’-])/gu;
/**
 * What CAPITALS_SLASHED needs and a message seldom has: a slash with a capital right after it. Logs are full of slashes in
 * lower-case paths, and the pattern, which opens with look-behinds, is tried at every character (~6× the time of this test).
 */
const SLASH_BEFORE_CAPITAL = /\/[ \t]?\p{Lu}/u;
const BOOKING_TITLE = /\s(?:MR|MRS|MS|MISS|MSTR|DR)$/u;
const CORNER_AFTER = /^\s+(?:intersection|junction|corner|street|st\b|avenue|ave\b|road|rd\b|crossing)/iu;
const LOWER_CASE_WORD = /(?<![\p{L}\p{M}])\p{Ll}{2,}/gu;
const MINIMUM_LOWER_CASE_WORDS = 3;

/**
 * Mobile-money and bank confirmations print the other party in capitals, then their number: "imetumwa kwa ALLY HASSANI
 * MZIRAY 0713 204 887", "sent to GRACE WANJIKU 0722…", "de MARIA SOUZA 11 98765-4321". There a run of two to four words
 * in capitals right before a phone number is a person when one word is a listed name no dictionary holds, at most one is an
 * English word, and none is an abbreviation, a product, a month or a place ("HR DEPT 0800…", "NEW YORK 212…").
 */
const CAPITALS_BEFORE_NUMBER = capitalWordPattern(String.raw`(?<![\p{L}\p{M}\d'’-])(\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s\p{Lu}[\p{Lu}\p{M}'’-]+){1,3})\s(?=\+?\(?\d[\d ()-]{7,16}\d(?![\d]))`);
/** The number CAPITALS_BEFORE_NUMBER looks ahead to: a message without one has no match. */
const NUMBER_AFTER_CAPITALS = /\d[\d ()-]{7,16}\d/u;

function namesBeforeNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of capitalWordMatches(CAPITALS_BEFORE_NUMBER, text)) {
    const words = match[1]!.split(/\s/u).map((word) => word.toLowerCase());
    if (!words.some((word) => isHumanName(word) && !isDictionaryWord(word)) || words.filter((word) => isDictionaryWord(word)).length > 1) continue;
    if (words.some((word) => word.length < 3 || isProductWord(word) || isCalendarMonthOrDay(word) || isPlaceName(word))) continue;
    found.push(personBetween(text, match.index, match.index + match[1]!.length));
  }
  return found;
}

export function detectNamesInCapitals(text: string): Candidate[] {
  const ordinaryCase = hasOrdinaryCase(text);
  // A booking written wholly in capitals still has its passengers in the airline's order ("1.1PATEL/RAJ MR").
  const slashed = SLASH_BEFORE_CAPITAL.test(text) ? slashedNames(text, ordinaryCase) : [];
  if (!ordinaryCase) return slashed;
  const found: Candidate[] = /\d{3}/u.test(text) && NUMBER_AFTER_CAPITALS.test(text) ? namesBeforeNumbers(text) : [];
  found.push(...slashed);
  for (const match of capitalWordMatches(CAPITALS_RUN, text)) {
    const run = match[1]!;
    const words = run.split(/,?\s/u);
    if (!isNameInCapitals(words, run.includes(',')) || isPlaceName(run) || isSettlementName(run)) continue;
    const start = match.index + match[0].length - run.length;
    found.push(personBetween(text, start, start + run.length));
  }
  return found;
}

/**
 * In a message written in ordinary case, or with the booking's title after it in one written in capitals. Not two
 * brands or a firm ("BOSCH/SIEMENS fridges", "the MORGAN/STANLEY deal") nor a street corner ("WESLEY/MAIN intersection").
 */
function slashedNames(text: string, ordinaryCase: boolean): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(CAPITALS_SLASHED, text)) {
    // A title after the given name is the booking's ("JENS MR"), not part of the name.
    const given = match[2]!.replace(BOOKING_TITLE, '');
    if (!ordinaryCase && given === match[2]) continue;
    const words = [...match[1]!.split(/\s/u), ...given.split(/\s/u)];
    // Two letters are an abbreviation here ("HR / FINANCE", "CI/CD"), and a team is no one.
    if (words.length > 3 || words.some((word) => word.length < 3 || isPlaceName(word) || isDepartmentWord(word.toLowerCase()))) continue;
    // The given part reads as given names: the lexicon's, or listed names no word or brand has ("MAARTEN"), not "SIEMENS".
    if (!given.split(/\s/u).every((word) => isLexiconGivenName(word.toLowerCase()) || (isHumanName(word) && !isDictionaryWord(word.toLowerCase()) && !isBrandName(word)))) continue;
    // Three letters are an abbreviation as often ("IND/FAM", "LHR/JFK"): one word must be longer, and no English word.
    if (!words.some((word) => word.length > 3 && !isDictionaryWord(word.toLowerCase())) || !isNameInCapitals(words, true)) continue;
    const end = match.index + match[0].length - (match[2]!.length - given.length);
    if (isBrandName(words.join(' ')) || CORNER_AFTER.test(text.slice(end, end + 16))) continue;
    found.push(personBetween(text, match.index, end));
  }
  return found;
}

function hasOrdinaryCase(text: string): boolean {
  let count = 0;
  for (const _ of text.matchAll(LOWER_CASE_WORD)) if (++count >= MINIMUM_LOWER_CASE_WORDS) return true;
  return false;
}

/**
 * Every word in the names list, no product, month or weekday. Written "SURNAME, GIVEN" (as systems list
 * people) one may be an English word ("KING, ROSALIND"); otherwise none may ("ROSS STORES", "CARTER
 * CENTER", "JAVA HOME" are a firm, a place and a variable).
 */
function isNameInCapitals(words: readonly string[], listed: boolean): boolean {
  let strong = false;
  let englishWords = 0;
  for (const word of words) {
    if (word.length === 1) continue;
    const lower = word.toLowerCase();
    const named = isHumanName(word) || lower.split('-').every((part) => part.length > 1 && isHumanName(part));
    if (!named || isCalendarMonthOrDay(lower) || isProductWord(lower)) return false;
    if (isDictionaryWord(lower)) englishWords += 1;
    else strong = true;
  }
  return strong && englishWords <= (listed ? 1 : 0);
}
