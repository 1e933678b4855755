/**
 * A report as a chat reply: the short text plus the chart as an attachment. Used for the monthly
 * post and for /spend (month to date). A chart that fails to render costs the picture, not the post.
 */
import type { TandemDb } from '../../db/client.ts';
import type { OutgoingReply } from '../core/chat-contract.ts';
import type { TandemConfig } from '../config/schema.ts';
import { formatReportText } from './format-text.ts';
import { renderReportChart, type ReportChartRenderer } from './report-chart.ts';
import { buildMonthlyReport } from './report-data.ts';
import type { MonthlyReport } from './report-types.ts';
import { monthOf } from './zoned-time.ts';

export function reportReply(report: MonthlyReport, config: TandemConfig, renderChart: ReportChartRenderer = renderReportChart): OutgoingReply {
  const reply: OutgoingReply = {
    text: formatReportText(report, { currency: config.report.currency, locale: config.report.locale }),
    citations: [],
    notes: [],
    ephemeral: false,
  };
  try {
    reply.attachment = { filename: `ai-spend-${report.month}.png`, data: renderChart(report), title: `AI spend per day, ${report.month}` };
  } catch (error) {
    reply.notes.push(`The chart could not be drawn (${error instanceof Error ? error.message : String(error)}).`);
  }
  return reply;
}

/** /spend: this month so far, in the report's time zone. */
export function monthToDateReply(db: TandemDb, config: TandemConfig, now: Date, renderChart?: ReportChartRenderer): OutgoingReply {
  return monthReply(db, config, monthOf(now.getTime(), config.report.timezone), now, renderChart);
}

/** /spend 2026-10: a past (or the current) month, as finance would read it at month end. */
export function monthReply(db: TandemDb, config: TandemConfig, month: string, now: Date, renderChart?: ReportChartRenderer): OutgoingReply {
  const report = buildMonthlyReport(db, { month, timezone: config.report.timezone, now, config });
  return reportReply(report, config, renderChart);
}
