/**
 * Shared set-up for the Slack tests: a fake Slack, the real adapter (real Bolt and WebClient)
 * pointed at it, a scriptable test bot standing in for the core, and a recording logger.
 */
import type { BotHandlers, FeedbackEvent, IncomingMessage, OutgoingReply, ReplyChannel } from '../../src/core/chat-contract.ts';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterLogger, type SlackAdapterOptions } from '../../src/adapters/slack/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { withPipelineErrorPath } from '../support/stand-in-pipeline.ts';
import { startFakeSlack, type FakeSlack, type FakeSlackSeed } from '../fakes/slack.ts';
import {
  eventCallback,
  sendSignedEvent,
  sendSignedForm,
  sendSignedInteraction,
  type SignOptions,
  type SignedResponse,
} from '../fakes/slack-requests.ts';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_USER_ID = 'UBOT';
export const BOT_ID = 'BBOT';
export const GENERAL = 'C0GENERAL';
export const ALICE = 'U0ALICE';
export const BOB = 'U0BOB';

export const SEED: FakeSlackSeed = {
  botUserId: BOT_USER_ID,
  botId: BOT_ID,
  users: [
    { id: ALICE, name: 'alice', realName: 'Alice Anders', displayName: 'alice' },
    { id: BOB, name: 'bob', realName: 'Bob Brown' },
    { id: 'U0CAROL', name: 'carol', realName: 'Carol Chen', displayName: 'Carol' },
    { id: BOT_USER_ID, name: 'tandem', realName: 'tandem', isBot: true },
    { id: 'U0GONE', name: 'gone', realName: 'Gone Person', deleted: true },
  ],
  channels: [
    { id: GENERAL, name: 'general' },
    { id: 'C0OUTSIDE', name: 'outside', isMember: false },
    { id: 'D0ALICE', name: '', isIm: true },
  ],
  usergroups: [{ id: 'S0HR', handle: 'hr-team', users: [ALICE] }],
};

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields?: Record<string, unknown>;
}

export function recordingLogger(): SlackAdapterLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (message: string, fields?: Record<string, unknown>) => void lines.push({ level, message, fields });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function reply(text: string, extra: Partial<OutgoingReply> = {}): OutgoingReply {
  return { text, citations: [], notes: [], ephemeral: false, marker: '🏠 local', ...extra };
}

type Behaviour = (message: IncomingMessage, channel: ReplyChannel) => Promise<void>;

/**
 * Stands in for the bot core: records what it was given and answers as the test scripts it. Like the
 * core's journal, it takes each delivery key once, so a retry the adapter keys right is not answered.
 */
export class TestBot implements BotHandlers {
  readonly messages: IncomingMessage[] = [];
  readonly deliveryKeys: string[] = [];
  readonly feedback: FeedbackEvent[] = [];
  constructor(private readonly logger: SlackAdapterLogger = silentLogger) {}

  behaviour: Behaviour = async (message, channel) => {
    await channel.post(reply(`You said: ${message.text}`));
  };

  async receive(message: IncomingMessage, channel: ReplyChannel): Promise<void> {
    this.deliveryKeys.push(message.deliveryKey);
    if (this.deliveryKeys.indexOf(message.deliveryKey) !== this.deliveryKeys.length - 1) return;
    this.messages.push(message);
    await withPipelineErrorPath(channel, this.logger, () => this.behaviour(message, channel));
  }

  async onFeedback(event: FeedbackEvent): Promise<void> {
    this.feedback.push(event);
  }
}

export async function waitFor<T>(check: () => T | undefined | false, timeoutMs = 5_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface Harness {
  fake: FakeSlack;
  adapter: SlackAdapter;
  bot: TestBot;
  logger: ReturnType<typeof recordingLogger>;
  eventsUrl: string;
  sendEvent(event: Record<string, unknown>, options?: { eventId?: string } & Partial<SignOptions>): Promise<SignedResponse>;
  sendCommand(fields: Record<string, string>, options?: Partial<SignOptions>): Promise<SignedResponse>;
  sendInteraction(payload: unknown, options?: Partial<SignOptions>): Promise<SignedResponse>;
  stop(): Promise<void>;
}

/** The adapter in HTTP mode on a free port, talking to a fresh fake Slack. */
export async function startHttpHarness(overrides: Partial<SlackAdapterOptions> = {}, seed: FakeSlackSeed = SEED): Promise<Harness> {
  const fake = await startFakeSlack(seed);
  const logger = recordingLogger();
  const bot = new TestBot(logger);
  const adapter = createSlackAdapter({
    botToken: 'xoxb-test',
    signingSecret: SIGNING_SECRET,
    mode: 'http',
    port: 0,
    host: '127.0.0.1',
    processBeforeResponse: true,
    apiUrl: fake.apiUrl,
    botUserId: BOT_USER_ID,
    botId: BOT_ID,
    retryConfig: { retries: 0 },
    logger,
    ...overrides,
  });
  await adapter.start(bot);
  const address = adapter.httpAddress();
  if (!address) throw new Error('adapter did not report its HTTP address');
  const eventsUrl = `http://127.0.0.1:${address.port}/slack/events`;
  const sign = (options: Partial<SignOptions> = {}): SignOptions => ({ signingSecret: SIGNING_SECRET, ...options });
  return {
    fake,
    adapter,
    bot,
    logger,
    eventsUrl,
    sendEvent: (event, options = {}) => sendSignedEvent(eventsUrl, eventCallback(event, { eventId: options.eventId }), sign(options)),
    sendCommand: (fields, options) => sendSignedForm(eventsUrl, fields, sign(options)),
    sendInteraction: (payload, options) => sendSignedInteraction(eventsUrl, payload, sign(options)),
    async stop() {
      // The app first, then the fake it talks to.
      await adapter.stop();
      await fake.close();
    },
  };
}
