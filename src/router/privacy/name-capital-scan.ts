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
export interface CapitalWordPattern {
  /** Sticky, Unicode; its first character must be an upper-case letter (`\p{Lu}`). */
  readonly sticky: RegExp;
}

export function capitalWordPattern(source: string): CapitalWordPattern {
  return { sticky: new RegExp(source, 'uy') };
}

/** Flat start/end offsets of each match: [start, end, start, end, …]. */
export function scanCapitalWords(pattern: CapitalWordPattern, text: string): number[] {
  const bounds: number[] = [];
  const sticky = pattern.sticky;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    // Lower-case letters, digits, spaces and punctuation: no match starts here.
    if (code < 0x80 && (code < 65 || code > 90)) {
      index += 1;
      continue;
    }
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

function isSurrogatePair(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return false;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
