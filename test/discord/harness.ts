/**
 * Shared set-up for the Discord adapter tests: a fake Discord with one server, the real adapter
 * (real discord.js Client) connected to it, a scriptable handler object standing in for the bot
 * core, and a recording logger. Tests poll recorded state instead of sleeping.
 */
import type {
  BotHandlers,
  ChatAdapter,
  FeedbackEvent,
  IncomingMessage,
  OutgoingReply,
  ReplyChannel,
} from '../../src/core/chat-contract.ts';
import { createDiscordAdapter, type DiscordAdapterOptions, type DiscordLogger } from '../../src/adapters/discord/index.ts';
import { startFakeDiscord, type FakeDiscord, type FakeGuild } from '../fakes/discord.ts';
import { withPipelineErrorPath } from '../support/stand-in-pipeline.ts';

export const BOT = { id: '1100000000000000001', username: 'tandem' };
export const GUILD_ID = '1200000000000000001';
export const GENERAL = '1300000000000000001';
export const RANDOM = '1300000000000000002';
export const EXISTING_THREAD = '1300000000000000003';
export const ADA = '1400000000000000001';
export const GRACE = '1400000000000000002';
export const OTHER_BOT = '1400000000000000003';
export const FINANCE_ROLE = '1500000000000000001';

export function testGuild(): FakeGuild {
  return {
    id: GUILD_ID,
    name: 'Acme',
    channels: [
      { id: GENERAL, name: 'general' },
      { id: RANDOM, name: 'random' },
      { id: EXISTING_THREAD, name: 'launch plan', type: 11, parentId: GENERAL, ownerId: ADA },
    ],
    members: [
      { user: { id: ADA, username: 'ada', globalName: 'Ada Lovelace' }, nick: 'Ada', roles: [FINANCE_ROLE] },
      { user: { id: GRACE, username: 'grace', globalName: 'Grace Hopper' }, roles: [] },
      { user: { id: OTHER_BOT, username: 'otherbot', bot: true }, roles: [] },
    ],
    roles: [{ id: FINANCE_ROLE, name: 'finance' }],
  };
}

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields?: Record<string, unknown>;
}

export type Behaviour = (message: IncomingMessage, channel: ReplyChannel) => Promise<void>;

export interface Harness {
  fake: FakeDiscord;
  adapter: ChatAdapter;
  messages: IncomingMessage[];
  feedback: FeedbackEvent[];
  logs: LogEntry[];
  /** Replace what the stand-in bot core does with each message. */
  respondWith(behaviour: Behaviour): void;
  stop(): Promise<void>;
}

export function reply(text: string, extra: Partial<OutgoingReply> = {}): OutgoingReply {
  return { text, citations: [], notes: [], ephemeral: false, ...extra };
}

export async function startHarness(
  adapterOptions: Partial<DiscordAdapterOptions> = {},
  guilds: FakeGuild[] = [testGuild()],
): Promise<Harness> {
  const fake = await startFakeDiscord({ botUser: BOT, guilds });
  const logs: LogEntry[] = [];
  const standIn = standInCore(recordingLogger(logs));
  const adapter = createDiscordAdapter({
    token: 'test-token',
    restApiUrl: fake.restUrl,
    restRetries: 0,
    guildIds: [GUILD_ID],
    logger: recordingLogger(logs),
    ...adapterOptions,
  });
  await adapter.start(standIn.handlers);
  return {
    fake,
    adapter,
    messages: standIn.messages,
    feedback: standIn.feedback,
    logs,
    respondWith: standIn.respondWith,
    async stop() {
      // The client first, so nothing reconnects to a closing fake.
      await adapter.stop();
      await fake.close();
    },
  };
}

/** Stands in for the bot core: records what arrives and runs the test's scripted behaviour. */
function standInCore(logger: DiscordLogger) {
  const messages: IncomingMessage[] = [];
  const feedback: FeedbackEvent[] = [];
  let behaviour: Behaviour = async (_message, channel) => {
    await channel.post(reply('ok'));
  };
  const claimed = new Set<string>();
  const handlers: BotHandlers = {
    // Like the core's journal: each delivery key is taken once.
    async receive(message, channel) {
      if (claimed.has(message.deliveryKey)) return;
      claimed.add(message.deliveryKey);
      messages.push(message);
      await withPipelineErrorPath(channel, logger, () => behaviour(message, channel));
    },
    async onFeedback(event) {
      feedback.push(event);
    },
  };
  const respondWith = (next: Behaviour) => {
    behaviour = next;
  };
  return { handlers, messages, feedback, respondWith };
}

function recordingLogger(logs: LogEntry[]): DiscordLogger {
  const record = (level: LogEntry['level']) => (message: string, fields?: Record<string, unknown>) => {
    logs.push({ level, message, fields });
  };
  return { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}

/** Polls `probe` until it returns something truthy; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A promise and its resolver, to hold a handler open while a test looks at what happened so far. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

export const botPosts = (fake: FakeDiscord, channelId: string) =>
  fake.messagesIn(channelId).filter((message) => (message.author as { id: string }).id === BOT.id);
