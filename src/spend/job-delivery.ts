/**
 * Sends one scheduled message for one (job, slot) at most once, retrying known failures with
 * exponential backoff. The claim rules and the at-most-once choice are explained in job-claims.ts.
 */
import type { TandemDb } from '../../db/client.ts';
import type { Logger } from '../logger.ts';
import { claimJob, completeJob, failJob, type ClaimPolicy, type JobKey } from './job-claims.ts';

export interface RetryPolicy {
  leaseMs: number;
  maxAttempts: number;
  baseDelayMs: number;
  resendAfterCrash: boolean;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  // Longer than any send (a chart upload is three HTTP calls with their own timeouts).
  leaseMs: 10 * 60_000,
  maxAttempts: 4,
  // 1, 4 and 16 minutes: rides out a platform blip without hammering it.
  baseDelayMs: 60_000,
  resendAfterCrash: false,
};

export type DeliveryResult = 'sent' | 'already-done' | 'in-progress' | 'outcome-unknown' | 'gave-up' | 'cancelled';

export interface DeliveryContext {
  db: TandemDb;
  now: () => Date;
  logger: Logger;
  policy: RetryPolicy;
  /** Resolves true after `ms`, or false when the scheduler stops first. */
  sleep: (ms: number) => Promise<boolean>;
}

export function claimPolicy(policy: RetryPolicy): ClaimPolicy {
  return { ...policy, retryDelayMs: (failedAttempts) => policy.baseDelayMs * 4 ** Math.max(failedAttempts - 1, 0) };
}

export async function deliverOnce(context: DeliveryContext, key: JobKey, send: () => Promise<void>): Promise<DeliveryResult> {
  const { db, logger } = context;
  const fields = { job: key.job, slot: key.slot };
  for (;;) {
    const claim = claimJob(db, key, context.now(), claimPolicy(context.policy));
    switch (claim.outcome) {
      case 'done':
        return 'already-done';
      case 'in-progress':
        logger.debug('scheduled post already being sent elsewhere', fields);
        return 'in-progress';
      case 'outcome-unknown':
        logger.error('scheduled post may or may not have been sent (the process stopped mid-send); not re-sending to avoid a duplicate — check the channel, then release the job to send it', fields);
        return 'outcome-unknown';
      case 'exhausted':
        logger.error('scheduled post failed on every attempt; giving up', { ...fields, attempts: claim.attempts });
        return 'gave-up';
      case 'backing-off':
        if (!(await context.sleep(Math.max(claim.retryAt.getTime() - context.now().getTime(), 0)))) return 'cancelled';
        continue;
      case 'claimed':
        break;
    }
    try {
      await send();
      completeJob(db, key, context.now());
      logger.info('scheduled post sent', { ...fields, attempt: claim.attempt });
      return 'sent';
    } catch (error) {
      failJob(db, key, context.now(), describe(error));
      const last = claim.attempt >= context.policy.maxAttempts;
      logger[last ? 'error' : 'warn'](last ? 'scheduled post failed; giving up' : 'scheduled post failed; will retry', {
        ...fields,
        attempt: claim.attempt,
        error: describe(error),
      });
      if (last) return 'gave-up';
    }
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0] ?? 'unknown error';
}
