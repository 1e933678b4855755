/**
 * Small insertion-ordered caches with a size limit. They hold fragments of recent messages (name
 * clauses, phone candidates), so they are registered here and can all be dropped at once.
 */
export interface BoundedCache<Value> {
  get(key: string): Value | undefined;
  set(key: string, value: Value): void;
}

/** Anything that holds fragments of recent messages and can forget them. */
export interface GuardCache {
  clear(): void;
}

const registry: GuardCache[] = [];

export function registerGuardCache(cache: GuardCache): void {
  registry.push(cache);
}

export function createBoundedCache<Value>(limit: number): BoundedCache<Value> {
  const entries = new Map<string, Value>();
  registry.push(entries);
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      if (!entries.has(key) && entries.size >= limit) {
        const oldest = entries.keys().next();
        if (oldest.done !== true) entries.delete(oldest.value);
      }
      entries.set(key, value);
    },
  };
}

/** Forgets every cached fragment of text, e.g. when a conversation ends or before a benchmark. */
export function clearGuardCaches(): void {
  for (const entries of registry) entries.clear();
}
