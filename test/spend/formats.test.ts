import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { formatReportText } from '../../src/spend/format-text.ts';
import { reportToCsv } from '../../src/spend/report-csv.ts';
import { reportToJson } from '../../src/spend/report-json.ts';
import { renderReportChart } from '../../src/spend/report-chart.ts';
import { reportReply } from '../../src/spend/spend-reply.ts';
import { buildMonthlyReport } from '../../src/spend/report-data.ts';
import type { MonthlyReport } from '../../src/spend/report-types.ts';
import { insertCall, LIST, openTestDatabase, seedSeptember, testConfig } from './fixtures.ts';

let database: OpenedDatabase;
let report: MonthlyReport;

beforeAll(() => {
  database = openTestDatabase();
  seedSeptember(database);
  // A channel name built to break naive CSV writers and to run as a spreadsheet formula.
  insertCall(database, { at: '2026-09-21T10:00:00Z', requestId: 'r10', channelId: 'C-X', channelName: '=cmd|"x",y', inputTokens: 10, outputTokens: 1, counterfactualCostUsdMicros: 35 });
  report = buildMonthlyReport(database.db, { month: '2026-09', timezone: 'Europe/Berlin', now: new Date('2026-10-01T07:00:00Z'), config: testConfig() });
});
afterAll(() => database.close());

describe('formatReportText', () => {
  it('is a short post that answers finance’s questions', () => {
    const text = formatReportText(report, { currency: 'USD', locale: 'en-US' });
    const lines = text.split('\n');
    expect(lines.length).toBeLessThanOrEqual(15);
    expect(lines[0]).toBe('AI spend — September 2026 (Europe/Berlin)');
    expect(text).toContain('Cloud $0.68 (▲ 35% vs $0.50 in August 2026) · local $2.00 · total $2.68');
    expect(text).toContain('Saved $1.54 (37%) vs all-cloud on gpt-4o — modelled at list prices');
    expect(text).toContain('Answered locally: 38% of requests (11% of tokens) · target 80% ✗ below');
    expect(text).toContain('Budget: $0.68 of $10.00 (6.8%)');
    expect(text).toContain('Top models: gpt-4o $0.31 · claude-sonnet-4-6 $0.26 · gpt-4o-mini $0.12');
    expect(text).toContain('Top channels: #support $0.31 · #eng $0.26 · #general $0.12');
    expect(text).toContain('Escalations: complexity ×3 · local answer hedged ×1 · tokens exceed the local context ×1');
    expect(text).toContain('Feedback: local 👍 1 👎 0 · cloud 👍 1 👎 2');
    expect(text).toContain('Hardware ($1,200.00) repaid by 781.7 months of savings at this rate.');
    expect(text).toContain(`Data: 1 unpriced call (not counted, not $0) · prices: ${LIST}, local-rate, override`);
  });

  it('writes other currencies’ formats without pretending to convert', () => {
    // Intl separates number and symbol with a no-break space.
    const text = formatReportText(report, { currency: 'EUR', locale: 'de-DE' }).replace(/\u00a0/g, ' ');
    expect(text).toContain('Cloud 0,68 €');
    expect(text).toContain('September 2026');
    expect(text.split('\n').at(-1)).toBe('Amounts are US dollars written in EUR format; no exchange rate is applied.');
  });
});

describe('reportToJson', () => {
  it('has stable keys and round-trips', () => {
    const json = reportToJson(report);
    const parsed = JSON.parse(json) as MonthlyReport;
    expect(Object.keys(parsed)).toEqual([
      'schemaVersion', 'month', 'period', 'reference', 'cloudCostUsd', 'localCostUsd', 'localCost', 'totalCostUsd',
      'counterfactualCostUsd', 'savingsUsd', 'savingsPct', 'previousMonthCloudCostUsd', 'cloudCostChangeUsd',
      'cloudCostChangePct', 'requests', 'tokens', 'unitCosts', 'byModel', 'byChannel', 'byCommand', 'escalationReasons',
      'budget', 'feedback', 'strongerModelRequests', 'breakEvenMonth', 'dataQuality', 'daily', 'detail',
    ]);
    expect(parsed).toEqual(report);
    expect(parsed.byModel.find((line) => line.model === 'gpt-9-preview')).toMatchObject({ costUsd: null, unpricedCalls: 1 });
    const again = buildMonthlyReport(database.db, { month: '2026-09', timezone: 'Europe/Berlin', now: new Date('2026-10-01T07:00:00Z'), config: testConfig() });
    expect(reportToJson(again)).toBe(json);
  });
});

describe('reportToCsv', () => {
  const csv = () => reportToCsv(report);

  it('writes one RFC 4180 row per day × channel × command × model', () => {
    const text = csv();
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines[0]).toBe(
      'month,date,platform,channel_id,channel_name,command,provider,model,location,requests,calls,input_tokens,cached_input_tokens,output_tokens,cost_usd,unpriced_calls,all_cloud_usd',
    );
    expect(lines).toHaveLength(report.detail.length + 1);
    expect(lines).toContain('2026-09,2026-09-03,slack,C-SUP,support,ask,openai,gpt-4o,cloud,1,1,60000,40000,10000,0.200000,0,0.200000');
  });

  it('quotes, doubles quotes and defuses formulas in names', () => {
    expect(csv()).toContain(`,"'=cmd|""x"",y",`);
  });

  it('leaves an unpriced cost empty (not 0) and sums exactly to the report', () => {
    const rows = csv().split('\r\n').slice(1, -1).map((line) => line.split(','));
    const unpriced = rows.find((cells) => cells[7] === 'gpt-9-preview')!;
    expect(unpriced[14]).toBe('');
    expect(unpriced[15]).toBe('1');
    const cloudMicros = rows.filter((cells) => cells[8] === 'cloud').reduce((sum, cells) => sum + Math.round(Number(cells[14] || 0) * 1e6), 0);
    expect(cloudMicros).toBe(675_000);
  });
});

describe('renderReportChart', () => {
  it('renders a PNG of the expected size', () => {
    const png = renderReportChart(report);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(600);
    expect(png.length).toBeGreaterThan(10_000);
  });
});

describe('reportReply', () => {
  it('attaches the chart, and still posts the text when the chart cannot be drawn', () => {
    const reply = reportReply(report, testConfig());
    expect(reply.attachment?.filename).toBe('ai-spend-2026-09.png');
    expect(reply.text.split('\n')[0]).toBe('AI spend — September 2026 (Europe/Berlin)');
    const broken = reportReply(report, testConfig(), () => {
      throw new Error('no canvas');
    });
    expect(broken.attachment).toBeUndefined();
    expect(broken.notes).toEqual(['The chart could not be drawn (no canvas).']);
  });
});
