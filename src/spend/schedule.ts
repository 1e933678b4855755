/**
 * The spend scheduler: last month's report to the finance channels on `report.schedule` (default
 * 09:00 on the 1st), and budget alerts on a light schedule. node-cron never runs what was missed
 * while the process was down, so at start we find the last due slot with cron-parser's prev() and
 * post it if it is not done; job claims (job-claims.ts) make the tick and the catch-up unable to
 * double-post, across restarts too.
 */
import { CronExpressionParser } from 'cron-parser';
import { schedule, type ScheduledTask, type TaskContext } from 'node-cron';
import type { TandemDb } from '../../db/client.ts';
import type { TandemConfig } from '../config/schema.ts';
import type { Logger } from '../logger.ts';
import { checkBudgetAlerts, type PostBudgetAlert } from './budget-alerts.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './job-delivery.ts';
import { postMonthlyReport, type MonthlyReportJobContext, type PostReport, type ResolveChannel } from './monthly-report-job.ts';
import { monthOf, previousMonth } from './zoned-time.ts';

/** Often enough that an alert lands within the hour; cheap (one indexed SUM). */
export const DEFAULT_BUDGET_CHECK_SCHEDULE = '*/15 * * * *';

export interface ReportSchedulerOptions {
  db: TandemDb;
  config: TandemConfig;
  post: PostReport;
  /** Budget alerts are only logged without it. */
  postAlert?: PostBudgetAlert;
  now?: () => Date;
  logger: Logger;
  retry?: Partial<RetryPolicy>;
  budgetCheckSchedule?: string;
  /** Resolves a configured report channel to its id, the exactly-once key. */
  resolveChannel?: ResolveChannel;
  /** Private word to the admins when a report is given up on. */
  notifyAdmins?: (text: string) => Promise<void>;
}

export interface ReportScheduler {
  /** Settles when the start-up catch-up (including its retries) has finished. */
  readonly caughtUp: Promise<void>;
  /** Wire to the ledger after each cloud call; overlapping calls coalesce into one more check. */
  checkBudgetAlerts(): Promise<void>;
  /** Settles once nothing is being sent (tests, graceful shutdown). */
  idle(): Promise<void>;
  /** Stops the cron tasks and pending retries, then waits for sends already under way. */
  stop(): Promise<void>;
}

export function startReportScheduler(options: ReportSchedulerOptions): ReportScheduler {
  const { db, config, logger } = options;
  const now = options.now ?? (() => new Date());
  const { timezone, schedule: expression } = config.report;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const timers = createTimers();
  const inFlight = new Set<Promise<void>>();
  const track = (work: () => Promise<unknown>, what: string): Promise<void> => {
    const promise = work().then(
      () => undefined,
      (error: unknown) => logger.error(`${what} failed`, { error: error instanceof Error ? error.message : String(error) }),
    );
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise));
    return promise;
  };
  const context: MonthlyReportJobContext = { db, config, logger, post: options.post, now, policy, sleep: timers.sleep, ...(options.resolveChannel ? { resolveChannel: options.resolveChannel } : {}), ...(options.notifyAdmins ? { notifyAdmins: options.notifyAdmins } : {}) };
  const runReport = (month: string, trigger: 'scheduled' | 'catch-up') =>
    track(() => postMonthlyReport(context, month, trigger), `monthly report for ${month}`);
  const budgetCheck = coalesce(() =>
    track(() => checkBudgetAlerts({ db, config, now: now(), post: options.postAlert, logger, policy }), 'budget alert check'),
  );

  const cronOptions = { timezone, noOverlap: true, logger: cronLogger(logger) };
  const tasks: ScheduledTask[] = [
    schedule(expression, (task: TaskContext) => runReport(reportedMonth(task.date, timezone), 'scheduled'), { ...cronOptions, name: 'spend-monthly-report' }),
    schedule(options.budgetCheckSchedule ?? DEFAULT_BUDGET_CHECK_SCHEDULE, () => budgetCheck(), { ...cronOptions, name: 'spend-budget-alerts' }),
  ];
  const caughtUp = runReport(reportedMonth(lastDueSlot(expression, timezone, now()), timezone), 'catch-up').then(() => budgetCheck());

  return {
    caughtUp,
    checkBudgetAlerts: budgetCheck,
    idle: () => settle(inFlight),
    async stop() {
      // destroy(), not stop(): node-cron keeps stopped tasks in a process-wide registry. All at once,
      // so no task keeps firing while another is being awaited.
      await Promise.all(tasks.map((task) => task.destroy()));
      timers.cancelAll();
      await settle(inFlight);
    },
  };
}

/** A run at `fireDate` reports on the month before it (in the report's time zone). */
function reportedMonth(fireDate: Date, timezone: string): string {
  return previousMonth(monthOf(fireDate.getTime(), timezone));
}

/** The most recent time the schedule should have fired, at or before `now`. */
export function lastDueSlot(expression: string, timezone: string, now: Date): Date {
  // prev() is strictly before currentDate; nudge by 1 ms so a start exactly on the slot counts it.
  return CronExpressionParser.parse(expression, { currentDate: new Date(now.getTime() + 1), tz: timezone }).prev().toDate();
}

async function settle(inFlight: Set<Promise<void>>): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}

/** One check running and at most one queued: a burst of cloud calls costs two SUMs, not a hundred. */
function coalesce(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const start = (): Promise<void> => {
    running = run().finally(() => {
      running = undefined;
    });
    return running;
  };
  return () => {
    if (!running) return start();
    queued ??= running.then(() => {
      queued = undefined;
      return start();
    });
    return queued;
  };
}

/** Cancellable sleeps for retry backoff, so stop() does not wait out a 16-minute delay. */
function createTimers() {
  const pending = new Map<ReturnType<typeof setTimeout>, (completed: boolean) => void>();
  return {
    sleep(ms: number): Promise<boolean> {
      return new Promise<boolean>((resolve) => {
        const handle = setTimeout(() => {
          pending.delete(handle);
          resolve(true);
        }, ms);
        pending.set(handle, resolve);
      });
    },
    cancelAll(): void {
      for (const [handle, resolve] of pending) {
        clearTimeout(handle);
        resolve(false);
      }
      pending.clear();
    },
  };
}

function cronLogger(logger: Logger) {
  const text = (message: string | Error) => (message instanceof Error ? message.message : message);
  return {
    info: (message: string) => logger.debug(message, { source: 'node-cron' }),
    warn: (message: string) => logger.warn(message, { source: 'node-cron' }),
    error: (message: string | Error, error?: Error) => logger.error(text(message), { source: 'node-cron', error: error?.message }),
    debug: (message: string | Error) => logger.debug(text(message), { source: 'node-cron' }),
  };
}
