/**
 * An answer shown in Discord while it is written: the first words go out as the reply at once, then
 * the same message is edited with what has been written since — at most once a second, which keeps
 * inside Discord's per-channel edit limits (about 5 per 5 seconds) with room for everything else.
 */
import type { Message } from 'discord.js';
import type { ReplyStream, StreamOpening } from '../../core/chat-contract.ts';
import type { ChatMessage } from './chat-message.ts';
import type { DiscordLogger } from './options.ts';
import { pacedText } from '../paced-text.ts';
import { MAX_MESSAGE_LENGTH, textPayload } from './reply-rendering.ts';

export const EDIT_INTERVAL_MS = 1_000;

export interface ProgressiveReply extends ReplyStream {
  /** Stops editing; returns the message showing the partial answer, for the finished reply to take over. */
  close(): Promise<Message | undefined>;
}

export function openProgressiveReply(question: ChatMessage, opening: StreamOpening, logger: DiscordLogger, onFirstText: () => void): ProgressiveReply {
  let sent: Message | undefined;
  const show = async (text: string): Promise<void> => {
    const payload = textPayload(clip(text));
    if (sent === undefined) {
      onFirstText();
      sent = await question.reply(payload);
    } else {
      sent = await sent.edit(payload);
    }
  };
  const lead = opening.marker && opening.markerPlacement === 'top' ? `${opening.marker}\n\n` : '';
  const paced = pacedText(lead, EDIT_INTERVAL_MS, show, (error) => logger.warn('showing a partial answer in Discord failed', { error: String(error) }));
  return {
    async append(more) {
      paced.append(more);
    },
    async close() {
      await paced.settle();
      // The finished reply is one more edit of the same message: it keeps the same pace.
      const wait = paced.lastShownAt + EDIT_INTERVAL_MS - Date.now();
      if (sent !== undefined && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return sent;
    },
  };
}

/** A partial answer longer than one message shows its beginning; the finished reply splits properly. */
function clip(text: string): string {
  return text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}
