import { isCalendarMonthOrDay } from './calendar-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isHumanName } from './human-names.ts';
import { isOrgOrPlaceWord, isProductWord } from './name-lexicon.ts';
import { matchesOf } from './regex-matches.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * What someone is called, said outright: "my name is Adaeze", "her name's Folake", "a woman called
 * Nomvula", "the candidate is named Kelechi", "we call him Tunde", "everyone calls her Mama Efua", "she's
 * known as Ade". The words right after such a phrase are a person's name, whatever list has them.
 *
 * Things are named with the same words ("the tool is called Grafana", "we call it Project Falcon", "its
 * name is Hermes", "the file name is README.md"), so the phrase must be about a person: a person's
 * possessive before "name", a person noun or "he"/"she" before "named"/"called", "him"/"her"/"me" after
 * "call". The name is one to three capitalised words, at least one of them a listed name or no English
 * word (not "call me Monday", "his name is On…"), or one lower-case word no dictionary has ("my name is
 * adaeze"; not "my name is not important").
 */
const PERSON_NOUNS = String.raw`guy|man|woman|lady|girl|boy|person|someone|somebody|colleague|coworker|co-worker|customer|client|candidate|applicant|contractor|tenant|student|intern|new hire|hire|engineer|developer|manager|friend|guest|caller|driver|agent|rep|recruiter|landlord|landlady|neighbou?r|kid|son|daughter|baby|wife|husband|partner|brother|sister|cousin|he|she`;
const NAMING_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:` +
    String.raw`(?:my|his|her|their|your)[ \t]+(?:(?:full|first|last|real|legal|given|middle|maiden|preferred|nick)[ \t-]?)?name(?:[ \t]+(?:is|was)|['’]s)` +
    String.raw`|(?:${PERSON_NOUNS})(?:[ \t]+(?:is|was)|['’]s)?[ \t]+(?:named|called)` +
    String.raw`|(?:call|calls|called|calling)[ \t]+(?:him|her|me)` +
    String.raw`|(?:he|she)(?:['’]s|[ \t]+(?:is|was))[ \t]+(?:also[ \t]+|better[ \t]+)?known[ \t]+as` +
    String.raw`)[ \t]+`,
  'giu',
);
/** Cheap words one of the phrases holds, looked for before the pattern runs. */
const HINT = /name|call|known/iu;
const CAPITALISED_RUN = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,2}/u;
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}\p{M}'’-]{2,}(?![\p{L}\p{M}\d@_/])/u;
const REACH = 80;

export function detectNamedPeople(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const found: Candidate[] = [];
  for (const phrase of matchesOf(NAMING_PHRASE, text)) {
    const start = phrase.index + phrase[0].length;
    const name = nameAt(text.slice(start, start + REACH));
    if (name !== undefined) found.push(personBetween(text, start, start + name.length));
  }
  return found;
}

/** The name opening `after`, or undefined when the words there are no name. */
function nameAt(after: string): string | undefined {
  const run = CAPITALISED_RUN.exec(after)?.[0];
  if (run !== undefined) {
    const words = run.split(/[ \t]/u);
    // A trailing English word is what the sentence goes on to say, not the name's ("call him Tunde Tomorrow").
    while (words.length > 0 && !isNameWord(words[words.length - 1]!)) words.pop();
    if (words.length === 0 || words.some((word) => isExcluded(word))) return undefined;
    // The words were split at single spaces or tabs: the name is the run's first characters.
    return after.slice(0, words.join(' ').length);
  }
  const lower = LOWER_CASE_WORD.exec(after)?.[0];
  if (lower === undefined || isExcluded(lower) || isDictionaryWord(lower)) return undefined;
  return lower;
}

/** A word of a name: on the names list, or no English word. */
function isNameWord(word: string): boolean {
  return !isExcluded(word) && (isHumanName(word) || !isDictionaryWord(word.toLowerCase()));
}

/** Grammar, a month or day, a product or a place is never the name given. */
function isExcluded(word: string): boolean {
  const lower = word.toLowerCase();
  return ENGLISH_FUNCTION_WORDS.has(lower) || isCalendarMonthOrDay(lower) || isProductWord(lower) || isOrgOrPlaceWord(lower);
}
