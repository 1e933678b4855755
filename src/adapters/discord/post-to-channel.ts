/**
 * Posting outside any conversation (scheduled reports, budget alerts) to a channel given by id or
 * by name (`#spend` or `spend`, looked up among cached channels of the configured servers only).
 */
import type { Client, SendableChannels } from 'discord.js';
import { TandemError } from '../../errors.ts';
import type { OutgoingReply } from '../../core/chat-contract.ts';
import type { DiscordLogger } from './options.ts';
import { DiscordPermissionError, describePermissionProblem, discordErrorCode, isMissingPermission } from './platform-errors.ts';
import { renderReply } from './reply-rendering.ts';

const SNOWFLAKE = /^\d{17,20}$/;

export async function postToChannel(
  client: Client,
  channelRef: string,
  reply: OutgoingReply,
  options: { guildIds?: string[]; logger: DiscordLogger },
): Promise<void> {
  const channel = await resolveChannel(client, channelRef, options.guildIds);
  const label = `#${'name' in channel && channel.name ? channel.name : channelRef} (${channel.id})`;
  try {
    for (const payload of renderReply(reply)) await channel.send(payload);
  } catch (error) {
    if (!isMissingPermission(error)) throw error;
    options.logger.error(describePermissionProblem(error, label), { channel: channel.id });
    throw new DiscordPermissionError(describePermissionProblem(error, label), discordErrorCode(error), false);
  }
}

export async function resolveChannel(client: Client, channelRef: string, guildIds?: string[]): Promise<SendableChannels> {
  const reference = channelRef.trim().replace(/^#/, '');
  const channel = SNOWFLAKE.test(reference) ? await client.channels.fetch(reference).catch(() => null) : channelByName(client, reference, guildIds);
  if (!channel?.isSendable()) {
    throw new TandemError(
      'CONFIG_INVALID',
      `Discord channel "${channelRef}" was not found among the channels the bot can post in; use its id or exact name.`,
    );
  }
  return channel;
}

/**
 * Anyone can invite the bot to a server of their own and name a channel "finance": a name is
 * looked up only in the configured servers (`discord.guildIds`), or — with none configured — only
 * while the bot is in a single server. A name matching more than one channel is refused too.
 */
function channelByName(client: Client, name: string, guildIds?: string[]) {
  const servers = guildIds?.length ? guildIds : [...client.guilds.cache.keys()];
  if (servers.length !== 1 && !guildIds?.length) {
    throw new TandemError('CONFIG_INVALID', `Discord channel "${name}" is given by name while the bot is in ${servers.length} servers: use the channel id, or set discord.guildIds.`);
  }
  const matches = client.channels.cache.filter(
    (candidate) => 'name' in candidate && candidate.name?.toLowerCase() === name.toLowerCase() && !candidate.isThread() && 'guildId' in candidate && servers.includes(candidate.guildId),
  );
  if (matches.size > 1) throw new TandemError('CONFIG_INVALID', `Discord channel name "${name}" matches ${matches.size} channels: use the channel id.`);
  return matches.first() ?? null;
}

/** A private message to one person (admin notices); throws when their DMs are closed. */
export async function sendDirect(client: Client, userId: string, reply: OutgoingReply): Promise<void> {
  const user = await client.users.fetch(userId);
  for (const payload of renderReply(reply)) await user.send(payload);
}
