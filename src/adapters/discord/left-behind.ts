/**
 * What a killed tandem had already shown for a message it was answering: its reply to that message
 * (a half-written streamed answer, or the whole answer posted just before the kill) and its messages
 * in the thread it opened on that message for a long answer. Discord replies name the message they
 * answer, and a thread started on a message takes that message's id, so both are found again without
 * the journal having heard of them — which lets a restart answer once instead of fencing the request.
 */
import type { Message } from 'discord.js';
import type { ChatMessage } from './chat-message.ts';

/** Enough for any answer's replies among the messages people wrote meanwhile. */
const SEARCH_LIMIT = 100;

export async function findLeftBehind(question: ChatMessage): Promise<Message[]> {
  const botId = question.client.user.id;
  const after = await question.channel.messages.fetch({ after: question.id, limit: SEARCH_LIMIT });
  const replies = [...after.values()].filter((message) => message.author.id === botId && message.reference?.messageId === question.id);
  const thread = question.thread;
  const inThread = thread ? [...(await thread.messages.fetch({ limit: SEARCH_LIMIT })).values()].filter((message) => message.author.id === botId) : [];
  return [...replies, ...inThread];
}
