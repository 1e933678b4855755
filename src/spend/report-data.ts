/**
 * Builds the monthly report from the ledger. Costs come from the rows as priced when recorded
 * (with their price_source), never re-priced, so a report for an old month does not change when
 * the price table is upgraded.
 */
import type { TandemDb } from '../../db/client.ts';
import { referenceModel } from '../config/cloud-defaults.ts';
import type { TandemConfig } from '../config/schema.ts';
import { topEscalationReasons } from './escalation-reasons.ts';
import { readCalls, readFeedbackCounts, sumCloudCostMicros } from './ledger-queries.ts';
import { countStrongerModelRequests } from './stronger-model-log.ts';
import { microsToUsd, percent, usdToMicros } from './money.ts';
import { channelLines, commandLines, dailyLines, detailLines, modelLines } from './report-breakdowns.ts';
import type { BudgetLine, MonthlyReport } from './report-types.ts';
import { summarize, toReportRows, type ReportRow, type Totals } from './row-totals.ts';
import { daysOfMonth, monthRange, previousMonth, type TimeRange } from './zoned-time.ts';

/** The routing target: most requests should be answered locally. */
export const DEFAULT_LOCAL_SHARE_TARGET_PCT = 80;
const DAY_MS = 86_400_000;

export interface MonthlyReportOptions {
  month: string;
  timezone: string;
  now: Date;
  config: TandemConfig;
  localShareTargetPct?: number;
}

export function buildMonthlyReport(db: TandemDb, options: MonthlyReportOptions): MonthlyReport {
  const { month, timezone, now, config } = options;
  const range = monthRange(month, timezone);
  const elapsed = elapsedShare(range, now.getTime());
  // Month to date means up to `now`, so a report "as of" a moment is reproducible later.
  const upToNow = { startMs: range.startMs, endMs: Math.min(range.endMs, Math.max(range.startMs, now.getTime() + 1)) };
  const rows = toReportRows(readCalls(db, upToNow), timezone);
  const totals = summarize(rows);
  const previousCloudMicros = sumCloudCostMicros(db, monthRange(previousMonth(month), timezone));
  const money = moneyFigures(totals, previousCloudMicros, config, elapsed);
  const requests = requestCounts(rows, options.localShareTargetPct ?? DEFAULT_LOCAL_SHARE_TARGET_PCT);
  const presses = countStrongerModelRequests(db, upToNow);
  return {
    schemaVersion: 1,
    month,
    period: {
      timezone,
      start: new Date(range.startMs).toISOString(),
      end: new Date(range.endMs).toISOString(),
      complete: elapsed.fraction >= 1,
      generatedAt: now.toISOString(),
    },
    reference: referenceModel(config),
    ...money.figures,
    requests,
    tokens: tokenCounts(rows),
    unitCosts: unitCosts(totals, money.spentMicros),
    byModel: modelLines(rows),
    byChannel: channelLines(rows),
    byCommand: commandLines(rows),
    escalationReasons: topEscalationReasons(rows),
    budget: budgetLine(totals.cloudMicros, config.budget.monthlyUsd, elapsed),
    feedback: readFeedbackCounts(db, upToNow),
    strongerModelRequests: { requests: presses, shareOfLocalAnswersPct: requests.local === 0 ? null : Math.round((presses / requests.local) * 1000) / 10 },
    breakEvenMonth: breakEven(config.local.hardwareCostUsd, money.savingsMicros, elapsed.fraction),
    dataQuality: {
      unpricedCalls: totals.unpricedCalls,
      unpricedCloudCalls: totals.unpricedCloudCalls,
      unpricedCounterfactualCalls: totals.counterfactualMissing,
      errorCalls: totals.errorCalls,
      priceSources: [...new Set(rows.map((row) => row.priceSource).filter((source): source is string => !!source))].sort(),
    },
    daily: dailyLines(rows, daysOfMonth(month)),
    detail: detailLines(rows),
  };
}

type MoneyKeys =
  | 'cloudCostUsd' | 'localCostUsd' | 'localCost' | 'totalCostUsd' | 'counterfactualCostUsd' | 'savingsUsd' | 'savingsPct'
  | 'previousMonthCloudCostUsd' | 'cloudCostChangeUsd' | 'cloudCostChangePct';

/**
 * The headline money, all from exact micros and rounded once each. The flat local cost accrues
 * with the month, so month-to-date savings are not penalised by a whole month's hardware share.
 */
function moneyFigures(totals: Totals, previousCloudMicros: number, config: TandemConfig, elapsed: Elapsed) {
  const flatMicros = Math.round(usdToMicros(config.local.monthlyCostUsd) * elapsed.fraction);
  const localMicros = totals.localMicros + flatMicros;
  const spentMicros = totals.cloudMicros + localMicros;
  const counterfactualMicros = totals.counterfactualPricedCalls === 0 && totals.counterfactualMissing > 0 ? null : totals.counterfactualMicros;
  const savingsMicros = counterfactualMicros === null ? null : counterfactualMicros - spentMicros;
  const figures: Pick<MonthlyReport, MoneyKeys> = {
    cloudCostUsd: microsToUsd(totals.cloudMicros),
    localCostUsd: microsToUsd(localMicros),
    localCost: { perTokenUsd: microsToUsd(totals.localMicros), flatMonthlyUsd: microsToUsd(flatMicros) },
    totalCostUsd: microsToUsd(spentMicros),
    counterfactualCostUsd: counterfactualMicros === null ? null : microsToUsd(counterfactualMicros),
    savingsUsd: savingsMicros === null ? null : microsToUsd(savingsMicros),
    savingsPct: savingsMicros === null || counterfactualMicros === null ? null : percent(savingsMicros, counterfactualMicros),
    previousMonthCloudCostUsd: microsToUsd(previousCloudMicros),
    cloudCostChangeUsd: microsToUsd(totals.cloudMicros - previousCloudMicros),
    cloudCostChangePct: percent(totals.cloudMicros - previousCloudMicros, previousCloudMicros),
  };
  return { figures, spentMicros, savingsMicros };
}

export interface Elapsed {
  /** Share of the month gone by, 0–1. */
  fraction: number;
  days: number;
  monthDays: number;
}

export function elapsedShare(range: TimeRange, nowMs: number): Elapsed {
  const length = range.endMs - range.startMs;
  const gone = Math.min(Math.max(nowMs - range.startMs, 0), length);
  return { fraction: gone / length, days: gone / DAY_MS, monthDays: length / DAY_MS };
}

function requestCounts(rows: ReportRow[], targetLocalSharePct: number): MonthlyReport['requests'] {
  // tandem's own work (embedding the knowledge base) costs what it costs but is nobody's request.
  const asked = rows.filter((row) => row.platform !== 'system');
  const cloudRequests = new Set(asked.filter((row) => row.requestIsCloud).map((row) => row.requestId));
  const localRequests = new Set(asked.filter((row) => !row.requestIsCloud).map((row) => row.requestId));
  const cloudCalls = rows.filter((row) => row.location === 'cloud').length;
  return {
    local: localRequests.size,
    cloud: cloudRequests.size,
    calls: { local: rows.length - cloudCalls, cloud: cloudCalls },
    localSharePct: percent(localRequests.size, localRequests.size + cloudRequests.size),
    targetLocalSharePct,
  };
}

function tokenCounts(rows: ReportRow[]): MonthlyReport['tokens'] {
  let local = 0;
  let cloud = 0;
  for (const row of rows) {
    // inputTokens already includes cached input (the provider contract), so this is every token once.
    const tokens = (row.inputTokens ?? 0) + (row.outputTokens ?? 0);
    if (row.location === 'cloud') cloud += tokens;
    else local += tokens;
  }
  return { local, cloud, localSharePct: percent(local, local + cloud) };
}

function unitCosts(totals: Totals, spentMicros: number): MonthlyReport['unitCosts'] {
  const requests = totals.requestIds.size;
  const users = totals.userIds.size;
  return {
    perRequestUsd: requests === 0 ? null : microsToUsd(Math.round(spentMicros / requests)),
    activeUsers: users,
    perActiveUserUsd: users === 0 ? null : microsToUsd(Math.round(spentMicros / users)),
  };
}

/**
 * Projection is linear on elapsed days and only while the month runs; the first day counts as a
 * whole day so a few early calls do not project a thirty-fold month.
 */
export function budgetLine(usedMicros: number, monthlyUsd: number | undefined, elapsed: Elapsed): BudgetLine {
  const running = elapsed.fraction > 0 && elapsed.fraction < 1;
  const projectedMicros = running ? Math.round((usedMicros * elapsed.monthDays) / Math.max(elapsed.days, 1)) : null;
  const capMicros = monthlyUsd === undefined ? null : usdToMicros(monthlyUsd);
  return {
    monthlyUsd: monthlyUsd ?? null,
    usedUsd: microsToUsd(usedMicros),
    usedPct: capMicros === null ? null : percent(usedMicros, capMicros),
    projectedMonthEndUsd: projectedMicros === null ? null : microsToUsd(projectedMicros),
    projectedPct: capMicros === null || projectedMicros === null ? null : percent(projectedMicros, capMicros),
  };
}

/** Months of savings (at this month's rate) that repay the hardware; null while nothing is saved. */
function breakEven(hardwareCostUsd: number | undefined, savingsMicros: number | null, fraction: number): MonthlyReport['breakEvenMonth'] {
  if (hardwareCostUsd === undefined) return null;
  const monthlyRate = savingsMicros === null || fraction === 0 ? 0 : savingsMicros / fraction;
  const monthsToRepay = monthlyRate > 0 ? Math.round((usdToMicros(hardwareCostUsd) / monthlyRate) * 10) / 10 : null;
  return { hardwareCostUsd, monthsToRepay };
}
