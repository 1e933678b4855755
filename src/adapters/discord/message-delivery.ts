/**
 * Sending rendered payloads for a message-triggered request: as a reply, in a thread started on the
 * message when the answer spans several messages, or privately by DM. Returns the messages sent so
 * the reply can be edited in place later.
 */
import {
  ChannelType,
  RESTJSONErrorCodes,
  ThreadAutoArchiveDuration,
  type Message,
  type SendableChannels,
} from 'discord.js';
import type { BoundedSet } from '../bounded-set.ts';
import type { ChatMessage } from './chat-message.ts';
import type { DiscordLogger } from './options.ts';
import { describePermissionProblem, discordErrorCode, isMissingPermission } from './platform-errors.ts';
import { textPayload, type DiscordMessagePayload } from './reply-rendering.ts';

export interface Delivery {
  /** Where further messages of this reply go (the thread, the channel or the DM). */
  target: SendableChannels;
  sent: Message[];
}

export function channelLabel(message: ChatMessage): string {
  if (!message.inGuild()) return 'our direct messages';
  return `#${'name' in message.channel ? message.channel.name : message.channelId} (${message.channelId})`;
}

/** Reply publicly: one message as a reply, several in a thread on the message (when allowed). */
export async function deliverPublicly(
  message: ChatMessage,
  payloads: DiscordMessagePayload[],
  options: { threadName: string; engagedThreads: BoundedSet; logger: DiscordLogger },
): Promise<Delivery> {
  const thread = payloads.length > 1 ? await threadFor(message, options.threadName, options.logger) : undefined;
  if (thread) {
    options.engagedThreads.add(thread.id);
    return { target: thread, sent: await sendAll(thread, payloads) };
  }
  if (message.channel.isThread()) options.engagedThreads.add(message.channel.id);
  const [first, ...rest] = payloads;
  const sent: Message[] = [await message.reply(first ?? textPayload('…'))];
  const target: SendableChannels = message.channel;
  sent.push(...(await sendAll(target, rest)));
  return { target, sent };
}

/**
 * Discord messages cannot be ephemeral: a private reply to a server message goes by DM, with a short
 * pointer in the channel. Closed DMs get a notice instead of the content, which may be narrower than
 * the channel's audience.
 */
export async function deliverPrivately(
  message: ChatMessage,
  payloads: DiscordMessagePayload[],
  logger: DiscordLogger,
): Promise<Delivery> {
  try {
    const dm = await message.author.createDM();
    const sent = await sendAll(dm, payloads);
    // The answer is delivered; the pointer is a courtesy and must not turn it into a failure.
    await message.reply(textPayload('📬 I sent you my answer in a direct message.')).catch((error: unknown) => {
      logger.warn('could not point to the DM in the channel', { messageId: message.id, error: String(error) });
    });
    return { target: dm, sent };
  } catch (error) {
    if (discordErrorCode(error) !== RESTJSONErrorCodes.CannotSendMessagesToThisUser) throw error;
    const notice = await message.reply(
      textPayload(
        "I tried to answer you privately, but your direct messages are closed. Allow DMs from server members, or use the slash command — its replies can be private.",
      ),
    );
    return { target: message.channel, sent: [notice] };
  }
}

/**
 * Called when the channel refused the bot (50013/50001): log what to fix, and tell the person who
 * is waiting by DM, the one place left to reach them.
 */
export async function explainPermissionProblem(
  message: ChatMessage,
  error: unknown,
  explanation: string,
  logger: DiscordLogger,
): Promise<boolean> {
  logger.error(describePermissionProblem(error, channelLabel(message)), {
    messageId: message.id,
    code: discordErrorCode(error),
  });
  try {
    await message.author.send(textPayload(explanation));
    return true;
  } catch (dmError) {
    logger.warn('could not tell the user by DM either', {
      userId: message.author.id,
      error: dmError instanceof Error ? dmError.message : String(dmError),
    });
    return false;
  }
}

async function sendAll(target: SendableChannels, payloads: DiscordMessagePayload[]): Promise<Message[]> {
  const sent: Message[] = [];
  for (const payload of payloads) sent.push(await target.send(payload));
  return sent;
}

async function threadFor(message: ChatMessage, name: string, logger: DiscordLogger) {
  const channelType = message.channel.type;
  if (!message.inGuild() || (channelType !== ChannelType.GuildText && channelType !== ChannelType.GuildAnnouncement)) {
    return undefined;
  }
  if (message.thread) return message.thread;
  try {
    return await message.startThread({ name, autoArchiveDuration: ThreadAutoArchiveDuration.OneDay });
  } catch (error) {
    if (!isMissingPermission(error)) throw error;
    // No Create Public Threads permission: answer as consecutive replies instead.
    logger.warn(describePermissionProblem(error, channelLabel(message)), { messageId: message.id });
    return undefined;
  }
}

/** A thread title from the question: first line, at most 90 characters. */
export function threadNameFor(question: string): string {
  const line = question.split('\n')[0]?.replace(/\s+/g, ' ').trim() ?? '';
  if (!line) return 'tandem answer';
  return line.length <= 90 ? line : `${line.slice(0, 89)}…`;
}
