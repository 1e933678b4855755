/**
 * The matches of a global pattern, as `text.matchAll(pattern)` yields them. `matchAll` copies the
 * pattern (a new RegExp object) on every call, and the detectors make some forty calls per message;
 * this walks the pattern itself, saving and restoring its `lastIndex` around each yield so that a loop
 * body that uses the same pattern (or walks it again) does not disturb the walk.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern.source}`);
  let from = 0;
  for (;;) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match === null) return;
    from = match[0].length > 0 ? pattern.lastIndex : advance(text, pattern.lastIndex, pattern.unicode);
    yield match;
  }
}

/** After an empty match the search moves on by one character (a whole code point in a Unicode pattern), as matchAll does. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** A word a pattern finds, where it stands in the text. */
export interface FoundWord {
  text: string;
  start: number;
  end: number;
}

/** Every match of a global pattern as a word with its place: the words of a script ("ნიკა", "राहुल") for the passes that walk them. */
export function wordsMatching(pattern: RegExp, text: string): FoundWord[] {
  return [...matchesOf(pattern, text)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}
