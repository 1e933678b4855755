/**
 * Per-passage work kept between questions: the same passages come back question after question (a
 * handbook has a few dozen), and tokenising and stemming them again cost more than the rest of the
 * ranking. Keyed by the text itself, so an edited passage can never be served stale. Bounded: the
 * memo starts over when full, as the stem memos do.
 */
export function memoByText<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(text);
      memo.set(text, value);
    }
    return value;
  };
}
