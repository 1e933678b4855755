/**
 * The second stage of the lexical search: FTS5's own BM25 formula (k1 = 1.2, b = 0.75, column
 * weights, whole-row length normalisation, floored IDF), computed here for the few candidates the
 * rare phrases found, over every phrase of the question. Doing it in JavaScript is what lets common
 * words rank candidates without FTS5 visiting every passage that contains them.
 */
import type { ChunkDetails } from './chunk-details.ts';
import type { BM25Weights, RankedHit } from './fts-search.ts';
import { questionTerms, type PassageTerms, type QuestionTerms } from './passage-terms.ts';
import type { QueryPlan } from './query-plan.ts';

const K1 = 1.2;
const B = 0.75;

/**
 * `terms`: the question's passage records, when the caller reads the same passages again later
 * (evidence.ts); it must know every stem of the plan's phrases.
 */
export function rescore(candidates: readonly ChunkDetails[], plan: QueryPlan, weights: BM25Weights, terms: QuestionTerms = questionTerms(plan)): RankedHit[] {
  const averageLength = plan.totals.averageLength || 1;
  const hits = candidates.map((chunk) => {
    const heading = terms.of(chunk.heading);
    const text = terms.of(chunk.text, chunk.chunkId);
    const lengthNorm = K1 * (1 - B + (B * (heading.length + text.length)) / averageLength);
    let score = 0;
    for (const entry of plan.scoring) {
      const frequency = weights.heading * occurrences(heading, entry.phrase.stems) + weights.text * occurrences(text, entry.phrase.stems);
      if (frequency > 0) score += entry.weight * entry.idf * ((frequency * (K1 + 1)) / (frequency + lengthNorm));
    }
    return { chunkId: chunk.chunkId, score };
  });
  return hits.sort((left, right) => right.score - left.score || left.chunkId - right.chunkId);
}

/** How often the phrase's stems occur consecutively. */
function occurrences(passage: PassageTerms, phrase: readonly string[]): number {
  const first = phrase[0];
  const starts = first === undefined ? undefined : passage.stems.get(first)?.positions;
  if (!starts) return 0;
  if (phrase.length === 1) return starts.length;
  let count = 0;
  for (const start of starts) if (phrase.every((part, offset) => offset === 0 || passage.stems.get(part)?.positions.includes(start + offset))) count++;
  return count;
}
