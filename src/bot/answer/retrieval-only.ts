/**
 * The answer when no model is reachable: the best passages, quoted with their citations. Honest
 * about what it is — people see the passages, not a pretend answer.
 */
import type { RetrievedChunk } from '../../knowledge/index.ts';
import { toCitation, type CitedAnswer } from './citations.ts';

const MAX_PASSAGES = 2;
const MAX_PASSAGE_CHARS = 700;

export function quotePassages(chunks: readonly RetrievedChunk[]): CitedAnswer {
  const best = chunks.slice(0, MAX_PASSAGES);
  const quoted = best.map((chunk, index) => `${quote(excerpt(chunk.text))} [${index + 1}]`);
  return {
    text: `Here is what the knowledge base says:\n\n${quoted.join('\n\n')}`,
    citations: best.map((chunk, index) => toCitation(index + 1, chunk)),
  };
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
