import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { jobRuns } from '../../db/schema.ts';
import { checkBudgetAlerts, type BudgetAlert } from '../../src/spend/budget-alerts.ts';
import { budgetStatus } from '../../src/spend/budget.ts';
import type { PostTarget } from '../../src/spend/monthly-report-job.ts';
import { insertCall, openTestDatabase, recordingLogger, testConfig } from './fixtures.ts';

let database: OpenedDatabase;
beforeEach(() => {
  database = openTestDatabase();
});
afterEach(() => database.close());

function cloudCall(at: string, micros: number | null, userId = 'u1'): void {
  insertCall(database, {
    at, requestId: `${at}-${userId}`, userId, provider: 'openai', model: 'gpt-4o', location: 'cloud', route: 'cloud',
    inputTokens: 1_000, outputTokens: 100, costUsdMicros: micros, costStatus: micros === null ? 'unpriced' : 'priced',
  });
}

describe('budgetStatus', () => {
  const budget = { monthlyUsd: 2, perUserDailyUsd: 0.5 };
  const now = new Date('2026-09-15T10:00:00Z'); // 12:00 in Berlin

  beforeEach(() => {
    cloudCall('2026-09-15T06:00:00Z', 300_000, 'u1');
    cloudCall('2026-09-14T21:30:00Z', 300_000, 'u1'); // 23:30 Berlin on the 14th: yesterday
    cloudCall('2026-09-14T22:30:00Z', 250_000, 'u2'); // 00:30 Berlin on the 15th: today
    cloudCall('2026-09-15T08:00:00Z', 250_000, 'u2');
    insertCall(database, { at: '2026-09-15T08:00:00Z', requestId: 'local', userId: 'u2', inputTokens: 5_000_000 }); // local: never counted
  });

  it('caps each person’s cloud spend per day in the configured time zone', () => {
    const first = budgetStatus(database.db, { now, timezone: 'Europe/Berlin', budget, userId: 'u1' });
    expect(first).toEqual({
      monthUsedUsd: 1.1,
      monthCapUsd: 2,
      monthRemainingUsd: 0.9,
      userTodayUsd: 0.3,
      userCapUsd: 0.5,
      monthExceeded: false,
      userExceeded: false,
    });
    const second = budgetStatus(database.db, { now, timezone: 'Europe/Berlin', budget, userId: 'u2' });
    expect(second).toMatchObject({ userTodayUsd: 0.5, userExceeded: true, monthExceeded: false });
    // In UTC the 22:30 call is yesterday's.
    expect(budgetStatus(database.db, { now, timezone: 'UTC', budget, userId: 'u2' })).toMatchObject({ userTodayUsd: 0.25, userExceeded: false });
  });

  it('flags the month once the cap is reached, and reports no caps when none are set', () => {
    cloudCall('2026-09-15T09:00:00Z', 900_000, 'u3');
    expect(budgetStatus(database.db, { now, timezone: 'Europe/Berlin', budget })).toMatchObject({ monthUsedUsd: 2, monthRemainingUsd: 0, monthExceeded: true, userExceeded: false });
    expect(budgetStatus(database.db, { now, timezone: 'Europe/Berlin', budget: {}, userId: 'u1' })).toEqual({
      monthUsedUsd: 2,
      userTodayUsd: 0.3,
      monthExceeded: false,
      userExceeded: false,
    });
  });
});

describe('checkBudgetAlerts', () => {
  const config = testConfig({ budget: { monthlyUsd: 1 } });

  function recorder() {
    const posts: Array<{ target: PostTarget; alert: BudgetAlert }> = [];
    const post = async (target: PostTarget, alert: BudgetAlert) => {
      posts.push({ target, alert });
    };
    return { posts, post };
  }

  it('fires each threshold once per month', async () => {
    const { posts, post } = recorder();
    const logger = recordingLogger();
    const check = (at: string) => checkBudgetAlerts({ db: database.db, config, now: new Date(at), post, logger });
    cloudCall('2026-09-02T10:00:00Z', 400_000);
    expect(await check('2026-09-02T10:01:00Z')).toBeUndefined();
    cloudCall('2026-09-03T10:00:00Z', 200_000); // 60%
    expect((await check('2026-09-03T10:01:00Z'))?.thresholdPct).toBe(50);
    expect(await check('2026-09-03T10:02:00Z')).toBeUndefined();
    cloudCall('2026-09-04T10:00:00Z', 250_000); // 85%
    await check('2026-09-04T10:01:00Z');
    cloudCall('2026-09-05T10:00:00Z', 200_000); // 105%
    await check('2026-09-05T10:01:00Z');
    await check('2026-09-05T10:02:00Z');
    await check('2026-09-29T10:02:00Z');
    expect(posts.map(({ target, alert }) => `${alert.thresholdPct}:${target.platform}`)).toEqual([
      '50:slack', '50:discord', '80:slack', '80:discord', '100:slack', '100:discord',
    ]);
    expect(posts[0]!.alert.text).toBe('⚠️ AI cloud budget for September 2026: 50% threshold passed — $0.60 of $1.00 (60%). Projected month end: $7.20.');
    expect(posts[4]!.alert.text).toBe('🛑 AI cloud budget for September 2026 reached: $1.05 of $1.00 (105%). New requests stay on the local model until the month ends.');
  });

  it('posts only the highest of several thresholds crossed at once, and starts again next month', async () => {
    const { posts, post } = recorder();
    const logger = recordingLogger();
    cloudCall('2026-09-02T10:00:00Z', 1_200_000);
    await checkBudgetAlerts({ db: database.db, config, now: new Date('2026-09-02T10:01:00Z'), post, logger });
    cloudCall('2026-10-02T10:00:00Z', 550_000);
    await checkBudgetAlerts({ db: database.db, config, now: new Date('2026-10-02T10:01:00Z'), post, logger });
    expect(posts.map(({ alert }) => `${alert.month}:${alert.thresholdPct}`)).toEqual(['2026-09:100', '2026-09:100', '2026-10:50', '2026-10:50']);
    const rows = database.db.select().from(jobRuns).all().map((row) => `${row.job}@${row.slot}:${row.status}`).sort();
    expect(rows).toEqual([
      'budget-alert:100@2026-09:done', 'budget-alert:50@2026-09:done', 'budget-alert:50@2026-10:done', 'budget-alert:80@2026-09:done',
    ]);
  });

  it('logs the alert when there is nowhere to post it, and does not count unpriced calls as spend', async () => {
    const logger = recordingLogger();
    cloudCall('2026-09-02T10:00:00Z', null);
    cloudCall('2026-09-02T10:00:01Z', 500_000);
    const alert = await checkBudgetAlerts({ db: database.db, config, now: new Date('2026-09-02T11:00:00Z'), logger });
    expect(alert).toMatchObject({ thresholdPct: 50, usedUsd: 0.5 });
    expect(logger.lines.filter((line) => line.level === 'warn').map((line) => line.message)).toEqual([alert!.text]);
  });

  it('retries an alert that reached no channel, after a backoff', async () => {
    const logger = recordingLogger();
    let fail = true;
    const posts: number[] = [];
    const post = async (_target: PostTarget, alert: BudgetAlert) => {
      if (fail) throw new Error('slack down');
      posts.push(alert.thresholdPct);
    };
    cloudCall('2026-09-02T10:00:00Z', 500_000);
    await checkBudgetAlerts({ db: database.db, config, now: new Date('2026-09-02T10:00:00Z'), post, logger });
    fail = false;
    await checkBudgetAlerts({ db: database.db, config, now: new Date('2026-09-02T10:00:30Z'), post, logger }); // still backing off
    expect(posts).toEqual([]);
    await checkBudgetAlerts({ db: database.db, config, now: new Date('2026-09-02T10:01:00Z'), post, logger });
    expect(posts).toEqual([50, 50]);
  });
});
