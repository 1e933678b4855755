/**
 * The report's detail for spreadsheets: one row per day × channel × command × model. RFC 4180
 * (CRLF, quotes doubled, fields with commas, quotes or line breaks quoted). Costs are exact
 * six-decimal dollars so the column sums to the provider's invoice; an unpriced cell is empty, not 0.
 */
import { microsToDecimalString } from './money.ts';
import type { DetailLine, MonthlyReport } from './report-types.ts';

export const CSV_COLUMNS = [
  'month',
  'date',
  'platform',
  'channel_id',
  'channel_name',
  'command',
  'provider',
  'model',
  'location',
  'requests',
  'calls',
  'input_tokens',
  'cached_input_tokens',
  'output_tokens',
  'cost_usd',
  'unpriced_calls',
  'all_cloud_usd',
] as const;

export function reportToCsv(report: MonthlyReport): string {
  const rows = [CSV_COLUMNS.map((column) => column as string), ...report.detail.map((line) => detailCells(report.month, line))];
  return rows.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function detailCells(month: string, line: DetailLine): string[] {
  const nothingPriced = line.unpricedCalls === line.calls;
  return [
    month,
    line.date,
    text(line.platform),
    text(line.channelId ?? ''),
    text(line.channelName ?? ''),
    text(line.command),
    text(line.provider),
    text(line.model),
    line.location,
    String(line.requests),
    String(line.calls),
    String(line.inputTokens),
    String(line.cachedInputTokens),
    String(line.outputTokens),
    nothingPriced ? '' : microsToDecimalString(line.costUsdMicros),
    String(line.unpricedCalls),
    microsToDecimalString(line.counterfactualUsdMicros),
  ];
}

/**
 * Names come from chat platforms, where anyone can call a channel "=HYPERLINK(…)"; a leading
 * apostrophe keeps spreadsheets from running it as a formula (OWASP's CSV-injection advice).
 */
function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
