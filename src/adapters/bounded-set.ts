/**
 * A set that forgets its oldest entries past a capacity. The Slack and Discord adapters keep "seen"
 * event ids and the threads the bot takes part in with it: memory stays flat however long it runs.
 */
export class BoundedSet {
  private readonly entries = new Set<string>();

  constructor(private readonly capacity: number) {}

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Adds (or refreshes) a key; returns false when it was already present. */
  add(key: string): boolean {
    const existed = this.entries.delete(key);
    this.entries.add(key);
    if (this.entries.size > this.capacity) {
      // Sets iterate in insertion order, so the first key is the least recently added.
      const oldest = this.entries.values().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return !existed;
  }

  get size(): number {
    return this.entries.size;
  }
}
