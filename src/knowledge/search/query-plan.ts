/**
 * Two-stage lexical search: rare phrases find the candidates, every phrase ranks them.
 *
 * Ranking every passage that contains a common word ("team", "policy", "process") is what made a
 * question slow on a large index: FTS5 scores each match of each OR-ed phrase. Here each phrase's
 * row count is looked up first (phrase-statistics.ts); the rarest phrases, up to a budget of
 * postings, form the FTS5 query that finds candidates (each phrase once), and the final BM25 —
 * IDF-weighted, with every phrase — is computed only for those candidates (rescore.ts). A passage
 * that shares only common words with the question could not have ranked well anyway: BM25 gives
 * such words little weight, and none at all once they are in half the passages.
 *
 * Long messages (a pasted log) keep only their most informative concepts: the ones in the fewest
 * passages, but present at least once.
 */
import type { QueryConcept } from './query-terms.ts';
import { plainIndexTerm } from './stemmer.ts';
import type { Phrase } from './synonyms.ts';
import { inverseDocumentFrequency, quotePhrase, type IndexTotals, type PhraseCounts } from './phrase-statistics.ts';

/** Concepts a question keeps; more add cost but, in a pasted log, no precision. */
export const MAX_INFORMATIVE_CONCEPTS = 12;
/** Postings the candidate query may touch beyond its rarest phrase: a few milliseconds of FTS5. */
export const CANDIDATE_POSTINGS = 5_000;
/** A word the person wrote weighs double against the synonyms it brought in. */
const OWN_WEIGHT = 2;
/** Concepts AND-ed into the candidate query: the rarest few already pin a sentence down. */
const MAX_TOGETHER = 4;
const SYNONYM_WEIGHT = 1;

export interface ScoringPhrase {
  phrase: Phrase;
  weight: number;
  idf: number;
  rows: number;
}

/** One OR-ed part of the candidate query: a rare phrase, or the rarest concepts together. */
export interface CandidatePart {
  match: string;
  /** What a passage holding it gains in BM25, at one occurrence: weight × IDF (for the concepts together, their best phrases' sum). */
  gain: number;
  /** The rarest concepts AND-ed, rather than one phrase. */
  together?: true;
  /** The index term, when the part is one word FTS5 reads as one token: its occurrences can be counted per passage. */
  term?: string;
}

export interface QueryPlan {
  /** The concepts searched for (and counted by the confidence). */
  concepts: QueryConcept[];
  /** FTS5 MATCH expression over the rare phrases; undefined when nothing can match. */
  candidateMatch: string | undefined;
  /** The candidate expression's OR-ed parts, each with what a passage matching it gains (weight × IDF). */
  candidateParts: CandidatePart[];
  scoring: ScoringPhrase[];
  /** True when the candidate query holds every scoring phrase: FTS5's order is then nearly final. */
  complete: boolean;
  /** Rows holding the candidate query's commonest phrase: it matches at least this many passages in the whole index. */
  leastMatches: number;
  totals: IndexTotals;
}

export function planQuery(concepts: readonly QueryConcept[], statistics: PhraseCounts, budget: number = CANDIDATE_POSTINGS): QueryPlan {
  const totals = statistics.refresh();
  if (totals.rows === 0) return { concepts: [...concepts], candidateMatch: undefined, candidateParts: [], scoring: [], complete: true, leastMatches: 0, totals };
  // Each phrase's count is asked for again and again (rarity, scoring, sorting): looked up once here.
  const counted = new Map<Phrase, number>();
  const rowsOf = (phrase: Phrase) => {
    let rows = counted.get(phrase);
    if (rows === undefined) counted.set(phrase, (rows = statistics.rowsContaining(phrase)));
    return rows;
  };
  const kept = concepts.length > MAX_INFORMATIVE_CONCEPTS ? mostInformative(concepts, rowsOf) : [...concepts];
  const scoring = scoringPhrases(kept, rowsOf, totals.rows);
  const candidates = candidateExpression(kept, scoring, rowsOf, totals.rows, budget);
  return { concepts: kept, candidateMatch: candidates?.match, candidateParts: candidates?.parts ?? [], scoring, complete: candidates?.complete ?? true, leastMatches: candidates?.leastMatches ?? 0, totals };
}

function mostInformative(concepts: readonly QueryConcept[], rowsOf: (phrase: Phrase) => number): QueryConcept[] {
  const rarity = concepts.map((concept, index) => {
    const present = concept.phrases.map(rowsOf).filter((rows) => rows > 0);
    // Absent words (ids, hashes, typos) carry no evidence: they go last, not first.
    return { index, rows: present.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...present) };
  });
  const chosen = new Set(rarity.sort((left, right) => left.rows - right.rows || left.index - right.index).slice(0, MAX_INFORMATIVE_CONCEPTS).map((entry) => entry.index));
  return concepts.filter((_, index) => chosen.has(index));
}

function scoringPhrases(concepts: readonly QueryConcept[], rowsOf: (phrase: Phrase) => number, totalRows: number): ScoringPhrase[] {
  const byKey = new Map<string, ScoringPhrase>();
  for (const concept of concepts) {
    concept.phrases.forEach((phrase, position) => {
      const key = phrase.stems.join(' ');
      const weight = position === 0 ? OWN_WEIGHT : SYNONYM_WEIGHT * (phrase.credit ?? 1);
      const existing = byKey.get(key);
      if (existing) {
        existing.weight = Math.max(existing.weight, weight);
        return;
      }
      const rows = phrase.words.length === 0 ? 0 : rowsOf(phrase);
      if (rows > 0) byKey.set(key, { phrase, weight, rows, idf: inverseDocumentFrequency(rows, totalRows) });
    });
  }
  // In over half the passages, BM25's IDF is floored to ~0: such a phrase cannot move a score, only
  // cost time — unless it is all the question has.
  const all = [...byKey.values()];
  const informative = all.filter((entry) => entry.rows <= totalRows / 2);
  return informative.length > 0 ? informative : all;
}

/**
 * The rarest phrases, each once, until the postings budget is spent (the rarest always counts);
 * and the question's rarest concepts together (AND): a passage holding all of them is a candidate
 * even when its words are too common to be among the rare ones, and there are few such passages.
 * A half-remembered sentence is mostly common words, and on a large index so is a heading; this is
 * what finds them.
 */
function candidateExpression(concepts: readonly QueryConcept[], scoring: readonly ScoringPhrase[], rowsOf: (phrase: Phrase) => number, totalRows: number, budget: number): { match: string; parts: CandidatePart[]; complete: boolean; leastMatches: number } | undefined {
  const byRarity = [...scoring].sort((left, right) => left.rows - right.rows);
  const chosen: ScoringPhrase[] = [];
  let postings = 0;
  for (const entry of byRarity) {
    if (chosen.length > 0 && postings + entry.rows > budget) break;
    chosen.push(entry);
    postings += entry.rows;
  }
  if (chosen.length === 0) return undefined;
  const complete = chosen.length === scoring.length;
  const together = complete ? undefined : allTogether(concepts, rowsOf, totalRows, budget);
  const parts: CandidatePart[] = chosen.map((entry) => {
    const term = oneTerm(entry.phrase);
    return { match: quotePhrase(entry.phrase), gain: gainOf(entry), ...(term ? { term } : {}) };
  });
  if (together) parts.push({ match: together.match, gain: togetherGain(together.groups, scoring), together: true });
  const match = parts.map((part) => part.match).join(' OR ');
  return { match, parts, complete, leastMatches: chosen[chosen.length - 1]!.rows };
}

function allTogether(concepts: readonly QueryConcept[], rowsOf: (phrase: Phrase) => number, totalRows: number, budget: number): { match: string; groups: Phrase[][] } | undefined {
  // Words in over half the passages filter almost nothing, and FTS5 would still read all their rows.
  const informative = (phrase: Phrase) => phrase.words.length > 0 && rowsOf(phrase) > 0 && rowsOf(phrase) <= totalRows / 2;
  const groups = concepts
    .map((concept) => concept.phrases.filter(informative))
    .filter((phrases) => phrases.length > 0)
    .sort((left, right) => sumRows(left, rowsOf) - sumRows(right, rowsOf))
    .slice(0, MAX_TOGETHER);
  if (groups.length < 2) return undefined;
  // Expected passages holding all of them, were the words independent: skip the clause if it is no filter.
  const expected = groups.reduce((share, phrases) => share * Math.min(1, sumRows(phrases, rowsOf) / totalRows), totalRows);
  if (expected > budget) return undefined;
  return { match: `(${groups.map((phrases) => `(${phrases.map(quotePhrase).join(' OR ')})`).join(' AND ')})`, groups };
}

function oneTerm(phrase: Phrase): string | undefined {
  return phrase.words.length === 1 ? plainIndexTerm(phrase.words[0]!) : undefined;
}

function gainOf(entry: ScoringPhrase): number {
  return entry.weight * entry.idf;
}

/** A passage holding the concepts together holds at least one phrase of each: the best of each group counts. */
function togetherGain(groups: readonly (readonly Phrase[])[], scoring: readonly ScoringPhrase[]): number {
  const byKey = new Map(scoring.map((entry) => [entry.phrase.stems.join(' '), entry]));
  return groups.reduce((sum, phrases) => sum + Math.max(0, ...phrases.map((phrase) => {
    const entry = byKey.get(phrase.stems.join(' '));
    return entry ? gainOf(entry) : 0;
  })), 0);
}

function sumRows(phrases: readonly Phrase[], rowsOf: (phrase: Phrase) => number): number {
  return phrases.reduce((sum, phrase) => sum + rowsOf(phrase), 0);
}
