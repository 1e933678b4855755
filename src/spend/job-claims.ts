/**
 * Exactly-once bookkeeping for scheduled posts, in `job_runs(job, slot)`.
 *
 * A delivery is: claim → send → done | failed. The claim is an INSERT OR IGNORE (or a guarded
 * UPDATE of a failed row) inside an IMMEDIATE transaction, so two triggers — the cron tick and the
 * start-up catch-up, or two processes — can never both own a slot.
 *
 * The one case a database cannot settle is a process that dies *while sending*: the row stays
 * 'claimed' and nobody knows whether the chat platform got the message. We choose at-most-once:
 * once the lease has expired such a row is marked failed with an "outcome unknown" error and is
 * not re-sent automatically (a finance channel receiving the same report twice erodes trust in
 * every number in it; a missing report is noticed and logged loudly). Callers that prefer
 * at-least-once pass `resendAfterCrash`. Everything before the send (building the report, the
 * chart) happens before the claim, so a crash there leaves no claim and is simply retried.
 * A send that *throws* is a known failure and is retried, up to `maxAttempts` over restarts.
 */
import { and, eq, like, ne } from 'drizzle-orm';
import type { TandemDb } from '../../db/client.ts';
import { jobRuns } from '../../db/schema.ts';

export const OUTCOME_UNKNOWN = 'outcome unknown: the process stopped while sending';

export interface JobKey {
  job: string;
  slot: string;
}

export interface ClaimPolicy {
  /** A claim younger than this is someone's send in progress. */
  leaseMs: number;
  maxAttempts: number;
  /** How long after its n-th failed attempt a slot may be tried again (backoff survives restarts). */
  retryDelayMs: (failedAttempts: number) => number;
  /** Re-send after a crash mid-send (at-least-once) instead of refusing (at-most-once). */
  resendAfterCrash: boolean;
}

export type ClaimResult =
  | { outcome: 'claimed'; attempt: number }
  | { outcome: 'done' }
  | { outcome: 'in-progress' }
  | { outcome: 'backing-off'; retryAt: Date }
  | { outcome: 'outcome-unknown' }
  | { outcome: 'exhausted'; attempts: number };

export function claimJob(db: TandemDb, key: JobKey, now: Date, policy: ClaimPolicy): ClaimResult {
  return db.transaction(
    (tx) => {
      const inserted = tx
        .insert(jobRuns)
        .values({ ...key, status: 'claimed', attempts: 1, claimedAt: now })
        .onConflictDoNothing()
        .run();
      if (inserted.changes === 1) return { outcome: 'claimed', attempt: 1 };
      const row = tx.select().from(jobRuns).where(matches(key)).get();
      if (!row || row.status === 'done') return { outcome: 'done' };
      const stale = now.getTime() - row.claimedAt.getTime() >= policy.leaseMs;
      if (row.status === 'claimed' && !stale) return { outcome: 'in-progress' };
      const crashed = row.status === 'claimed' || row.error === OUTCOME_UNKNOWN;
      if (crashed && !policy.resendAfterCrash) {
        if (row.status === 'claimed') {
          tx.update(jobRuns).set({ status: 'failed', error: OUTCOME_UNKNOWN, finishedAt: now }).where(matches(key)).run();
        }
        return { outcome: 'outcome-unknown' };
      }
      if (row.attempts >= policy.maxAttempts) return { outcome: 'exhausted', attempts: row.attempts };
      const retryAt = (row.finishedAt ?? row.claimedAt).getTime() + policy.retryDelayMs(row.attempts);
      if (!crashed && now.getTime() < retryAt) return { outcome: 'backing-off', retryAt: new Date(retryAt) };
      tx.update(jobRuns)
        .set({ status: 'claimed', attempts: row.attempts + 1, claimedAt: now, finishedAt: null, error: null })
        .where(matches(key))
        .run();
      return { outcome: 'claimed', attempt: row.attempts + 1 };
    },
    { behavior: 'immediate' },
  );
}

export function completeJob(db: TandemDb, key: JobKey, now: Date, note?: string): void {
  db.update(jobRuns).set({ status: 'done', finishedAt: now, error: note ?? null }).where(matches(key)).run();
}

export function failJob(db: TandemDb, key: JobKey, now: Date, error: string): void {
  db.update(jobRuns).set({ status: 'failed', finishedAt: now, error: error.slice(0, 500) }).where(matches(key)).run();
}

export function isJobDone(db: TandemDb, key: JobKey): boolean {
  const row = db.select({ status: jobRuns.status }).from(jobRuns).where(matches(key)).get();
  return row?.status === 'done';
}

function matches(key: JobKey) {
  return and(eq(jobRuns.job, key.job), eq(jobRuns.slot, key.slot));
}

/**
 * For an operator who has checked the finance channels after an "outcome unknown" crash: forget the
 * month's unfinished report slots (never the ones known to be delivered) so the next start re-sends.
 */
export function releaseUnfinishedReports(db: TandemDb, month: string): string[] {
  const unfinished = and(like(jobRuns.job, 'monthly-report:%'), eq(jobRuns.slot, month), ne(jobRuns.status, 'done'));
  const jobs = db.select({ job: jobRuns.job }).from(jobRuns).where(unfinished).all().map((row) => row.job);
  db.delete(jobRuns).where(unfinished).run();
  return jobs;
}

/**
 * A new round for a slot that failed every attempt with a *known* failure (the send threw: nothing
 * was posted): the next start tries again without an operator. "Outcome unknown" rows are never
 * reopened — at most once still holds.
 */
export function reopenGivenUp(db: TandemDb, key: JobKey): boolean {
  const row = db.select().from(jobRuns).where(matches(key)).get();
  if (!row || row.status !== 'failed' || row.error === OUTCOME_UNKNOWN) return false;
  db.update(jobRuns).set({ attempts: 0 }).where(matches(key)).run();
  return true;
}
