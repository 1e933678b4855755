/**
 * An answer shown in Discord while it is written: the first words go out at once, then the same
 * message is edited with what has been written since — at most once a second, which keeps inside
 * Discord's per-channel edit limits (about 5 per 5 seconds) with room for everything else. A
 * mention's answer is a reply edited in place; a slash command's is its deferred response, edited
 * through the interaction webhook.
 */
import type { ChatInputCommandInteraction, Message } from 'discord.js';
import type { ReplyStream, StreamOpening } from '../../core/chat-contract.ts';
import type { ChatMessage } from './chat-message.ts';
import type { DiscordLogger } from './options.ts';
import { pacedText } from '../paced-text.ts';
import { MAX_MESSAGE_LENGTH, textPayload, type DiscordMessagePayload } from './reply-rendering.ts';

export const EDIT_INTERVAL_MS = 1_000;

export interface ProgressiveReply extends ReplyStream {
  /** Stops editing; returns the message showing the partial answer, for the finished reply to take over. */
  close(): Promise<Message | undefined>;
}

/** Partial text shown by `write`; `close` waits so the finished reply, one more edit, keeps the pace. */
function openProgressiveText(write: (payload: DiscordMessagePayload) => Promise<void>, opening: StreamOpening, logger: DiscordLogger) {
  const lead = opening.marker && opening.markerPlacement === 'top' ? `${opening.marker}\n\n` : '';
  const paced = pacedText(lead, EDIT_INTERVAL_MS, (text) => write(textPayload(clip(text))), (error) => {
    logger.warn('showing a partial answer in Discord failed', { error: String(error) });
  });
  return {
    append: async (more: string) => paced.append(more),
    /** True when something was shown. */
    async close(): Promise<boolean> {
      await paced.settle();
      const shownAny = paced.lastShownAt > Number.NEGATIVE_INFINITY;
      const wait = paced.lastShownAt + EDIT_INTERVAL_MS - Date.now();
      if (shownAny && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return shownAny;
    },
  };
}

export function openProgressiveReply(question: ChatMessage, opening: StreamOpening, logger: DiscordLogger, onFirstText: () => void): ProgressiveReply {
  let sent: Message | undefined;
  const text = openProgressiveText(async (payload) => {
    if (sent === undefined) {
      onFirstText();
      sent = await question.reply(payload);
    } else {
      sent = await sent.edit(payload);
    }
  }, opening, logger);
  return {
    append: text.append,
    async close() {
      await text.close();
      return sent;
    },
  };
}

/** A slash command's deferred response ("thinking…") edited with the answer as it is written. */
export function openProgressiveResponse(interaction: ChatInputCommandInteraction, opening: StreamOpening, logger: DiscordLogger) {
  const text = openProgressiveText(async (payload) => void (await interaction.editReply(payload)), opening, logger);
  return { append: text.append, close: text.close };
}

/** A partial answer longer than one message shows its beginning; the finished reply splits properly. */
function clip(text: string): string {
  return text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}
