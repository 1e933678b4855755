/**
 * Small talk and questions about tandem itself: a short, friendly reply that says what tandem is
 * for, instead of a knowledge-base search that would find the IT helpdesk page for "help".
 */
import type { ChatMessage } from '../../router/providers/contract.ts';

const CHITCHAT_SYSTEM = [
  'You are tandem, the internal assistant of this company, chatting briefly with a colleague.',
  'Reply in one or two friendly sentences. If they ask what you can do or how to use you, say that you answer questions from the company knowledge base',
  'with sources, summarize threads (summarize), show AI spend (/spend), and that `help` lists every command. Never invent company facts.',
].join(' ');

export function chitchatMessages(text: string): ChatMessage[] {
  return [
    { role: 'system', content: CHITCHAT_SYSTEM },
    { role: 'user', content: text },
  ];
}
