/**
 * Ledger fixtures for the spend tests: an in-memory database, a config, and rows written the way
 * the ledger writes them, with costs stated in micro-dollars and worked out in comments.
 */
import { openDatabase, type OpenedDatabase } from '../../db/client.ts';
import { feedback, modelCalls, type NewModelCall } from '../../db/schema.ts';
import { configSchema, type TandemConfig } from '../../src/config/schema.ts';
import type { Logger } from '../../src/logger.ts';

export const LIST = 'genai-prices@0.1.8';

export function testConfig(overrides: Record<string, unknown> = {}): TandemConfig {
  return configSchema.parse({
    cloud: { provider: 'openai', referenceModel: 'gpt-4o' },
    local: { costPerMTokUsd: 0, monthlyCostUsd: 2, hardwareCostUsd: 1200 },
    budget: { monthlyUsd: 10, perUserDailyUsd: 0.5 },
    pricing: { overrides: { 'gpt-4o-mini': { inputPerMTok: 0.1, cachedInputPerMTok: 0.05, outputPerMTok: 0.4 } } },
    report: { timezone: 'Europe/Berlin', channels: { slack: ['finance'], discord: ['123456'] } },
    ...overrides,
  });
}

export function openTestDatabase(): OpenedDatabase {
  return openDatabase(':memory:');
}

type CallFixture = Partial<NewModelCall> & { at: string; requestId: string };

export function insertCall(database: OpenedDatabase, call: CallFixture): number {
  const { at, ...values } = call;
  const [row] = database.db
    .insert(modelCalls)
    .values({
      platform: 'slack',
      channelId: 'C-SUP',
      channelName: 'support',
      userId: 'u1',
      command: 'ask',
      purpose: 'answer',
      provider: 'ollama',
      model: 'llama3.2',
      location: 'local',
      route: 'local',
      reasons: [],
      latencyMs: 100,
      costUsdMicros: 0,
      costStatus: 'free',
      priceSource: 'local-rate',
      status: 'ok',
      ...values,
      createdAt: new Date(at),
    })
    .returning({ id: modelCalls.id })
    .all();
  return row!.id;
}

export function vote(database: OpenedDatabase, modelCallId: number, userId: string, rating: 'up' | 'down'): void {
  database.db.insert(feedback).values({ modelCallId, platform: 'slack', userId, rating, createdAt: new Date('2026-10-02T10:00:00Z') }).run();
}

/**
 * September 2026 in Europe/Berlin (UTC+2). Reference model gpt-4o: $2.50 in, $1.25 cached, $10 out.
 * Cloud priced: 200,000 + 255,000 + 115,000 + 105,000 = 675,000 µ$ ($0.675 → $0.68).
 */
export function seedSeptember(database: OpenedDatabase): Record<string, number> {
  const ids: Record<string, number> = {};
  // r8 — 2026-08-31 22:30 UTC is 1 Sep 00:30 in Berlin: September, not August. 42k in × $2.50.
  ids.r8 = insertCall(database, {
    at: '2026-08-31T22:30:00Z', requestId: 'r8', provider: 'openai', model: 'gpt-4o', location: 'cloud', route: 'cloud',
    reasons: ['complexity 0.65 ≥ 0.60'], inputTokens: 42_000, outputTokens: 0, costUsdMicros: 105_000, costStatus: 'priced',
    counterfactualCostUsdMicros: 105_000, priceSource: LIST,
  });
  // r1 — local only; all-cloud it would have been 100k × $2.50 + 20k × $10 = 450,000 µ$.
  ids.a = insertCall(database, {
    at: '2026-09-03T08:00:00Z', requestId: 'r1', inputTokens: 100_000, outputTokens: 20_000, counterfactualCostUsdMicros: 450_000,
  });
  // r2 — the cascade tried locally (its counterfactual must not count), then escalated.
  ids.b = insertCall(database, {
    at: '2026-09-03T09:00:00Z', requestId: 'r2', userId: 'u2', inputTokens: 50_000, outputTokens: 5_000, counterfactualCostUsdMicros: 175_000,
  });
  // OpenAI semantics: 60k input *including* 40k cached → 20k × $2.50 + 40k × $1.25 + 10k × $10 = 200,000 µ$.
  ids.c = insertCall(database, {
    at: '2026-09-03T09:00:05Z', requestId: 'r2', userId: 'u2', provider: 'openai', model: 'gpt-4o', location: 'cloud', route: 'cloud',
    reasons: ['local answer hedged (2 hedges)'], inputTokens: 60_000, cachedInputTokens: 40_000, outputTokens: 10_000,
    costUsdMicros: 200_000, costStatus: 'priced', counterfactualCostUsdMicros: 200_000, priceSource: LIST,
  });
  // Anthropic: 10k uncached + 100k cache read + 20k cache write = 130k input; 8k out.
  // 10k × $3 + 100k × $0.30 + 20k × $3.75 + 8k × $15 = 255,000 µ$; on gpt-4o 280,000 µ$.
  ids.d = insertCall(database, {
    at: '2026-09-10T12:00:00Z', requestId: 'r3', channelId: 'C-ENG', channelName: 'eng', command: 'summarize', provider: 'anthropic',
    model: 'claude-sonnet-4-6', location: 'cloud', route: 'cloud', reasons: ['complexity 0.81 ≥ 0.60 (stack trace)'],
    inputTokens: 130_000, cachedInputTokens: 100_000, outputTokens: 8_000, costUsdMicros: 255_000, costStatus: 'priced',
    counterfactualCostUsdMicros: 280_000, priceSource: LIST,
  });
  // A model no price table knows: unpriced, cost NULL — never $0.
  ids.e = insertCall(database, {
    at: '2026-09-15T12:00:00Z', requestId: 'r4', userId: 'u3', channelId: 'C-ENG', channelName: 'eng', provider: 'openai',
    model: 'gpt-9-preview', location: 'cloud', route: 'cloud', reasons: ['complexity 0.70 ≥ 0.60'], inputTokens: 100_000,
    outputTokens: 5_000, costUsdMicros: null, costStatus: 'unpriced', counterfactualCostUsdMicros: 300_000, priceSource: LIST,
  });
  // Override: 500k × $0.10 + 500k cached × $0.05 + 100k × $0.40 = 115,000 µ$; on gpt-4o 2,875,000 µ$.
  ids.f = insertCall(database, {
    at: '2026-09-20T12:00:00Z', requestId: 'r5', platform: 'discord', channelId: '987', channelName: 'general', provider: 'openai',
    model: 'gpt-4o-mini', location: 'cloud', route: 'cloud', reasons: ['9120 tokens exceed the local context (7000 usable of 8192)'],
    inputTokens: 1_000_000, cachedInputTokens: 500_000, outputTokens: 100_000, costUsdMicros: 115_000, costStatus: 'priced',
    counterfactualCostUsdMicros: 2_875_000, priceSource: 'override',
  });
  // A failed local call: no tokens, no counterfactual.
  ids.g = insertCall(database, { at: '2026-09-20T13:00:00Z', requestId: 'r6', status: 'error', error: 'timeout', counterfactualCostUsdMicros: null });
  // Outside September: August (previous month, $0.50) and 1 Oct 00:30 Berlin (October, $1.00).
  ids.r9 = insertCall(database, {
    at: '2026-08-15T12:00:00Z', requestId: 'r9', provider: 'openai', model: 'gpt-4o', location: 'cloud', route: 'cloud',
    inputTokens: 200_000, outputTokens: 0, costUsdMicros: 500_000, costStatus: 'priced', counterfactualCostUsdMicros: 500_000, priceSource: LIST,
  });
  ids.r7 = insertCall(database, {
    at: '2026-09-30T22:30:00Z', requestId: 'r7', provider: 'openai', model: 'gpt-4o', location: 'cloud', route: 'cloud',
    inputTokens: 400_000, outputTokens: 0, costUsdMicros: 1_000_000, costStatus: 'priced', counterfactualCostUsdMicros: 1_000_000, priceSource: LIST,
  });
  vote(database, ids.a, 'u1', 'up');
  vote(database, ids.c, 'u2', 'up');
  vote(database, ids.c, 'u3', 'down');
  vote(database, ids.d, 'u1', 'down');
  vote(database, ids.r7, 'u1', 'down');
  return ids;
}

export interface RecordedLog {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields?: Record<string, unknown> | undefined;
}

export function recordingLogger(): Logger & { lines: RecordedLog[] } {
  const lines: RecordedLog[] = [];
  const log = (level: RecordedLog['level']) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields });
  };
  return { lines, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
