/**
 * The answer when no model is reachable: the best passages, quoted with their citations. Honest
 * about what it is — people see the passages, not a pretend answer.
 */
import type { RetrievedChunk } from '../../knowledge/index.ts';
import { toCitation, type CitedAnswer } from './citations.ts';

const MAX_PASSAGES = 2;
const MAX_PASSAGE_CHARS = 700;
/**
 * A second passage is quoted only when it is nearly as relevant as the first: with no model to
 * pick what answers the question, a passage that merely shares a word ("report" in the code of
 * conduct under "how do I file an expense report?") reads as part of the answer.
 */
const SECOND_PASSAGE_SHARE = 0.75;

export function quotePassages(chunks: readonly RetrievedChunk[]): CitedAnswer {
  const best = closeToBest(chunks.slice(0, MAX_PASSAGES));
  const quoted = best.map((chunk, index) => `${quote(excerpt(chunk.text))} [${index + 1}]`);
  return {
    text: `Here is what the knowledge base says:\n\n${quoted.join('\n\n')}`,
    citations: best.map((chunk, index) => toCitation(index + 1, chunk)),
  };
}

function closeToBest(chunks: readonly RetrievedChunk[]): readonly RetrievedChunk[] {
  const top = chunks[0]?.score;
  if (top === undefined || top <= 0) return chunks;
  return chunks.filter((chunk, index) => index === 0 || chunk.score >= top * SECOND_PASSAGE_SHARE);
}

function excerpt(text: string): string {
  const clean = text.trim();
  if (clean.length <= MAX_PASSAGE_CHARS) return clean;
  const cut = clean.slice(0, MAX_PASSAGE_CHARS);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n'));
  return `${sentenceEnd > MAX_PASSAGE_CHARS / 2 ? cut.slice(0, sentenceEnd + 1) : cut}…`;
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
