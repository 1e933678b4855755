/**
 * A follow-up as a question that stands alone, for retrieval: "and how many of them can I carry
 * over?" after "how many vacation days do I get?" must search for vacation days. The local model
 * rewrites it with one short call when it is up; otherwise the previous question's topic words are
 * carried over — only when the message points back at them, so a new topic is searched on its own.
 */
import type { ChatMessage, ModelProvider } from '../../router/providers/contract.ts';
import type { ConversationTurn } from './turns.ts';
import { leansOnConversation, topicTerms } from './key-terms.ts';

export interface StandaloneQuestion {
  /** What retrieval searches for. */
  text: string;
  how: 'as-asked' | 'rewritten' | 'carried-terms';
}

const REWRITE_SYSTEM = [
  "Rewrite the user's last message as one standalone question that can be understood without the conversation.",
  'Replace words like "it", "them" or "that" with what they refer to. Keep the wording otherwise.',
  'If the last message is already clear on its own or changes the topic, return it unchanged.',
  'Reply with the question only, on one line.',
].join(' ');

/** Enough for any question; a longer reply is the model answering instead of rewriting. */
const REWRITE_MAX_TOKENS = 80;
const ANSWER_EXCERPT_CHARACTERS = 300;

export function rewriteMessages(turns: readonly ConversationTurn[], question: string): ChatMessage[] {
  const lines = turns.map((turn) => `${turn.role}: ${turn.role === 'assistant' ? turn.text.slice(0, ANSWER_EXCERPT_CHARACTERS) : turn.text}`.replace(/\n+/g, ' '));
  return [
    { role: 'system', content: REWRITE_SYSTEM },
    { role: 'user', content: `Conversation:\n${lines.join('\n')}\n\nLast message: ${question}` },
  ];
}

/** The model's rewrite, or undefined when it is not a usable question (empty, an answer, off the subject). */
export function acceptRewrite(output: string, question: string, turns: readonly ConversationTurn[]): string | undefined {
  const line = output
    .trim()
    .replace(/^(standalone question|question|rewritten)\s*:\s*/i, '')
    .replace(/^["'“”]+|["'“”]+$/g, '')
    .trim();
  if (line.length === 0 || line.includes('\n') || line.length > Math.max(300, question.length * 3)) return undefined;
  // Citations or several sentences mean the model answered instead of rewriting.
  if (/\[\d+\]/.test(line) || /[.!?]\s+\S/.test(line)) return undefined;
  const known = new Set([...topicTerms(question), ...turns.flatMap((turn) => topicTerms(turn.text))]);
  const terms = topicTerms(line);
  // A rewrite only rephrases what was said: at least one topic word must come from the conversation.
  if (terms.length > 0 && !terms.some((term) => known.has(term))) return undefined;
  return line;
}

/**
 * Without a model: the latest earlier question that names a topic lends its words — and when that
 * question was itself a follow-up ("when will i get it back?"), the one it followed lends too.
 */
export function carryTerms(turns: readonly ConversationTurn[], question: string): StandaloneQuestion {
  if (!leansOnConversation(question)) return { text: question, how: 'as-asked' };
  const seen = new Set(topicTerms(question));
  const carried: string[] = [];
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    const turn = turns[index]!;
    if (turn.role !== 'user') continue;
    const terms = topicTerms(turn.text).filter((term) => !seen.has(term));
    for (const term of terms) seen.add(term);
    carried.push(...terms);
    if (carried.length >= 1 && !leansOnConversation(turn.text)) break;
  }
  return carried.length === 0 ? { text: question, how: 'as-asked' } : { text: `${question} ${carried.join(' ')}`, how: 'carried-terms' };
}

export async function standaloneQuestion(
  turns: readonly ConversationTurn[],
  question: string,
  localModel: Pick<ModelProvider, 'generate'> | undefined,
): Promise<StandaloneQuestion> {
  if (turns.length === 0) return { text: question, how: 'as-asked' };
  if (localModel !== undefined) {
    try {
      const result = await localModel.generate({ messages: rewriteMessages(turns, question), maxOutputTokens: REWRITE_MAX_TOKENS, temperature: 0 });
      const rewritten = acceptRewrite(result.text, question, turns);
      if (rewritten !== undefined) return { text: rewritten, how: rewritten === question ? 'as-asked' : 'rewritten' };
    } catch {
      // The rewrite is an aid to retrieval: a failed call falls back to carrying the topic words.
    }
  }
  return carryTerms(turns, question);
}
