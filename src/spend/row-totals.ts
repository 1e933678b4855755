/**
 * Sums over ledger rows, the one place that decides what a row contributes. Every breakdown of the
 * report is `summarize` over a group of rows, so the parts always add up to the headline.
 */
import type { LedgerRow } from './ledger-queries.ts';
import { dayOf } from './zoned-time.ts';

export interface ReportRow extends LedgerRow {
  /** Local calendar day of the call, "YYYY-MM-DD". */
  day: string;
  /** Whether any call of the same request went to the cloud. */
  requestIsCloud: boolean;
  /** What this row adds to the all-cloud counterfactual (0 when it would not have happened). */
  counterfactualMicros: number;
  /** Whether the row would have happened all-cloud (see toReportRows). */
  countsTowardCounterfactual: boolean;
  /** It counts, but its reference price is unknown. */
  counterfactualMissing: boolean;
}

export interface Totals {
  calls: number;
  requestIds: Set<string>;
  userIds: Set<string>;
  inputTokens: number;
  cachedInputTokens: number;
  outputTokens: number;
  cloudMicros: number;
  localMicros: number;
  /** Calls with a known cost (including free ones). */
  costedCalls: number;
  unpricedCalls: number;
  unpricedCloudCalls: number;
  counterfactualMicros: number;
  counterfactualPricedCalls: number;
  counterfactualMissing: number;
  errorCalls: number;
}

/**
 * The all-cloud counterfactual is per request, not per call: a request the cascade tried locally
 * and then escalated would, all-cloud, have been one cloud answer — so its local attempt adds
 * nothing to the counterfactual while its cost still counts as spend (that is the routing overhead
 * the savings are net of). Failed calls have no counterfactual: the cloud would not have billed them.
 */
export function toReportRows(rows: LedgerRow[], timeZone: string): ReportRow[] {
  // A request is a cloud request when the cloud answered it: a failed escalation answered locally stays local.
  const cloudRequests = new Set(rows.filter((row) => row.location === 'cloud' && row.status === 'ok').map((row) => row.requestId));
  return rows.map((row) => {
    const requestIsCloud = cloudRequests.has(row.requestId);
    const counts = row.status === 'ok' && (!requestIsCloud || row.location === 'cloud');
    return {
      ...row,
      day: dayOf(row.createdAtMs, timeZone),
      requestIsCloud,
      counterfactualMicros: counts ? (row.counterfactualCostUsdMicros ?? 0) : 0,
      countsTowardCounterfactual: counts,
      counterfactualMissing: counts && row.counterfactualCostUsdMicros === null,
    };
  });
}

export function emptyTotals(): Totals {
  return {
    calls: 0,
    requestIds: new Set(),
    userIds: new Set(),
    inputTokens: 0,
    cachedInputTokens: 0,
    outputTokens: 0,
    cloudMicros: 0,
    localMicros: 0,
    costedCalls: 0,
    unpricedCalls: 0,
    unpricedCloudCalls: 0,
    counterfactualMicros: 0,
    counterfactualPricedCalls: 0,
    counterfactualMissing: 0,
    errorCalls: 0,
  };
}

export function addRow(totals: Totals, row: ReportRow): Totals {
  totals.calls += 1;
  totals.requestIds.add(row.requestId);
  if (row.userId) totals.userIds.add(row.userId);
  totals.inputTokens += row.inputTokens ?? 0;
  totals.cachedInputTokens += row.cachedInputTokens ?? 0;
  totals.outputTokens += row.outputTokens ?? 0;
  if (row.costUsdMicros === null || row.costStatus === 'unpriced') {
    totals.unpricedCalls += 1;
    if (row.location === 'cloud') totals.unpricedCloudCalls += 1;
  } else {
    totals.costedCalls += 1;
    if (row.location === 'cloud') totals.cloudMicros += row.costUsdMicros;
    else totals.localMicros += row.costUsdMicros;
  }
  totals.counterfactualMicros += row.counterfactualMicros;
  if (row.counterfactualMissing) totals.counterfactualMissing += 1;
  else if (row.countsTowardCounterfactual) totals.counterfactualPricedCalls += 1;
  if (row.status === 'error') totals.errorCalls += 1;
  return totals;
}

export function summarize(rows: Iterable<ReportRow>): Totals {
  const totals = emptyTotals();
  for (const row of rows) addRow(totals, row);
  return totals;
}

/** Groups in first-seen order, so equal sort keys keep a stable order. */
export function groupRows<Row>(rows: Iterable<Row>, keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Known cost of a group; null when none of it could be priced (never a silent $0). */
export function knownCostMicros(totals: Totals): number | null {
  if (totals.costedCalls === 0 && totals.unpricedCalls > 0) return null;
  return totals.cloudMicros + totals.localMicros;
}
