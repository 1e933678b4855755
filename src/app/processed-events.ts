/**
 * Exactly-once answering across retries and duplicate deliveries: the first delivery of an event
 * key claims it with INSERT OR IGNORE; every later one sees the claim and is dropped. Stored in
 * SQLite so a restart in the middle of Slack's retry window does not answer twice.
 */
import { lt } from 'drizzle-orm';
import type { TandemDb } from '../../db/client.ts';
import { processedEvents } from '../../db/schema.ts';

/** Slack retries for up to ~1 hour; keep claims a day, then let them go. */
const RETENTION_MS = 24 * 60 * 60 * 1000;

export function createEventDeduper(db: TandemDb, now: () => Date = () => new Date()): (eventKey: string) => boolean {
  let lastPrune = 0;
  return (eventKey) => {
    const at = now();
    if (at.getTime() - lastPrune > RETENTION_MS / 24) {
      db.delete(processedEvents).where(lt(processedEvents.receivedAt, new Date(at.getTime() - RETENTION_MS))).run();
      lastPrune = at.getTime();
    }
    const result = db.insert(processedEvents).values({ eventKey, receivedAt: at }).onConflictDoNothing().run();
    return result.changes === 0;
  };
}
