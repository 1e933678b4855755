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

const NON_ASCII = /[^\x00-\x7f]+/g;

/**
 * Decomposed (NFKD) and stripped of marks, then lower-cased. ASCII characters decompose to
 * themselves and never take part in reordering marks, so only the non-ASCII stretches are
 * normalised: the same result, without walking a long, mostly ASCII message with Unicode
 * patterns. Lower-casing stays whole, since a final sigma depends on the letter before it.
 */
export function foldText(text: string): string {
  return text.replace(NON_ASCII, (stretch) => stretch.normalize('NFKD').replace(/\p{M}+/gu, '')).toLowerCase();
}

/**
 * The words of a text, read only as far as someone asks: a pasted log's first dozens of concepts
 * need its first words, not its 400. A token is handed out once the word after it has been read,
 * so its hyphenation is known.
 */
export class WordTokenReader {
  private readonly folded: string;
  private readonly pattern = new RegExp(WORD.source, WORD.flags);
  private readonly tokens: WordToken[] = [];
  private previousEnd = -1;
  private finished = false;

  constructor(text: string) {
    this.folded = foldText(text);
  }

  /** The token at `index`, or undefined past the last word. */
  at(index: number): WordToken | undefined {
    this.readThrough(index + 1);
    return this.tokens[index];
  }

  /** How many of the `count` tokens from `start` exist (fewer near the end of the text). */
  available(start: number, count: number): number {
    this.readThrough(start + count);
    return Math.max(0, Math.min(count, this.tokens.length - start));
  }

  private readThrough(index: number): void {
    while (!this.finished && this.tokens.length <= index) this.readNext();
  }

  private readNext(): void {
    const match = this.pattern.exec(this.folded);
    if (!match) {
      this.finished = true;
      return;
    }
    const start = match.index;
    const last = this.tokens[this.tokens.length - 1];
    if (last && this.folded.slice(this.previousEnd, start) === '-') last.hyphenatedToNext = true;
    this.tokens.push({ word: match[0], hyphenatedToNext: false });
    this.previousEnd = start + match[0].length;
  }
}

/** Just the words, for callers that do not care about hyphenation. */
export function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}
