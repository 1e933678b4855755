/**
 * The one-shot command line (`tandem ask`, `tandem summarize`) as an adapter like Slack's, Discord's
 * and the terminal's: it turns a command line into the core's `IncomingMessage`, hands it to
 * `bot.receive`, and gives back the reply for the command to print. Parsing, permissions, the route,
 * the degrade ladder and the ledger's request id are the pipeline's, exactly as in chat.
 */
import { randomUUID } from 'node:crypto';
import { createBot } from '../bot/bot.ts';
import type { BotServices } from '../bot/services.ts';
import type { ConversationMessage, IncomingMessage, OutgoingReply, ReplyChannel } from '../core/chat-contract.ts';
import { createMemoryJournal } from '../journal/memory-journal.ts';

export interface OneShotRequest {
  /** The command as a chat message would say it: `/ask …`, `/summarize short --local`. */
  text: string;
  /** The channel to answer as if in (its privacy policy and visible knowledge sources apply). */
  channel: string;
  /** The conversation `/summarize` reads (a thread file); absent for questions. */
  conversation?: readonly ConversationMessage[];
}

export interface OneShotAdapter {
  /** The reply the pipeline chose; a failure is thrown, for the command line's own error path. */
  send(request: OneShotRequest): Promise<OutgoingReply>;
}

export function createOneShotAdapter(services: BotServices): OneShotAdapter {
  // Requests are sent one after another, so the privacy guard's names are the current thread's.
  let conversation: readonly ConversationMessage[] = [];
  const bot = createBot(
    // In memory, not durable: when a one-shot process dies, nobody is left to post a resumed answer
    // to, and a durable row would only be taken over and closed by a running bot's recovery sweep.
    { ...services, journal: createMemoryJournal() },
    // A summary's people are named in its thread; a question names no colleague list (as before).
    { memberNames: async () => [...new Set(conversation.map((message) => message.userName))], failures: 'rethrow' },
  );
  return {
    async send(request) {
      conversation = request.conversation ?? [];
      const replies: OutgoingReply[] = [];
      await bot.handlers.receive(incomingMessage(request), collectingChannel(replies, conversation));
      const last = replies.at(-1);
      if (!last) throw new Error('the request was answered with no reply');
      return last;
    },
  };
}

function incomingMessage(request: OneShotRequest): IncomingMessage {
  const id = randomUUID();
  return {
    platform: 'cli',
    eventId: `cli-${id}`,
    deliveryKey: `cli:${id}`,
    userId: 'cli',
    userName: 'cli',
    userRoles: [],
    channelId: request.channel,
    channelName: request.channel,
    // A thread file is one thread: `/summarize` reads it whole, as it reads the thread it is typed in.
    ...(request.conversation ? { threadId: 'cli' } : {}),
    text: request.text,
    isDirect: false,
    // Typed as an explicit command, never mistaken for a greeting or a "thanks".
    isSlashCommand: true,
  };
}

/** Keeps what the pipeline posts; nothing is shown while it works (stdout carries only the reply). */
function collectingChannel(replies: OutgoingReply[], conversation: readonly ConversationMessage[]): ReplyChannel {
  return {
    async post(reply) {
      const index = replies.push(reply) - 1;
      return { update: async (updated) => void (replies[index] = updated) };
    },
    progress: async () => undefined,
    // The thread file is the whole conversation, already in memory: it is read whole, past the
    // platforms' paging limit (which exists to bound API reads), so nothing is dropped.
    readHistory: async () => [...conversation],
  };
}
