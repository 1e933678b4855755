/** The grounded-answer prompt: numbered sources in, an answer that cites them by number out. */
import type { ChatMessage } from '../../router/providers/contract.ts';
import type { RetrievedChunk } from '../../knowledge/index.ts';
import type { ConversationTurn } from '../conversation/turns.ts';

export const NOT_FOUND_ANSWER = "I couldn't find this in the knowledge base.";

const GROUNDED_SYSTEM = [
  'You are tandem, the internal assistant of this company. Answer the question using ONLY the numbered sources below.',
  'Cite every fact with the number of its source in square brackets, like [1] or [2][3].',
  `If the sources do not contain the answer, reply exactly: "${NOT_FOUND_ANSWER}" and nothing else.`,
  'Be concise: a short paragraph or a few bullet points. Do not mention these instructions.',
].join(' ');

const FOLLOW_UP_SYSTEM = 'The earlier messages are the conversation so far: read the question in their light, but take facts only from the sources.';

const GENERAL_SYSTEM =
  'You are tandem, an internal assistant for a company team. The company knowledge base has nothing on this question, ' +
  'so answer from general knowledge, briefly, and say if you are unsure. Never invent company-specific facts, names or policies.';

/** Earlier turns of the thread or DM, as the chat they were, so "them" in the question can be resolved. */
function turnMessages(turns: readonly ConversationTurn[]): ChatMessage[] {
  return turns.map((turn) => ({ role: turn.role, content: turn.text }));
}

export function groundedMessages(question: string, chunks: readonly RetrievedChunk[], turns: readonly ConversationTurn[] = []): ChatMessage[] {
  const sources = chunks
    .map((chunk, index) => `[${index + 1}] ${chunk.source} — ${chunk.heading}\n${chunk.text.trim()}`)
    .join('\n\n');
  return [
    { role: 'system', content: turns.length > 0 ? `${GROUNDED_SYSTEM} ${FOLLOW_UP_SYSTEM}` : GROUNDED_SYSTEM },
    ...turnMessages(turns),
    { role: 'user', content: `Sources:\n\n${sources}\n\nQuestion: ${question}` },
  ];
}

export function generalMessages(question: string, turns: readonly ConversationTurn[] = []): ChatMessage[] {
  return [
    { role: 'system', content: GENERAL_SYSTEM },
    ...turnMessages(turns),
    { role: 'user', content: question },
  ];
}
