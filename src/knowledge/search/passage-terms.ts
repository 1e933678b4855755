/**
 * One record per candidate passage and question: how long the passage is, and where it holds each
 * of the question's stems (with the leading letters of the words they come from). Rescoring
 * (rescore.ts) and evidence (evidence.ts) both read it, so a passage is read once per question.
 *
 * Only the passage's words that could stem to one of the question's stems are stemmed. Porter's
 * steps rewrite the end of a word, not its start: a stem keeps its word's first letter, and its
 * second unless that is a y the last step turned into i ("eyed" → "ei"); a one-letter stem came
 * from its word's first letter ("aed" → "a"); words stemmer.ts leaves alone keep themselves. So a
 * word that starts otherwise than every query stem cannot match one. On a large index each
 * question brings passages it has never seen, and stemming every word of them, twice, was half of
 * the question's time; most of their words start otherwise.
 *
 * An ASCII passage is read in place, character by character: a word is cut out of the text and
 * stemmed only when its first letters could start a query stem, so reading it allocates nearly
 * nothing. On a large index each question reads ~60 passages it has never seen, and keeping their
 * word lists between questions (they were memoised) made each young-generation garbage collection
 * copy and promote megabytes: a collection every dozen questions, each ~15 ms, was the per-answer
 * tail. Other passages (non-ASCII text must be folded as unicode61 folds it) keep their words, and
 * the stems a question needed, between questions (passage-memo.ts): a small handbook's passages come
 * back question after question.
 */
import { memoByText } from './passage-memo.ts';
import type { QueryPlan } from './query-plan.ts';
import type { QueryConcept } from './query-terms.ts';
import { stem } from './stemmer.ts';
import { words } from './tokenize.ts';

/** Where a passage holds one query stem. */
export interface StemOccurrences {
  /** Word positions, in order. */
  positions: number[];
  /** The first two letters of each distinct word it comes from (nearly always one). */
  leadings: string[];
}

export interface PassageTerms {
  /** Words in the passage, all of them (BM25's length normalisation). */
  length: number;
  /** Occurrences of a query stem; undefined when the passage lacks it. */
  stems: ReadonlyMap<string, StemOccurrences>;
}

/** Passages whose words are kept between questions: a few thousand, a few hundred kilobytes. */
const PASSAGE_MEMO_LIMIT = 4_096;

/** A passage's words as FTS5's unicode61 tokenizer reads them, and each one's stem once a question needed it. */
interface PassageWords {
  words: readonly string[];
  stems: Array<string | undefined>;
}

/** Text with a character beyond ASCII: folded and split as unicode61 reads it, once per passage. */
const passageWords = memoByText(PASSAGE_MEMO_LIMIT, (text): PassageWords => {
  const found = words(text);
  return { words: found, stems: new Array<string | undefined>(found.length) };
});

/** The passage records of a question: every stem its concepts (and so its scoring phrases) hold. */
export function questionTerms(plan: { concepts: readonly QueryConcept[]; scoring: readonly QueryPlan['scoring'][number][] }): QuestionTerms {
  const stems = [...plan.concepts.flatMap((concept) => concept.phrases.flatMap((phrase) => phrase.stems)), ...plan.scoring.flatMap((entry) => entry.phrase.stems)];
  return new QuestionTerms(stems);
}

/** The passages of one question, each read once, however many stages ask. */
export class QuestionTerms {
  /** Two-letter starts (first char code × 65536 + second) of the question's stems. */
  private readonly pairs = new Set<number>();
  /** First letters of its one-letter stems. */
  private readonly singles = new Set<number>();
  private readonly stems: ReadonlySet<string>;
  private readonly read = new Map<number | string, { text: string; terms: PassageTerms }>();

  constructor(stems: Iterable<string>) {
    this.stems = new Set(stems);
    for (const part of this.stems) {
      if (part.length === 1) this.singles.add(part.charCodeAt(0));
      if (part.length < 2) continue;
      this.pairs.add(pair(part.charCodeAt(0), part.charCodeAt(1)));
      if (part[1] === 'i') this.pairs.add(pair(part.charCodeAt(0), Y));
    }
  }

  /** The record of a passage (by id when it has one, else by its text). */
  of(text: string, id?: number): PassageTerms {
    const key = id ?? text;
    const known = this.read.get(key);
    if (known !== undefined && known.text === text) return known.terms;
    const terms = this.readAscii(text) ?? this.compute(passageWords(text, id));
    this.read.set(key, { text, terms });
    return terms;
  }

  /**
   * The record of an ASCII text, read in place: a word is a run of ASCII letters and digits (all
   * unicode61 sees in ASCII), lower-cased; only a word that may stem to a query stem is cut out and
   * stemmed. Undefined at the first character beyond ASCII: the caller reads such text by `words`.
   */
  private readAscii(text: string): PassageTerms | undefined {
    const found = new Map<string, StemOccurrences>();
    const end = text.length;
    let position = 0;
    let index = 0;
    while (index < end) {
      let code = text.charCodeAt(index);
      if (code > 0x7f) return undefined;
      if (!isAsciiWordCode(code)) {
        index++;
        continue;
      }
      const start = index;
      const first = lowerCode(code);
      let second = -1;
      while (++index < end) {
        code = text.charCodeAt(index);
        if (!isAsciiWordCode(code)) break;
        if (second < 0) second = lowerCode(code);
      }
      if (this.mayStartStem(first, second)) {
        const word = text.slice(start, index).toLowerCase();
        const part = stem(word);
        if (this.stems.has(part)) record(found, part, position, word);
      }
      position++;
    }
    return { length: position, stems: found };
  }

  private compute(passage: PassageWords): PassageTerms {
    const found = new Map<string, StemOccurrences>();
    for (let position = 0; position < passage.words.length; position++) {
      const word = passage.words[position]!;
      if (!this.mayStemToQuery(word)) continue;
      const part = (passage.stems[position] ??= stem(word));
      if (this.stems.has(part)) record(found, part, position, word);
    }
    return { length: passage.words.length, stems: found };
  }

  private mayStemToQuery(word: string): boolean {
    return this.mayStartStem(word.charCodeAt(0), word.length >= 2 ? word.charCodeAt(1) : -1);
  }

  /** A word opening with these character codes (`second` -1 for a one-letter word) may stem to a query stem. */
  private mayStartStem(first: number, second: number): boolean {
    return this.singles.has(first) || (second >= 0 && this.pairs.has(pair(first, second)));
  }
}

const Y = 'y'.charCodeAt(0);

/** One occurrence of a query stem, at `position`, from `word`. */
function record(found: Map<string, StemOccurrences>, part: string, position: number, word: string): void {
  const leading = word.slice(0, 2);
  const known = found.get(part);
  if (!known) found.set(part, { positions: [position], leadings: [leading] });
  else {
    known.positions.push(position);
    if (!known.leadings.includes(leading)) known.leadings.push(leading);
  }
}

/** ASCII letters and digits: the characters of a word for unicode61 in ASCII text. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}

/** An ASCII letter's lower-case code (digits are unchanged). */
function lowerCode(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** A word's first two characters as one number: no string is made for the words that are skipped. */
function pair(first: number, second: number): number {
  return first * 65_536 + second;
}
