/**
 * A set that forgets its oldest entries past `capacity`: remembers recent event ids and the threads
 * the bot takes part in without growing for the life of the process.
 */
export class BoundedSet {
  private readonly entries = new Set<string>();

  constructor(private readonly capacity: number) {}

  has(value: string): boolean {
    return this.entries.has(value);
  }

  add(value: string): void {
    // Re-adding moves the value to the newest position.
    this.entries.delete(value);
    this.entries.add(value);
    if (this.entries.size <= this.capacity) return;
    const oldest = this.entries.values().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }
}

/**
 * True when the event was seen before. The caller's shared check (a database table survives restarts
 * and RESUME replays) wins; the in-memory set is the fallback.
 */
export function createDuplicateCheck(shared?: (eventId: string) => boolean): (eventId: string) => boolean {
  if (shared) return shared;
  const seen = new BoundedSet(5_000);
  return (eventId) => {
    if (seen.has(eventId)) return true;
    seen.add(eventId);
    return false;
  };
}
