/** `tandem report`: the monthly AI-spend report from the ledger — as text, JSON, CSV or a PNG chart. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { openLedger } from '../../app/ledger-access.ts';
import { UsageError } from '../../errors.ts';
import { formatReportText } from '../../spend/format-text.ts';
import { renderReportChart } from '../../spend/report-chart.ts';
import { reportToCsv } from '../../spend/report-csv.ts';
import { buildMonthlyReport } from '../../spend/report-data.ts';
import { reportToJson } from '../../spend/report-json.ts';
import { monthOf } from '../../spend/zoned-time.ts';
import { releaseUnfinishedReports } from '../../spend/job-claims.ts';
import { writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, type GlobalOptions } from '../runtime.ts';

interface ReportOptions {
  month?: string;
  json?: boolean;
  csv?: string;
  png?: string;
  releaseUnfinished?: boolean;
}

export function registerReport(program: Command, io: CliIo, globals: () => GlobalOptions): void {
  program
    .command('report')
    .description('The monthly AI-spend report: cloud vs local, savings versus all-cloud, budget, by model and channel')
    .option('--month <YYYY-MM>', 'the month to report (default: this month so far, in report.timezone)')
    .option('--json', 'print the report as one JSON object')
    .option('--csv <file>', 'also write the detail rows as CSV')
    .option('--png <file>', 'also write the chart as PNG')
    .option('--release-unfinished', "with --month: forget that month's unfinished report posts (after checking the channels) so the next start sends them")
    .action((options: ReportOptions) => {
      if (options.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month)) {
        throw new UsageError(`--month must look like 2026-10, not "${options.month}"`);
      }
      const { config } = loadCliConfig(io, globals());
      const database = openLedger(config);
      try {
        if (options.releaseUnfinished) {
          if (!options.month) throw new UsageError('--release-unfinished needs --month YYYY-MM');
          const released = releaseUnfinishedReports(database.db, options.month);
          writeLine(io.stdout, released.length === 0 ? `No unfinished report posts for ${options.month}.` : `Released ${released.join(', ')} for ${options.month}; the next start posts them.`);
          return;
        }
        const now = new Date();
        const timezone = config.report.timezone;
        const report = buildMonthlyReport(database.db, { month: options.month ?? monthOf(now.getTime(), timezone), timezone, now, config });
        if (options.csv) writeFileSync(resolve(io.cwd, options.csv), reportToCsv(report));
        if (options.png) writeFileSync(resolve(io.cwd, options.png), renderReportChart(report));
        writeLine(io.stdout, options.json ? reportToJson(report) : formatReportText(report, { currency: config.report.currency, locale: config.report.locale }));
      } finally {
        database.close();
      }
    });
}
