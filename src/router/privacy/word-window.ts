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

export function wordsBetween(text: string, from: number, to: number): WindowWord[] {
  const start = Math.max(0, from);
  const words: WindowWord[] = [];
  for (const match of text.slice(start, Math.min(text.length, to)).matchAll(WORD)) {
    words.push({ text: match[0], start: start + match.index, end: start + match.index + match[0].length });
  }
  return words;
}
