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

/** Letters only, lower case: small models quote the sentence, drop its period or curl its apostrophe. */
function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

const NOT_FOUND_LETTERS = lettersOf(NOT_FOUND_ANSWER);
/** A letter the sentence does not use: outside a–z, whatever the case. */
const OTHER_LETTER = /(?![a-zA-Z])\p{L}/u;

/** Whether a grounded answer is the prompt's "not found" sentence and nothing else. */
export function saysNotFound(text: string): boolean {
  return lettersOf(text) === NOT_FOUND_LETTERS;
}

/**
 * A streamed grounded answer, held back while it could still be the "not found" sentence: that
 * sentence alone is never shown as it is written (the reply says more, see ask-flow.ts). Text that
 * turns out to be anything else is passed on at once, and `release` passes on what is still held
 * once the answer is complete and is not that sentence.
 */
export function holdBackNotFound(show: (text: string) => Promise<void>): { show: (text: string) => Promise<void>; release: () => Promise<void>; passedOn: () => boolean } {
  let held = '';
  let passing = false;
  const passOn = async (text: string) => {
    passing = true;
    await show(text);
  };
  return {
    show: async (text) => {
      if (passing) return show(text);
      held += text;
      // Anything the sentence cannot start with passes at once: other letters (an answer in Russian or
      // Japanese has no a–z to compare), or more text than the sentence holds.
      if (OTHER_LETTER.test(held) || held.length > NOT_FOUND_ANSWER.length + 8 || !NOT_FOUND_LETTERS.startsWith(lettersOf(held))) {
        const pending = held;
        held = '';
        await passOn(pending);
      }
    },
    release: async () => {
      if (passing || held === '' || saysNotFound(held)) return;
      const pending = held;
      held = '';
      await passOn(pending);
    },
    passedOn: () => passing,
  };
}
