/**
 * Reads the question of an answer back from Discord (`GET /channels/{id}/messages/{id}` through
 * discord.js), for a "☁️ Ask a stronger model" press the core no longer holds the question for (a
 * restart). The button names the asking message; it becomes an IncomingMessage exactly as when it
 * first arrived. A message that is gone, edited or unreadable is reported as such, and a `/ask`
 * answer's question is reported as not kept: Discord stores a slash command's options nowhere a bot
 * can read them later.
 */
import type { Client } from 'discord.js';
import type { QuestionUnavailable, RecoveredQuestion } from '../../core/chat-contract.ts';
import { toIncomingMessage } from './message-routing.ts';
import { discordErrorCode } from './platform-errors.ts';
import type { QuestionPlace } from './stronger-model-component.ts';

/** Discord's codes for a channel or message that no longer exists. */
const UNKNOWN_CHANNEL = 10003;
const UNKNOWN_MESSAGE = 10008;

const unavailable = (reason: QuestionUnavailable, detail?: string): RecoveredQuestion => ({ status: 'unavailable', reason, ...(detail ? { detail } : {}) });

function failed(error: unknown): RecoveredQuestion {
  const code = discordErrorCode(error);
  if (code === UNKNOWN_MESSAGE || code === UNKNOWN_CHANNEL) return unavailable('deleted', String(code));
  return unavailable('unreadable', code === undefined ? String(error) : String(code));
}

export async function readQuestion(client: Client, place: QuestionPlace): Promise<RecoveredQuestion> {
  if (place === 'slash') return unavailable('not-kept');
  const botUserId = client.user?.id;
  if (botUserId === undefined) return unavailable('unreadable', 'not logged in');
  let channel;
  try {
    channel = await client.channels.fetch(place.channelId);
  } catch (error) {
    return failed(error);
  }
  if (channel === null || !channel.isTextBased() || !('messages' in channel)) return unavailable('unreadable', 'not a text channel');
  let message;
  try {
    message = await channel.messages.fetch({ message: place.messageId, force: true });
  } catch (error) {
    return failed(error);
  }
  if (message.editedTimestamp !== null) return unavailable('edited');
  return { status: 'found', message: toIncomingMessage(message as Parameters<typeof toIncomingMessage>[0], botUserId), messageId: message.id };
}
