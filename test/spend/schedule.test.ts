import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { jobRuns } from '../../db/schema.ts';
import type { TandemConfig } from '../../src/config/schema.ts';
import type { BudgetAlert } from '../../src/spend/budget-alerts.ts';
import { OUTCOME_UNKNOWN, releaseUnfinishedReports } from '../../src/spend/job-claims.ts';
import type { PostTarget } from '../../src/spend/monthly-report-job.ts';
import type { MonthlyReport } from '../../src/spend/report-types.ts';
import { startReportScheduler, type ReportScheduler } from '../../src/spend/schedule.ts';
import { insertCall, openTestDatabase, recordingLogger, seedSeptember, testConfig } from './fixtures.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// 09:00 in Berlin on the 1st: 07:00 UTC in summer time, 08:00 UTC in winter time.
const OCTOBER_RUN = new Date('2026-10-01T07:00:00Z');
const NOVEMBER_RUN = new Date('2026-11-01T08:00:00Z');

let database: OpenedDatabase;
let running: ReportScheduler[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  database = openTestDatabase();
  running = [];
});

afterEach(async () => {
  await Promise.race([Promise.all(running.map((scheduler) => scheduler.stop())), vi.advanceTimersByTimeAsync(0)]);
  vi.useRealTimers();
  database.close();
});

interface Post {
  target: string;
  month: string;
}

function recordingPost(behaviour: (target: PostTarget, attempt: number) => Promise<void> = async () => {}) {
  const posts: Post[] = [];
  const attempts = new Map<string, number>();
  const post = (target: PostTarget, report: MonthlyReport) => {
    const key = `${target.platform}:${target.channel}`;
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    posts.push({ target: key, month: report.month });
    return behaviour(target, attempt);
  };
  return { posts, post };
}

/**
 * The report's tests jump the clock by weeks: budget checks every 15 minutes would run thousands of
 * times on the way, for nothing these tests look at (they have their own tests below), and take most
 * of the CPU of a loaded machine. Here they run once a year.
 */
const RARE_BUDGET_CHECKS = '0 0 1 1 *';

function start(post: (target: PostTarget, report: MonthlyReport) => Promise<void>, options: { config?: TandemConfig; resendAfterCrash?: boolean; notifyAdmins?: (text: string) => Promise<void> } = {}) {
  const logger = recordingLogger();
  const scheduler = startReportScheduler({
    db: database.db,
    budgetCheckSchedule: RARE_BUDGET_CHECKS,
    config: options.config ?? testConfig(),
    post,
    logger,
    ...(options.notifyAdmins ? { notifyAdmins: options.notifyAdmins } : {}),
    ...(options.resendAfterCrash ? { retry: { resendAfterCrash: true } } : {}),
  });
  running.push(scheduler);
  return { scheduler, logger };
}

function septemberCall(): void {
  insertCall(database, {
    at: '2026-09-10T10:00:00Z', requestId: 'sept', provider: 'openai', model: 'gpt-4o', location: 'cloud', route: 'cloud',
    inputTokens: 1_000, outputTokens: 100, costUsdMicros: 3_500, costStatus: 'priced', counterfactualCostUsdMicros: 3_500,
  });
}

function claims(): string[] {
  return database.db.select().from(jobRuns).all().map((row) => `${row.job}@${row.slot}:${row.status}:${row.attempts}`).sort();
}

describe('monthly report scheduler', () => {
  it('posts last month’s report once per finance channel when the month turns', async () => {
    vi.setSystemTime(new Date('2026-09-30T20:00:00Z'));
    seedSeptember(database);
    const { posts, post } = recordingPost();
    const { scheduler } = start(post);
    await scheduler.caughtUp;
    // At start the last due run was 1 September: August's report, missed, is caught up.
    expect(posts).toEqual([
      { target: 'slack:finance', month: '2026-08' },
      { target: 'discord:123456', month: '2026-08' },
    ]);

    await vi.advanceTimersByTimeAsync(OCTOBER_RUN.getTime() - Date.now() - MINUTE);
    await scheduler.idle();
    expect(posts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    await scheduler.idle();
    await vi.advanceTimersByTimeAsync(2 * 24 * HOUR);
    await scheduler.idle();
    expect(posts.slice(2)).toEqual([
      { target: 'slack:finance', month: '2026-09' },
      { target: 'discord:123456', month: '2026-09' },
    ]);

    await vi.advanceTimersByTimeAsync(NOVEMBER_RUN.getTime() - Date.now() + MINUTE);
    await scheduler.idle();
    expect(posts.slice(4)).toEqual([
      { target: 'slack:finance', month: '2026-10' },
      { target: 'discord:123456', month: '2026-10' },
    ]);
  });

  it('never double-posts when the process restarts in the middle of posting', async () => {
    vi.setSystemTime(new Date(OCTOBER_RUN.getTime() - MINUTE));
    septemberCall();
    // The first process gets as far as handing the report to the platform, then dies.
    const { posts, post } = recordingPost(() => new Promise<void>(() => {}));
    const first = start(post);
    await first.scheduler.caughtUp;
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(posts.map((item) => item.month)).toEqual(['2026-09', '2026-09']);
    void first.scheduler.stop();
    running = [];

    // Restart within the lease: the claims look like a send in progress.
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    const second = start(post);
    await second.scheduler.caughtUp;
    // Restart after the lease: the outcome is unknown, so nothing is re-sent — and it says so.
    await vi.advanceTimersByTimeAsync(20 * MINUTE);
    const third = start(post);
    await third.scheduler.caughtUp;
    await vi.advanceTimersByTimeAsync(3 * 24 * HOUR);
    const fourth = start(post);
    await fourth.scheduler.caughtUp;

    expect(posts).toHaveLength(2);
    expect(third.logger.lines.filter((line) => line.level === 'error' && String(line.message).includes('not re-sending'))).toHaveLength(2);
    const rows = database.db.select().from(jobRuns).all().filter((row) => row.job.startsWith('monthly-report'));
    expect(rows.map((row) => [row.status, row.error])).toEqual([
      ['failed', OUTCOME_UNKNOWN],
      ['failed', OUTCOME_UNKNOWN],
    ]);

    // The operator checks the channels, finds nothing, and releases the month: the next start sends it, once.
    expect(releaseUnfinishedReports(database.db, '2026-09').sort()).toEqual(['monthly-report:discord:123456', 'monthly-report:slack:finance']);
    const delivered = recordingPost(() => Promise.resolve());
    await start(delivered.post).scheduler.caughtUp;
    await start(delivered.post).scheduler.caughtUp;
    expect(delivered.posts.map((item) => item.month)).toEqual(['2026-09', '2026-09']);
    expect(releaseUnfinishedReports(database.db, '2026-09')).toEqual([]);
  });

  it('re-sends once after a crash mid-post when configured for at-least-once', async () => {
    vi.setSystemTime(new Date(OCTOBER_RUN.getTime() + MINUTE));
    septemberCall();
    let crashing = true;
    const { posts, post } = recordingPost(() => (crashing ? new Promise<void>(() => {}) : Promise.resolve()));
    const first = start(post, { resendAfterCrash: true });
    await vi.advanceTimersByTimeAsync(0);
    void first.scheduler.stop();
    running = [];
    crashing = false;
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    await start(post, { resendAfterCrash: true }).scheduler.caughtUp;
    await start(post, { resendAfterCrash: true }).scheduler.caughtUp;
    expect(posts).toHaveLength(4);
    expect(claims().filter((row) => row.startsWith('monthly-report'))).toEqual([
      'monthly-report:discord:123456@2026-09:done:2',
      'monthly-report:slack:finance@2026-09:done:2',
    ]);
  });

  it('catches up a missed run at start, once', async () => {
    vi.setSystemTime(new Date('2026-10-03T10:00:00Z')); // the bot was down on the 1st
    septemberCall();
    const { posts, post } = recordingPost();
    await start(post).scheduler.caughtUp;
    await start(post).scheduler.caughtUp; // a restart
    expect(posts).toEqual([
      { target: 'slack:finance', month: '2026-09' },
      { target: 'discord:123456', month: '2026-09' },
    ]);
  });

  it('does not double-post when the start-up catch-up and the cron tick coincide', async () => {
    vi.setSystemTime(new Date(OCTOBER_RUN.getTime() - 500));
    septemberCall();
    const { posts, post } = recordingPost();
    const { scheduler } = start(post);
    await vi.advanceTimersByTimeAsync(HOUR);
    await scheduler.caughtUp;
    await scheduler.idle();
    expect(posts.map((item) => item.target).sort()).toEqual(['discord:123456', 'slack:finance']);
  });

  it('retries a failed post with backoff, gives up after the bounded attempts and says so to the admins, then tries again at the next start', async () => {
    vi.setSystemTime(new Date('2026-10-03T10:00:00Z'));
    septemberCall();
    const { posts, post } = recordingPost(async (target, attempt) => {
      if (target.platform === 'slack' && attempt < 3) throw new Error('ratelimited');
      if (target.platform === 'discord') throw new Error('Missing Access');
    });
    const notices: string[] = [];
    const { scheduler, logger } = start(post, { notifyAdmins: async (text) => void notices.push(text) });
    await vi.advanceTimersByTimeAsync(MINUTE); // 2nd attempt after 1 minute
    await vi.advanceTimersByTimeAsync(4 * MINUTE); // 3rd after 4 more
    await vi.advanceTimersByTimeAsync(16 * MINUTE); // discord's 4th and last after 16 more
    await scheduler.caughtUp;
    expect(posts.filter((item) => item.target === 'slack:finance')).toHaveLength(3);
    expect(posts.filter((item) => item.target === 'discord:123456')).toHaveLength(4);
    expect(claims().filter((row) => row.startsWith('monthly-report'))).toEqual([
      'monthly-report:discord:123456@2026-09:failed:4',
      'monthly-report:slack:finance@2026-09:done:3',
    ]);
    expect(logger.lines.some((line) => line.level === 'error' && line.message.includes('giving up'))).toBe(true);
    expect(notices).toEqual([expect.stringMatching(/^The 2026-09 AI-spend report could not be posted to discord channel 123456 after every retry\. It will be tried again when tandem next starts/)]);

    // The next start tries the known failure again, one more bounded round; the delivered report is not re-sent.
    await vi.advanceTimersByTimeAsync(HOUR);
    const restarted = start(post);
    await vi.advanceTimersByTimeAsync(21 * MINUTE);
    await restarted.scheduler.caughtUp;
    expect(posts.filter((item) => item.target === 'slack:finance')).toHaveLength(3);
    expect(posts.filter((item) => item.target === 'discord:123456')).toHaveLength(8);
    expect(restarted.logger.lines.some((line) => line.level === 'info' && line.message.includes('retrying a report given up on before'))).toBe(true);
  });

  it('stops every task on stop()', async () => {
    vi.setSystemTime(new Date(OCTOBER_RUN.getTime() - HOUR));
    septemberCall();
    const { posts, post } = recordingPost();
    const { scheduler } = start(post);
    await scheduler.caughtUp;
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(posts).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not post a catch-up report for a month with no ledger rows (a fresh install)', async () => {
    vi.setSystemTime(new Date('2026-10-03T10:00:00Z'));
    const { posts, post } = recordingPost();
    await start(post).scheduler.caughtUp;
    expect(posts).toEqual([]);
  });
});

describe('budget alerts through the scheduler', () => {
  it('checks after cloud calls and on its light schedule, firing each threshold once', async () => {
    vi.setSystemTime(new Date('2026-09-02T10:00:00Z'));
    const alerts: number[] = [];
    const postAlert = async (_target: PostTarget, alert: BudgetAlert) => {
      alerts.push(alert.thresholdPct);
    };
    const { post } = recordingPost();
    const scheduler = startReportScheduler({ db: database.db, config: testConfig({ budget: { monthlyUsd: 1 } }), post, postAlert, logger: recordingLogger() });
    running.push(scheduler);
    await scheduler.caughtUp;
    insertCall(database, { at: '2026-09-02T10:00:01Z', requestId: 'x', location: 'cloud', provider: 'openai', model: 'gpt-4o', costUsdMicros: 550_000, costStatus: 'priced' });
    await Promise.all([scheduler.checkBudgetAlerts(), scheduler.checkBudgetAlerts(), scheduler.checkBudgetAlerts()]);
    expect(alerts).toEqual([50, 50]);
    insertCall(database, { at: '2026-09-02T10:05:00Z', requestId: 'y', location: 'cloud', provider: 'openai', model: 'gpt-4o', costUsdMicros: 300_000, costStatus: 'priced' });
    await vi.advanceTimersByTimeAsync(2 * HOUR); // the 15-minute schedule notices without being asked
    await scheduler.idle();
    expect(alerts).toEqual([50, 50, 80, 80]);
  });
});
