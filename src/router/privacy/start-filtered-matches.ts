/**
 * The matches of a global pattern, as `matchesOf` yields them, for patterns that open with a boundary
 * test: a look-behind (`(?<![\p{L}\d])apt|unit|…`) or `\b`. V8 scans ahead quickly for a pattern that
 * opens with words or characters, but an opening look-behind defeats that: the whole pattern is then
 * tried at every character of the message, three to four times slower on the role, asked-about and
 * unit-address patterns. Here the pattern without its opening test (the "prefilter") finds where a
 * match may start, at full speed, and the whole pattern, made sticky, is tried only there.
 *
 * The matches are exactly the global pattern's: the prefilter matches wherever the pattern does (it only
 * lacks a zero-width test), every position it matches at is tried in order, and after a match the scan
 * goes on from the match's end.
 */
export interface StartFilteredPattern {
  readonly prefilter: RegExp;
  readonly sticky: RegExp;
}

export function startFiltered(pattern: RegExp): StartFilteredPattern {
  if (!pattern.global) throw new TypeError(`startFiltered needs a global pattern: ${pattern.source}`);
  return { prefilter: new RegExp(withoutOpeningTest(pattern.source), pattern.flags), sticky: new RegExp(pattern.source, pattern.flags.replace('g', 'y')) };
}

export function* filteredMatchesOf(filtered: StartFilteredPattern, text: string): Generator<RegExpExecArray, void, undefined> {
  const { prefilter, sticky } = filtered;
  let index = 0;
  while (index <= text.length) {
    prefilter.lastIndex = index;
    const candidate = prefilter.exec(text);
    if (candidate === null) return;
    const at = candidate.index;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    // A Unicode pattern never starts inside a surrogate pair: a failed or empty match moves on a whole code point.
    const step = sticky.unicode && isSurrogatePair(text, at) ? 2 : 1;
    if (match === null) {
      index = at + step;
      continue;
    }
    index = match[0].length > 0 ? at + match[0].length : at + step;
    yield match;
  }
}

/** The source without its opening `\b` or look-behind group; throws when it has neither. */
export function withoutOpeningTest(source: string): string {
  if (source.startsWith('\\b')) return source.slice(2);
  if (!source.startsWith('(?<!') && !source.startsWith('(?<=')) throw new SyntaxError(`no opening look-behind or \\b: ${source}`);
  let depth = 0;
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index];
    if (character === '\\') {
      index += 1;
    } else if (inClass) {
      inClass = character !== ']';
    } else if (character === '[') {
      inClass = true;
    } else if (character === '(') {
      depth += 1;
    } else if (character === ')') {
      depth -= 1;
      if (depth === 0) return source.slice(index + 1);
    }
  }
  throw new SyntaxError(`unbalanced look-behind: ${source}`);
}

function isSurrogatePair(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return false;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
