/**
 * Never a dead end: when the knowledge base has no direct answer, say so and point at the pages
 * that came closest, with their links, so the person can read on instead of asking again.
 */
import type { RetrievedChunk } from '../../knowledge/index.ts';
import { NOT_FOUND_ANSWER } from './prompt.ts';

const MAX_PAGES = 3;

export function closestPagesNote(chunks: readonly RetrievedChunk[]): string {
  const pages = new Map<string, RetrievedChunk>();
  for (const chunk of chunks) if (!pages.has(chunk.source) && pages.size < MAX_PAGES) pages.set(chunk.source, chunk);
  if (pages.size === 0) return NOT_FOUND_ANSWER;
  const listed = [...pages.values()].map((chunk) => `• ${chunk.title || chunk.source} — ${chunk.link ?? chunk.source}`);
  return [`I couldn't find a direct answer in the knowledge base; the closest pages are:`, ...listed].join('\n');
}

/** What a retrieval-only reply says to small talk: what tandem is for, not a made-up pleasantry. */
export const CHITCHAT_WITHOUT_MODEL = 'No model is available right now, so I can only quote the knowledge base: ask me a question about it, or type `help` for commands.';
