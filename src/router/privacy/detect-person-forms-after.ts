import { isNeverAName } from './never-a-name.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isGivenNameInAnyLanguage } from './locale-given-names.ts';
import { isPlaceName } from './place-names.ts';
import { readsLikeAName } from './unlisted-given-names.ts';
import type { Token } from './recall-words.ts';
import { isCapitalisedWord } from './text-scan.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Names before a form of address said after them, as colleagues write each other inside English: Indian
 * English "Ramesh sir", "Anil bhai", "Kavitha madam", "Priya didi", Tamil and Telugu "Suresh anna", "Deepa
 * akka", "Rao garu", Turkish "Selin Hanım", "Umut Bey", "Kadir Usta", Azerbaijani "Rauf aga", "Leyla xanım", Kazakh
 * "Saule apa", Hungarian "Laci bácsi", "Erzsi néni", Japanese "Tanaka kun". Not Uzbek "aka", English's "also known as";
 * not "san" and "jan", as often a
 * place's first word and a month ("Lisbon san juan flight", "Mumbai jan 12"). (Forms said before the name are
 * detect-person-address-forms.ts; the Hindi-typed message's own markers, detect-person-other-language.ts.)
 *
 * The word before the form is the name when it could be one (isNameBeforeForm): "Ramesh sir", "ramesh sir"; not
 * "Dear Sir", "Sorry ma'am", "ok bhai", "haan ji". A name that is also an English word ("Hope didi") is left to
 * the other passes.
 * Capitalised name words just before it belong to the name ("Venkat Rao garu").
 *
 * Not Japanese "sama": Indonesian and Malay write it for "with" ("Bayu sama Dewi", "Kerja sama").
 *
 * The span holds the form too: several forms are given names of their own ("Anna", "Chan"), and another
 * pass may take the form for a name; one placeholder for "Suresh anna" reads better than two.
 */
const FORMS_AFTER: ReadonlySet<string> = new Set(
  "sir madam ma'am ma’am maam ji bhai bhaiya didi sahab saab sahib anna akka garu bey hanım hanim kun chan sensei aga ağa apa xanım xanim müəllim usta bácsi néni".split(' '),
);
/** Forms written capitalised as often as not ("Ramesh Sir", "Umut Bey"); the others capitalised are names of their own ("Anna", "Chan"). */
const CAPITALISED_FORMS: ReadonlySet<string> = new Set(['sir', 'madam', 'ji', 'sahab', 'sahib', 'garu', 'bey', 'hanım', 'hanim', 'usta', 'xanım', 'xanim']);
/** Forms that are also a style, a cooker or a body's initials ("Harvard apa style", "the Rayburn aga"): after a listed given name only. */
const LISTED_ONLY_FORMS: ReadonlySet<string> = new Set(['apa', 'aga', 'ağa']);
const NAME_ONLY_FORMS: ReadonlySet<string> = new Set(['xanım', 'xanim', 'müəllim']);
/** "Harvard apa style", "the Rayburn aga cooker": what the word names after it. */
const THING_AFTER_FORM = /^[ \t]+(?:style|format|formatting|citations?|references?|referencing|export|cooker|stove|oven)\b/iu;
const SHORTEST_NAME = 3;
const MOST_NAME_WORDS = 3;

/** `words`: the message's Latin-script words (recall-words.ts). */
export function detectNamesBeforeFormsOfAddress(text: string, words: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 1; index < words.length; index += 1) {
    const form = words[index]!;
    if (!isFormAfter(form) || !isOneSpaceApart(text, words[index - 1]!, form)) continue;
    const name = words[index - 1]!;
    if (!isNameBeforeForm(name) || (LISTED_ONLY_FORMS.has(form.lower) && (!isGivenNameInAnyLanguage(name.text) || THING_AFTER_FORM.test(text.slice(form.end, form.end + 24))))) continue;
    let first = index - 1;
    while (first > 0 && index - first < MOST_NAME_WORDS && isOneSpaceApart(text, words[first - 1]!, words[first]!) && isFurtherNamePart(words[first - 1]!)) first -= 1;
    // The region's own forms stay outside the span: the span's lower-case end would grow over the sentence after it ("Leyla xanım zəng etdi").
    found.push(personBetween(text, words[first]!.start, NAME_ONLY_FORMS.has(form.lower) ? name.end : form.end));
  }
  return found;
}

function isFormAfter(form: Token): boolean {
  if (!FORMS_AFTER.has(form.lower)) return false;
  return form.text === form.lower || (CAPITALISED_FORMS.has(form.lower) && form.text === form.lower.charAt(0).toUpperCase() + form.lower.slice(1));
}

function isOneSpaceApart(text: string, left: Token, right: Token): boolean {
  return right.start === left.end + 1 && text[left.end] === ' ';
}

/**
 * No English word, no grammar of any listed language ("haan ji", "theek hai ji", "ho gaya sir", "mera bhai"), no tool
 * or place the lists know ("Terraform ji", "Mumbai"); capitalised and reading like a name (listed, or pronounceable
 * as unlisted-given-names.ts reads it), or in lower case on the given-names list.
 */
function isNameBeforeForm(word: Token): boolean {
  if (word.text.length < SHORTEST_NAME || !isNameCandidate(word) || isDictionaryWord(word.lower)) return false;
  if (word.functionLanguages.length > 0 || word.facts.tool || isPlaceName(word.text)) return false;
  if (isCapitalisedWord(word.text)) return readsLikeAName(word.text);
  // In lower case, not a word frequent in another language ("mera bhai": "my brother").
  return word.text === word.lower && !word.foreign && isGivenNameInAnyLanguage(word.text);
}

/** Not a function word, a month or day, a product or a place, nor a form itself ("bhai sahab"). */
function isNameCandidate(word: Token): boolean {
  return !isNeverAName(word.lower) && !FORMS_AFTER.has(word.lower);
}

/** A capitalised name word before the one next to the form: "Venkat Rao garu". */
function isFurtherNamePart(word: Token): boolean {
  return isCapitalisedWord(word.text) && isNameCandidate(word) && !isDictionaryWord(word.lower);
}

