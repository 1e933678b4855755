/**
 * Which Discord events tandem answers when servers are configured (`discord.guildIds`). Anyone can
 * invite the bot to a server of their own: there they could name a channel like a restricted one,
 * and from there they could DM the bot and read DM-only documents. So, with servers configured,
 * only events from those servers are answered, and DMs only from their members. Without servers
 * configured every event is answered (the README says to configure them).
 */
import type { Client } from 'discord.js';

export interface ServerScope {
  /** Whether an event from `guildId` (null for a DM) by `userId` may be answered. */
  admits(guildId: string | null, userId: string): Promise<boolean>;
}

export function createServerScope(client: Client, guildIds: readonly string[]): ServerScope {
  return {
    async admits(guildId, userId) {
      if (guildIds.length === 0) return true;
      if (guildId !== null) return guildIds.includes(guildId);
      return isMemberOfAny(client, guildIds, userId);
    },
  };
}

async function isMemberOfAny(client: Client, guildIds: readonly string[], userId: string): Promise<boolean> {
  for (const guildId of guildIds) {
    const guild = client.guilds.cache.get(guildId);
    // A failed lookup (not a member, or Discord unreachable) admits nobody: fail closed.
    const member = guild ? await guild.members.fetch(userId).catch(() => null) : null;
    if (member) return true;
  }
  return false;
}
