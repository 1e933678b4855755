/**
 * Builds the discord.js Client: the intents tandem needs, DM partials, and an overridable REST base
 * URL so tests point it at a fake Discord.
 */
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { DiscordAdapterOptions } from './options.ts';

export function createDiscordClient(options: DiscordAdapterOptions): Client {
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    // Privileged: without it message text is empty except in mentions and DMs; follow-ups in
    // threads arrive without a mention, so the bot needs it.
    GatewayIntentBits.MessageContent,
    GatewayIntentBits.DirectMessages,
  ];
  // Privileged and opt-in: only to list every member for the privacy guard's name directory.
  if (options.fetchAllMembers) intents.push(GatewayIntentBits.GuildMembers);
  return new Client({
    intents,
    // DM channels are not in the cache until the first message; without the partial it is dropped.
    partials: [Partials.Channel],
    rest: {
      ...(options.restApiUrl ? { api: options.restApiUrl } : {}),
      ...(options.restRetries === undefined ? {} : { retries: options.restRetries }),
    },
    // Replies show names; a model's `@everyone` or `<@id>` must never ping anyone.
    allowedMentions: { parse: [], repliedUser: true },
  });
}
