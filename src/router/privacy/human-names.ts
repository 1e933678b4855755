import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { guardTables } from './table-cache.ts';
import { isAsciiOnly } from './text-scan.ts';
import { US_GIVEN_NAMES } from './us-given-names-data.ts';

/**
 * Whether a word is a given name or surname somewhere: the `humannames` package's ~197,000 first and
 * last names, English and common non-English ones ("Emeka", "Caoimhe", "Otieno", "Rocío"), gathered
 * from censuses and social media, and the US Social Security Administration's given names it lacks
 * ("Narek", "Kristjan", "Mantas"; us-given-names-data.ts, made by scripts/data/us-given-names.ts). The
 * list also holds everyday English words ("will", "data", "the"), so a hit is evidence only together
 * with something else: a word that is not ordinary, a name position, a cue. It never makes a PERSON alone.
 *
 * Kept compact, because a bot keeps it for its whole life: the folded names as one sorted string and a
 * table of where each starts (about 2.5 MB), searched by bisection, rather than a Set of 197,000
 * strings (about 10 MB). Loaded on first use (warmGuard loads it early); `--help` never loads it.
 */
let names: string | undefined;
let starts: Uint32Array | undefined;

/**
 * "Rocío" → "rocio", "Đặng" → "dang", "Guðrún" → "gudrun", "Yıldız" → "yildiz": the list is mostly unaccented,
 * people type accents or not. Letters Unicode does not decompose are spelled out as their languages write them
 * in ASCII ("Þórunn" → "thorunn", "Großmann" → "grossmann").
 */
export function foldName(word: string): string {
  const lower = word.toLowerCase();
  if (isAsciiOnly(lower)) return lower;
  const bare = lower.normalize('NFD').replace(MARKS, '');
  return UNDECOMPOSED.test(bare) ? bare.replace(UNDECOMPOSED_ALL, (letter) => SPELLED_OUT[letter] ?? letter) : bare;
}

/** Lower-case letters Unicode does not decompose, as their ASCII spellings write them. */
const SPELLED_OUT: Readonly<Record<string, string>> = { đ: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd', ħ: 'h' };
const UNDECOMPOSED = /[đøłßæœıþðħ]/u;
const UNDECOMPOSED_ALL = /[đøłßæœıþðħ]/gu;

// Kept out of foldName: bundlers compile an inline literal with a \p{…} escape again on every call, and
// foldName runs for every word the names list is asked about and every town name loaded.
const MARKS = /\p{M}+/gu;

export function isHumanName(word: string): boolean {
  if (names === undefined || starts === undefined) load();
  const probe = foldName(word);
  let low = 0;
  let high = starts!.length - 2;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compareEntry(names!, starts![middle]!, starts![middle + 1]! - 1, probe);
    if (order === 0) return true;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Compares the entry at [from, to) with `probe` in place, in the order `sort()` used (UTF-16 code units). */
function compareEntry(list: string, from: number, to: number, probe: string): number {
  const length = Math.min(to - from, probe.length);
  for (let index = 0; index < length; index += 1) {
    const difference = list.charCodeAt(from + index) - probe.charCodeAt(index);
    if (difference !== 0) return difference;
  }
  return to - from - probe.length;
}

/** Loads the list now, so the first message does not pay for it (called by warmGuard). */
export function warmHumanNames(): void {
  if (names === undefined) load();
}

function load(): void {
  const require = createRequire(import.meta.url);
  const file = require.resolve('humannames/list.txt');
  const kept = guardTables.lines('human-names', [file, require.resolve('humannames/package.json')], () => readNames(file));
  names = `${kept.join('\n')}\n`;
  starts = new Uint32Array(kept.length + 1);
  let offset = 0;
  for (let index = 0; index < kept.length; index += 1) {
    starts[index] = offset;
    offset += kept[index]!.length + 1;
  }
  starts[kept.length] = offset;
}

/** The folded names, sorted, each once. */
function readNames(file: string): string[] {
  // The list has CRLF line ends and mixed case; lower-case it at once and fold only the accented lines.
  const lines = readFileSync(file, 'utf8').toLowerCase().split('\r\n');
  // Already folded, lower case and ASCII.
  if (US_GIVEN_NAMES.length > 0) lines.push(...US_GIVEN_NAMES.split('\n'));
  for (let index = 0; index < lines.length; index += 1) {
    if (!/^[\x00-\x7f]*$/.test(lines[index]!)) lines[index] = foldName(lines[index]!);
  }
  lines.sort();
  // Folding can make two entries equal ("Zoe", "Zoë"): keep one of each.
  return lines.filter((line, index) => line.length > 0 && line !== lines[index - 1]);
}
