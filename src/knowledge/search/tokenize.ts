/**
 * Splits text into words the way SQLite's unicode61 tokenizer does (letters and digits; case and
 * diacritics folded), so what the query analyser sees lines up with what the index holds.
 */
export interface WordToken {
  word: string;
  /** True when the next word follows a hyphen ("on-call", "wi-fi"): the two form one phrase. */
  hyphenatedToNext: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function wordTokens(text: string): WordToken[] {
  const folded = foldText(text);
  const tokens: WordToken[] = [];
  let previousEnd = -1;
  for (const match of folded.matchAll(WORD)) {
    const start = match.index;
    const last = tokens[tokens.length - 1];
    if (last && folded.slice(previousEnd, start) === '-') last.hyphenatedToNext = true;
    tokens.push({ word: match[0], hyphenatedToNext: false });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** Just the words, for callers that do not care about hyphenation. */
export function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}
