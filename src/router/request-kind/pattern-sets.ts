/**
 * Lists of phrase patterns, tested as one. A message is read by some 150 small regular
 * expressions; run one after another, each walks the whole text, and on a 2 kB paste those walks
 * were most of the classifier's time. Joined into one alternation, the engine walks the text once
 * and tries the alternatives only where one can start. The answers are exactly those of the list
 * tested pattern by pattern, so the lists stay plain, readable arrays.
 */

/** Whether any pattern matches: `patterns.some((pattern) => pattern.test(text))`, in one pass per flag set. */
export function anyPattern(patterns: readonly RegExp[]): (text: string) => boolean {
  const joined = [...groupByFlags(patterns)].map(([flags, group]) => new RegExp(group.map((pattern) => `(?:${pattern.source})`).join('|'), flags));
  return (text) => joined.some((pattern) => pattern.test(text));
}

export interface FirstMatch {
  /** Which pattern of the list. */
  index: number;
  /** The words it matched (its leftmost match). */
  text: string;
}

/**
 * The first pattern *in list order* that matches anywhere, with its leftmost match: what
 * `patterns.map((pattern) => pattern.exec(text)?.[0]).find(Boolean)` gives, in one pass. At each
 * position where something matches, the alternation reports the earliest listed pattern matching
 * there; the earliest listed pattern overall is the lowest of those, and the first position at
 * which it is reported is its leftmost match.
 */
export function firstPattern(patterns: readonly RegExp[]): (text: string) => FirstMatch | undefined {
  const flags = [...groupByFlags(patterns).keys()];
  if (flags.length > 1) throw new Error(`patterns with different flags cannot be ordered in one pass: ${flags.join(', ')}`);
  // A named group per pattern tells which one matched; `g` lets the scan resume after a match.
  const joined = new RegExp(patterns.map((pattern, index) => `(?<${GROUP}${index}>${pattern.source})`).join('|'), `${flags[0] ?? ''}g`);
  return (text) => {
    let best: FirstMatch | undefined;
    joined.lastIndex = 0;
    for (let found = joined.exec(text); found; found = joined.exec(text)) {
      const index = matchedPattern(found);
      if (best === undefined || index < best.index) best = { index, text: found[0] };
      if (index === 0) break;
      // One position on, not past the match: a listed-earlier pattern may start inside this match.
      joined.lastIndex = found.index + 1;
    }
    return best;
  };
}

const GROUP = 'pattern';

function matchedPattern(found: RegExpExecArray): number {
  let index = 0;
  while (found.groups![`${GROUP}${index}`] === undefined) index++;
  return index;
}

/**
 * Patterns grouped by their flags (an alternation has one set). Global and sticky patterns keep
 * state between calls, back-references and named groups count groups: none of them can be joined.
 */
function groupByFlags(patterns: readonly RegExp[]): Map<string, RegExp[]> {
  const groups = new Map<string, RegExp[]>();
  for (const pattern of patterns) {
    if (/[gy]/.test(pattern.flags) || /\\[1-9k]|\(\?</.test(pattern.source.replace(/\(\?<[=!]/g, ''))) throw new Error(`cannot join ${pattern}`);
    groups.set(pattern.flags, [...(groups.get(pattern.flags) ?? []), pattern]);
  }
  return groups;
}
