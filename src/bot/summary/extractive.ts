/**
 * The summary when no model is reachable: the most central messages (TextRank over TF-IDF cosine
 * similarity), shown in the order they were said, with who said them. Central = the messages the
 * rest of the conversation keeps echoing, which is what a skim-reader needs.
 */
import type { ConversationMessage } from '../../adapters/contract.ts';

const DAMPING = 0.85;
const ITERATIONS = 30;
const STOPWORDS = new Set(
  'a an and are as at be but by for from has have i if in is it its me my of on or our so that the their them then there this to up was we what when which who will with you your yes no ok okay thanks thank please'.split(' '),
);

export function extractiveSummary(messages: readonly ConversationMessage[], options: { maxPoints?: number } = {}): ConversationMessage[] {
  const candidates = messages.filter((message) => terms(message.text).length >= 3);
  if (candidates.length === 0) return [];
  const maxPoints = options.maxPoints ?? Math.min(7, Math.max(3, Math.ceil(candidates.length / 6)));
  if (candidates.length <= maxPoints) return candidates;
  const ranks = textRank(tfIdfVectors(candidates.map((message) => terms(message.text))));
  const chosen = ranks
    .map((rank, index) => ({ rank, index }))
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .slice(0, maxPoints)
    .map((item) => item.index)
    .sort((a, b) => a - b);
  return chosen.map((index) => candidates[index]!);
}

function terms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []).filter((word) => word.length > 1 && !STOPWORDS.has(word));
}

function tfIdfVectors(documents: string[][]): Array<Map<string, number>> {
  const documentFrequency = new Map<string, number>();
  for (const words of documents) for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  return documents.map((words) => {
    const vector = new Map<string, number>();
    for (const word of words) vector.set(word, (vector.get(word) ?? 0) + 1);
    for (const [word, count] of vector) vector.set(word, count * Math.log(1 + documents.length / documentFrequency.get(word)!));
    return vector;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [word, weight] of a) dot += weight * (b.get(word) ?? 0);
  const norm = (vector: Map<string, number>) => Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

function textRank(vectors: Array<Map<string, number>>): number[] {
  const size = vectors.length;
  const weights = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const outSums = weights.map((row) => row.reduce((sum, weight) => sum + weight, 0));
  let ranks = new Array<number>(size).fill(1 / size);
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    ranks = ranks.map((_, i) => {
      let incoming = 0;
      for (let j = 0; j < size; j += 1) if (outSums[j]! > 0) incoming += (weights[j]![i]! / outSums[j]!) * ranks[j]!;
      return (1 - DAMPING) / size + DAMPING * incoming;
    });
  }
  return ranks;
}
