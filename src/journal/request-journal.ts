/**
 * The durable request journal (table `request_journal`): a delivery is claimed once by its platform
 * key, and its state is written before each step that people can see, so a tandem that crashes and
 * restarts knows which requests to finish and which replies must not be posted again.
 *
 * States: claimed (work started, nothing shown yet) → answering (a placeholder is showing at its
 * reply location) → answered | failed. `posting_started_at` is set just before a reply goes out as a
 * new message; a request found with it set after a crash is never posted again (at most once).
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { TandemDb } from '../../db/client.ts';
import { requestJournal } from '../../db/schema.ts';
import type { IncomingMessage, ReplyLocation } from '../core/chat-contract.ts';

export type RequestStatus = 'claimed' | 'answering' | 'answered' | 'failed';

/** A request another (dead) tandem left open, now owned by this one. */
export interface OpenRequest {
  requestId: string;
  message: IncomingMessage;
  status: RequestStatus;
  replyLocation: ReplyLocation | undefined;
  /** A reply may already have gone out as a new message: posting again could show it twice. */
  postingStarted: boolean;
  /** How many times work on it has started, this one included. */
  attempts: number;
  claimedAt: Date;
}

export interface RequestJournal {
  /** The request id for a first delivery; undefined when this delivery key was claimed before. */
  claim(message: IncomingMessage): string | undefined;
  placed(requestId: string, location: ReplyLocation): void;
  postingStarted(requestId: string): void;
  answered(requestId: string): void;
  failed(requestId: string, error: string): void;
  /** Gives an open request back (its resumption could not start), for the next sweep to try again. */
  release(requestId: string): void;
  /** Keeps this tandem's open requests its own (called well inside the lease). */
  renewLeases(): void;
  /** Takes over open requests whose lease ran out: their tandem died with them in hand. */
  takeAbandoned(limit: number): OpenRequest[];
  readonly leaseMs: number;
}

export interface JournalOptions {
  /** Identifies this running tandem; a fresh one per start. */
  owner?: string;
  leaseMs: number;
  now?: () => Date;
}

/** Ended requests are kept two days (Slack retries for an hour; Discord replays on RESUME), then pruned. */
const RETENTION_MS = 2 * 24 * 60 * 60 * 1000;
const OPEN: RequestStatus[] = ['claimed', 'answering'];

export function newRequestId(): string {
  return randomUUID().slice(0, 8);
}

export function createRequestJournal(db: TandemDb, options: JournalOptions): RequestJournal {
  const owner = options.owner ?? randomUUID();
  const now = options.now ?? (() => new Date());
  const leaseFromNow = () => new Date(now().getTime() + options.leaseMs);
  const prune = pruner(db, now);
  const end = (requestId: string, status: 'answered' | 'failed', error?: string) =>
    db.update(requestJournal).set({ status, message: null, finishedAt: now(), ...(error ? { error: error.slice(0, 500) } : {}) }).where(eq(requestJournal.requestId, requestId)).run();

  return {
    leaseMs: options.leaseMs,
    claim(message) {
      prune();
      const requestId = newRequestId();
      const at = now();
      const inserted = db
        .insert(requestJournal)
        .values({ requestId, deliveryKey: message.deliveryKey, platform: message.platform, channelId: message.channelId, userId: message.userId, status: 'claimed', message: { ...message }, owner, leaseExpiresAt: leaseFromNow(), claimedAt: at })
        .onConflictDoNothing({ target: requestJournal.deliveryKey })
        .run();
      return inserted.changes === 1 ? requestId : undefined;
    },
    placed(requestId, location) {
      db.update(requestJournal).set({ status: 'answering', replyLocation: location }).where(eq(requestJournal.requestId, requestId)).run();
    },
    postingStarted(requestId) {
      db.update(requestJournal).set({ postingStartedAt: now() }).where(eq(requestJournal.requestId, requestId)).run();
    },
    answered: (requestId) => void end(requestId, 'answered'),
    failed: (requestId, error) => void end(requestId, 'failed', error),
    release(requestId) {
      db.update(requestJournal).set({ leaseExpiresAt: new Date(0) }).where(and(eq(requestJournal.requestId, requestId), inArray(requestJournal.status, OPEN))).run();
    },
    renewLeases() {
      db.update(requestJournal).set({ leaseExpiresAt: leaseFromNow() }).where(and(eq(requestJournal.owner, owner), inArray(requestJournal.status, OPEN))).run();
    },
    takeAbandoned(limit) {
      const at = now();
      const candidates = db.select().from(requestJournal).where(and(inArray(requestJournal.status, OPEN), lt(requestJournal.leaseExpiresAt, at))).limit(limit).all();
      const taken: OpenRequest[] = [];
      for (const row of candidates) {
        // The lease condition again: of two tandems sweeping at once, only one takes it.
        const result = db
          .update(requestJournal)
          .set({ owner, leaseExpiresAt: leaseFromNow(), attempts: sql`${requestJournal.attempts} + 1` })
          .where(and(eq(requestJournal.requestId, row.requestId), inArray(requestJournal.status, OPEN), lt(requestJournal.leaseExpiresAt, at)))
          .run();
        if (result.changes !== 1 || row.message === null) continue;
        taken.push({
          requestId: row.requestId,
          message: row.message as unknown as IncomingMessage,
          status: row.status,
          replyLocation: row.replyLocation ?? undefined,
          postingStarted: row.postingStartedAt !== null,
          attempts: row.attempts + 1,
          claimedAt: row.claimedAt,
        });
      }
      return taken;
    },
  };
}

function pruner(db: TandemDb, now: () => Date): () => void {
  let lastPrune = 0;
  return () => {
    const at = now().getTime();
    if (at - lastPrune < RETENTION_MS / 48) return;
    lastPrune = at;
    db.delete(requestJournal).where(and(inArray(requestJournal.status, ['answered', 'failed']), lt(requestJournal.claimedAt, new Date(at - RETENTION_MS)))).run();
  };
}
