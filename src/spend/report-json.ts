/**
 * The report for machines. Keys come out in the order report-data.ts builds them and records are
 * key-sorted there, so the same ledger yields byte-identical JSON (diffable, cacheable).
 */
import type { MonthlyReport } from './report-types.ts';

export function reportToJson(report: MonthlyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
