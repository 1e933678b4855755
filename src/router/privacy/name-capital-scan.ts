/**
 * Where a capitalised-word pattern matches in a text, found without walking the whole text through a
 * Unicode regex. The lexicon and shape name passes each look for capitalised words with a pattern
 * that can only start on an upper-case letter; a global `/u` pattern still steps through every
 * character of every message in the regex engine (about as slow as `/\p{Lu}/gu` alone), while most
 * characters are ASCII and plainly not capitals. This skips them in a plain loop and runs the pattern,
 * made sticky, only where a match can start: an ASCII capital or any non-ASCII character.
 *
 * The matches are exactly those of the global pattern (test/privacy/name-capital-scan.test.ts holds
 * them side by side): it tries the same code point positions in the same order, and after a match
 * goes on from its end.
 */
import { withoutOpeningTest } from './start-filtered-matches.ts';

export interface CapitalWordPattern {
  /** Sticky, Unicode; its first character must be an upper-case letter (`\p{Lu}`). */
  readonly sticky: RegExp;
  /**
   * By ASCII code: whether the pattern's opening look-behind refuses to match after that character.
   * Seven capitals in ten in chat text follow a letter, digit or joiner (acronyms, ids, camelCase, paths),
   * where the look-behind fails; the scan skips them without running the pattern.
   */
  readonly refusedAfter: readonly boolean[];
}

export function capitalWordPattern(source: string): CapitalWordPattern {
  return { sticky: new RegExp(source, 'uy'), refusedAfter: asciiRefusedBefore(source) };
}

/** One single-character class, as a negative look-behind holds it: `[\p{L}\p{N}_@#/\\.-]`. */
const SINGLE_CLASS = /^\[(?:[^\]\\]|\\.)*\]$/;

/**
 * For a pattern opening with `(?<![CLASS])`, the ASCII characters in CLASS: no match can start right after
 * one. Read from the pattern itself, so the table cannot disagree with it; any other opening gives an
 * empty table (the pattern is then run at every capital, as before).
 */
function asciiRefusedBefore(source: string): boolean[] {
  const refused = new Array<boolean>(128).fill(false);
  if (!source.startsWith('(?<![')) return refused;
  const lookBehind = source.slice(0, source.length - withoutOpeningTest(source).length);
  const characterClass = lookBehind.slice('(?<!'.length, -')'.length);
  if (!SINGLE_CLASS.test(characterClass)) return refused;
  const member = new RegExp(`^${characterClass}$`, 'u');
  for (let code = 0; code < 128; code += 1) refused[code] = member.test(String.fromCharCode(code));
  return refused;
}

/** Flat start/end offsets of each match: [start, end, start, end, …]. */
export function scanCapitalWords(pattern: CapitalWordPattern, text: string): number[] {
  const bounds: number[] = [];
  const { sticky } = pattern;
  for (let index = nextPossibleStart(pattern, text, 0); index < text.length; index = nextPossibleStart(pattern, text, index)) {
    sticky.lastIndex = index;
    // `test` rather than `exec`: the end is all we need, and no match array is built.
    if (sticky.test(text) && sticky.lastIndex > index) {
      bounds.push(index, sticky.lastIndex);
      index = sticky.lastIndex;
      continue;
    }
    index += isSurrogatePair(text, index) ? 2 : 1;
  }
  return bounds;
}

/**
 * The matches themselves, as `matchesOf` yields them for the same pattern made global, for passes that read its
 * groups. The pattern must not match the empty string (its first character is a capital).
 */
export function* capitalWordMatches(pattern: CapitalWordPattern, text: string): Generator<RegExpExecArray, void, undefined> {
  const { sticky } = pattern;
  for (let index = nextPossibleStart(pattern, text, 0); index < text.length; index = nextPossibleStart(pattern, text, index)) {
    sticky.lastIndex = index;
    const match = sticky.exec(text);
    if (match !== null && sticky.lastIndex > index) {
      index = sticky.lastIndex;
      yield match;
      continue;
    }
    index += isSurrogatePair(text, index) ? 2 : 1;
  }
}

/** The first index from `index` on where the pattern may start: an ASCII capital, or any non-ASCII character, after a character its look-behind takes. */
function nextPossibleStart(pattern: CapitalWordPattern, text: string, index: number): number {
  const { refusedAfter } = pattern;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    // Lower-case letters, digits, spaces and punctuation: no match starts here.
    if (code < 0x80 && (code < 65 || code > 90)) {
      index += 1;
      continue;
    }
    // Right after a character the look-behind refuses ("API", "GitHub", "x.Foo"): no match starts here either.
    // An ASCII character before means `index` is not inside a surrogate pair, so one step is the pattern's step.
    if (refusedAfter[text.charCodeAt(index - 1)] === true) {
      index += isSurrogatePair(text, index) ? 2 : 1;
      continue;
    }
    return index;
  }
  return index;
}

function isSurrogatePair(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return false;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
