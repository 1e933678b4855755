/**
 * Lists of phrase patterns, tested cheaply. A message is read by some 150 small regular
 * expressions; tested one after another, each walks the whole text, and on a 2 kB paste those
 * walks were most of the classifier's time. Nearly every pattern is made of words ("\bwhy
 * (does|is)…", "^(thanks|thank you)…"): read from the pattern itself, at each place where a word
 * must begin, one of the words that can begin there must be in the text for the pattern to match.
 * One scan of a text finds which of those words it has, and only the patterns whose words are all
 * there are run. A pattern nothing can be read from is always run. The answers are exactly those
 * of testing every pattern, so the lists stay plain, readable arrays.
 */

/** Whether any pattern matches: `patterns.some((pattern) => pattern.test(text))`. */
export function anyPattern(patterns: readonly RegExp[]): (text: string) => boolean {
  const gates = lazyGates(patterns);
  return (text) => {
    const gated = gates(text);
    if (gated === undefined) return patterns.some((pattern) => pattern.test(text));
    const words = wordsIn(text);
    return gated.some(({ pattern, passes }) => passes(words) && pattern.test(text));
  };
}

export interface FirstMatch {
  /** Which pattern of the list. */
  index: number;
  /** The words it matched (its leftmost match). */
  text: string;
}

/**
 * The first pattern *in list order* that matches, with its leftmost match: `patterns.map((pattern) => pattern.exec(text)?.[0]).find(Boolean)`.
 * `from`, per pattern: how many characters of the text it skips (a phrase that counts only after something told first).
 */
export function firstPattern(patterns: readonly RegExp[], from?: readonly number[]): (text: string) => FirstMatch | undefined {
  const gates = lazyGates(patterns);
  return (text) => {
    const gated = gates(text);
    const words = gated === undefined ? undefined : wordsIn(text);
    for (const [index, pattern] of patterns.entries()) {
      const skip = wordStartFrom(text, from?.[index] ?? 0);
      if (skip >= text.length || (words !== undefined && !gated![index]!.passes(words))) continue;
      const found = pattern.exec(skip === 0 ? text : text.slice(skip));
      if (found) return { index, text: found[0] };
    }
    return undefined;
  };
}

/**
 * Where a pattern that skips `from` characters starts reading: at the next word's start, so that a cut in the middle of a
 * word makes no word boundary of its own ("…elsewhere" is never read as "where") and the gates' whole words still hold.
 */
function wordStartFrom(text: string, from: number): number {
  if (from === 0) return 0;
  let index = from;
  while (index < text.length && WORD_CHARACTER.test(text[index - 1]!) && WORD_CHARACTER.test(text[index]!)) index += 1;
  return index;
}

const WORD_CHARACTER = /[\p{L}\p{N}_'’]/u;

/**
 * Reading every pattern's words costs ~80 ms for all the lists, paid by each process that starts
 * (every one-shot `tandem ask` and `route`), while one short message is read by every pattern in well
 * under a millisecond. So a list's first short text is tested pattern by pattern, and the gates are
 * built when a second text, or a long one, comes: a running bot or a batch pays once, a one-shot
 * command never. Either way the answers are those of testing every pattern.
 */
const DIRECT_TEXT_LENGTH = 400;

function lazyGates(patterns: readonly RegExp[]): (text: string) => readonly GatedPattern[] | undefined {
  for (const pattern of patterns) checkStateless(pattern);
  let gated: GatedPattern[] | undefined;
  let seen = 0;
  return (text) => {
    if (gated !== undefined) return gated;
    seen += 1;
    if (seen === 1 && text.length <= DIRECT_TEXT_LENGTH) return undefined;
    gated = patterns.map(gate);
    return gated;
  };
}

function checkStateless(pattern: RegExp): void {
  if (/[gy]/.test(pattern.flags)) throw new Error(`a global or sticky pattern keeps state between texts: ${pattern}`);
}

interface GatedPattern {
  pattern: RegExp;
  /** False only when the pattern cannot match this text. */
  passes: (words: ReadonlySet<string>) => boolean;
}

function gate(pattern: RegExp): GatedPattern {
  const alternatives = neededPerAlternative(pattern);
  if (!alternatives) return { pattern, passes: () => true };
  // Short words are the common ones: needs whose words are all longer are checked first, to fail fast.
  const sorted = alternatives.map((needs) => [...needs].sort((a, b) => shortest(b) - shortest(a)));
  for (const { whole, starts } of sorted.flat()) {
    for (const word of whole) watchedWords.add(word);
    for (const word of starts) watchedStarts.add(word);
  }
  if (sorted.length === 1) {
    const needs = sorted[0]!;
    return { pattern, passes: (words) => needs.every((need) => meets(need, words)) };
  }
  return { pattern, passes: (words) => sorted.some((needs) => needs.every((need) => meets(need, words))) };
}

function meets({ whole, starts }: Need, words: ReadonlySet<string>): boolean {
  for (const word of whole) if (words.has(word)) return true;
  if (starts.length === 0) return false;
  for (const found of words) if (starts.some((start) => found.startsWith(start))) return true;
  return false;
}

function shortest({ whole, starts }: Need): number {
  // Looking for a beginning reads every word found: a need with any is checked last.
  return starts.length > 0 ? 0 : Math.min(...whole.map((word) => word.length));
}

/** The whole words and the beginnings of words that some pattern needs. */
const watchedWords = new Set<string>();
const watchedStarts = new Set<string>();
let finder: { size: number; pattern: RegExp } | undefined;
let last: { text: string; size: number; words: ReadonlySet<string> } | undefined;

/**
 * The words of the text (runs of [A-Za-z0-9_], as `\b` sees them) that a need could be met by:
 * the watched words, and every word that begins with a watched beginning. One scan finds them all.
 * Every list reads the same ask in turn, so the last text's answer is kept.
 */
function wordsIn(text: string): ReadonlySet<string> {
  const size = watchedWords.size + watchedStarts.size;
  if (last?.text === text && last.size === size) return last.words;
  if (finder?.size !== size) {
    // Either branch matches the whole word at the place it begins, so no found word hides another.
    const branches = [...(watchedWords.size > 0 ? [`(?:${[...watchedWords].join('|')})\\b`] : []), ...(watchedStarts.size > 0 ? [`(?:${[...watchedStarts].join('|')})\\w*`] : [])];
    finder = { size, pattern: new RegExp(`\\b(?:${branches.join('|')})`, 'g') };
  }
  const words = new Set(text.match(finder.pattern));
  last = { text, size, words };
  return words;
}

/** Marks a `\b` inside a spelled-out stretch: the word before it ends there. */
const BOUNDARY = '\u0000';
/** Beyond this many spelled-out ways, stop spelling them out (each stays a valid beginning). */
const MAX_OPENINGS = 256;

/**
 * One thing a match needs: one of `whole` as a whole word, or one of `starts` somewhere (a word
 * that may run on into a longer one, "trade" in "tradeoffs").
 */
interface Need {
  whole: string[];
  starts: string[];
}

/**
 * What any match of the pattern needs, read from its source: at each place where a word must
 * begin (the start after `\b` or `^`, after a space or other non-word character, after a `\b`),
 * the words that can begin there. Empty when nothing can be read, or when flags change what a
 * word or a start is, so the pattern is always run.
 */
export function requiredWords(pattern: RegExp): Need[] {
  const alternatives = neededPerAlternative(pattern);
  // "\bfoo|\bbar": each top-level alternative needs its own words, none of them all.
  return alternatives?.length === 1 ? alternatives[0]! : [];
}

/**
 * What a match needs, for each top-level alternative ("\bfoo|\bbar" matches where either one's
 * needs are met); undefined when the pattern must always run: flags or escapes it cannot read, or
 * an alternative nothing can be read from.
 */
export function neededPerAlternative(pattern: RegExp): Need[][] | undefined {
  const source = pattern.source;
  // Escapes that stand for characters, back-references and property classes are not read at all.
  if (pattern.flags.replace(/[dgsy]/g, '') !== '' || /\\[xuckpP0-9]/.test(source)) return undefined;
  const alternatives = splitAlternatives(source, 0, source.length).map(([from, to]) => needsOf(source.slice(from, to)));
  return alternatives.every((needs) => needs.length > 0) ? alternatives : undefined;
}

function needsOf(source: string): Need[] {
  const needs: Need[] = [];
  for (const from of wordStarts(source)) {
    const need = wordsAt(source, from);
    if (need) needs.push(need);
  }
  return needs;
}

/** Top-level places just after `^` (at the start), `\b` or a plain non-word character, none of them repeated. */
function wordStarts(source: string): number[] {
  const starts = source.startsWith('^') ? [1] : [];
  for (let index = 0; index < source.length; ) {
    const end = itemEnd(source, index);
    const repeated = end < source.length && '?*+{'.includes(source[end]!);
    const item = source.slice(index, end);
    const boundsAWord = item === '\\b' || (item.length === 1 && !isWordChar(item) && !'.^$'.includes(item)) || /^\\[^A-Za-z0-9]$/.test(item);
    if (!repeated && boundsAWord && end < source.length) starts.push(end);
    index = repeated ? quantifierEnd(source, end) : end;
  }
  return starts;
}

/** The words that can begin at `from`; undefined when one of the ways it can begin is not a word. */
function wordsAt(source: string, from: number): Need | undefined {
  const whole = new Set<string>();
  const starts = new Set<string>();
  for (const opening of sequence(source, from, source.length).openings) {
    const word = /^[A-Za-z0-9_]*/.exec(opening)![0];
    if (word === '') return undefined;
    // Followed by a non-word character or a boundary, the word ends there; at the end of what
    // could be spelled out, it may continue.
    (word.length < opening.length ? whole : starts).add(word);
  }
  return { whole: [...whole], starts: [...starts] };
}

function isWordChar(char: string): boolean {
  return /^[A-Za-z0-9_]$/.test(char);
}

/** Where the item (character, escape, class or group) starting at `index` ends. */
function itemEnd(source: string, index: number): number {
  const char = source[index];
  if (char === '\\') return index + 2;
  if (char === '[') return classEnd(source, index) + 1;
  if (char === '(') return (closingParen(source, index) ?? source.length - 1) + 1;
  return index + 1;
}

/** Where the quantifier starting at `index` ends (its lazy `?` included). */
function quantifierEnd(source: string, index: number): number {
  let end = source[index] === '{' ? source.indexOf('}', index) + 1 : index + 1;
  if (source[end] === '?') end++;
  return end;
}

/**
 * Every way the stretch from `from` to `to` can be spelled, up to the first construct that is not
 * plain text: literal characters, groups of alternatives and optional characters or groups are
 * expanded; a class, a wildcard, a repeat or an assertion other than `\b` ends the spelling.
 */
interface Spelled {
  openings: string[];
  /** Whether the whole stretch was spelled out (false: the openings stop at something unreadable). */
  complete: boolean;
}

function sequence(source: string, from: number, to: number): Spelled {
  let openings = [''];
  let index = from;
  while (index < to) {
    const item = readItem(source, index, to);
    if (!item || openings.length > MAX_OPENINGS) return { openings, complete: false };
    const quantifier = item.end < to ? source[item.end] : undefined;
    // Optional (`?`, not the lazy `??`) is spelled with and without; any other repeat ends the spelling.
    const optional = quantifier === '?' && source[item.end + 1] !== '?';
    if (quantifier !== undefined && '*+{?'.includes(quantifier) && !optional) return { openings, complete: false };
    const choices = optional ? [...item.spelled.openings, ''] : item.spelled.openings;
    openings = openings.flatMap((opening) => choices.map((choice) => opening + choice));
    if (!item.spelled.complete) return { openings, complete: false };
    index = optional ? item.end + 1 : item.end;
  }
  return { openings, complete: true };
}

/** One item of a sequence: a literal character, `\b`, an escaped symbol or a plain group; undefined for anything else. */
function readItem(source: string, index: number, to: number): { spelled: Spelled; end: number } | undefined {
  const char = source[index]!;
  if (char === '\\') {
    const next = source[index + 1];
    if (next === 'b') return { spelled: { openings: [BOUNDARY], complete: true }, end: index + 2 };
    if (next !== undefined && /[.+*?^$()[\]{}|\\/-]/.test(next)) return { spelled: { openings: [next], complete: true }, end: index + 2 };
    return undefined;
  }
  if (char === '(') return readGroup(source, index, to);
  if ('|)[]{}.*+?^$'.includes(char)) return undefined;
  return { spelled: { openings: [char], complete: true }, end: index + 1 };
}

/** A capturing or `(?:` group, its alternatives spelled out; lookarounds are not read. */
function readGroup(source: string, index: number, to: number): { spelled: Spelled; end: number } | undefined {
  const close = closingParen(source, index);
  if (close === undefined || close >= to) return undefined;
  let start = index + 1;
  if (source[start] === '?') {
    if (source[start + 1] !== ':') return undefined;
    start += 2;
  }
  const alternatives = splitAlternatives(source, start, close).map(([from, end]) => sequence(source, from, end));
  return {
    spelled: { openings: alternatives.flatMap((alternative) => alternative.openings), complete: alternatives.every((alternative) => alternative.complete) },
    end: close + 1,
  };
}

/** Where the group opened at `open` closes, skipping escapes and classes. */
function closingParen(source: string, open: number): number | undefined {
  let depth = 0;
  for (let index = open; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '[') index = classEnd(source, index);
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index;
  }
  return undefined;
}

function classEnd(source: string, open: number): number {
  let index = open + 1;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index;
}

/** The top-level alternatives between `from` and `to`, as [start, end) pairs. */
function splitAlternatives(source: string, from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let index = from; index < to; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '[') index = classEnd(source, index);
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push([start, index]);
      start = index + 1;
    }
  }
  parts.push([start, to]);
  return parts;
}
