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
 * coverage + 2 × titleShare = 0.194 lands on the 0.35 line. Recalibrated on the company questions of
 * the twenty-one routing sets' development halves (1,495 answerable, 271 unanswerable): at the sixth
 * round's 0.24 (scale 1.44), 90 of 1,495 answerable questions fell below the line (6.0 %; 14.9 % on the
 * twentieth set, whose people tell a story before they ask) and 29 of 271 unanswerable ones did. The
 * evidence does not separate the two much, so the line only decides which mistake is made, and a false
 * "not found" costs more than a weak match: it turns a company question into a general one, and with a
 * cloud configured into a cloud call answered from general knowledge. At 0.194, 40 of 1,495 (2.7 %) fall
 * below and 15 of 271 unanswerable ones do; an unanswerable question above the line is answered from the
 * closest passages by the local model, which says when they do not hold the answer.
 */
const SCALE = 1.8;

export function evidenceConfidence(evidence: PassageEvidence, bestSimilarity: number | undefined): number {
  const lexical = clamp(SCALE * (evidence.coverage + TITLE_WEIGHT * evidence.titleShare));
  if (bestSimilarity === undefined) return lexical;
  return clamp(Math.max(lexical, (lexical + vectorStrength(bestSimilarity)) / 2));
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
