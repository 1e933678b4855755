/**
 * Read-only queries over the ledger for reports and budgets. Writing is the ledger's job
 * (ledger.ts); these only read, so a report can never change what it reports on.
 */
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { TandemDb } from '../../db/client.ts';
import { feedback, modelCalls } from '../../db/schema.ts';
import type { TimeRange } from './zoned-time.ts';

export interface LedgerRow {
  createdAtMs: number;
  requestId: string;
  platform: string;
  channelId: string | null;
  channelName: string | null;
  userId: string | null;
  command: string;
  provider: string;
  model: string;
  location: 'local' | 'cloud';
  reasons: string[];
  inputTokens: number | null;
  cachedInputTokens: number | null;
  outputTokens: number | null;
  costUsdMicros: number | null;
  costStatus: 'priced' | 'unpriced' | 'free';
  counterfactualCostUsdMicros: number | null;
  priceSource: string | null;
  status: 'ok' | 'error';
}

export interface FeedbackCounts {
  local: { up: number; down: number };
  cloud: { up: number; down: number };
}

function inRange(range: TimeRange) {
  return and(gte(modelCalls.createdAt, new Date(range.startMs)), lt(modelCalls.createdAt, new Date(range.endMs)));
}

/** Every call in the range, oldest first. A month of a team bot is thousands of rows, not millions. */
export function readCalls(db: TandemDb, range: TimeRange): LedgerRow[] {
  const rows = db
    .select({
      createdAt: modelCalls.createdAt,
      requestId: modelCalls.requestId,
      platform: modelCalls.platform,
      channelId: modelCalls.channelId,
      channelName: modelCalls.channelName,
      userId: modelCalls.userId,
      command: modelCalls.command,
      provider: modelCalls.provider,
      model: modelCalls.model,
      location: modelCalls.location,
      reasons: modelCalls.reasons,
      inputTokens: modelCalls.inputTokens,
      cachedInputTokens: modelCalls.cachedInputTokens,
      outputTokens: modelCalls.outputTokens,
      costUsdMicros: modelCalls.costUsdMicros,
      costStatus: modelCalls.costStatus,
      counterfactualCostUsdMicros: modelCalls.counterfactualCostUsdMicros,
      priceSource: modelCalls.priceSource,
      status: modelCalls.status,
    })
    .from(modelCalls)
    .where(inRange(range))
    .orderBy(modelCalls.createdAt, modelCalls.id)
    .all();
  return rows.map(({ createdAt, reasons, ...rest }) => ({
    ...rest,
    createdAtMs: createdAt.getTime(),
    reasons: Array.isArray(reasons) ? reasons.filter((reason): reason is string => typeof reason === 'string') : [],
  }));
}

/** Priced cloud spend in the range (unpriced calls add nothing here; the report counts them apart). */
export function sumCloudCostMicros(db: TandemDb, range: TimeRange, userId?: string): number {
  const conditions = [inRange(range), eq(modelCalls.location, 'cloud')];
  if (userId !== undefined) conditions.push(eq(modelCalls.userId, userId));
  const [row] = db
    .select({ total: sql<number>`coalesce(sum(${modelCalls.costUsdMicros}), 0)` })
    .from(modelCalls)
    .where(and(...conditions))
    .all();
  return Number(row?.total ?? 0);
}

export function countCalls(db: TandemDb, range: TimeRange): number {
  const [row] = db.select({ count: sql<number>`count(*)` }).from(modelCalls).where(inRange(range)).all();
  return Number(row?.count ?? 0);
}

/** Votes on answers given in the range, split by where the answer came from. */
export function readFeedbackCounts(db: TandemDb, range: TimeRange): FeedbackCounts {
  const rows = db
    .select({ location: modelCalls.location, rating: feedback.rating, votes: sql<number>`count(*)` })
    .from(feedback)
    .innerJoin(modelCalls, eq(feedback.modelCallId, modelCalls.id))
    .where(inRange(range))
    .groupBy(modelCalls.location, feedback.rating)
    .all();
  const counts: FeedbackCounts = { local: { up: 0, down: 0 }, cloud: { up: 0, down: 0 } };
  for (const row of rows) counts[row.location][row.rating] = Number(row.votes);
  return counts;
}
