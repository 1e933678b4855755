import { BoundedSet } from '../bounded-set.ts';

/**
 * True when the event was seen before. The caller's shared check (a database table survives restarts
 * and RESUME replays) wins; the in-memory set is the fallback.
 */
export function createDuplicateCheck(shared?: (eventId: string) => boolean): (eventId: string) => boolean {
  if (shared) return shared;
  const seen = new BoundedSet(5_000);
  return (eventId) => !seen.add(eventId);
}
