/**
 * Drives a crash test: `tandem start` as a child process against fake Slack, a stream of questions
 * with a few in flight, SIGKILL after random numbers of acknowledged deliveries, a restart on the same
 * database each time — then waits until every question has its answer and checks none is answered
 * twice. The transport decides how a delivery is sent and what counts as acknowledged.
 */
import { expect } from 'vitest';
import { openDatabase } from '../../db/client.ts';
import { requestJournal } from '../../db/schema.ts';
import type { FakeSlack } from '../fakes/slack.ts';
import { eventually, readLedger, type World } from './e2e-world.ts';
import { GENERAL, finalReplies, mention } from './slack-tandem.ts';
import { spawnTandem, type TandemProcess } from './tandem-process.ts';

export const CRASH_ANSWER = 'Full-time employees accrue 25 days of paid vacation per calendar year [1].';

/** About 56 words: at one word per 50 ms, three seconds of writing — long enough to be cut off. */
export const LONG_ANSWER = Array.from({ length: 4 }, (_, index) => `Point ${index + 1}: vacation days accrue monthly and are requested in the HR portal [1].`).join(' ');

/** The request journal's statuses, read on a connection of its own (the tandem under test may be running). */
export function journalStatuses(dbPath: string): string[] {
  const database = openDatabase(dbPath);
  try {
    return database.db.select().from(requestJournal).all().map((row) => row.status);
  } finally {
    database.close();
  }
}

export interface CrashTransport {
  /** Sends one mention and resolves once tandem acknowledged it, resending like Slack until then. */
  deliver(event: Record<string, unknown>, index: number): Promise<void>;
}

export interface CrashRun {
  world: World;
  fake: FakeSlack;
  environment: Record<string, string>;
  transport: CrashTransport;
  questions: number;
  inFlight: number;
}

export async function runCrashScenario(run: CrashRun, hold: { process?: TandemProcess }): Promise<void> {
  const { world, fake, transport } = run;
  const start = async () => {
    const started = spawnTandem(['start'], { cwd: world.cwd, environment: run.environment });
    hold.process = started;
    await started.waitFor('Connected: slack.');
    return started;
  };
  let tandem = await start();
  const third = Math.floor(run.questions / 3);
  const killAfter = [1 + Math.floor(Math.random() * third), third + 1 + Math.floor(Math.random() * third)];
  // From the fake's clock, as Slack stamps them: each question sorts before the replies to it.
  const timestamps = Array.from({ length: run.questions }, () => fake.state.nextTs());
  let next = 0;
  let acknowledged = 0;
  let restarting: Promise<void> | undefined;
  const worker = async () => {
    while (next < timestamps.length) {
      const index = next++;
      await transport.deliver(mention({ ts: timestamps[index]!, text: `how many vacation days do I get? (${index})` }), index);
      acknowledged += 1;
      if (killAfter.includes(acknowledged) && restarting === undefined) {
        restarting = (async () => {
          await tandem.kill();
          tandem = await start();
          restarting = undefined;
        })();
      }
    }
  };
  await Promise.all(Array.from({ length: run.inFlight }, worker));
  while (restarting) await restarting;

  const context = `killed after ${killAfter.join(' and ')} acknowledged deliveries`;
  const unanswered = () => timestamps.filter((ts) => !finalReplies(fake, GENERAL, ts).some((reply) => reply.text === CRASH_ANSWER));
  await eventually(() => unanswered().length === 0, `every question answered (${context})`, 30_000).catch((error: unknown) => {
    throw new Error(`${String(error)}\nunanswered: ${unanswered().join(', ')}\n${tandem.stderr().slice(-2000)}`);
  });
  // Settled: stopped cleanly, nothing is left in flight that could post a second reply.
  expect(await tandem.stop(), tandem.stderr()).toBe(0);
  hold.process = undefined;

  for (const ts of timestamps) expect(finalReplies(fake, GENERAL, ts).map((reply) => reply.text), `thread ${ts}, ${context}`).toEqual([CRASH_ANSWER]);
  const database = openDatabase(world.dbPath);
  try {
    const journal = database.db.select().from(requestJournal).all();
    expect(journal.map((row) => row.status), context).toEqual(timestamps.map(() => 'answered'));
    expect(new Set(journal.map((row) => row.deliveryKey)).size).toBe(run.questions);
    // The ledger's rows carry the journal's request ids: the reference people see.
    const ids = new Set(journal.map((row) => row.requestId));
    expect(readLedger(world.dbPath).every((row) => ids.has(row.requestId))).toBe(true);
  } finally {
    database.close();
  }
}
