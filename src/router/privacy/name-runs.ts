import { capitalWordPattern, scanCapitalWords } from './name-capital-scan.ts';
import { WordTable } from './word-table.ts';
import { NAME_PARTICLES, isKnownNonNamePhrase, lexiconFacts, type LexiconFacts } from './name-lexicon.ts';

/**
 * Runs of capitalised words ("Sarah Connor", "Dr. Hannah Weber", "Raj Patel's"), classified with
 * compromise's lexicon alone. Only runs the lexicon cannot settle are handed to its tagger, which
 * costs ~0.3 ms per clause; this pass costs microseconds.
 */
export type NameRunVerdict = 'person' | 'ambiguous';

export interface NameRun {
  start: number;
  end: number;
  verdict: NameRunVerdict;
}

/** A capitalised word or an initial; found by scanCapitalWords, which tries it only where a capital can start it. */
const WORD = capitalWordPattern(String.raw`(?<![\p{L}\p{N}_@#/\\.-])(?:(?:Ma?c)?\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.)`);
/** Longer runs are headlines or title-cased prose, not one name; capping them also bounds tagger input. */
const MAXIMUM_RUN_WORDS = 5;
/** Words after which an unknown capitalised word is a person being addressed ("Hi Oluwaseun,"). */
const ADDRESS_CUE = /(?:^|[^\p{L}])(?:hi|hey|hello|dear|thanks|thank you|thx|cheers|cc|bye)[ ,]+$/iu;

interface Word {
  start: number;
  end: number;
  /** Whether the word ends in a possessive "'s" (`end` is after it, the facts are the bare word's). */
  possessive: boolean;
  facts: LexiconFacts;
}

export function findNameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  for (const group of groupWords(text)) {
    for (const words of splitAtKnownPlaces(text, group)) {
      const run = classify(text, trimNonNames(words));
      if (run !== undefined) runs.push(run);
    }
  }
  return runs;
}

/**
 * "San Francisco", "New York", "Kuala Lumpur": two or three words the lexicon knows together as a place
 * or firm leave the run before trimming, or trimming "San" would leave "Francisco" looking like a person.
 */
function splitAtKnownPlaces(text: string, group: Word[]): Word[][] {
  if (group.length < 2) return [group];
  const parts: Word[][] = [];
  let current: Word[] = [];
  let index = 0;
  while (index < group.length) {
    const size = knownPlaceSize(text, group, index);
    if (size === undefined) {
      current.push(group[index]!);
      index += 1;
      continue;
    }
    if (current.length > 0) parts.push(current);
    current = [];
    index += size;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** How many words (three, else two) from `index` the lexicon knows together as a place or firm, if any. */
function knownPlaceSize(text: string, group: readonly Word[], index: number): number | undefined {
  for (let length = 3; length >= 2; length -= 1) {
    if (index + length <= group.length && isKnownNonNamePhrase(text.slice(group[index]!.start, group[index + length - 1]!.end))) return length;
  }
  return undefined;
}

/** The lexicon's facts per word as written, found in place: capitalised words repeat across messages. */
const lexicon = new WordTable<LexiconFacts>(65_536, lexiconFacts);

/** Consecutive capitalised words separated by one space (or a particle such as "van"), possessive included. */
function groupWords(text: string): Word[][] {
  const groups: Word[][] = [];
  let current: Word[] = [];
  const bounds = scanCapitalWords(WORD, text);
  for (let index = 0; index < bounds.length; index += 2) {
    const start = bounds[index]!;
    const end = bounds[index + 1]!;
    const possessive = endsWithPossessive(text, start, end);
    const word = { start, end, possessive, facts: lexicon.entry(text, start, possessive ? end - 2 : end).value };
    const previous = current[current.length - 1];
    const joined = previous !== undefined && current.length < MAXIMUM_RUN_WORDS && joins(text, previous, word);
    if (!joined && current.length > 0) {
      groups.push(current);
      current = [];
    }
    if (word.facts.product) continue;
    current.push(word);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** One space, ". " after an honorific, or a particle; never after a possessive ("Raj's Priya"). */
function joins(text: string, previous: Word, word: Word): boolean {
  if (previous.possessive) return false;
  if (word.start === previous.end + 1 && text.charCodeAt(previous.end) === 32) return true;
  const gap = text.slice(previous.end, word.start);
  return (gap === '. ' && previous.facts.honorific) || isParticleGap(gap);
}

/** The word at [start, end) ends in "'s" or "’s" and is longer than that. */
function endsWithPossessive(text: string, start: number, end: number): boolean {
  if (end - start <= 2 || text.charCodeAt(end - 1) !== 115) return false;
  const apostrophe = text.charCodeAt(end - 2);
  return apostrophe === 39 || apostrophe === 0x2019;
}

function isParticleGap(gap: string): boolean {
  const inner = gap.trim();
  return NAME_PARTICLES.has(inner) && gap === ` ${inner} `;
}

/** "Hey Sarah Connor" → "Sarah Connor": leading/trailing ordinary words are not part of the name. */
function trimNonNames(words: Word[]): Word[] {
  let first = 0;
  let last = words.length - 1;
  while (first <= last && !isNameWord(words[first]!)) first += 1;
  while (last >= first && !isNameWord(words[last]!)) last -= 1;
  // Most runs keep every word: no copy then.
  return first === 0 && last === words.length - 1 ? words : words.slice(first, last + 1);
}

function isNameWord(word: Word): boolean {
  return word.facts.knownName || word.facts.honorific || isUnlisted(word);
}

/**
 * Compromise's lexicon lists irregular and ambiguous words only, so it has never heard of "Platform" or
 * "Payroll" either; a word it lacks is a possible name only when the English word list lacks it too.
 */
function isUnlisted(word: Word): boolean {
  return word.facts.unknown && !word.facts.englishWord;
}

function classify(text: string, words: Word[]): NameRun | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return undefined;
  if (words.some(({ facts }) => facts.knownName && !facts.common)) return { start: first.start, end: last.end, verdict: 'person' };
  const addressed = words.every(isUnlisted) && ADDRESS_CUE.test(text.slice(Math.max(0, first.start - 12), first.start));
  if (addressed) return { start: first.start, end: last.end, verdict: 'person' };
  if (words.some(({ facts }) => facts.knownName || facts.honorific)) return { start: first.start, end: last.end, verdict: 'ambiguous' };
  return undefined;
}
