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
    this.slots = new Array<WordEntry<Value> | undefined>(INITIAL_SLOTS);
    registerGuardCache(this);
  }

  /** The entry for `text.slice(start, end)`, made (and described) on first sight. */
  entry(text: string, start: number, end: number): WordEntry<Value> {
    const hash = hashRange(text, start, end);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = this.slots[slot];
      if (found === undefined) return this.insert(text.slice(start, end), hash);
      if (found.hash === hash && found.word.length === length && sameCharacters(found.word, text, start)) return found;
    }
  }

  clear(): void {
    this.slots = new Array<WordEntry<Value> | undefined>(INITIAL_SLOTS);
    this.size = 0;
  }

  private insert(word: string, hash: number): WordEntry<Value> {
    const entry: WordEntry<Value> = { word, hash, value: this.describe(word) };
    if (this.size >= this.limit) this.clear();
    // At most half the slots in use keeps probe chains short; the table starts small and stays compact.
    else if ((this.size + 1) * 2 > this.slots.length) this.grow();
    this.slots[this.freeSlot(hash)] = entry;
    this.size += 1;
    return entry;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Array<WordEntry<Value> | undefined>(old.length * 2);
    for (const entry of old) if (entry !== undefined) this.slots[this.freeSlot(entry.hash)] = entry;
  }

  private freeSlot(hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
    return slot;
  }
}

const INITIAL_SLOTS = 1024;

/** `text.startsWith(word, start)` for a word whose length is known to fit, compared code unit by code unit. */
function sameCharacters(word: string, text: string, start: number): boolean {
  for (let index = 0; index < word.length; index += 1) {
    if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  }
  return true;
}

/** FNV-1a over the UTF-16 code units of the range. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
