/**
 * Orders the candidate passages by evidence (see evidence.ts) and says how sure retrieval is.
 * BM25 and vector search only nominate candidates; the order a person sees, and the confidence
 * the "not found" line is drawn on, come from how much of the question each passage covers,
 * weighted by how informative each word is, with title and heading matches counting extra.
 * Between equal evidence, the fused BM25/vector order decides.
 */
import type { ChunkDetails } from './chunk-details.ts';
import { evidenceFor, type PassageEvidence } from './evidence.ts';
import type { QuestionTerms } from './passage-terms.ts';
import type { QueryConcept } from './query-terms.ts';

export interface Candidate {
  chunkId: number;
  /** Position in the fused BM25/vector order, 0 = best. */
  fusedRank: number;
  /** Cosine similarity when the chunk came back from vector search. */
  similarity?: number;
  /** BM25 score (higher is better) when the chunk came back from the lexical search. */
  bm25?: number;
}

export interface RankedPassage {
  chunkId: number;
  score: number;
  evidence: PassageEvidence;
}

/**
 * How much BM25 (relative to the best candidate) adds: it knows term frequency and the phrase
 * structure that coverage ignores, and orders passages of the same page.
 */
const BM25_WEIGHT = 1;
/** How much a close embedding match adds to a passage's score (it can carry a paraphrase alone). */
const VECTOR_WEIGHT = 0.6;
const COSINE_FLOOR = 0.5;
const COSINE_CEILING = 0.8;

export function rankByEvidence(
  concepts: readonly QueryConcept[],
  weights: readonly number[],
  candidates: readonly Candidate[],
  details: ReadonlyMap<number, ChunkDetails>,
  terms?: QuestionTerms,
): RankedPassage[] {
  const bestBm25 = Math.max(0, ...candidates.map((candidate) => candidate.bm25 ?? 0));
  const passageEvidence = evidenceFor(concepts, weights, terms);
  const ranked = candidates.flatMap((candidate) => {
    const chunk = details.get(candidate.chunkId);
    if (!chunk) return [];
    const evidence = passageEvidence(chunk);
    const lexical = bestBm25 > 0 ? (candidate.bm25 ?? 0) / bestBm25 : 0;
    const score = evidence.score + BM25_WEIGHT * lexical + VECTOR_WEIGHT * vectorStrength(candidate.similarity);
    return [{ chunkId: candidate.chunkId, score, evidence, fusedRank: candidate.fusedRank }];
  });
  ranked.sort((a, b) => b.score - a.score || a.fusedRank - b.fusedRank);
  return ranked.map(({ chunkId, score, evidence }) => ({ chunkId, score: Math.round(score * 1000) / 1000, evidence }));
}

/** Cosine similarity mapped linearly from 0.5 (unrelated) to 0.8 (closely related) onto 0..1. */
export function vectorStrength(similarity: number | undefined): number {
  if (similarity === undefined) return 0;
  return Math.min(1, Math.max(0, (similarity - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR)));
}
