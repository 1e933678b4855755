/**
 * The routing policy carried out end to end: a confidential channel never reaches the cloud, a
 * spent budget keeps requests local and says so, and failing providers degrade visibly — each
 * proven on the fake vendor servers' request records and the SQLite ledger.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTandem } from '../support/cli-harness.ts';
import type { AskJson } from '../support/escalation-checks.ts';
import { readLedger, startWorld, type World, type WorldOptions } from '../support/e2e-world.ts';
import { buildPiiCorpus } from '../support/pii-corpus.ts';
import { blockTexts, BOB, finalReplies, GENERAL, LEGAL, mention, startSlackTandem, type SlackTandem } from '../support/slack-tandem.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const corpus = buildPiiCorpus();
const LOCAL_ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const HEDGE = "I'm not sure. I don't have enough information to answer that.";
const CONFIDENTIAL = 'channels:\n  legal: { policy: confidential }';

let world: World | undefined;
let slack: SlackTandem | undefined;
const own = closeAfterEach();

async function ask(current: World, args: string[]): Promise<AskJson> {
  const run = await runTandem(['ask', '--json', ...args], { cwd: current.cwd, environment: current.environment });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as AskJson;
}

async function startLocalWorld(options: WorldOptions = {}): Promise<World> {
  return startWorld({ ollamaReply: { text: LOCAL_ANSWER }, ...options });
}

describe('a confidential channel never escalates', () => {
  it('tandem ask --channel legal: --cloud, a complex request and a weak local answer all stay local, and the reply says why', async () => {
    world = await startLocalWorld({ extraConfig: CONFIDENTIAL });
    const forced = await ask(world, ['--cloud', '--channel', 'legal', corpus.messages[0]!.text]);
    expect(forced).toMatchObject({ route: 'local', escalated: false, costUsd: 0 });
    expect(forced.reasons).toContain('confidential channel never escalates');
    expect(forced.notes).toContain('--cloud refused: confidential channel never escalates');
    expect(forced.answer).toMatch(/\n\n🏠 local · llama3\.2$/);

    const complex = await ask(world, ['--channel', 'legal', 'Review the indemnification and liability terms in our vendor MSA and tell me what we should push back on before renewal']);
    expect(complex.route).toBe('local');
    expect(complex.reasons).toEqual([expect.stringMatching(/^production task: difficulty 0\.\d\d ≥ 0\.60 \(.*\), but confidential channel never escalates$/)]);

    world.ollama!.reply.text = HEDGE;
    const weak = await ask(world, ['--channel', 'legal', 'how many vacation days do I get?']);
    expect(weak).toMatchObject({ route: 'local', escalated: false });
    expect(weak.reasons).toContain('confidential channel never escalates');

    const thread = corpus.messages.slice(0, 3).map((message, index) => ({ user: message.author, text: message.text, ts: String(index) }));
    writeFileSync(join(world.cwd, 'thread.json'), JSON.stringify(thread));
    const summary = await runTandem(['summarize', '--cloud', '--json', '--channel', 'legal', 'thread.json'], { cwd: world.cwd, environment: world.environment });
    expect(summary.code, summary.stderr).toBe(0);
    expect(JSON.parse(summary.stdout)).toMatchObject({ route: 'local', escalated: false, notes: ['--cloud refused: confidential channel never escalates'] });

    // Nothing with content reached either vendor, and no cloud call was recorded.
    expect(world.cloudChats()).toHaveLength(0);
    expect(world.cloudRequests().filter((request) => request.method !== 'GET' || request.body !== '')).toEqual([]);
    expect(readLedger(world.dbPath).every((row) => row.location === 'local')).toBe(true);
  });

  // Found by this suite: deciding the route probes the cloud's health (GET /v1/models with the API
  // key) before the channel policy is applied, so each confidential request still contacts the vendor.
  it('a request in a confidential channel does not contact the cloud vendor at all, not even a health probe', async () => {
    world = await startLocalWorld({ extraConfig: CONFIDENTIAL });
    await ask(world, ['--cloud', '--channel', 'legal', 'how many vacation days do I get?']);
    expect(world.cloudRequests().map((request) => `${request.method} ${request.path}`)).toEqual([]);
  });

  it('a Slack mention with --cloud in #legal is answered locally, with the refusal shown', async () => {
    world = await startLocalWorld({ extraConfig: CONFIDENTIAL });
    slack = own(await startSlackTandem(world));
    const ts = '1760002000.000100';
    await slack.sendEvent(mention({ ts, channel: LEGAL, text: `--cloud ${corpus.messages[1]!.text}` }));
    const replies = finalReplies(slack.fake, LEGAL, ts);
    expect(replies).toHaveLength(1);
    const texts = blockTexts(replies[0]!.blocks);
    expect(texts).toContain(':information_source: --cloud refused: confidential channel never escalates');
    expect(texts).toContain('🏠 local · llama3.2');
    expect(texts.some((text) => text.startsWith('☁️'))).toBe(false);
    expect(world.cloudChats()).toHaveLength(0);
  });
});

describe('budget caps keep requests local and say so', () => {
  it('the monthly budget: once real cloud calls reach it, --cloud is refused and the answer is local', async () => {
    // Each cloud call costs $0.016 (1,000 in × $10/M + 200 out × $30/M): two reach a $0.03 cap.
    world = await startLocalWorld({ extraConfig: 'budget:\n  monthlyUsd: 0.03' });
    expect((await ask(world, ['--cloud', 'how many vacation days do I get?'])).route).toBe('cloud');
    expect((await ask(world, ['--cloud', 'how do I get VPN access?'])).route).toBe('cloud');
    const capped = await ask(world, ['--cloud', 'how many vacation days do I get?']);
    expect(capped).toMatchObject({ route: 'local', escalated: false, costUsd: 0 });
    expect(capped.reasons).toContain('monthly cloud budget reached');
    expect(capped.notes).toContain('--cloud refused: monthly cloud budget reached');
    // A hard request too: it would have escalated, and says why it did not.
    const complex = await ask(world, ['Debug why the nightly job that exports vacation balances to payroll drops rows for people who changed teams, and fix the query']);
    expect(complex.route).toBe('local');
    expect(complex.reasons[0]).toMatch(/, but monthly cloud budget reached$/);
    expect(world.cloudChats()).toHaveLength(2);
    expect(readLedger(world.dbPath).filter((row) => row.location === 'cloud').map((row) => row.costUsdMicros)).toEqual([16_000, 16_000]);
  });

  it('the per-user daily budget: Alice is capped after her own spend, Bob still escalates (Slack)', async () => {
    world = await startLocalWorld({ extraConfig: 'budget:\n  perUserDailyUsd: 0.02' });
    slack = own(await startSlackTandem(world));
    const askAs = async (user: string, ts: string) => {
      await slack!.sendEvent(mention({ ts, user, text: '--cloud how many vacation days do I get?' }));
      const [reply] = finalReplies(slack!.fake, GENERAL, ts);
      return blockTexts(reply!.blocks);
    };
    expect((await askAs('U0ALICE', '1760003000.000100'))[0]).toMatch(/^☁️ escalated: requested with --cloud/);
    // $0.016 spent today: still under $0.02, so a second escalation is allowed…
    expect((await askAs('U0ALICE', '1760003001.000100'))[0]).toMatch(/^☁️ escalated/);
    // …and now $0.032 ≥ $0.02: Alice stays local and is told why.
    const capped = await askAs('U0ALICE', '1760003002.000100');
    expect(capped.some((text) => text.startsWith('☁️'))).toBe(false);
    expect(capped).toContain(':information_source: --cloud refused: your daily cloud budget is reached');
    expect(capped).toContain('🏠 local · llama3.2');
    expect((await askAs(BOB, '1760003003.000100'))[0]).toMatch(/^☁️ escalated/);
    expect(world.cloudChats()).toHaveLength(3);
  });
});

describe('provider failures degrade visibly', () => {
  it('the cloud answers 500 (no retries): answered locally with a note; the ledger has the failed call', async () => {
    world = await startLocalWorld();
    const cloud = world.openai;
    cloud.failNext(500, { path: '/v1/chat/completions', message: 'upstream exploded' });
    const outcome = await ask(world, ['--cloud', 'how many vacation days do I get?']);
    expect(outcome).toMatchObject({ route: 'local', escalated: false });
    expect(outcome.answer).toContain('25 days of paid vacation');
    expect(outcome.notes).toEqual([expect.stringMatching(/^The cloud model was unavailable \(openai answered 500: upstream exploded\); answered locally instead\.$/)]);
    expect(world.cloudChats()).toHaveLength(1);
    const rows = readLedger(world.dbPath);
    expect(rows.map((row) => [row.location, row.status])).toEqual([['cloud', 'error'], ['local', 'ok']]);
    expect(rows[0]).toMatchObject({ provider: 'openai', inputTokens: null, outputTokens: null, error: 'ProviderRequestError: openai answered 500: upstream exploded' });
    // A failed call costs nothing: it adds no spend.
    expect(rows[0]!.costUsdMicros ?? 0).toBe(0);
  });

  // Found by this suite: the report classifies a request as escalated when any of its calls was a
  // cloud call — even a failed one — so a question the local model answered after the cloud failed
  // counts as "cloud", shows up under "Escalations", and the failed call is flagged as unpriced.
  it('the monthly report counts a request answered locally after a failed escalation as local', async () => {
    world = await startLocalWorld();
    world.openai.failNext(500, { path: '/v1/chat/completions' });
    await ask(world, ['--cloud', 'how many vacation days do I get?']);
    const run = await runTandem(['report', '--json'], { cwd: world.cwd, environment: world.environment });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      requests: { local: number; cloud: number };
      escalationReasons: Array<{ reason: string; requests: number }>;
      dataQuality: { unpricedCloudCalls: number; errorCalls: number };
    };
    expect(report.requests.cloud).toBe(0);
    expect(report.requests.local).toBeGreaterThanOrEqual(1);
    expect(report.escalationReasons).toEqual([]);
    // The failed call is an error, not a cloud call whose price is unknown.
    expect(report.dataQuality.unpricedCloudCalls).toBe(0);
    expect(report.dataQuality.errorCalls).toBeGreaterThanOrEqual(1);
  });

  it('the cloud answers 429 with retry-after 0 (Anthropic, no retries): one attempt, answered locally with a note', async () => {
    world = await startLocalWorld({ vendor: 'anthropic' });
    world.anthropic.failNext(429, { path: '/v1/messages', headers: { 'retry-after': '0' }, message: 'rate limited' });
    const outcome = await ask(world, ['--cloud', 'how many vacation days do I get?']);
    expect(outcome).toMatchObject({ route: 'local', escalated: false });
    expect(outcome.notes).toEqual([expect.stringMatching(/^The cloud model was unavailable \(anthropic answered 429: rate limited\); answered locally instead\.$/)]);
    expect(world.cloudChats()).toHaveLength(1);
    expect(readLedger(world.dbPath).map((row) => [row.location, row.status])).toEqual([['cloud', 'error'], ['local', 'ok']]);
  });

  it('the cloud hangs past cloud.timeoutMs: nothing hangs, the answer is local with a note', async () => {
    world = await startLocalWorld({ cloudConfig: 'maxRetries: 0\ntimeoutMs: 1000' });
    world.openai.hangNext({ path: '/v1/chat/completions' });
    const started = performance.now();
    const outcome = await ask(world, ['--cloud', 'how many vacation days do I get?']);
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(outcome.route).toBe('local');
    expect(outcome.notes).toEqual([expect.stringMatching(/^The cloud model was unavailable \(openai did not answer within 1000 ms/)]);
    expect(readLedger(world.dbPath).map((row) => [row.location, row.status])).toEqual([['cloud', 'error'], ['local', 'ok']]);
  });

  it('both down: the knowledge base passages are quoted, with the notes; the ledger has one row per attempted call', async () => {
    world = await startLocalWorld();
    world.openai.failNext(500, { path: '/v1/chat/completions' });
    world.ollama!.failNext(500, { path: '/api/chat', message: 'model crashed' });
    const outcome = await ask(world, ['--cloud', 'how many vacation days do I get?']);
    expect(outcome).toMatchObject({ route: 'retrieval-only', escalated: false, costUsd: 0 });
    expect(outcome.answer).toMatch(/^Here is what the knowledge base says:\n\n> Full-time employees accrue 25 days/);
    expect(outcome.answer).toMatch(/\n\n📚 from the knowledge base, no model available$/);
    expect(outcome.citations[0]).toMatchObject({ source: expect.stringContaining('time-off.md'), heading: expect.stringContaining('Vacation') });
    expect(outcome.notes).toEqual([
      expect.stringMatching(/^The cloud model was unavailable \(openai answered 500/),
      expect.stringMatching(/^The local model failed \(.*model crashed.*\); answering from the knowledge base\.$/),
    ]);
    expect(readLedger(world.dbPath).map((row) => [row.location, row.status])).toEqual([['cloud', 'error'], ['local', 'error']]);
  });

  it('Ollama unreachable and the cloud failing: passages with both notes', async () => {
    world = await startLocalWorld({ ollama: 'down' });
    world.openai.failNext(503, { path: '/v1/chat/completions' });
    const outcome = await ask(world, ['how many vacation days do I get?']);
    expect(outcome.route).toBe('retrieval-only');
    expect(outcome.reasons[0]).toMatch(/^local model unavailable \(cannot reach Ollama/);
    expect(outcome.answer).toContain('> Full-time employees accrue 25 days');
    expect(outcome.notes).toEqual([expect.stringMatching(/^The cloud model was unavailable \(openai answered 503/)]);
    // One row per attempted call. The local model is not tried after the cloud fails, because its
    // health probe already said it was down (a hanging Ollama would otherwise cost local.timeoutMs).
    const rows = readLedger(world.dbPath);
    expect(rows.map((row) => [row.location, row.status])).toEqual([['cloud', 'error']]);
    expect(rows.filter((row) => row.location === 'cloud')).toHaveLength(world.cloudChats().length);
  });
});
