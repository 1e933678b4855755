/** Maps the `[n]` markers in an answer back to the chunks they name, so every citation is real. */
import type { Citation } from '../../core/chat-contract.ts';
import type { RetrievedChunk } from '../../knowledge/index.ts';

export interface CitedAnswer {
  text: string;
  citations: Citation[];
}

/**
 * Keeps the answer's own numbering but drops references to sources that do not exist (a model may
 * invent [7] when it was given five), so no citation ever points at nothing.
 */
export function resolveCitations(answer: string, chunks: readonly RetrievedChunk[]): CitedAnswer {
  const used = new Set<number>();
  const text = answer.replace(/\[(\d{1,2})\]/g, (marker, digits: string) => {
    const index = Number(digits);
    if (index < 1 || index > chunks.length) return '';
    used.add(index);
    return marker;
  });
  const citations = [...used].sort((a, b) => a - b).map((index) => toCitation(index, chunks[index - 1]!));
  return { text: text.replace(/[ \t]+([.,;:])/g, '$1').trim(), citations };
}

export function toCitation(index: number, chunk: RetrievedChunk): Citation {
  return { index, source: chunk.source, heading: chunk.heading, score: chunk.score, ...(chunk.link ? { link: chunk.link } : {}) };
}
