/**
 * How sure retrieval is that the knowledge base answers the question, 0..1; the "not found" line
 * (routing.minRetrievalConfidence, 0.35) is drawn on it.
 *
 * Lexical evidence is the best passage's IDF-weighted coverage of the question (evidence.ts):
 * common words co-occurring by chance cover little weight, one informative word in the page's
 * title covers most of a short question. What is found in the title or heading path counts
 * three times, because it says what the whole section is about. The evidence is the page's: the
 * best passage's document, its candidate passages taken together (evidence.ts). The mapping was
 * calibrated on the development halves of scripts/eval/routing-labelled.jsonl and
 * routing-second.jsonl, the tuning questions and the casual handbook questions (see SCALE).
 * Raw BM25 scores are deliberately not used: they grow with corpus size and query length.
 *
 * Vector evidence maps cosine similarity from 0.5 (0) to 0.8 (1), a band typical of sentence
 * embeddings for unrelated vs. closely related text; a vector match alone (no shared informative
 * words) is worth at most half: enough to clear the line, not enough to be certain.
 */
import type { PassageEvidence } from './evidence.ts';
import { vectorStrength } from './rerank.ts';

/** What is found in a title or heading counts this many times more. */
const TITLE_WEIGHT = 2;
/**
 * coverage + 2 × titleShare = 0.34 lands on the 0.35 line: on the development questions of both
 * labelled sets, the tuning and the casual questions, about 2 % of answerable questions fall below
 * it. A false "not found" costs more than a weak match: it sends a company question to the cloud.
 */
const SCALE = 1.03;

export function evidenceConfidence(evidence: PassageEvidence, bestSimilarity: number | undefined): number {
  const lexical = clamp(SCALE * (evidence.coverage + TITLE_WEIGHT * evidence.titleShare));
  if (bestSimilarity === undefined) return lexical;
  return clamp(Math.max(lexical, (lexical + vectorStrength(bestSimilarity)) / 2));
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
