/**
 * The words of a stretch of text with their places, as the firm and brand readers take them: letters and
 * digits with inner apostrophes and dots ("jerry's", "Dr."), a trailing apostrophe ("Graves'"), and "&" or "+"
 * as words of their own ("Kühne + Nagel").
 */
export interface WindowWord {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\d]+(?:['’.][\p{L}\p{M}]+)*['’]?|[&+]/gu;

/** A word's final possessive, as WORD takes it into the word: "Wendy's", "Torvalds'". */
export const POSSESSIVE_END = /['’]s?$/u;

export function wordsBetween(text: string, from: number, to: number): WindowWord[] {
  const start = Math.max(0, from);
  const words: WindowWord[] = [];
  for (const match of text.slice(start, Math.min(text.length, to)).matchAll(WORD)) {
    words.push({ text: match[0], start: start + match.index, end: start + match.index + match[0].length });
  }
  return words;
}

/**
 * The first run of at most `mostWords` words within `reach` of a span that holds the whole span and passes
 * `isRun` — runs that start earlier are tried first, and of those the shorter — or undefined: the name found
 * inside a firm's or a brand's longer name ("Hilfiger" in "Tommy Hilfiger", "Ben" in "ben & jerry's").
 */
export function runAround(
  text: string,
  span: { start: number; end: number },
  reach: number,
  mostWords: number,
  isRun: (run: readonly WindowWord[]) => boolean,
): readonly WindowWord[] | undefined {
  const words = wordsBetween(text, span.start - reach, span.end + reach);
  const first = words.findIndex((word) => word.end > span.start);
  let last = words.length - 1;
  while (last >= 0 && words[last]!.start >= span.end) last -= 1;
  if (first < 0 || last < first) return undefined;
  for (let start = Math.max(0, last - mostWords + 1); start <= first; start += 1) {
    for (let end = last; end < Math.min(words.length, start + mostWords); end += 1) {
      const run = words.slice(start, end + 1);
      if (isRun(run)) return run;
    }
  }
  return undefined;
}
