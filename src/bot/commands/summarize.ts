import type { ConversationMessage, HistoryRequest, IncomingMessage } from '../../core/chat-contract.ts';
import { reply, usageReply, type BotCommand } from '../command.ts';
import type { BotServices } from '../services.ts';
import { summarizeConversation } from '../summarize-flow.ts';
import { outcomeReply, requestContextOf, scopeOf } from './ask.ts';
import { DEFAULT_CHANNEL_MESSAGE_LIMIT, MAX_MESSAGE_LIMIT, parseSummarizeArgs, type SummarizeArgs } from './summarize-args.ts';

export function summarizeCommand(services: BotServices, memberNames: () => Promise<string[]>): BotCommand {
  const command: BotCommand = {
    name: 'summarize',
    aliases: ['summarise', 'tldr'],
    usage: '/summarize [thread link | #channel] [24h | 7d | N messages] [short | detailed]',
    summary: 'Summarize this thread (or a channel): TL;DR, decisions, action items with owners, open questions.',
    async run({ message, channel, args, flags, requestId }) {
      const parsed = parseSummarizeArgs(args, services.now());
      if ('error' in parsed) return usageReply(command, parsed.error);
      const history = historyRequest(message, parsed);
      if ('error' in history) return usageReply(command, history.error);
      await channel.progress('Reading the conversation…');
      const messages = withoutRequest(await channel.readHistory(history), message);
      if (messages.length === 0) return reply('There is nothing to summarize here yet.', { ephemeral: true });
      const outcome = await summarizeConversation(services, {
        messages,
        scope: scopeOf(message),
        flags,
        length: parsed.length,
        context: requestContextOf(message, requestId),
        memberNames,
      });
      // Say when the history was cut, so nobody mistakes a summary of the tail for the whole story. A reader
      // that stopped at the limit returns exactly that many; one holding the whole thread (a file) may return more.
      const truncated = parsed.limit === undefined && history.limit !== undefined && messages.length === history.limit;
      const notes = truncated ? [...outcome.notes, `Only the newest ${messages.length} messages were read; ask for a count or a time window (e.g. /summarize 7d) to cover a different span.`] : outcome.notes;
      return outcomeReply({ ...outcome, notes });
    },
  };
  return command;
}

/**
 * The request itself ("@tandem summarize") is in the history it reads, but it is not part of the
 * conversation: left in, it would read as the reply that answered the last open question.
 */
function withoutRequest(messages: ConversationMessage[], request: IncomingMessage): ConversationMessage[] {
  const asked = request.text.trim().toLowerCase();
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const candidate = messages[index]!;
    const spoken = candidate.text.replace(/^\s*@\S+\s*/, '').trim().toLowerCase();
    if (candidate.ts === request.eventId || (candidate.userId === request.userId && spoken === asked)) return messages.filter((_, kept) => kept !== index);
  }
  return messages;
}

function historyRequest(message: IncomingMessage, args: SummarizeArgs): HistoryRequest | { error: string } {
  const since = args.sinceMs === undefined ? {} : { sinceMs: args.sinceMs };
  const bounds = { limit: args.limit ?? DEFAULT_CHANNEL_MESSAGE_LIMIT, ...since };
  const threadBounds = { limit: args.limit ?? MAX_MESSAGE_LIMIT, ...since };
  // Only the channel the command was typed in can be read: summarizing another channel (or a thread
  // in it) would leak it to people here who may not be members there.
  if (args.thread) {
    // A Discord thread is a channel of its own: its link names the thread, the message names the parent.
    if (message.threadId !== undefined && args.thread.channelId === message.threadId) {
      return { scope: 'thread', channelId: message.channelId, threadId: message.threadId, ...threadBounds };
    }
    if (args.thread.channelId !== message.channelId) {
      return { error: 'That thread is in another channel: run /summarize there (summaries are posted where they are asked for).' };
    }
    return { scope: 'thread', channelId: args.thread.channelId, threadId: args.thread.threadId, ...threadBounds };
  }
  if (args.channel) {
    if (args.channel !== message.channelId && args.channel !== message.channelName) {
      return { error: `Run /summarize inside #${args.channel} to summarize it (summaries are posted where they are asked for).` };
    }
    return { scope: 'channel', channelId: message.channelId, ...bounds };
  }
  if (message.threadId && args.limit === undefined && args.sinceMs === undefined) {
    return { scope: 'thread', channelId: message.channelId, threadId: message.threadId, ...threadBounds };
  }
  return { scope: 'channel', channelId: message.channelId, ...bounds };
}
