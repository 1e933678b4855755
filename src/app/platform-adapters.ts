/**
 * Chooses the chat platforms from configuration: each one whose credentials are present. Each
 * platform's adapter — and with it Bolt or discord.js — is loaded only when that platform is
 * configured: a Slack-only workspace does not pay discord.js's start-up, nor a Discord server Bolt's.
 */
import type { ChatAdapter } from '../core/chat-contract.ts';
import type { Logger } from '../logger.ts';
import type { Tandem } from './compose.ts';

export async function platformAdapters(tandem: Tandem, logger: Logger): Promise<ChatAdapter[]> {
  const { config } = tandem;
  const adapters: ChatAdapter[] = [];
  if (config.slack.botToken) {
    const { createSlackAdapter } = await import('../adapters/slack/index.ts');
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
    const { createDiscordAdapter } = await import('../adapters/discord/index.ts');
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
