/** Chooses the chat platforms from configuration: each one whose credentials are present. */
import { createDiscordAdapter } from '../adapters/discord/index.ts';
import { createSlackAdapter } from '../adapters/slack/index.ts';
import type { ChatAdapter } from '../core/chat-contract.ts';
import type { Logger } from '../logger.ts';
import type { Tandem } from './compose.ts';

export function platformAdapters(tandem: Tandem, logger: Logger): ChatAdapter[] {
  const { config } = tandem;
  const adapters: ChatAdapter[] = [];
  if (config.slack.botToken) {
    adapters.push(
      createSlackAdapter({
        botToken: config.slack.botToken,
        ...(config.slack.appToken ? { appToken: config.slack.appToken } : {}),
        ...(config.slack.signingSecret ? { signingSecret: config.slack.signingSecret } : {}),
        mode: config.slack.mode ?? 'socket',
        port: config.slack.port,
        host: config.slack.host,
        ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}),
        logger,
      }),
    );
  }
  if (config.discord.token) {
    adapters.push(
      createDiscordAdapter({
        token: config.discord.token,
        guildIds: config.discord.guildIds,
        ...(config.discord.restApiUrl ? { restApiUrl: config.discord.restApiUrl } : {}),
        fetchAllMembers: config.discord.fetchAllMembers,
        logger,
      }),
    );
  }
  return adapters;
}
