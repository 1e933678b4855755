/**
 * Budget alerts to the finance channels when cloud spend crosses a configured share of the monthly
 * budget (default 50/80/100%), each threshold at most once per month: job `budget-alert:<pct>`,
 * slot = month. Checked after cloud calls and on a light schedule; both paths share the claims.
 * When several thresholds are crossed at once (a quiet start, then one expensive day) only the
 * highest is posted and the lower ones are marked done — one message, not three.
 */
import type { TandemDb } from '../../db/client.ts';
import type { TandemConfig } from '../config/schema.ts';
import type { Logger } from '../logger.ts';
import { createMoneyFormatter, formatMonthName, formatPercent } from './format-money.ts';
import { claimJob, completeJob, failJob, type JobKey } from './job-claims.ts';
import { claimPolicy, DEFAULT_RETRY_POLICY, type RetryPolicy } from './job-delivery.ts';
import { sumCloudCostMicros } from './ledger-queries.ts';
import { microsToUsd, percent, usdToMicros } from './money.ts';
import { reportTargets, type PostTarget } from './monthly-report-job.ts';
import { budgetLine, elapsedShare } from './report-data.ts';
import { monthOf, monthRange } from './zoned-time.ts';

export interface BudgetAlert {
  month: string;
  thresholdPct: number;
  budgetUsd: number;
  usedUsd: number;
  usedPct: number;
  projectedMonthEndUsd: number | null;
  /** Ready to post, in the configured currency format. */
  text: string;
}

export type PostBudgetAlert = (target: PostTarget, alert: BudgetAlert) => Promise<void>;

export interface BudgetAlertOptions {
  db: TandemDb;
  config: TandemConfig;
  now: Date;
  /** Without it (or without finance channels) alerts are logged only. */
  post?: PostBudgetAlert | undefined;
  logger: Logger;
  policy?: RetryPolicy;
}

export function budgetAlertJob(thresholdPct: number, month: string): JobKey {
  return { job: `budget-alert:${thresholdPct}`, slot: month };
}

/** Returns the alert it sent (or logged), if a new threshold was crossed. */
export async function checkBudgetAlerts(options: BudgetAlertOptions): Promise<BudgetAlert | undefined> {
  const { db, config, now } = options;
  const capUsd = config.budget.monthlyUsd;
  if (capUsd === undefined || capUsd <= 0) return undefined;
  const timezone = config.report.timezone;
  const month = monthOf(now.getTime(), timezone);
  const range = monthRange(month, timezone);
  const usedMicros = sumCloudCostMicros(db, range);
  const usedPct = percent(usedMicros, usdToMicros(capUsd)) ?? 0;
  const crossed = [...new Set(config.budget.alertThresholdsPct)].filter((pct) => usedPct >= pct).sort((a, b) => b - a);
  const policy = claimPolicy(options.policy ?? DEFAULT_RETRY_POLICY);
  const claimed = crossed.filter((pct) => claimJob(db, budgetAlertJob(pct, month), now, policy).outcome === 'claimed');
  const [highest, ...superseded] = claimed;
  if (highest === undefined) return undefined;
  for (const pct of superseded) completeJob(db, budgetAlertJob(pct, month), now, `superseded by the ${highest}% alert`);

  const elapsed = elapsedShare(range, now.getTime());
  const projected = budgetLine(usedMicros, capUsd, elapsed).projectedMonthEndUsd;
  const alert: BudgetAlert = {
    month,
    thresholdPct: highest,
    budgetUsd: capUsd,
    usedUsd: microsToUsd(usedMicros),
    usedPct,
    projectedMonthEndUsd: projected,
    text: '',
  };
  alert.text = formatBudgetAlert(alert, config);
  await sendAlert(options, alert);
  return alert;
}

async function sendAlert(options: BudgetAlertOptions, alert: BudgetAlert): Promise<void> {
  const { db, logger, now } = options;
  const key = budgetAlertJob(alert.thresholdPct, alert.month);
  const targets = reportTargets(options.config);
  if (!options.post || targets.length === 0) {
    logger.warn(alert.text, { job: key.job, slot: key.slot, note: 'no finance channel configured; alert logged only' });
    completeJob(db, key, now, 'logged only');
    return;
  }
  const post = options.post;
  const results = await Promise.allSettled(targets.map((target) => post(target, alert)));
  const failures = results.flatMap((result, index) => (result.status === 'rejected' ? [{ target: targets[index], error: String(result.reason) }] : []));
  for (const failure of failures) logger.warn('budget alert not delivered to a channel', { ...key, ...failure });
  // Re-sending to the channels that did get it would duplicate; retry only when none did.
  if (failures.length === targets.length) failJob(db, key, now, failures[0]?.error ?? 'failed');
  else completeJob(db, key, now);
}

export function formatBudgetAlert(alert: Omit<BudgetAlert, 'text'>, config: Pick<TandemConfig, 'report'>): string {
  const { currency, locale } = config.report;
  const money = createMoneyFormatter({ currency, locale });
  const monthName = formatMonthName(alert.month, locale);
  const used = `${money(alert.usedUsd)} of ${money(alert.budgetUsd)} (${formatPercent(alert.usedPct, locale)})`;
  if (alert.thresholdPct >= 100) {
    return `🛑 AI cloud budget for ${monthName} reached: ${used}. New requests stay on the local model until the month ends.`;
  }
  const projection = alert.projectedMonthEndUsd === null ? '' : ` Projected month end: ${money(alert.projectedMonthEndUsd)}.`;
  return `⚠️ AI cloud budget for ${monthName}: ${alert.thresholdPct}% threshold passed — ${used}.${projection}`;
}

