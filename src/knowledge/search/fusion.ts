/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, 2009): score = Σ 1 / (k + rank) over the
 * lists a chunk appears in, ranks starting at 1. It needs no score calibration between BM25 and
 * cosine similarity — only ranks — and k = 60 is the value the paper found robust.
 */
export const RRF_K = 60;

export interface FusedHit {
  chunkId: number;
  score: number;
}

export function reciprocalRankFusion(lists: ReadonlyArray<readonly number[]>, k: number = RRF_K): FusedHit[] {
  const scores = new Map<number, { score: number; bestRank: number }>();
  for (const list of lists) {
    list.forEach((chunkId, index) => {
      const entry = scores.get(chunkId) ?? { score: 0, bestRank: Number.POSITIVE_INFINITY };
      entry.score += 1 / (k + index + 1);
      entry.bestRank = Math.min(entry.bestRank, index + 1);
      scores.set(chunkId, entry);
    });
  }
  return [...scores.entries()]
    .sort(([idA, a], [idB, b]) => b.score - a.score || a.bestRank - b.bestRank || idA - idB)
    .map(([chunkId, entry]) => ({ chunkId, score: entry.score }));
}
