/**
 * How sure retrieval is that the knowledge base answers the question, 0..1. The router treats
 * anything below ~0.35 as "not in the knowledge base".
 *
 * Lexical evidence counts query concepts (a thing asked about, with its synonyms):
 *  - k: the most concepts found together in one of the best five BM25 chunks;
 *  - n: all concepts, where a concept that appears in none of the candidate chunks counts half —
 *    paraphrases carry filler words the handbook never uses ("I *woke* up with the flu"), while
 *    off-topic questions consist of nothing else.
 *  k = 0 → 0. k = 1 → at most 0.5, and only when the question is about that one thing; one word
 *  in common among several asked about ("the *meaning* of life") stays below 0.35. k ≥ 2 → from
 *  0.4 up: two things asked about, found side by side in one passage, rarely happen by chance.
 * Raw BM25 scores are deliberately not used: they grow with corpus size and query length, so no
 * fixed threshold on them would hold from one knowledge base to the next. Only chunks the scope
 * may see are consulted, so the number reveals nothing about restricted folders.
 *
 * Vector evidence maps cosine similarity linearly from 0.5 (0) to 0.8 (1), a band typical of
 * sentence-embedding models for unrelated vs. closely related text. That band is an assumption
 * until measured with the deployed model (the eval script's --ollama run prints the effect).
 */
import type { QueryConcept } from './query-terms.ts';
import { stem } from './stemmer.ts';
import { words } from './tokenize.ts';

/** Chunks that may supply the co-occurrence count: the five a caller shows or hands to the model. */
export const COVERAGE_CANDIDATES = 5;
/** Chunks consulted to decide whether a concept occurs in the visible knowledge base at all. */
export const PRESENCE_CANDIDATES = 10;
const ABSENT_CONCEPT_WEIGHT = 0.5;
const COSINE_FLOOR = 0.5;
const COSINE_CEILING = 0.8;

/**
 * `found[i]`: the concepts the i-th best BM25 chunk contains (see foundConcepts), best first.
 */
export function lexicalConfidence(conceptCount: number, found: ReadonlyArray<ReadonlySet<number>>): number {
  if (conceptCount === 0 || found.length === 0) return 0;
  const together = Math.max(...found.slice(0, COVERAGE_CANDIDATES).map((set) => set.size));
  const seen = new Set(found.slice(0, PRESENCE_CANDIDATES).flatMap((set) => [...set]));
  const weighted = seen.size + ABSENT_CONCEPT_WEIGHT * (conceptCount - seen.size);
  const share = Math.min(1, together / weighted);
  if (together === 0) return 0;
  if (together === 1) return 0.5 * share ** 1.5;
  return 0.4 + 0.6 * share;
}

/** Indexes of the concepts whose words all occur in `text` (stems compared with stems). */
export function foundConcepts(concepts: readonly QueryConcept[], text: string): Set<number> {
  const stems = new Set(words(text).map(stem));
  const found = new Set<number>();
  concepts.forEach((concept, index) => {
    if (concept.phrases.some((phrase) => phrase.stems.every((part) => stems.has(part)))) found.add(index);
  });
  return found;
}

export function vectorConfidence(similarity: number | undefined): number {
  if (similarity === undefined) return 0;
  return clamp((similarity - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR));
}

/**
 * Either kind of evidence can carry an answer, but a vector match alone (no shared words) is
 * worth at most 0.5: enough to clear the line, not enough to be certain.
 */
export function combinedConfidence(lexical: number, vector: number): number {
  return clamp(Math.max(lexical, (lexical + vector) / 2));
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
