/**
 * The record of "☁️ Ask a stronger model" presses. The unique index on the local answer makes the
 * first press the only one: a second press (a double click, a colleague, a retried delivery) finds
 * the row taken and is told the answer is on its way or already in the thread.
 */
import { and, count, eq, gte, lt } from 'drizzle-orm';
import type { TandemDb } from '../../db/client.ts';
import { strongerModelRequests } from '../../db/schema.ts';
import type { TimeRange } from './zoned-time.ts';

export interface StrongerModelClaim {
  localModelCallId: number;
  platform: string;
  userId: string;
  source: 'answer_button' | 'after_thumbs_down';
  requestKind: string;
  difficulty: number;
  localTier: string;
  reasons: string[];
}

/** A press as calibration reads it: a request that should have escalated. */
export interface StrongerModelLabel {
  requestKind: string;
  difficulty: number;
  localTier: string;
}

export class StrongerModelLog {
  constructor(
    private readonly db: TandemDb,
    private readonly now: () => Date,
  ) {}

  /** The row id when this press is the first for that answer; undefined when it was already asked. */
  claim(press: StrongerModelClaim): number | undefined {
    const [row] = this.db
      .insert(strongerModelRequests)
      .values({ ...press, createdAt: this.now(), status: 'pending' })
      .onConflictDoNothing({ target: strongerModelRequests.localModelCallId })
      .returning({ id: strongerModelRequests.id })
      .all();
    return row?.id;
  }

  /** Whether someone already pressed for this answer (the row records the first press). */
  wasAsked(localModelCallId: number): boolean {
    const [row] = this.db
      .select({ id: strongerModelRequests.id })
      .from(strongerModelRequests)
      .where(eq(strongerModelRequests.localModelCallId, localModelCallId))
      .limit(1)
      .all();
    return row !== undefined;
  }

  settle(id: number, outcome: { status: 'answered' | 'failed'; cloudModelCallId?: number }): void {
    this.db
      .update(strongerModelRequests)
      .set({ status: outcome.status, cloudModelCallId: outcome.cloudModelCallId ?? null })
      .where(eq(strongerModelRequests.id, id))
      .run();
  }

  labels(): StrongerModelLabel[] {
    return this.db
      .select({ requestKind: strongerModelRequests.requestKind, difficulty: strongerModelRequests.difficulty, localTier: strongerModelRequests.localTier })
      .from(strongerModelRequests)
      .all();
  }
}

/** Presses in a period, for the monthly report. */
export function countStrongerModelRequests(db: TandemDb, range: TimeRange): number {
  const [row] = db
    .select({ presses: count() })
    .from(strongerModelRequests)
    .where(and(gte(strongerModelRequests.createdAt, new Date(range.startMs)), lt(strongerModelRequests.createdAt, new Date(range.endMs))))
    .all();
  return row?.presses ?? 0;
}
