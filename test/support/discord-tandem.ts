/**
 * tandem on Discord, wired as `tandem start` wires it: the real composition, the real bot core and
 * the real Discord adapter (discord.js over a fake REST API and gateway), with the durable
 * processed-events deduper keyed `discord:<id>` as platformAdapters() does.
 */
import type { Tandem } from '../../src/app/compose.ts';
import type { ChatAdapter } from '../../src/core/chat-contract.ts';
import { createDiscordAdapter } from '../../src/adapters/discord/index.ts';
import { createBot } from '../../src/bot/bot.ts';
import { startFakeDiscord, type FakeDiscord, type FakeGuild } from '../fakes/discord.ts';
import { BOT, GUILD_ID, testGuild } from '../discord/harness.ts';
import { composeFromWorkspace, memoryLogger, type World } from './e2e-world.ts';

export { ADA, BOT, FINANCE_ROLE, GENERAL, GRACE, GUILD_ID } from '../discord/harness.ts';

export interface DiscordTandem {
  fake: FakeDiscord;
  adapter: ChatAdapter;
  tandem: Tandem;
  logger: ReturnType<typeof memoryLogger>;
  /** The bot's messages in a channel, oldest first. */
  botPosts(channelId: string): Array<Record<string, unknown>>;
  stop(): Promise<void>;
}

export async function startDiscordTandem(
  world: World,
  guilds: FakeGuild[] = [testGuild()],
  guildIds: string[] = [GUILD_ID],
  /** A fake Discord already running (a restart keeps the same server); the caller closes it. */
  existing?: FakeDiscord,
): Promise<DiscordTandem> {
  const fake = existing ?? (await startFakeDiscord({ botUser: BOT, guilds }));
  const logger = memoryLogger();
  const tandem = await composeFromWorkspace(world, logger);
  const adapter = createDiscordAdapter({
    token: ['e2e', 'discord', 'token'].join('-'),
    restApiUrl: fake.restUrl,
    restRetries: 0,
    guildIds,
    logger,
  });
  const bot = createBot(tandem.services, { memberNames: () => adapter.memberNames() });
  await adapter.start(bot.handlers);
  return {
    fake,
    adapter,
    tandem,
    logger,
    botPosts: (channelId) => fake.messagesIn(channelId).filter((message) => (message.author as { id: string }).id === BOT.id),
    async stop() {
      await adapter.stop();
      tandem.close();
      if (!existing) await fake.close();
    },
  };
}
