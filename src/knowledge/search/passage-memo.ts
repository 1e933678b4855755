/**
 * Per-passage work kept between questions: the same passages come back question after question (a
 * handbook has a few dozen), and tokenising and stemming them again cost more than the rest of the
 * ranking. Bounded: the memo starts over when full, as the stem memos do.
 *
 * An entry is found by the passage's id when the caller has one, else by the text, and is used only
 * when its text equals the text given, so an edited passage can never be served stale. Looking a
 * passage up by its text alone hashes the whole text, a fresh string from the database on every
 * question: ~5 µs for a 2 kB passage, more than comparing it with the remembered one.
 */
export function memoByText<T>(limit: number, compute: (text: string) => T): (text: string, id?: number) => T {
  const memo = new Map<number | string, { text: string; value: T }>();
  return (text, id) => {
    const key = id ?? text;
    const known = memo.get(key);
    if (known !== undefined && known.text === text) return known.value;
    if (memo.size >= limit) memo.clear();
    const value = compute(text);
    memo.set(key, { text, value });
    return value;
  };
}
