/**
 * The monthly spend report reaches the finance channel exactly once: tandem composed with the real
 * Slack adapter and `startBackgroundJobs` (as `tandem start` runs it), a ledger with rows in the
 * previous month, and the clock crossing 09:00 on the 1st in Asia/Kolkata (UTC+05:30). A restart
 * afterwards — whose start-up catch-up sees the same month due — posts nothing more.
 *
 * Only `Date` is faked: node-cron arms real timers from the fake clock, so moving the clock past
 * 09:00 before the (≤ 50 ms) timer fires makes the tick see the slot, with no sleeps and no
 * fake-timer interplay with the HTTP clients.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { jobRuns, modelCalls } from '../../db/schema.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/slack.ts';
import { eventually, startWorld, type World } from '../support/e2e-world.ts';
import { FINANCE, SLACK_SEED, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';

const REPORT_CONFIG = ['report:', '  timezone: Asia/Kolkata', '  channels:', `    slack: [${FINANCE}]`].join('\n');
// 09:00 on 1 October 2026 in Kolkata is 03:30 UTC.
const JUST_BEFORE_NINE = new Date('2026-10-01T03:29:59.950Z');
const JUST_AFTER_NINE = new Date('2026-10-01T03:30:00.020Z');
const AFTER_RESTART = new Date('2026-10-01T03:35:00.000Z');

let world: World | undefined;
let slack: SlackTandem | undefined;
let fake: FakeSlack | undefined;
afterEach(async () => {
  await slack?.stop();
  await fake?.close();
  await world?.close();
  vi.useRealTimers();
  slack = undefined;
  fake = undefined;
  world = undefined;
});

/** Ledger rows written the way the ledger writes them; only the instants matter here. */
function seedLedger(dbPath: string): void {
  const database = openDatabase(dbPath);
  const row = (at: string, requestId: string, location: 'local' | 'cloud', costUsdMicros: number) => ({
    createdAt: new Date(at),
    requestId,
    platform: 'slack' as const,
    channelId: 'C0GENERAL',
    channelName: 'general',
    userId: 'U0ALICE',
    command: 'ask',
    purpose: 'answer',
    provider: location === 'cloud' ? 'openai' : 'ollama',
    model: location === 'cloud' ? 'gpt-5.4' : 'llama3.2',
    location,
    route: location,
    reasons: location === 'cloud' ? ['requested with --cloud'] : [],
    inputTokens: 1_000,
    outputTokens: 200,
    latencyMs: 100,
    costUsdMicros,
    costStatus: location === 'cloud' ? ('priced' as const) : ('free' as const),
    counterfactualCostUsdMicros: 16_000,
    priceSource: 'override',
    status: 'ok' as const,
  });
  try {
    database.db
      .insert(modelCalls)
      .values([
        // 31 Aug 19:00 UTC is 1 Sep 00:30 in Kolkata: September's, not August's.
        row('2026-08-31T19:00:00Z', 'sep-first', 'cloud', 16_000),
        row('2026-09-15T06:00:00Z', 'sep-mid', 'cloud', 16_000),
        row('2026-09-15T07:00:00Z', 'sep-local', 'local', 0),
        // 30 Sep 20:00 UTC is 1 Oct 01:30 in Kolkata: October's, so not in September's report.
        row('2026-09-30T20:00:00Z', 'oct-first', 'cloud', 1_000_000),
      ])
      .run();
  } finally {
    database.close();
  }
}

const toFinance = (current: FakeSlack) => ({
  posts: current.callsTo('chat.postMessage').filter((call) => call.args.channel === FINANCE),
  uploads: current.callsTo('files.completeUploadExternal').filter((call) => call.args.channel_id === FINANCE),
});

describe('the scheduled monthly report', () => {
  it('crossing 09:00 on the 1st in Asia/Kolkata posts September to the finance channel exactly once, and a restart does not post again', async () => {
    // The hourly re-index would also fire at 09:00; keep it out of this test (see the next one).
    world = await startWorld({ extraConfig: REPORT_CONFIG, reindexSchedule: '17 3 * * 0' });
    seedLedger(world.dbPath);
    fake = await startFakeSlack(SLACK_SEED);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(JUST_BEFORE_NINE);
    slack = await startSlackTandem(world, { fake, backgroundJobs: true });
    vi.setSystemTime(JUST_AFTER_NINE);

    await eventually(() => toFinance(fake!).uploads.length === 1, 'the report and its chart in #finance');
    const running = slack;
    slack = undefined;
    await running.stop();

    const { posts, uploads } = toFinance(fake);
    expect(posts).toHaveLength(1);
    expect(uploads).toHaveLength(1);
    const text = String(posts[0]!.args.text);
    expect(text).toMatch(/^AI spend — September 2026 \(Asia\/Kolkata\)/);
    // Both September rows (one of them on 31 Aug in UTC), not October's $1.00.
    expect(text).toContain('Cloud $0.03');
    expect(posts[0]!.args.thread_ts).toBeUndefined();
    expect(fake.callsTo('upload')).toHaveLength(1);
    // The chart goes into the report's thread, not as a second top-level message.
    const [reportMessage] = fake.state.postedMessages().filter((message) => message.channel === FINANCE && message.thread_ts === undefined);
    expect(uploads[0]!.args.thread_ts).toBe(reportMessage!.ts);
    // Nothing for August: the start-up catch-up found no August rows in Kolkata time.
    expect(fake.calls.filter((call) => call.method === 'chat.postMessage')).toHaveLength(1);

    // A restart a few minutes later: its catch-up finds September's slot due — and already done.
    vi.setSystemTime(AFTER_RESTART);
    slack = await startSlackTandem(world, { fake, backgroundJobs: true });
    const restarted = slack;
    slack = undefined;
    await restarted.stop();
    expect(toFinance(fake).posts).toHaveLength(1);
    expect(toFinance(fake).uploads).toHaveLength(1);

    const database = openDatabase(world.dbPath);
    try {
      const claims = database.db.select().from(jobRuns).where(eq(jobRuns.job, `monthly-report:slack:${FINANCE}`)).all();
      expect(claims.map((claim) => [claim.slot, claim.status, claim.attempts])).toEqual([['2026-09', 'done', 1]]);
    } finally {
      database.close();
    }
  });
});

describe('the report channel however it is spelled', () => {
  it('configured as `finance`, then by its id, then as `#finance`: one channel, one report for the month', async () => {
    world = await startWorld({ extraConfig: REPORT_CONFIG.replace(FINANCE, 'finance'), reindexSchedule: '17 3 * * 0' });
    seedLedger(world.dbPath);
    fake = await startFakeSlack(SLACK_SEED);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(AFTER_RESTART);
    for (const spelling of ['finance', FINANCE, '"#finance"']) {
      writeFileSync(join(world.cwd, 'tandem.config.yaml'), readFileSync(join(world.cwd, 'tandem.config.yaml'), 'utf8').replace(/slack: \[[^\]]*\]/, `slack: [${spelling}]`));
      slack = await startSlackTandem(world, { fake, backgroundJobs: true });
      if (spelling === 'finance') await eventually(() => toFinance(fake!).uploads.length === 1, 'the catch-up report in #finance');
      const running = slack;
      slack = undefined;
      await running.stop();
    }
    expect(toFinance(fake).posts).toHaveLength(1);
    const database = openDatabase(world.dbPath);
    try {
      expect(database.db.select().from(jobRuns).all().map((claim) => [claim.job, claim.slot, claim.status])).toEqual([[`monthly-report:slack:${FINANCE}`, '2026-09', 'done']]);
    } finally {
      database.close();
    }
  });
});

describe('shutting the background jobs down', () => {
  // Found by this suite: BackgroundJobs.stop() stops the hourly re-index task but does not wait for
  // (or cancel) a re-index already running, so `tandem start` closes the database under it and the
  // re-index fails with "The database connection is not open" (logged by node-cron).
  it('a re-index running at shutdown finishes (or is cancelled) before the database closes', async () => {
    world = await startWorld({ localConfig: 'timeoutMs: 1000' });
    fake = await startFakeSlack(SLACK_SEED);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-10-01T09:59:59.950Z'));
    slack = await startSlackTandem(world, { fake, backgroundJobs: true });
    // A new document for the hourly re-index to embed, and an embedding call that does not come back.
    writeFileSync(join(world.cwd, 'kb', 'expenses.md'), '# Expenses\n\n## Meals\n\nTeam meals are reimbursed up to 40 EUR per person.\n');
    const embedsBefore = world.ollama!.requests.filter((request) => request.path === '/api/embed').length;
    world.ollama!.hangNext({ path: '/api/embed' });
    vi.setSystemTime(new Date('2026-10-01T10:00:00.020Z'));
    await eventually(() => world!.ollama!.requests.filter((request) => request.path === '/api/embed').length > embedsBefore, 'the re-index at the top of the hour');

    const running = slack;
    slack = undefined;
    await running.stop();
    // The hung embedding call times out after local.timeoutMs (1 s); the re-index then carries on.
    const failure = await eventually(() => errors.mock.calls.find((call) => String(call[0]).includes('database connection is not open')), 'a failure after close', 2_500).catch(() => undefined);
    errors.mockRestore();
    expect(failure, 'the re-index ran on after the database was closed').toBeUndefined();
  });
});
