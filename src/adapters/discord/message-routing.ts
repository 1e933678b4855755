/**
 * Which messages the bot answers, and how they become `IncomingMessage`s: @-mentions (of the bot or
 * its managed role) in server channels, every DM, and follow-ups in a thread the bot started or
 * answered in, without a re-mention. Bots, webhooks and system messages are ignored.
 */
import { DISCORD_HELP } from './help-entries.ts';
import { ChannelType, cleanContent } from 'discord.js';
import { UndeliveredReply, type BotHandlers, type IncomingMessage } from '../../core/chat-contract.ts';
import type { BoundedSet } from '../bounded-set.ts';
import type { ChatMessage } from './chat-message.ts';
import { MessageConversation, type MessageReplyContext } from './message-reply-channel.ts';
import { isAlreadyReported } from './platform-errors.ts';

export interface MessageRoutingContext extends MessageReplyContext {
  handlers: BotHandlers;
}

export function isAddressedToBot(message: ChatMessage, botUserId: string, engagedThreads: BoundedSet): boolean {
  if (message.author.bot || message.webhookId || message.system) return false;
  if (message.channel.type === ChannelType.DM) return true;
  if (mentionsBot(message, botUserId)) return true;
  const channel = message.channel;
  return channel.isThread() && (engagedThreads.has(channel.id) || channel.ownerId === botUserId);
}

function mentionsBot(message: ChatMessage, botUserId: string): boolean {
  // `mentions.has` would also count @everyone; only a direct mention or the bot's own role counts.
  if (message.mentions.users.has(botUserId)) return true;
  return message.mentions.roles.some((role) => role.tags?.botId === botUserId);
}

export function toIncomingMessage(message: ChatMessage, botUserId: string): IncomingMessage {
  const channel = message.channel;
  // A thread's own name is not its channel's: with the parent unknown, the channel name is unknown
  // (''), so a policy keyed by name is not silently matched against whatever the thread is called.
  const baseChannel = channel.isThread() ? channel.parent : channel;
  return {
    platform: 'discord',
    eventId: message.id,
    deliveryKey: `discord:message:${message.id}`,
    userId: message.author.id,
    userName: message.member?.displayName ?? message.author.displayName,
    userRoles: message.member ? roleIds(message.member.roles.cache.values(), message.guildId) : [],
    channelId: channel.isThread() ? (channel.parentId ?? channel.id) : channel.id,
    channelName: baseChannel && 'name' in baseChannel && baseChannel.name ? baseChannel.name : '',
    ...(channel.isThread() ? { threadId: channel.id } : {}),
    text: stripBotMention(message, botUserId),
    isDirect: channel.type === ChannelType.DM,
    isSlashCommand: false,
    help: DISCORD_HELP,
  };
}

/**
 * Role *ids*, never names: anyone can create a role called "finance" in a server of their own, but a
 * role id belongs to exactly one server, so `report.viewers.roles` matches only the configured roles.
 */
export function roleIds(roles: Iterable<{ id: string }>, guildId: string | null): string[] {
  return [...roles].filter((role) => role.id !== guildId).map((role) => role.id);
}

/** Removes `<@id>`, `<@!id>` and the bot's role mention; other mentions become readable `@names`. */
function stripBotMention(message: ChatMessage, botUserId: string): string {
  const botRoles = message.mentions.roles.filter((role) => role.tags?.botId === botUserId).map((role) => role.id);
  const patterns = [`<@!?${botUserId}>`, ...botRoles.map((id) => `<@&${id}>`)];
  const stripped = message.content.replace(new RegExp(patterns.join('|'), 'g'), ' ');
  return cleanContent(stripped, message.channel).replace(/[ \t]{2,}/g, ' ').trim();
}

export async function routeMessage(message: ChatMessage, context: MessageRoutingContext): Promise<void> {
  const botUserId = context.client.user?.id;
  if (!botUserId || !isAddressedToBot(message, botUserId, context.engagedThreads)) return;
  const incoming = toIncomingMessage(message, botUserId);
  if (incoming.threadId) context.engagedThreads.add(incoming.threadId);
  const conversation = new MessageConversation(message, incoming.text, context);
  try {
    await context.handlers.receive(incoming, conversation.replyChannel);
  } catch (error) {
    await reportUndelivered(error, conversation, context, message.id);
  } finally {
    conversation.finish();
  }
}

/** The pipeline could not post its reply: unless the person was already told why, try once more. */
export async function reportUndelivered(error: unknown, conversation: { reportFailure(text: string): Promise<void> }, context: { logger: MessageRoutingContext['logger'] }, eventId: string): Promise<void> {
  if (!(error instanceof UndeliveredReply)) {
    context.logger.error('the bot pipeline failed', { eventId, error: String(error) });
    return;
  }
  if (isAlreadyReported(error.cause)) {
    context.logger.warn('reply not delivered; already reported', { eventId, reference: error.requestId });
    return;
  }
  await conversation.reportFailure(error.text);
}
