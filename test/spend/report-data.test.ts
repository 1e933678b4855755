import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { buildMonthlyReport } from '../../src/spend/report-data.ts';
import { LIST, openTestDatabase, seedSeptember, testConfig } from './fixtures.ts';

let database: OpenedDatabase;
const config = testConfig();
const october = new Date('2026-10-02T08:00:00Z');

beforeEach(() => {
  database = openTestDatabase();
  seedSeptember(database);
});
afterEach(() => database.close());

function september(now = october) {
  return buildMonthlyReport(database.db, { month: '2026-09', timezone: 'Europe/Berlin', now, config });
}

describe('buildMonthlyReport', () => {
  it('totals spend to the cent from exact micro-dollars', () => {
    const report = september();
    expect(report.period).toMatchObject({ start: '2026-08-31T22:00:00.000Z', end: '2026-09-30T22:00:00.000Z', complete: true });
    expect(report.cloudCostUsd).toBe(0.68); // 675,000 µ$ — half a cent rounds up
    expect(report.localCost).toEqual({ perTokenUsd: 0, flatMonthlyUsd: 2 });
    expect(report.localCostUsd).toBe(2);
    expect(report.totalCostUsd).toBe(2.68);
    expect(report.previousMonthCloudCostUsd).toBe(0.5);
    expect(report.cloudCostChangeUsd).toBe(0.18);
    expect(report.cloudCostChangePct).toBe(35);
  });

  it('models the all-cloud counterfactual per request, net of the cascade’s local attempt', () => {
    const report = september();
    // 105,000 + 450,000 + 200,000 + 280,000 + 300,000 + 2,875,000 (r2's local attempt excluded)
    expect(report.counterfactualCostUsd).toBe(4.21);
    expect(report.savingsUsd).toBe(1.54); // 4,210,000 − 2,675,000 = 1,535,000 µ$
    expect(report.savingsPct).toBe(36.5);
    expect(report.reference).toEqual({ provider: 'openai', model: 'gpt-4o' });
    expect(report.breakEvenMonth).toEqual({ hardwareCostUsd: 1200, monthsToRepay: 781.8 });
  });

  it('counts requests and calls, tokens and the local share', () => {
    const report = september();
    expect(report.requests).toEqual({
      local: 2,
      cloud: 5,
      calls: { local: 3, cloud: 5 },
      localSharePct: 28.6,
      targetLocalSharePct: 80,
    });
    expect(report.tokens).toEqual({ local: 175_000, cloud: 1_455_000, localSharePct: 10.7 });
    expect(report.unitCosts).toEqual({ perRequestUsd: 0.38, activeUsers: 3, perActiveUserUsd: 0.89 });
  });

  it('breaks spend down by model, reporting an unknown model as unpriced rather than $0', () => {
    const lines = september().byModel.map(({ provider, model, location, requests, calls, costUsd, unpricedCalls }) => ({
      name: `${provider}/${model}`,
      location,
      requests,
      calls,
      costUsd,
      unpricedCalls,
    }));
    expect(lines).toEqual([
      { name: 'openai/gpt-4o', location: 'cloud', requests: 2, calls: 2, costUsd: 0.31, unpricedCalls: 0 },
      { name: 'anthropic/claude-sonnet-4-6', location: 'cloud', requests: 1, calls: 1, costUsd: 0.26, unpricedCalls: 0 },
      { name: 'openai/gpt-4o-mini', location: 'cloud', requests: 1, calls: 1, costUsd: 0.12, unpricedCalls: 0 },
      { name: 'ollama/llama3.2', location: 'local', requests: 3, calls: 3, costUsd: 0, unpricedCalls: 0 },
      { name: 'openai/gpt-9-preview', location: 'cloud', requests: 1, calls: 1, costUsd: null, unpricedCalls: 1 },
    ]);
    const gpt4o = september().byModel[0]!;
    expect([gpt4o.inputTokens, gpt4o.cachedInputTokens, gpt4o.outputTokens]).toEqual([102_000, 40_000, 10_000]);
  });

  it('breaks spend down by channel and by command', () => {
    const report = september();
    expect(report.byChannel.map((line) => [line.platform, line.channelName, line.requests, line.costUsd, line.unpricedCalls])).toEqual([
      ['slack', 'support', 4, 0.31, 0],
      ['slack', 'eng', 2, 0.26, 1],
      ['discord', 'general', 1, 0.12, 0],
    ]);
    expect(report.byCommand.map((line) => [line.command, line.requests, line.costUsd, line.costPerRequestUsd])).toEqual([
      ['summarize', 1, 0.26, 0.26],
      ['ask', 6, 0.42, 0.07],
    ].sort((a, b) => Number(b[2]) - Number(a[2])));
  });

  it('names the top escalation reasons by kind, once per request', () => {
    expect(september().escalationReasons).toEqual([
      { reason: 'complexity', requests: 3 },
      { reason: 'local answer hedged', requests: 1 },
      { reason: 'tokens exceed the local context', requests: 1 },
    ]);
  });

  it('counts feedback on the month’s answers by where they came from', () => {
    expect(september().feedback).toEqual({ local: { up: 1, down: 0 }, cloud: { up: 1, down: 2 } });
  });

  it('reports data quality: unpriced calls, failures and the price tables used', () => {
    expect(september().dataQuality).toEqual({
      unpricedCalls: 1,
      unpricedCloudCalls: 1,
      unpricedCounterfactualCalls: 0,
      errorCalls: 1,
      priceSources: [LIST, 'local-rate', 'override'],
    });
  });

  it('uses month boundaries in the configured time zone', () => {
    const octoberReport = buildMonthlyReport(database.db, { month: '2026-10', timezone: 'Europe/Berlin', now: new Date('2026-11-02T00:00:00Z'), config });
    expect(octoberReport.cloudCostUsd).toBe(1); // only 1 Oct 00:30 Berlin (30 Sep 22:30 UTC)
    const inUtc = buildMonthlyReport(database.db, { month: '2026-09', timezone: 'UTC', now: october, config });
    expect(inUtc.cloudCostUsd).toBe(1.57); // in UTC the 22:30 calls swap months: 675,000 − 105,000 + 1,000,000
    expect(inUtc.previousMonthCloudCostUsd).toBe(0.61);
  });

  it('projects the budget linearly while the month runs, and not after', () => {
    const midMonth = september(new Date('2026-09-15T22:00:00Z')); // 16 Sep 00:00 Berlin: 15 of 30 days gone
    expect(midMonth.period.complete).toBe(false);
    // Cloud so far: 105,000 + 200,000 + 255,000 (+ the unpriced call) → $0.56, on course for $1.12.
    expect(midMonth.budget).toEqual({ monthlyUsd: 10, usedUsd: 0.56, usedPct: 5.6, projectedMonthEndUsd: 1.12, projectedPct: 11.2 });
    expect(midMonth.localCost.flatMonthlyUsd).toBe(1); // half the month's flat cost so far
    expect(september().budget).toEqual({ monthlyUsd: 10, usedUsd: 0.68, usedPct: 6.8, projectedMonthEndUsd: null, projectedPct: null });
  });

  it('has a daily series for every day of the month and a detail that sums to the totals', () => {
    const report = september();
    expect(report.daily).toHaveLength(30);
    expect(report.daily[0]).toMatchObject({ date: '2026-09-01', cloudCostUsd: 0.11, costByModelUsd: { 'openai/gpt-4o': 0.11 }, requests: { local: 0, cloud: 1 } });
    expect(report.daily[2]).toMatchObject({ date: '2026-09-03', requests: { local: 1, cloud: 1 }, localSharePct: 50 });
    const detailMicros = report.detail.reduce((sum, line) => sum + line.costUsdMicros, 0);
    expect(detailMicros).toBe(675_000);
    expect(report.detail.reduce((sum, line) => sum + line.counterfactualUsdMicros, 0)).toBe(4_210_000);
  });

  it('reports an empty month as zeros with nothing to save, not as an error', () => {
    const empty = buildMonthlyReport(database.db, { month: '2026-07', timezone: 'Europe/Berlin', now: october, config });
    expect(empty).toMatchObject({ cloudCostUsd: 0, counterfactualCostUsd: 0, byModel: [], escalationReasons: [] });
    expect(empty.requests.localSharePct).toBeNull();
  });
});
