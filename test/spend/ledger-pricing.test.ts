/** The ledger's record path with the real pricer: what the report reads is what pricing wrote. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { modelCalls } from '../../db/schema.ts';
import { SpendLedger } from '../../src/spend/ledger.ts';
import { createConfiguredPricer } from '../../src/spend/pricing.ts';
import { buildMonthlyReport } from '../../src/spend/report-data.ts';
import { LIST, openTestDatabase, testConfig } from './fixtures.ts';

let database: OpenedDatabase;
beforeEach(() => {
  database = openTestDatabase();
});
afterEach(() => database.close());

describe('ledger with the configured pricer', () => {
  it('stores cost, status, counterfactual and price source, and the report adds them up', () => {
    const config = testConfig();
    let clock = new Date('2026-09-03T08:00:00Z');
    const ledger = new SpendLedger(database.db, createConfiguredPricer(config), () => clock);
    const context = { requestId: 'r1', platform: 'slack' as const, channelId: 'C1', channelName: 'support', userId: 'u1', command: 'ask', route: 'cloud', reasons: ['complexity 0.9 ≥ 0.6'] };
    ledger.record({
      ...context, purpose: 'answer', provider: 'openai', model: 'gpt-4o', location: 'cloud', latencyMs: 900, status: 'ok',
      usage: { inputTokens: 60_000, cachedInputTokens: 40_000, outputTokens: 10_000 },
    });
    clock = new Date('2026-09-04T08:00:00Z');
    ledger.record({
      ...context, requestId: 'r2', purpose: 'answer', provider: 'openai', model: 'gpt-9-preview', location: 'cloud', latencyMs: 900, status: 'ok',
      usage: { inputTokens: 1_000, cachedInputTokens: 0, outputTokens: 100 },
    });
    const rows = database.db.select().from(modelCalls).all();
    expect(rows.map((row) => [row.costUsdMicros, row.costStatus, row.counterfactualCostUsdMicros, row.priceSource])).toEqual([
      [200_000, 'priced', 200_000, LIST],
      [null, 'unpriced', 3_500, LIST],
    ]);
    const report = buildMonthlyReport(database.db, { month: '2026-09', timezone: 'Europe/Berlin', now: new Date('2026-10-01T00:00:00Z'), config });
    expect(report).toMatchObject({ cloudCostUsd: 0.2, counterfactualCostUsd: 0.2, dataQuality: { unpricedCalls: 1 } });
  });
});
