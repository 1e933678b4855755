/**
 * The Discord adapter: a discord.js Client whose messages and interactions become `IncomingMessage`s
 * for the bot's handlers. Reconnecting and resuming the gateway and honouring REST rate limits are
 * discord.js's job; this file wires events, logs what the operator needs to know, and registers the
 * slash commands once the client is ready.
 */
import { Events, RESTEvents, type Client } from 'discord.js';
import { TandemError } from '../../errors.ts';
import type { BotHandlers, ChatAdapter, IncomingMessage, OutgoingReply, ReplyChannel } from '../../core/chat-contract.ts';
import { BoundedSet } from '../bounded-set.ts';
import { createDiscordClient } from './client-factory.ts';
import { routeInteraction } from './interaction-routing.ts';
import { listMemberNames } from './member-directory.ts';
import { routeMessage, type MessageRoutingContext } from './message-routing.ts';
import { MessageConversation } from './message-reply-channel.ts';
import { createServerScope } from './server-scope.ts';
import { stderrLogger, type DiscordAdapterOptions, type DiscordLogger } from './options.ts';
import { postToChannel, resolveChannel, sendDirect } from './post-to-channel.ts';
import { MAX_MESSAGE_LENGTH } from './reply-rendering.ts';
import { registerSlashCommands } from './slash-commands.ts';
import type { TypingIndicator } from './typing-indicator.ts';
import type { ChatMessage } from './chat-message.ts';
import { findLeftBehind } from './left-behind.ts';

const DEFAULT_TYPING_INTERVAL_MS = 8_000;

export function createDiscordAdapter(options: DiscordAdapterOptions): ChatAdapter {
  return new DiscordAdapter(options);
}

class DiscordAdapter implements ChatAdapter {
  readonly platform = 'discord' as const;
  readonly maxMessageLength = MAX_MESSAGE_LENGTH;
  private readonly logger: DiscordLogger;
  private readonly engagedThreads = new BoundedSet(5_000);
  private readonly typingRegistry = new Set<TypingIndicator>();
  private client: Client | undefined;
  private readonly typingIntervalMs: number;

  constructor(private readonly options: DiscordAdapterOptions) {
    this.logger = options.logger ?? stderrLogger;
    this.typingIntervalMs = options.typingIntervalMs ?? DEFAULT_TYPING_INTERVAL_MS;
  }

  async start(handlers: BotHandlers): Promise<void> {
    const { options, logger } = this;
    if (this.client) throw new TandemError('CONFIG_INVALID', 'The Discord adapter was started twice.');
    const client = createDiscordClient(options);
    this.client = client;
    wireEvents(client, options.guildIds ?? [], {
      client,
      handlers,
      logger,
      engagedThreads: this.engagedThreads,
      typingRegistry: this.typingRegistry,
      typingIntervalMs: this.typingIntervalMs,
    });
    const ready = await loginAndWaitForReady(client, options.token, logger).catch((error: unknown) => {
      this.client = undefined;
      throw error;
    });
    logger.info('connected to Discord', { user: ready.user.tag, guilds: ready.guilds.cache.size });
    if (!options.guildIds?.length) {
      logger.warn('discord.guildIds is not set: tandem answers in every server it is invited to, and DMs from anyone sharing one; set it to your server ids');
    }
    await registerSlashCommands(ready, { applicationId: options.applicationId, guildIds: options.guildIds, logger });
  }

  async stop(): Promise<void> {
    for (const indicator of this.typingRegistry) indicator.stop();
    await this.client?.destroy();
    this.client = undefined;
  }

  async memberNames(): Promise<string[]> {
    const { guildIds, fetchAllMembers = false } = this.options;
    return listMemberNames(this.readyClient(), { guildIds, fetchAll: fetchAllMembers, logger: this.logger });
  }

  async postToChannel(channel: string, reply: OutgoingReply): Promise<void> {
    return postToChannel(this.readyClient(), channel, reply, { guildIds: this.options.guildIds, logger: this.logger });
  }

  /** The channel's id however it is configured (`spend`, `#spend`, its id): the report's exactly-once key. */
  async resolveChannel(channel: string): Promise<string> {
    return (await resolveChannel(this.readyClient(), channel, this.options.guildIds)).id;
  }

  async notifyPrivately(userId: string, reply: OutgoingReply): Promise<void> {
    await sendDirect(this.readyClient(), userId, reply);
  }

  /**
   * A message a crashed tandem left unanswered is answered as a reply to it, found again by id; what
   * the old process had shown for it is found too and replaced. A slash command cannot be resumed:
   * its interaction token lived in the old process.
   */
  async resumeChannel(message: IncomingMessage): Promise<ReplyChannel | undefined> {
    if (message.isSlashCommand) return undefined;
    const client = this.readyClient();
    const channel = await client.channels.fetch(message.threadId ?? message.channelId);
    if (!channel?.isTextBased() || !('messages' in channel)) return undefined;
    const original = (await channel.messages.fetch(message.eventId)) as ChatMessage;
    const context = { client, logger: this.logger, engagedThreads: this.engagedThreads, typingIntervalMs: this.typingIntervalMs, typingRegistry: this.typingRegistry };
    return new MessageConversation(original, message.text, context, await findLeftBehind(original)).replyChannel;
  }

  private readyClient(): Client {
    if (!this.client?.isReady()) throw new TandemError('NOT_AVAILABLE_YET', 'The Discord adapter is not connected yet.');
    return this.client;
  }
}

function wireEvents(client: Client, guildIds: readonly string[], context: MessageRoutingContext): void {
  const { logger } = context;
  // Handlers run detached from discord.js's emitter: an escaped rejection is logged, never lost.
  const detached = (what: string, run: () => Promise<void>) => {
    run().catch((error: unknown) => logger.error(`${what} failed`, { error: String(error) }));
  };
  const scope = createServerScope(client, guildIds);
  client.on(Events.MessageCreate, (message) => {
    if (message.author.bot) return;
    detached('message routing', async () => {
      if (await scope.admits(message.guildId, message.author.id)) await routeMessage(message, context);
    });
  });
  client.on(Events.InteractionCreate, (interaction) =>
    detached('interaction routing', async () => {
      if (await scope.admits(interaction.guildId, interaction.user.id)) await routeInteraction(interaction, context);
    }),
  );
  client.on(Events.Error, (error) => logger.error('discord.js error', { error: error.message }));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event) => logger.warn('gateway disconnected', { code: event.code }));
  client.on(Events.ShardReconnecting, () => logger.info('gateway reconnecting'));
  client.on(Events.ShardResume, (_shardId, replayed) => logger.info('gateway resumed', { replayed }));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.info('Discord rate limit; waiting', { route: info.route, retryAfterMs: info.retryAfter }),
  );
}

async function loginAndWaitForReady(client: Client, token: string, logger: DiscordLogger): Promise<Client<true>> {
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(token);
  } catch (error) {
    await client.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    logger.error('Discord login failed', { error: reason });
    throw new TandemError(
      'CONFIG_INVALID',
      `Discord login failed: ${reason}. Check the bot token, and that the Message Content intent ` +
        '(and Server Members, if fetchAllMembers is on) is enabled for the bot in the developer portal.',
      { cause: error },
    );
  }
  return ready;
}
