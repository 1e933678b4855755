import { isNeverAName } from './never-a-name.ts';
import { isCalendarMonthOrDay } from './calendar-words.ts';
import { formsOfAddressBefore } from './detect-person-other-language.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import type { Token } from './recall-words.ts';
import { DETERMINERS, followsDeterminer } from './sentence-position.ts';
import { isCapitalisedWord } from './text-scan.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Names after a form of address, in a message of any language. Colleagues across countries write each
 * other's titles as they say them, inside English: "draft a reply to anh Quân", "a card for khun
 * Somchai", "pani Wiśniewska hasn't received it", "don Hernando the guard", "ping dr bishop", "mr
 * young's flight". The message-language pass (detect-person-other-language.ts) reads these forms only
 * in a message mostly in their language; here they are read everywhere, more strictly:
 *
 * - a form of one or two plain letters ("en", "si", "bu") only abbreviated, with its period ("Bw. Salim");
 *   a form in capitals never ("ING Direct");
 * - before a capitalised word of the names list that is no English word ("don Hernando", "Frau Müller";
 *   not "don Kevlar gloves", "Señor Frog", "the Pho Anh Dao menu");
 * - a form in lower case that is no English word ("khun", "pani", "anh") also before any word no
 *   dictionary lists ("khun somchai");
 * - an English title in lower case ("mr", "dr") before a word of the names list, even one that is an
 *   English word ("mr young", "dr bishop") — but not as a noun after a determiner ("my dr appointment").
 *
 * The span is the name (one to three words), not the form: a title is no personal data. The names list
 * holds many forms as given names too ("anh", "khun", "bà"), so another pass may take the form alone for
 * a name; withoutFormsBeforeNames drops that span, which would be a placeholder of its own beside the name's.
 */
/** Not "ms": in lower case it is Microsoft ("ms word", "ms teams") or milliseconds as often as a title. */
const ENGLISH_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'dr', 'prof']);
const MOST_NAME_WORDS = 3;

let forms: ReadonlyMap<string, { abbreviated: boolean }> | undefined;

/** `words`: the message's Latin-script words (recall-words.ts), possessives left out. */
export function detectNamesAfterFormsOfAddress(text: string, words: readonly Token[]): Candidate[] {
  forms ??= formsOfAddressBefore();
  const found: Candidate[] = [];
  for (let index = 0; index + 1 < words.length; index += 1) {
    const form = words[index]!;
    const title = ENGLISH_TITLES.has(form.lower);
    const known = forms.get(form.lower);
    if (!title && known === undefined) continue;
    // "Bw. Salim", "dr. okafor": an abbreviated form keeps its period; the name follows after one space.
    const gap = text.slice(form.end, words[index + 1]!.start);
    if (gap !== ' ' && gap !== '. ') continue;
    if (gap === '. ' && !title && known?.abbreviated !== true) continue;
    // "en", "si", "bu" are words of too many languages ("Thon Incroyable en Granit"): only abbreviated, with their period ("Bw. Salim"),
    // or written with their own letters ("bà Hoa", "cô Mai"). A form in capitals is a name or an acronym ("ING Direct").
    if (!title && form.lower.length < 3 && gap !== '. ' && /^[a-z]+$/u.test(form.lower)) continue;
    if (form.text.length > 1 && form.text === form.text.toUpperCase()) continue;
    const first = words[index + 1]!;
    // "0.18 ms over", "12 m Sturm": after a number a form is a unit.
    if (/\d\s?$/u.test(text.slice(Math.max(0, form.start - 2), form.start))) continue;
    // "Mr. van der Linden", "mevr. de Graaf", "dhr. van 't Veld": particles, then a capitalised surname the names list holds, whatever word it also is.
    const surname = surnameAfterParticles(text, words, index + 1);
    if (surname !== undefined) {
      found.push(personBetween(text, first.start, words[surname]!.end));
      index = surname;
      continue;
    }
    const accepted = title ? isTitledName(words[index - 1]?.lower, form.text, first) : isAddressedName(form, first);
    if (!accepted) continue;
    let last = index + 1;
    while (last + 1 < words.length && last - index < MOST_NAME_WORDS && text.slice(words[last]!.end, words[last + 1]!.start) === ' ' && isFurtherNamePart(words[last + 1]!)) last += 1;
    // "dhr. Joost van 't Veld": a surname after particles ends the name.
    last = surnameAfterParticles(text, words, last + 1) ?? last;
    found.push(personBetween(text, first.start, words[last]!.end));
    index = last;
  }
  return [...found, ...namesAfterInitials(text, words)];
}

const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'der', 'den', 'la', 'le', 'du', 'des', 'da', 'di', 'del', 'dos', 'das', 'ter', 'ten', 'zu']);
const MOST_PARTICLES = 3;
const ARTICLES: ReadonlySet<string> = new Set(['la', 'le']);

/** The index of the surname — capitalised, in the names list — after one to three lower-case particles from `from`, each one space apart; undefined otherwise. */
function surnameAfterParticles(text: string, words: readonly Token[], from: number): number | undefined {
  let index = from;
  let end = words[from - 1]!.end;
  while (index < words.length && index - from <= MOST_PARTICLES) {
    const gap = text.slice(end, words[index]!.start);
    const word = words[index]!;
    // The tokenizer reads "'t" (Dutch "het") as the word "t" after an apostrophe.
    const apostropheT = word.text === 't' && /^ ['’]$/u.test(gap);
    if (gap !== ' ' && gap !== '. ' && !apostropheT) return undefined;
    if (!apostropheT && !SURNAME_PARTICLES.has(word.text)) {
      // "M. le Président", "Madame la Directrice": an article alone before a capitalised word is an office's title.
      const articleOnly = index === from + 1 && ARTICLES.has(words[from]!.text);
      return index > from && !articleOnly && word.titleCase && word.facts.humanName && !isCalendarMonthOrDay(word.lower) ? index : undefined;
    }
    end = word.end;
    index += 1;
  }
  return undefined;
}

/** Drops a PERSON span that is only a form of address right before another PERSON span ("khun" in "khun Somchai"). */
export function withoutFormsBeforeNames(text: string, candidates: readonly Candidate[]): Candidate[] {
  forms ??= formsOfAddressBefore();
  const known = forms;
  return candidates.filter((candidate, index) => {
    const next = candidates[index + 1];
    if (candidate.type !== 'PERSON' || next?.type !== 'PERSON' || !known.has(candidate.value.toLowerCase().replace(/\.$/u, ''))) return true;
    const gap = text.slice(candidate.end, next.start);
    return gap !== ' ' && gap !== '. ';
  });
}

/**
 * Two or three initials are a given name written short, whatever follows: "K.O. Adeyemi", "R. J. Alvarez".
 * The word after them is a surname when the names list has it and it is no English word, product or place
 * ("U.S. Army", "N.Y. Yankees" are not), and no determiner stands before the initials ("the A.I. Chatbots team").
 */
const INITIALS = /^(?:\p{Lu}\. ?){1,2}\p{Lu}\. ?$/u;

function namesAfterInitials(text: string, words: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const word of words) {
    // Initials end in a period right before the word, or a period and a space: nothing else is read further.
    const periodBefore = text.charCodeAt(word.start - 1) === 46 || (text.charCodeAt(word.start - 1) === 32 && text.charCodeAt(word.start - 2) === 46);
    if (!periodBefore || word.text.length < 3 || !isCapitalisedWord(word.text)) continue;
    const before = text.slice(Math.max(0, word.start - 8), word.start);
    const initials = /(?:^|[^\p{L}.])((?:\p{Lu}\. ?){2,3})$/u.exec(before)?.[1];
    if (initials === undefined || !INITIALS.test(initials) || !isNameCandidate(word) || isDictionaryWord(word.lower) || !isHumanName(word.text)) continue;
    // "the U.K. Sarah…", "our N.Y. office": initials after a determiner are a place or a firm.
    if (followsDeterminer(text, word.start - initials.length)) continue;
    found.push(personBetween(text, word.start - initials.length, word.end));
  }
  return found;
}

type Word = Pick<Token, 'text' | 'lower'>;

/**
 * After a form of address: a word of the names list that is no English word ("don Hernando", "Frau
 * Müller"; not "don Kevlar", "Señor Frog"), or, after a form in lower case that is no English word, any
 * word no dictionary lists ("khun somchai", "anh Quân").
 */
function isAddressedName(form: Word, word: Word): boolean {
  if (!isNameCandidate(word) || isDictionaryWord(word.lower)) return false;
  if (isCapitalisedWord(word.text) && isHumanName(word.text)) return true;
  const plainForm = form.text === form.lower && !isDictionaryWord(form.lower) && form.lower.length >= 2;
  return plainForm && word.lower.length >= 3;
}

/** "mr young's flight", "ping dr bishop": a lower-case English title before a word the names list has; "Mr Young" the name passes find already. */
function isTitledName(before: string | undefined, form: string, word: Word): boolean {
  if (form !== form.toLowerCase() || word.text !== word.lower) return false;
  if (before !== undefined && DETERMINERS.has(before)) return false;
  return isNameCandidate(word) && isHumanName(word.lower);
}

/** Not a function word, a month or day, a product or a place: "khun Bangkok", "frau im Büro" are not someone. */
function isNameCandidate(word: Word): boolean {
  return !isNeverAName(word.lower);
}

/** A further capitalised part of the same name ("pani Anna Nowak"): no English word, product or place. */
function isFurtherNamePart(word: Word): boolean {
  return isCapitalisedWord(word.text) && isNameCandidate(word) && !isDictionaryWord(word.lower);
}

