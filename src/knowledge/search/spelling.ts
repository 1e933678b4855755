/**
 * Typo tolerance for words the visible index does not contain at all ("reciept", "polcy",
 * "acess"): such a word is matched against the index's own vocabulary by one edit (insertion,
 * deletion, substitution, or the adjacent swap people type most), and the most frequent
 * neighbour is searched as well. Words the index knows are never touched, so a correct rare word
 * is never "corrected" into a common one, and neither is an ordinary English word the index
 * happens to lack ("moon" must not become "noon"). Short words are left alone: under five letters, one edit
 * reaches too many real words.
 */
import type { AccessParams } from '../store/folder-access.ts';
import { isCommonEnglishWord, isEnglishWord } from './english-words.ts';
import { isSameSense, type QueryConcept } from './query-terms.ts';
import { PART_CREDIT } from './evidence.ts';
import { informativeness } from './related-words.ts';
import { stem } from './stemmer.ts';
import { DEFAULT_SYNONYMS, dedupe, type Phrase } from './synonyms.ts';
import type { TermStatistics } from './term-statistics.ts';

/** Below five letters one edit reaches too many real words ("peru" → "per"). */
const MIN_LENGTH = 5;
const MIN_SUGGESTION_LENGTH = 4;

export function correctSpelling(concepts: QueryConcept[], terms: TermStatistics, access: AccessParams): QueryConcept[] {
  const { frequencies, total } = terms.frequencies(concepts, access);
  const scope = access.join('\u0000');
  return concepts.map((concept, index) => {
    const own = concept.phrases[0];
    if (frequencies[index] !== 0 || !own || own.stems.length !== 1) return concept;
    const word = own.stems[0]!;
    const written = own.words[0] ?? word;
    // What a word is corrected to depends only on the word, the scope and the index (cached until it changes).
    const phrase = terms.correction(`${scope}\u0000${written}\u0000${word}`, () => correction(word, written, terms, access));
    return phrase ? { label: concept.label, phrases: dedupe([...concept.phrases, phrase, ...synonymsOf(phrase), ...halves(phrase, terms, access, total)]) } : concept;
  });
}

/** Corrections of a misspelling (not of a clipped, derived or run-together word): they are the word typed right. */
const misspellingFixes = new WeakSet<Phrase>();

/**
 * The synonym group of the word a misspelling was corrected to: "expnse report" is about expenses,
 * and the page may call them reimbursements, as it would for the word typed right (synonyms.ts).
 * A clipping's completion is a guess at the word and does not bring a group as well.
 */
function synonymsOf(phrase: Phrase): readonly Phrase[] {
  if (!misspellingFixes.has(phrase)) return [];
  const group = DEFAULT_SYNONYMS.groups.get(phrase.stems.join(' '));
  if (!group) return [];
  return phrase.words.length > 1 || isSameSense(phrase.words[0]!, group) ? group : [];
}

/**
 * The halves of a run-together word, each searched on its own: the page may hold them apart
 * ("payday" where it says "your first month's *pay* arrives on the last business *day*"). A passage
 * holding both gets the whole phrase's credit (evidence.ts); one holding a half, part of it, less
 * the commoner the half, as for a related word (related-words.ts).
 */
function halves(phrase: Phrase, terms: TermStatistics, access: AccessParams, total: number): Phrase[] {
  if (phrase.words.length !== 2) return [];
  return phrase.words.map((word, index) => ({ words: [word], stems: [phrase.stems[index]!], credit: PART_CREDIT * informativeness(terms.wordFrequency(word, access), total) }));
}

/** The phrase searched as well for a word the visible index lacks, if any. */
function correction(word: string, written: string, terms: TermStatistics, access: AccessParams): Phrase | undefined {
  const base = unprefixed(written, terms, access);
  if (base) return { words: [base], stems: [stem(base)] };
  const parts = compoundParts(written, terms, access);
  if (parts) return { words: parts, stems: parts.map(stem) };
  const completed = completion(written, terms, access);
  if (completed) return { words: [completed], stems: [stem(completed)] };
  if (word.length < MIN_LENGTH || /\d/.test(word) || isEnglishWord(written)) return undefined;
  const suggestion = bestNeighbour(word, terms, access);
  if (!suggestion) return undefined;
  const fixed: Phrase = { words: [suggestion], stems: [stem(suggestion)] };
  misspellingFixes.add(fixed);
  return fixed;
}

/**
 * A derived word the index lacks is about what its base names: "underpaid", "unpaid" and
 * "overpaid" ask about pay, "rebooking" about booking. Only prefixes that keep the topic, only
 * for words rarer than everyday English (a derived word is rarer than its base: "understand",
 * "mistake" and "overtime" are words of their own), and only when the remainder is a word of
 * four letters or more that the scope can see.
 */
const TOPIC_KEEPING_PREFIXES = /^(under|over|re|un|pre|non|mis|self)-?(?=[a-z]{4,}$)/;

function unprefixed(written: string, terms: TermStatistics, access: AccessParams): string | undefined {
  const prefix = TOPIC_KEEPING_PREFIXES.exec(written);
  if (!prefix || isCommonEnglishWord(written)) return undefined;
  const base = written.slice(prefix[0].length);
  return terms.wordFrequency(base, access) > 0 ? base : undefined;
}

/**
 * Two words written as one ("oncall", "timeoff", "payslip" for "pay slip"): when the index lacks
 * the whole but has both halves, the halves are searched as a phrase. Each half has at least
 * three letters, so "a", "in", "on" cannot make any word a compound; the split whose rarer half
 * is most common wins.
 */
const MIN_PART = 3;

function compoundParts(written: string, terms: TermStatistics, access: AccessParams): [string, string] | undefined {
  if (!/^[a-z]+$/.test(written) || written.length < 2 * MIN_PART) return undefined;
  let best: { parts: [string, string]; frequency: number } | undefined;
  for (let cut = MIN_PART; cut <= written.length - MIN_PART; cut++) {
    const parts: [string, string] = [written.slice(0, cut), written.slice(cut)];
    const frequency = Math.min(...parts.map((part) => terms.wordFrequency(part, access)));
    if (frequency > 0 && (!best || frequency > best.frequency)) best = { parts, frequency };
  }
  return best?.parts;
}

/**
 * A clipped word ("ack", "config", "repo", "env"): when a short word that is not English starts
 * some longer word the index holds, the commonest such word is searched as well. The handbook's own
 * vocabulary is the list of what the clipping can stand for ("ack" → acknowledge where the on-call
 * pages say it), so no list of abbreviations is kept by hand. A clipping drops three letters or more of the stem ("repo" is not "report").
 */
const CLIPPING = /^[a-z]{3,6}$/;
const MIN_CLIPPED = 3;
const MAX_COMPLETIONS_TRIED = 20;

function completion(written: string, terms: TermStatistics, access: AccessParams): string | undefined {
  if (!CLIPPING.test(written) || isEnglishWord(written)) return undefined;
  // Commonest first: on a large index a short prefix starts hundreds of terms, and the first with a
  // form the scope sees is the one wanted.
  // A scope that cannot see every folder pays one count per candidate: only the commonest few are tried.
  const candidates = terms.termsWithPrefix(written, written.length + MIN_CLIPPED).sort((left, right) => right.passages - left.passages);
  for (const { term } of candidates.slice(0, MAX_COMPLETIONS_TRIED)) {
    const surface = surfaceWord(term, terms, access);
    if (surface) return surface.word;
  }
  return undefined;
}

/** The neighbour the scope sees most often, as a word FTS5 will stem back to it. */
function bestNeighbour(word: string, terms: TermStatistics, access: AccessParams): string | undefined {
  let best: { word: string; frequency: number } | undefined;
  for (const term of terms.vocabularyNeighbours(word).filter((candidate) => candidate.length >= MIN_SUGGESTION_LENGTH)) {
    const surface = surfaceWord(term, terms, access);
    if (surface && (!best || surface.frequency > best.frequency)) best = surface;
  }
  return best?.word;
}

/**
 * Index terms are stems ("expens"), and FTS5 stems query words again ("expens" → "expen"), so a
 * stem cannot be searched as it is: the first of its common surface forms that FTS5 finds is used.
 */
const SURFACE_ENDINGS = ['', 'e', 's', 'y', 'ing', 'ed'];

function surfaceWord(term: string, terms: TermStatistics, access: AccessParams): { word: string; frequency: number } | undefined {
  for (const ending of SURFACE_ENDINGS) {
    const word = term + ending;
    if (stem(word) !== term) continue;
    const frequency = terms.wordFrequency(word, access);
    if (frequency > 0) return { word, frequency };
  }
  return undefined;
}
