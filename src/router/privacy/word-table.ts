import { registerGuardCache } from './bounded-cache.ts';

/**
 * What is known about each word, looked up by where the word stands in a text. The recall pass reads
 * every word of every message, and a message's words mostly repeat ("the", "ask", "deploy"): a word
 * seen before is found by hashing its characters in place and comparing them with the stored word,
 * without cutting a substring and hashing that new string for a Map. The stored word is handed back,
 * so a known word costs no allocation at all. Bounded like the guard's other caches: when full it
 * starts afresh (the facts depend on the word alone, so forgetting them changes no answer).
 */
export interface WordEntry<Value> {
  word: string;
  hash: number;
  value: Value;
}

export class WordTable<Value> {
  private slots: Array<WordEntry<Value> | undefined>;
  private size = 0;

  constructor(
    private readonly limit: number,
    private readonly describe: (word: string) => Value,
  ) {
    // Twice as many slots as words keeps probe chains short.
    this.slots = new Array<WordEntry<Value> | undefined>(slotCount(limit));
    registerGuardCache(this);
  }

  /** The entry for `text.slice(start, end)`, made (and described) on first sight. */
  entry(text: string, start: number, end: number): WordEntry<Value> {
    const hash = hashRange(text, start, end);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = this.slots[slot];
      if (found === undefined) return this.insert(slot, text.slice(start, end), hash);
      if (found.hash === hash && found.word.length === length && text.startsWith(found.word, start)) return found;
    }
  }

  clear(): void {
    this.slots.fill(undefined);
    this.size = 0;
  }

  private insert(slot: number, word: string, hash: number): WordEntry<Value> {
    let free = slot;
    if (this.size >= this.limit) {
      this.clear();
      free = hash & (this.slots.length - 1);
    }
    const entry: WordEntry<Value> = { word, hash, value: this.describe(word) };
    this.slots[free] = entry;
    this.size += 1;
    return entry;
  }
}

function slotCount(limit: number): number {
  let count = 1;
  while (count < limit * 2) count *= 2;
  return count;
}

/** FNV-1a over the UTF-16 code units of the range. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
