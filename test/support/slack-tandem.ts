/**
 * tandem on Slack, wired as `tandem start` wires it — the real composition (`composeTandem`), the
 * real bot core (`createBot`), the real Slack adapter (Bolt + WebClient) with the durable
 * processed-events deduper — talking to a fake Slack over HTTP mode with signed requests.
 * Differences from `tandem start` are test plumbing only: port 0 on 127.0.0.1, the HTTP response
 * waits for the handler, no Web API retries, and the bot's ids are given (no auth.test).
 */
import { startBackgroundJobs, type BackgroundJobs } from '../../src/app/background-jobs.ts';
import type { Tandem } from '../../src/app/compose.ts';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/index.ts';
import { createBot } from '../../src/bot/bot.ts';
import { startFakeSlack, type FakeSlack, type FakeSlackSeed } from '../fakes/slack.ts';
import { eventCallback, sendSignedEvent, sendSignedForm, sendSignedInteraction, type SignedResponse, type SignOptions } from '../fakes/slack-requests.ts';
import { composeFromWorkspace, memoryLogger, type World } from './e2e-world.ts';

export const SIGNING_SECRET = ['e2e', 'signing', 'secret'].join('-');
export const BOT_TOKEN = ['xo', 'xb-'].join('') + 'e2e-test';
export const BOT_USER_ID = 'UBOT';
export const BOT_ID = 'BBOT';
export const GENERAL = 'C0GENERAL';
export const LEGAL = 'C0LEGAL';
export const FINANCE = 'C0FINANCE';
export const ALICE = 'U0ALICE';
export const BOB = 'U0BOB';
export const CAROL = 'U0CAROL';

export const SLACK_SEED: FakeSlackSeed = {
  botUserId: BOT_USER_ID,
  botId: BOT_ID,
  users: [
    { id: ALICE, name: 'alice', realName: 'Alice Anders', displayName: 'alice' },
    { id: BOB, name: 'bob', realName: 'Bob Brown' },
    { id: CAROL, name: 'carol', realName: 'Carol Chen', displayName: 'Carol' },
    { id: BOT_USER_ID, name: 'tandem', realName: 'tandem', isBot: true },
  ],
  channels: [
    { id: GENERAL, name: 'general' },
    { id: LEGAL, name: 'legal' },
    { id: FINANCE, name: 'finance' },
  ],
  usergroups: [{ id: 'S0FIN', handle: 'finance-team', users: [CAROL] }],
};

export interface SlackTandem {
  fake: FakeSlack;
  adapter: SlackAdapter;
  tandem: Tandem;
  logger: ReturnType<typeof memoryLogger>;
  jobs: BackgroundJobs | undefined;
  sendEvent(event: Record<string, unknown>, options?: { eventId?: string } & Partial<SignOptions>): Promise<SignedResponse>;
  sendCommand(fields: Record<string, string>): Promise<SignedResponse>;
  sendInteraction(payload: unknown): Promise<SignedResponse>;
  /** Clients first (jobs, adapter, database), then the fake Slack. */
  stop(): Promise<void>;
}

export interface SlackTandemOptions {
  seed?: FakeSlackSeed;
  /** Start the report scheduler and re-index job as `tandem start` does. */
  backgroundJobs?: boolean;
  /** A fake Slack already running (a restart keeps the same workspace). */
  fake?: FakeSlack;
}

export async function startSlackTandem(world: World, options: SlackTandemOptions = {}): Promise<SlackTandem> {
  const fake = options.fake ?? (await startFakeSlack(options.seed ?? SLACK_SEED));
  const logger = memoryLogger();
  const tandem = await composeFromWorkspace(world, logger);
  const adapter = createSlackAdapter({
    botToken: BOT_TOKEN,
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
  });
  // As in `tandem start`: the guard's member directory comes from every connected platform.
  const bot = createBot(tandem.services, { memberNames: () => adapter.memberNames() });
  await adapter.start(bot.handlers);
  const jobs = options.backgroundJobs ? startBackgroundJobs(tandem, [adapter], logger) : undefined;
  const address = adapter.httpAddress();
  if (!address) throw new Error('the Slack adapter did not report its HTTP address');
  const eventsUrl = `http://127.0.0.1:${address.port}/slack/events`;
  const sign = (extra: Partial<SignOptions> = {}): SignOptions => ({ signingSecret: SIGNING_SECRET, ...extra });
  return {
    fake,
    adapter,
    tandem,
    logger,
    jobs,
    sendEvent: (event, extra = {}) => sendSignedEvent(eventsUrl, eventCallback(event, { ...(extra.eventId ? { eventId: extra.eventId } : {}) }), sign(extra)),
    sendCommand: (fields) => sendSignedForm(eventsUrl, fields, sign()),
    sendInteraction: (payload) => sendSignedInteraction(eventsUrl, payload, sign()),
    async stop() {
      await jobs?.stop();
      await adapter.stop();
      tandem.close();
      if (!options.fake) await fake.close();
    },
  };
}

/** A message posted in a channel that mentions the bot. */
export function mention(options: { ts: string; text: string; user?: string; channel?: string }): Record<string, unknown> {
  return { type: 'app_mention', user: options.user ?? ALICE, text: `<@${BOT_USER_ID}> ${options.text}`, ts: options.ts, channel: options.channel ?? GENERAL };
}

interface BlockLike {
  type: string;
  text?: { text: string };
  elements?: Array<{ text?: string; action_id?: string; value?: string }>;
}

/** What the bot's final reply in a thread says: blocks' text in order (after every chat.update). */
export function finalReplies(fake: FakeSlack, channel: string, threadTs: string): Array<{ ts: string; blocks: BlockLike[]; text: string }> {
  const thread = fake.state.threads.get(`${channel}:${threadTs}`) ?? [];
  return thread
    .filter((message) => message.user === BOT_USER_ID)
    .map((message) => ({ ts: message.ts, blocks: (message.blocks ?? []) as BlockLike[], text: message.text }));
}

export function blockTexts(blocks: readonly BlockLike[]): string[] {
  return blocks.map((block) => (block.type === 'section' ? (block.text?.text ?? '') : (block.elements ?? []).map((element) => element.text ?? '').join(' ')));
}
