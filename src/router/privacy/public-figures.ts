import { isDictionaryWord } from './english-dictionary.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isLexiconNameWord } from './name-lexicon.ts';
import { isSomeoneHere } from './namesake-signals.ts';
import { isSpokenOfAsPublic, type TitleSpan } from './public-mentions.ts';
import { sentenceAround } from './sentence-position.ts';
import { personBetween, type Candidate } from './types.ts';
import { isPopularTitle, titleKey } from './wikipedia-titles.ts';
import { POSSESSIVE_END as POSSESSIVE, runAround, wordsBetween, type WindowWord } from './word-window.ts';

/**
 * A found name written as the whole title of a popular Wikipedia article of two words or more
 * (wikipedia-titles.ts), in a message that speaks of it as people speak of the famous — "summarise Satya Nadella's
 * keynote", "very Ted Lasso energy", "Hercule Poirot themed murder mystery", "Jensen Huang announced…", "rooms
 * named after Ada Lovelace and Grace Hopper" — is someone or something the whole world reads about, not a person
 * at work whom the cloud must not learn of: masking it costs the answer and protects no one.
 *
 * Colleagues, customers and candidates share names with the famous ("Sam Smith wants the Q3 numbers"), so a title
 * alone decides nothing: the message must say "public" (public-mentions.ts) and nothing may say "someone here"
 * (namesake-signals.ts). Nor may the list the title stands in hold a found person who is nobody famous, the same
 * name or one of its words be found elsewhere in the message as somebody's ("Adam Smith said it's fine, ask Adam":
 * one decision per name, or the placeholder beside it gives it away), or the message hold an e-mail address, a
 * phone, a postal address, a birth date, an ID, an IBAN or a card: a message with someone's details is about
 * someone, whoever they are named after.
 */
const REACH = 40;
const MOST_WORDS = 5;
const PERSONAL_VALUES: ReadonlySet<Candidate['type']> = new Set(['EMAIL', 'PHONE', 'ADDRESS', 'DATE_OF_BIRTH', 'ID_NUMBER', 'IBAN', 'CREDIT_CARD']);
/** A list of titles, from its first member's start to its last member's end; distinctive when one member's name is. */
interface TitleList {
  start: number;
  end: number;
  distinctive: boolean;
}

/** Between the members of a list: "Paul Smith and John Lewis", "X, Y & Z", "X or Y". */
const LIST_JOIN_BEFORE = /(?:\s*,\s*|\s*,?\s+(?:and|or|&|\+)\s+)$/iu;
const LIST_JOIN_AFTER = /^(?:\s*,\s*|\s*,?\s+(?:and|or|&|\+)\s+)/iu;
/** An office only the famous hold, which a name pass may take into the name. */
const OFFICE_PREFIX = /^(?:president|prime\s+minister|king|queen|pope|saint|senator|chancellor)\s+/iu;
/** A list longer than this is read as people here: a roster, not a quiz (and the rule stays linear on a long paste). */
const MOST_MEMBERS = 12;
/** Between a title's words: one space, or the hyphen of a double name ("Tim Berners-Lee"). */
const TITLE_GAP = /^[ -]$/u;

export function isPublicFigure(text: string, candidate: Candidate, candidates: readonly Candidate[]): boolean {
  if (candidates.some((other) => PERSONAL_VALUES.has(other.type))) return false;
  const memo = memoFor(text);
  const run = titleRunOf(text, withoutOffice(text, candidate), memo);
  if (run === undefined || !isMentionedAsPublic(text, run, candidates, memo)) return false;
  return !isNamedPrivatelyElsewhere(text, run, candidates, memo);
}

/** A name found with the office before it ("President Barack Obama") is the title after the office. */
function withoutOffice(text: string, candidate: Candidate): Candidate {
  const office = OFFICE_PREFIX.exec(candidate.value)?.[0].length ?? 0;
  return office === 0 ? candidate : personBetween(text, candidate.start + office, candidate.end);
}

/** This mention of the title, in its list: spoken of as public, and nothing says someone here. */
function isMentionedAsPublic(text: string, run: readonly WindowWord[], candidates: readonly Candidate[], memo: TextMemo): boolean {
  const list = listAround(text, run, candidates, memo);
  if (list === undefined) return false;
  const last = run.at(-1)!;
  const nameEnd = last.end - (POSSESSIVE.exec(last.text)?.[0].length ?? 0);
  const span: TitleSpan = { ...list, nameEnd, lastEnd: last.end, sentence: sentenceAround(text, list.start, list.end) };
  return isSpokenOfAsPublic(text, span) && !isSomeoneHere(text, span);
}

/**
 * One decision per name, or the placeholder beside it gives it away: a word of the title found elsewhere in the message
 * as somebody's ("Adam Smith said it's fine, ask Adam", "Tom Holland's CV attached. Holland was at Deloitte"), or the
 * same title mentioned as someone here ("Tom Holland biopic? nah, Tom Holland from sales is on leave").
 */
function isNamedPrivatelyElsewhere(text: string, run: readonly WindowWord[], candidates: readonly Candidate[], memo: TextMemo): boolean {
  const start = run[0]!.start;
  const end = run.at(-1)!.end;
  const words = new Set(run.map((word) => titleKey(word.text.replace(POSSESSIVE, ''))));
  return candidates.some((other) => {
    if (other.type !== 'PERSON' || (other.start < end && other.end > start)) return false;
    if (!other.value.split(/[\s-]+/u).some((word) => words.has(titleKey(word.replace(POSSESSIVE, ''))))) return false;
    const otherRun = titleRunOf(text, withoutOffice(text, other), memo);
    return otherRun === undefined || !isMentionedAsPublic(text, otherRun, candidates, memo);
  });
}

/**
 * What the rule reads more than once in a text, kept for the text being judged: the title runs around found names. A
 * transcript that names one public figure 300 times is read in linear time, not 300 × 300.
 */
interface TextMemo {
  text: string;
  runs: Map<number, readonly WindowWord[] | undefined>;
}

let lastMemo: TextMemo | undefined;

function memoFor(text: string): TextMemo {
  if (lastMemo?.text !== text) lastMemo = { text, runs: new Map() };
  return lastMemo;
}

/** The words around the found name that are a title, or undefined. */
function titleRunOf(text: string, candidate: Candidate, memo: TextMemo): readonly WindowWord[] | undefined {
  const key = candidate.start * (text.length + 1) + candidate.end;
  if (memo.runs.has(key)) return memo.runs.get(key);
  const run = runAround(text, candidate, REACH, MOST_WORDS, (words) => isTitleRun(text, words, candidate));
  memo.runs.set(key, run);
  return run;
}

/**
 * Two words or more on one line, one space or a hyphen apart, that are a title as written or without a final possessive
 * ("Nadella's", "Torvalds'"). A word around the found name belongs to the title only when it is no English
 * grammar: in "will smith review it" the found "smith" is asked to review, whatever film star "will smith" is.
 */
function isTitleRun(text: string, words: readonly WindowWord[], candidate: Candidate): boolean {
  if (words.length < 2) return false;
  for (let index = 1; index < words.length; index += 1) if (!TITLE_GAP.test(text.slice(words[index - 1]!.end, words[index]!.start))) return false;
  const outside = (word: WindowWord) => word.end <= candidate.start || word.start >= candidate.end;
  if (words.some((word) => outside(word) && ENGLISH_FUNCTION_WORDS.has(word.text.toLowerCase()))) return false;
  const key = titleKey(text.slice(words[0]!.start, words.at(-1)!.end));
  return isPopularTitle(key) || (POSSESSIVE.test(key) && isPopularTitle(key.replace(/'s?$/u, '')));
}

/**
 * The list of found names the title stands in, from its first member's start to its last member's end; undefined
 * when another member is a found name that is no title — the list is of people here, the famous name among them.
 */
function listAround(text: string, run: readonly WindowWord[], candidates: readonly Candidate[], memo: TextMemo): TitleList | undefined {
  const start = run[0]!.start;
  const end = run.at(-1)!.end;
  const persons = candidates.filter((other) => other.type === 'PERSON' && (other.end <= start || other.start >= end));
  const list: TitleList = { start, end, distinctive: isDistinctive(run) };
  let members = 1;
  for (let member = memberBefore(text, list.start, persons, memo); member !== undefined; member = memberBefore(text, list.start, persons, memo)) {
    if (!joinMember(text, member, list, memo) || ++members > MOST_MEMBERS) return undefined;
    list.start = member.start;
  }
  for (let member = memberAfter(text, list.end, persons, memo); member !== undefined; member = memberAfter(text, list.end, persons, memo)) {
    if (!joinMember(text, member, list, memo) || ++members > MOST_MEMBERS) return undefined;
    list.end = member.end;
  }
  return list;
}

/** A member written as a title joins the list; one that is no title makes it a list of people here. */
function joinMember(text: string, member: Candidate, list: TitleList, memo: TextMemo): boolean {
  const run = titleRunOf(text, member, memo);
  if (run === undefined) return false;
  list.distinctive ||= isDistinctive(run);
  return true;
}

/**
 * One word of the name is neither a common name nor an English word — "Nadella", "Verstappen", "Torvalds" — unlike
 * "Sam Smith", "Katherine Johnson", "Rachel Green" or "Tom Ford", which anyone may be called.
 */
function isDistinctive(run: readonly WindowWord[]): boolean {
  return run.some((word) => {
    const bare = word.text.replace(POSSESSIVE, '');
    return !isLexiconNameWord(bare) && !isDictionaryWord(bare.toLowerCase());
  });
}

/**
 * The member joined before `start`: a found person ending there, or else the last word there when it ends a title
 * (a member the guard did not find, or judged first: "Marie Curie, Rosa Parks, Katherine Johnson").
 */
function memberBefore(text: string, start: number, persons: readonly Candidate[], memo: TextMemo): Candidate | undefined {
  const join = LIST_JOIN_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (join === null) return undefined;
  const end = start - join[0].length;
  return persons.find((person) => person.end === end) ?? titleMember(text, wordsBetween(text, end - REACH, end).at(-1), end, memo);
}

function memberAfter(text: string, end: number, persons: readonly Candidate[], memo: TextMemo): Candidate | undefined {
  const join = LIST_JOIN_AFTER.exec(text.slice(end, end + 8));
  if (join === null) return undefined;
  const start = end + join[0].length;
  return persons.find((person) => person.start === start) ?? titleMember(text, wordsBetween(text, start, start + REACH)[0], start, memo);
}

/** The title a word next to a list's join belongs to, as a member, when the title reaches the join. */
function titleMember(text: string, word: WindowWord | undefined, joinSide: number, memo: TextMemo): Candidate | undefined {
  if (word === undefined || (word.end !== joinSide && word.start !== joinSide)) return undefined;
  const run = titleRunOf(text, personBetween(text, word.start, word.end), memo);
  if (run === undefined || (run.at(-1)!.end !== joinSide && run[0]!.start !== joinSide)) return undefined;
  return personBetween(text, run[0]!.start, run.at(-1)!.end);
}
