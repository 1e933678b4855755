/**
 * Display names as colleagues see them (server nickname, else global name, else username), for
 * messages, history and the privacy guard's name directory.
 */
import type { Client, Guild, Message } from 'discord.js';
import type { DiscordLogger } from './options.ts';

/** Names of the authors of `messages`, fetching each uncached member once (REST, no privileged intent). */
export async function resolveDisplayNames(messages: Message[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const missing = new Map<string, { guild: Guild; fallback: string }>();
  for (const message of messages) {
    const userId = message.author.id;
    if (names.has(userId) || missing.has(userId)) continue;
    const member = message.inGuild() ? message.guild.members.cache.get(userId) : undefined;
    if (member) names.set(userId, member.displayName);
    else if (message.inGuild()) missing.set(userId, { guild: message.guild, fallback: message.author.displayName });
    else names.set(userId, message.author.displayName);
  }
  await Promise.all(
    [...missing].map(async ([userId, { guild, fallback }]) => {
      // A person who left the server has no member any more (10007): their account name will do.
      const member = await guild.members.fetch(userId).catch(() => undefined);
      names.set(userId, member?.displayName ?? fallback);
    }),
  );
  return names;
}

/**
 * Display names of human members. With `fetchAll` (privileged GuildMembers intent) every member is
 * requested from the gateway first; otherwise the cache holds the people seen in messages,
 * interactions and history reads.
 */
export async function listMemberNames(
  client: Client,
  options: { guildIds?: string[]; fetchAll: boolean; logger: DiscordLogger },
): Promise<string[]> {
  const guilds = [...client.guilds.cache.values()].filter(
    (guild) => !options.guildIds?.length || options.guildIds.includes(guild.id),
  );
  const names = new Set<string>();
  for (const guild of guilds) {
    if (options.fetchAll) {
      await guild.members.fetch().catch((error: unknown) => {
        options.logger.warn('could not fetch guild members; using the cached ones', {
          guild: guild.name,
          error: error instanceof Error ? error.message : String(error),
        });
      });
    }
    for (const member of guild.members.cache.values()) {
      if (!member.user.bot) names.add(member.displayName);
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
