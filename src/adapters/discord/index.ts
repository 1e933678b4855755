/** The Discord adapter's public surface; everything else in this folder is internal. */
export { createDiscordAdapter } from './adapter.ts';
export type { DiscordAdapterOptions, DiscordLogger } from './options.ts';
export { slashCommandDefinitions } from './slash-commands.ts';
