import { isListedCasedScriptName } from './cased-script-lone-names.ts';
import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { ENGLISH_FUNCTION_WORDS, functionWordLanguages } from './function-words.ts';
import { isHumanName } from './human-names.ts';
import { isAddressingWord } from './name-cues.ts';
import { isSalutationAt } from './detect-person-salutations.ts';
import { isKnownNameWord, isProductWord, lexiconFacts } from './name-lexicon.ts';
import { PARTICLES } from './recall-words.ts';
import { isPopularWordName } from './word-given-names.ts';
import { followsDeterminer } from './sentence-position.ts';
import type { Candidate } from './types.ts';

/**
 * A name found by the name passes may have more parts than the passes could vouch for: the third part
 * of a Vietnamese name ("Nguyen Thanh Hai"), a French given name frequent enough on the web to read as
 * an ordinary word ("Juste Legrand"), a place used as a first name ("Washington Silva"), a surname that
 * is an English word after a lone first name ("Edgar Mills"), or the title in front of a surname
 * ("sister donnelly", "Dr. Okafor"). Each part left beside the placeholder is
 * part of the person, so the span grows over neighbours written in the same case that the English
 * word list does not know, and over a title right before it. This only ever widens a span that
 * exists: a message without a name is never altered by it.
 */
const TITLES = new Set('mr|mrs|ms|miss|mx|dr|prof|sir|dame|sister|brother|father|herr|frau|mme|mlle|sr|sra|srta|sig|shri|smt|sri'.split('|'));
const MAXIMUM_EXTRA_WORDS = 2;
const WORD_AFTER = /^ ([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)(?![\p{L}\p{M}\p{N}_@/.:-][\p{L}\p{N}])/u;
const WORD_BEFORE = /(?:^|[\s("“])([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*\.?) $/u;

type CaseStyle = 'lower' | 'upper' | 'title' | 'other';

const POSSESSIVE_AFTER = /^['’]s/u;

/** `otherLanguage`: the message is mostly in another language, whose lower-case words are mostly its own, not a name's parts. */
export function widenNames(text: string, candidates: readonly Candidate[], otherLanguage = false): Candidate[] {
  // The name passes often find the same span; widen it once.
  const widened = new Map<number, Candidate>();
  return candidates.map((candidate) => {
    if (candidate.type !== 'PERSON') return candidate;
    const key = candidate.start * (text.length + 1) + candidate.end;
    const known = widened.get(key);
    if (known !== undefined) return { ...known };
    const result = widen(text, candidate, otherLanguage && candidate.value === candidate.value.toLowerCase());
    widened.set(key, result);
    return result;
  });
}

/**
 * `listedOnly`: a lower-case name in a message in another language grows only over words the names list
 * holds ("lucía romero…"): its other lower-case words are the language's ("luka bosta jutri…").
 */
function widen(text: string, candidate: Candidate, listedOnly: boolean): Candidate {
  // The language's articles and conjunctions are listed names too ("El", "La", "Y"), never a lower-case name's parts ("el seba y la flor").
  const isPart = listedOnly ? (word: string) => isUnlistedWord(word) && isHumanName(word) && functionWordLanguages(word.toLowerCase()).length === 0 : isUnlistedWord;
  // "ssh tendai@host": a name glued to a host is a login, one word; the command before it is not a name part.
  if (text.charCodeAt(candidate.end) === 64) return candidate;
  let { start, end } = candidate;
  // "You’re Priya": a pass may have taken the pronoun with the name; it opens no name.
  const opening = candidate.value.slice(0, candidate.value.indexOf(' ') + 1);
  if (opening.length > 1 && isContractedPronoun(opening.trimEnd())) start += opening.length;
  // Most names have no space-separated neighbour worth reading: a cheap look before any pattern runs.
  const lastStyle = text.charCodeAt(end) === 32 ? styleOf(text.slice(wordStart(text, end), end)) : 'other';
  for (let count = 0; count < MAXIMUM_EXTRA_WORDS && lastStyle !== 'other' && text.charCodeAt(end) === 32; count += 1) {
    const word = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
    if (word === undefined || styleOf(word) !== lastStyle) break;
    // "user=tnyathi ip=10.44.2.9": a word right before "=" is the next field's key, no part of a name.
    if (text.charCodeAt(end + 1 + word.length) === 61) break;
    // "Edgar Mills", "Priya Brown": right after a lone capitalised name, a capitalised English word is its surname.
    // "Mei Ling Tan (starts mon)", "Ana Maria Costa": after two capitalised words, a surname the lexicon knows, or a word the
    // names list holds that ends the run ("Kwame Nkrumah Circle in Accra", "Calvin Klein Logo Tee" are a place and a product).
    const words = candidate.value.split(' ').length;
    const surname = count === 0 && lastStyle === 'title' && words <= 2 && !candidate.value.includes('\n') && isPossibleSurname(word) && (words === 1 || isThirdPart(text, end + 1, word));
    if (!surname && !isPart(word)) break;
    end += word.length + 1;
  }
  end += initialAfter(text, end, lastStyle);
  const firstWord = text.slice(start, wordEnd(text, start));
  const firstStyle = text.charCodeAt(start - 1) === 32 ? styleOf(firstWord) : 'other';
  const uncased = styleOf(firstWord) === 'other' && firstWord === firstWord.toLowerCase();
  start -= initialsBefore(text, start, firstStyle);
  for (let count = 0; count <= MAXIMUM_EXTRA_WORDS && text.charCodeAt(start - 1) === 32; count += 1) {
    const word = WORD_BEFORE.exec(text.slice(wordBeforeWindowStart(text, start), start))?.[1];
    // "cc mehmet", "Hi Siobhán": the word that addresses someone is not part of the name.
    if (word === undefined || isAddressingWord(word) || isSalutationAt(text, start - word.length - 1, word, end)) break;
    const title = TITLES.has(word.toLowerCase().replace(/\.$/, ''));
    // "Will Smith", "Grace Mbeki", "Autumn Hill": a known first name that is also an English word, right before a lone surname.
    // In lower case too, as English chat types a colleague ("lee hana said…"): the given name left beside the surname would
    // name them. Not in another language, whose lower-case words before a name are its own ("che lorena, pasame…"), nor
    // before a possessive, as shops and drinks named after people are written ("a jack daniel's bottle", "trader joe's").
    const lowerFirstName = firstStyle === 'lower' && !listedOnly && functionWordLanguages(word).length === 0 && !POSSESSIVE_AFTER.test(text.slice(end, end + 2));
    // A popular word name only capitalised: in lower case "will" and "may" are mostly verbs ("will hana join?").
    const firstName = count === 0 && (firstStyle === 'title' || lowerFirstName) && !/\s/.test(candidate.value) && styleOf(word) === firstStyle && (isKnownNameWord(word) || (firstStyle === 'title' && isPopularWordName(word.toLowerCase())));
    // A script without case says nothing about where a name starts ("발표 순서는 정하늘", "請求書は 山本"): only a title widens it.
    if (!title && !firstName && (uncased || count === MAXIMUM_EXTRA_WORDS || word.endsWith('.') || styleOf(word) !== firstStyle || !isPart(word))) break;
    // A capitalised Cyrillic, Greek or Armenian word joins a name only when it is one: "Վաղը Արմենին" is tomorrow to Armen.
    if (!title && OTHER_CASED_SCRIPT.test(word) && !isListedCasedScriptName(word)) break;

    start -= word.length + 1;
    if (title) break;
  }
  if (start === candidate.start && end === candidate.end) return candidate;
  // The identity is cleared rather than deleted: a deleted field turns the object into a slow dictionary.
  return { ...candidate, start, end, value: text.slice(start, end), identity: undefined };
}

/**
 * A surname written as its initial: "Priyanka R.", "Kylie B" — one capital, a dot or nothing, then no
 * letter, digit or slash ("A/B test"). A bare "I" is the pronoun and a bare "A" the article ("thanks Maria
 * A lot"); with a dot they are initials.
 */
const INITIAL_AFTER = /^ (?![IA](?![.\p{L}]))\p{Lu}\.?(?![\p{L}\p{N}'’&+/-])(?!\.\p{L})/u;

function initialAfter(text: string, end: number, style: CaseStyle): number {
  if (style !== 'title' || text.charCodeAt(end) !== 32) return 0;
  return INITIAL_AFTER.exec(text.slice(end, end + 4))?.[0].length ?? 0;
}

/**
 * Given names written as initials before a surname: "T.J. Okonkwo", "J. R. Ward", "A.B. Khan" — each a
 * capital and its period. One initial alone only where an item or clause opens ("…, J. Ward"): after a
 * word it ends a sentence as often ("Plan B. Smith said no").
 */
const INITIALS_BEFORE = /(?:(?:^|[\s(“"'‘,;:])((?:\p{Lu}\.[ ]?){2,3})|(?:^|[(“"'‘,;:] ?)(\p{Lu}\. ?)) $/u;

function initialsBefore(text: string, start: number, style: CaseStyle): number {
  if (style !== 'title' || text.charCodeAt(start - 1) !== 32) return 0;
  const found = INITIALS_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  const initials = found?.[1] ?? found?.[2];
  if (initials === undefined) return 0;
  // "we moved to the U.K. Sarah will lead it": initials after a determiner are a place or a firm.
  return followsDeterminer(text, start - initials.length - 1) ? 0 : initials.length + 1;
}

const WORD_BEFORE_REACH = 40;
const WORD_BEFORE_OPENER = /[\s("“]/u;

/**
 * Where the window WORD_BEFORE reads ends at its start: 40 characters back, or nearer, at the last
 * space, bracket or quotation mark before the word. The word cannot hold such a character, so no match
 * starts before it, and the pattern (anchored at its end, so tried from every position of the window)
 * reads one word instead of forty characters.
 */
function wordBeforeWindowStart(text: string, start: number): number {
  const reach = Math.max(0, start - WORD_BEFORE_REACH);
  // `start - 1` is the space the pattern ends with; the opener comes before the word.
  for (let index = start - 2; index >= reach; index -= 1) {
    if (WORD_BEFORE_OPENER.test(text[index]!)) return index;
  }
  return reach;
}

/**
 * A part of a name nobody listed: no English word or product — nor any listed language's grammar or greetings
 * ("Hej Karin Lindqvist", "Bonjour Gaëlle"), though a name's particles stay ("Milan de Groot").
 */
function isUnlistedWord(word: string): boolean {
  const facts = lexiconFacts(word);
  if (word.length < 2 || facts.englishWord || facts.product || isContractedPronoun(word)) return false;
  const lower = word.toLowerCase();
  return PARTICLES.has(lower) || functionWordLanguages(lower).length === 0;
}

/** "It’s", "I’m", "You’re", "We’ll": a pronoun or other grammar word with its verb contracted, never a name's part ("D’Souza" is one). */
const CONTRACTED = /^(\p{L}+)['’](?:s|m|re|ve|ll|d)$/u;

function isContractedPronoun(word: string): boolean {
  const base = CONTRACTED.exec(word)?.[1];
  return base !== undefined && (base.toLowerCase() === 'i' || ENGLISH_FUNCTION_WORDS.has(base.toLowerCase()));
}

const CALENDAR_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

/** The word at `start` may end a two-word name as its surname: the lexicon knows it as a name, or the names list holds it and the run ends there. */
function isThirdPart(text: string, start: number, word: string): boolean {
  if (isKnownNameWord(word)) return true;
  return isHumanName(word) && RUN_ENDS_AFTER.test(text.slice(start + word.length, start + word.length + 3));
}

const RUN_ENDS_AFTER = /^(?:$|[ \t]*[(),;:.!?\n]|[ \t]+[-–—])/u;

function isPossibleSurname(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length >= 3 && !CALENDAR_WORDS.has(lower) && !CHAT_OPS_WORDS.has(lower) && !isProductWord(lower);
}

const GEORGIAN = /^[\u10d0-\u10ff]/u;
const OTHER_CASED_SCRIPT = /^[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;

function styleOf(word: string): CaseStyle {
  if (word.length === 0) return 'other';
  const lower = word.toLowerCase();
  // A script without case (Han, Devanagari, Arabic) says nothing about where a name ends: never widen over it. Georgian
  // has capitals in Unicode (Mtavruli) that nobody types in running text: its words are caseless too.
  if (word === lower) return word === word.toUpperCase() || GEORGIAN.test(word) ? 'other' : 'lower';
  if (word === word.toUpperCase()) return word.length > 1 ? 'upper' : 'other';
  return word[0] !== lower[0] && word.slice(1) === lower.slice(1) ? 'title' : 'other';
}

function wordEnd(text: string, start: number): number {
  let cursor = start;
  while (cursor < text.length && !isSpace(text.charCodeAt(cursor))) cursor += 1;
  return cursor;
}

function wordStart(text: string, end: number): number {
  let cursor = end;
  while (cursor > 0 && !isSpace(text.charCodeAt(cursor - 1))) cursor -= 1;
  return cursor;
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x3000;
}
