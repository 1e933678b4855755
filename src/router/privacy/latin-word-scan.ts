/**
 * The Latin-script words of a text, found by a hand-written scan instead of a Unicode regex: the recall
 * pass reads every word of every message, and the regex spent most of its time on plain ASCII. It finds
 * exactly what this regex finds (test/privacy/latin-word-scan.test.ts holds them side by side):
 *
 *   (?<![\p{L}\p{M}\p{N}_@#/\\.:=$]|(?<![\u05d0-\u05ea])-)\p{Script=Latin}[\p{Script=Latin}\p{M}]*
 *   (?:['’-]\p{Script=Latin}[\p{Script=Latin}\p{M}]*)*(?![\p{L}\p{M}\p{N}_@/\\=\[(]|[.:][\p{L}\p{N}]|-[\p{Script=Latin}\p{N}])
 *
 * Every Latin-script character is a letter or a number, so the regex can only end a word where a
 * part ends ("Jean" or "Jean-Luc" in "Jean-Luc"), never inside one; the scan tries those ends, longest first.
 */
const LATIN = /\p{Script=Latin}/uy;
const MARK = /\p{M}/uy;
const LETTER_MARK_NUMBER = /[\p{L}\p{M}\p{N}]/uy;
const LETTER_NUMBER = /[\p{L}\p{N}]/uy;
const NUMBER = /\p{N}/uy;

/** Flat start/end offsets of each word: [start, end, start, end, …]. */
export function scanLatinWords(text: string): number[] {
  const bounds: number[] = [];
  let index = 0;
  while (index < text.length) {
    const width = codePointWidth(text, index);
    if (!isLatin(text, index) || isBlockedBefore(text, index)) {
      index += width;
      continue;
    }
    const end = longestEnd(text, index + width);
    if (end < 0) {
      index += width;
      continue;
    }
    bounds.push(index, end);
    index = end;
  }
  return bounds;
}

/** The longest end whose following character lets the word end there, or -1. */
function longestEnd(text: string, afterFirst: number): number {
  const first = skipLatinOrMarks(text, afterFirst);
  // Most words have one part ("deploy", not "Jean-Luc"): settled without collecting the ends.
  if (!isJoinerBeforeLatin(text, first)) return isBlockedAfter(text, first) ? -1 : first;
  const ends: number[] = [first];
  let cursor = first;
  while (isJoinerBeforeLatin(text, cursor)) {
    cursor = skipLatinOrMarks(text, cursor + 1 + codePointWidth(text, cursor + 1));
    ends.push(cursor);
  }
  for (let index = ends.length - 1; index >= 0; index -= 1) {
    if (!isBlockedAfter(text, ends[index]!)) return ends[index]!;
  }
  return -1;
}

/** `'`, `’` or `-` at `index`, then a Latin letter: the word goes on with another part. */
function isJoinerBeforeLatin(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code === 39 || code === 0x2019 || code === 45) && isLatin(text, index + 1);
}

function skipLatinOrMarks(text: string, from: number): number {
  let cursor = from;
  while (cursor < text.length) {
    const code = text.charCodeAt(cursor);
    // ASCII letters first: most words are made of nothing else.
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      cursor += 1;
      continue;
    }
    if (code < 0x80 || !(isLatin(text, cursor) || isMark(text, cursor))) break;
    cursor += codePointWidth(text, cursor);
  }
  return cursor;
}

/** The ASCII characters of the two look-arounds other than letters and digits, by code (no one-character strings per word). */
const BLOCKED_BEFORE: readonly number[] = [...'_@#/\\.:=$-'].map((character) => character.charCodeAt(0));
const BLOCKED_AFTER: readonly number[] = [...'_@/\\=[('].map((character) => character.charCodeAt(0));

/** [\p{L}\p{M}\p{N}_@#/\\.:=$-] just before `index` (a whole code point). */
function isBlockedBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  // Hebrew joins its one-letter prefixes to a loan with a hyphen ("ל-Yael", "ה-deploy"): the Latin word starts after it.
  if (code === 45) return index < 2 || !isHebrewLetter(text.charCodeAt(index - 2));
  if (code < 0x80) return isAsciiLetterOrDigit(code) || BLOCKED_BEFORE.includes(code);
  const start = index >= 2 && code >= 0xdc00 && code <= 0xdfff && isHighSurrogate(text.charCodeAt(index - 2)) ? index - 2 : index - 1;
  return matchesAt(LETTER_MARK_NUMBER, text, start);
}

function isHebrewLetter(code: number): boolean {
  return code >= 0x05d0 && code <= 0x05ea;
}

/**
 * (?![\p{L}\p{M}\p{N}_@/\\=\[(]|[.:][\p{L}\p{N}]|-[\p{Script=Latin}\p{N}]) at `index`: a hyphen before another script's letter is
 * where Armenian, Georgian or Russian joins its case ending to a Latin word ("Armen-ը", "Google-ში", "PR-ом").
 */
function isBlockedAfter(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code >= 0x80) return matchesAt(LETTER_MARK_NUMBER, text, index);
  if (isAsciiLetterOrDigit(code) || BLOCKED_AFTER.includes(code)) return true;
  if (code !== 46 && code !== 58 && code !== 45) return false;
  const next = index + 1;
  if (next >= text.length) return false;
  const nextCode = text.charCodeAt(next);
  if (nextCode < 0x80) return isAsciiLetterOrDigit(nextCode);
  return code === 45 ? isLatin(text, next) || matchesAt(NUMBER, text, next) : matchesAt(LETTER_NUMBER, text, next);
}

function isLatin(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return matchesAt(LATIN, text, index);
}

function isMark(text: string, index: number): boolean {
  return text.charCodeAt(index) >= 0x80 && matchesAt(MARK, text, index);
}

function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function codePointWidth(text: string, index: number): number {
  return isHighSurrogate(text.charCodeAt(index)) && index + 1 < text.length && text.charCodeAt(index + 1) >= 0xdc00 && text.charCodeAt(index + 1) <= 0xdfff ? 2 : 1;
}
