/**
 * Crash safety on Slack (HTTP mode): `tandem start` runs as a child process under a stream of
 * mentions and is killed with SIGKILL at random points, twice, then started again on the same
 * database. Slack never re-sends an event it got a 200 for, so whatever was acknowledged before a
 * kill must be finished by the next start. Afterwards every question has exactly one reply in its
 * thread — its answer, in place of the "Thinking…" placeholder — and none is answered twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { requestJournal } from '../../db/schema.ts';
import { openDatabase } from '../../db/client.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/slack.ts';
import { eventCallback, sendSignedEvent } from '../fakes/slack-requests.ts';
import { freePort } from '../support/cli-process.ts';
import { eventually, readLedger, startWorld, type World } from '../support/e2e-world.ts';
import { BOT_TOKEN, GENERAL, SIGNING_SECRET, SLACK_SEED, finalReplies, mention } from '../support/slack-tandem.ts';
import { spawnTandem, type TandemProcess } from '../support/tandem-process.ts';

const ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';
const QUESTIONS = 36;
const IN_FLIGHT = 6;

let world: World | undefined;
let fake: FakeSlack | undefined;
let tandem: TandemProcess | undefined;
afterEach(async () => {
  await tandem?.kill();
  await fake?.close();
  await world?.close();
  tandem = world = fake = undefined;
});

/** Like Slack: a delivery that got no 200 (tandem was down) is sent again, with the retry counter. */
async function deliver(url: string, ts: string, index: number): Promise<void> {
  const body = eventCallback(mention({ ts, text: `how many vacation days do I get? (${index})` }), { eventId: `EvCRASH${index}` });
  for (let attempt = 0; ; attempt += 1) {
    const response = await sendSignedEvent(url, body, { signingSecret: SIGNING_SECRET, ...(attempt > 0 ? { retryNum: Math.min(attempt, 3) } : {}) }).catch(() => undefined);
    if (response?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('crash safety: Slack HTTP mode', () => {
  it('killed with SIGKILL at random points under load and restarted, it loses no question and answers none twice', async () => {
    const port = await freePort();
    world = await startWorld({ ollamaReply: { text: ANSWER }, extraConfig: `slack:\n  port: ${port}\nrequests:\n  leaseSeconds: 1` });
    fake = await startFakeSlack(SLACK_SEED);
    const environment = { ...world.environment, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl };
    const start = async () => {
      const started = spawnTandem(['start'], { cwd: world!.cwd, environment });
      await started.waitFor('Connected: slack.');
      return started;
    };
    tandem = await start();

    // Two kills, each after a random number of further acknowledged deliveries.
    const killAfter = [2 + Math.floor(Math.random() * 12), 14 + Math.floor(Math.random() * 12)];
    const url = `http://127.0.0.1:${port}/slack/events`;
    const timestamps = Array.from({ length: QUESTIONS }, (_, index) => `1760007${String(index).padStart(3, '0')}.000100`);
    let next = 0;
    let acknowledged = 0;
    let restarting: Promise<void> | undefined;
    const worker = async () => {
      while (next < timestamps.length) {
        const index = next++;
        await deliver(url, timestamps[index]!, index);
        acknowledged += 1;
        if (killAfter.includes(acknowledged) && restarting === undefined) {
          restarting = (async () => {
            await tandem!.kill();
            tandem = await start();
            restarting = undefined;
          })();
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    while (restarting) await restarting;

    const context = `kills after ${killAfter.join(' and ')} acknowledged deliveries`;
    const answered = () => timestamps.every((ts) => finalReplies(fake!, GENERAL, ts).some((reply) => reply.text === ANSWER));
    await eventually(answered, `every question answered (${context})`, 30_000).catch((error: unknown) => {
      const open = timestamps.filter((ts) => !finalReplies(fake!, GENERAL, ts).some((reply) => reply.text === ANSWER));
      throw new Error(`${String(error)}\nunanswered: ${JSON.stringify(open.map((ts) => [ts, finalReplies(fake!, GENERAL, ts).map((reply) => reply.text)]))}\n${tandem?.stderr().slice(-3000)}`);
    });
    // Settled: nothing is still in flight that could post a second reply.
    expect(await tandem.stop(), tandem.stderr()).toBe(0);
    tandem = undefined;

    for (const ts of timestamps) {
      const replies = finalReplies(fake, GENERAL, ts);
      expect(replies.map((reply) => reply.text), `thread ${ts}, ${context}`).toEqual([ANSWER]);
    }
    const database = openDatabase(world.dbPath);
    try {
      const journal = database.db.select().from(requestJournal).all();
      expect(journal.map((row) => row.status).sort(), context).toEqual(timestamps.map(() => 'answered'));
      expect(new Set(journal.map((row) => row.deliveryKey)).size).toBe(QUESTIONS);
      // The ledger's rows carry the journal's request ids: the reference people see.
      const ids = new Set(journal.map((row) => row.requestId));
      expect(readLedger(world.dbPath).every((row) => ids.has(row.requestId))).toBe(true);
    } finally {
      database.close();
    }
  }, 90_000);
});
