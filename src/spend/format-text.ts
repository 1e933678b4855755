/**
 * The monthly chat post: about a dozen lines that answer finance's questions in their order —
 * what did we spend, what did routing save, are we on budget, who and what drove it, can we trust
 * the numbers. Everything else lives in the CSV and the chart; a 50-line post goes unread.
 */
import { createMoneyFormatter, formatCount, formatMonthName, formatPercent, type MoneyFormat, type MoneyFormatter } from './format-money.ts';
import { previousMonth } from './zoned-time.ts';
import type { ChannelLine, ModelLine, MonthlyReport } from './report-types.ts';

export function formatReportText(report: MonthlyReport, format: MoneyFormat): string {
  const money = createMoneyFormatter(format);
  const lines = [
    headline(report, format.locale),
    spendLine(report, money, format.locale),
    savingsLine(report, money, format.locale),
    shareLine(report, format.locale),
    budgetLine(report, money, format.locale),
    `Top models: ${listOrNone(report.byModel.slice(0, 3).map((line) => modelLabel(line, report.byModel, money)))}`,
    `Top channels: ${listOrNone(report.byChannel.slice(0, 3).map((line) => `${channelLabel(line)} ${money(line.costUsd)}`))}`,
    `Escalations: ${listOrNone(report.escalationReasons.slice(0, 3).map((item) => `${item.reason} ×${formatCount(item.requests, format.locale)}`))}`,
    feedbackLine(report),
    strongerModelLine(report),
    breakEvenLine(report, money, format.locale),
    dataQualityLine(report),
    format.currency === 'USD' ? undefined : `Amounts are US dollars written in ${format.currency} format; no exchange rate is applied.`,
  ];
  return lines.filter((line): line is string => line !== undefined).join('\n');
}

function headline(report: MonthlyReport, locale: string): string {
  const status = report.period.complete ? '' : ' — month to date';
  return `AI spend — ${formatMonthName(report.month, locale)} (${report.period.timezone})${status}`;
}

function spendLine(report: MonthlyReport, money: MoneyFormatter, locale: string): string {
  const previous = formatMonthName(previousMonth(report.month), locale);
  const change =
    report.cloudCostChangePct === null
      ? `no cloud spend in ${previous}`
      : `${report.cloudCostChangeUsd >= 0 ? '▲' : '▼'} ${formatPercent(Math.abs(report.cloudCostChangePct), locale)} vs ${money(report.previousMonthCloudCostUsd)} in ${previous}`;
  return `Cloud ${money(report.cloudCostUsd)} (${change}) · local ${money(report.localCostUsd)} · total ${money(report.totalCostUsd)}`;
}

function savingsLine(report: MonthlyReport, money: MoneyFormatter, locale: string): string {
  const reference = report.reference.model;
  if (report.savingsUsd === null) return `Savings vs all-cloud: unknown — ${reference} has no price in the price table.`;
  const pct = formatPercent(report.savingsPct === null ? null : Math.abs(report.savingsPct), locale);
  const amount = money(Math.abs(report.savingsUsd));
  if (report.savingsUsd < 0) return `Local-first cost ${amount} (${pct}) more than all-cloud on ${reference} would have — modelled at list prices`;
  return `Saved ${amount} (${pct}) vs all-cloud on ${reference} — modelled at list prices`;
}

function shareLine(report: MonthlyReport, locale: string): string {
  const { localSharePct, targetLocalSharePct } = report.requests;
  if (localSharePct === null) return 'Local share: no requests this month.';
  const verdict = localSharePct >= targetLocalSharePct ? '✓' : '✗ below';
  return `Answered locally: ${formatPercent(localSharePct, locale)} of requests (${formatPercent(report.tokens.localSharePct, locale)} of tokens) · target ${targetLocalSharePct}% ${verdict}`;
}

function budgetLine(report: MonthlyReport, money: MoneyFormatter, locale: string): string | undefined {
  const budget = report.budget;
  if (budget.monthlyUsd === null) return undefined;
  const projection =
    budget.projectedMonthEndUsd === null ? '' : ` · projected ${money(budget.projectedMonthEndUsd)} (${formatPercent(budget.projectedPct, locale)}) by month end`;
  return `Budget: ${money(budget.usedUsd)} of ${money(budget.monthlyUsd)} (${formatPercent(budget.usedPct, locale)})${projection}`;
}

function modelLabel(line: ModelLine, all: ModelLine[], money: MoneyFormatter): string {
  const ambiguous = all.filter((other) => other.model === line.model).length > 1;
  const name = `${ambiguous ? `${line.provider}/` : ''}${line.model}${line.location === 'local' ? ' (local)' : ''}`;
  const unpriced = line.unpricedCalls > 0 ? ` + ${line.unpricedCalls} unpriced` : '';
  return `${name} ${line.costUsd === null ? 'unpriced' : money(line.costUsd)}${line.costUsd === null ? '' : unpriced}`;
}

export function channelLabel(line: Pick<ChannelLine, 'platform' | 'channelId' | 'channelName'>): string {
  if (line.channelName) return `#${line.channelName.replace(/^#/, '')}`;
  return line.channelId ? `${line.platform}:${line.channelId}` : line.platform;
}

function strongerModelLine(report: MonthlyReport): string {
  const { requests, shareOfLocalAnswersPct } = report.strongerModelRequests;
  const share = shareOfLocalAnswersPct === null ? '' : ` (${shareOfLocalAnswersPct}% of local answers)`;
  return `Asked for a stronger model: ${requests}${share}`;
}

function feedbackLine(report: MonthlyReport): string {
  const { local, cloud } = report.feedback;
  return `Feedback: local 👍 ${local.up} 👎 ${local.down} · cloud 👍 ${cloud.up} 👎 ${cloud.down}`;
}

function breakEvenLine(report: MonthlyReport, money: MoneyFormatter, locale: string): string | undefined {
  const breakEven = report.breakEvenMonth;
  if (!breakEven) return undefined;
  if (breakEven.monthsToRepay === null) return `Hardware (${money(breakEven.hardwareCostUsd)}): no savings yet to repay it.`;
  return `Hardware (${money(breakEven.hardwareCostUsd)}) repaid by ${formatCount(breakEven.monthsToRepay, locale)} months of savings at this rate.`;
}

function dataQualityLine(report: MonthlyReport): string {
  const quality = report.dataQuality;
  const unpriced =
    quality.unpricedCalls === 0
      ? 'all calls priced'
      : `${quality.unpricedCalls} unpriced call${quality.unpricedCalls === 1 ? '' : 's'} (not counted, not $0)`;
  const counterfactual = quality.unpricedCounterfactualCalls > 0 ? ` · ${quality.unpricedCounterfactualCalls} without an all-cloud price` : '';
  const sources = quality.priceSources.length > 0 ? quality.priceSources.join(', ') : 'none';
  return `Data: ${unpriced}${counterfactual} · prices: ${sources}`;
}

function listOrNone(items: string[]): string {
  return items.length === 0 ? 'none' : items.join(' · ');
}
