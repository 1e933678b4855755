import { brandKey } from './brand-key.ts';
import { isDepartmentWord } from './department-words.ts';
import { BRAND_NAMES } from './brand-names-data.ts';
import { hasPersonCueBefore } from './name-cues.ts';
import { multiWordOrganisations } from './name-lexicon.ts';
import { isFollowedByPersonPredicate, isFollowedLikeAPerson } from './person-predicates.ts';
import { PERSONAL_THINGS } from './personal-things.ts';
import type { Candidate } from './types.ts';

/**
 * A found name inside the name of a shop, restaurant, bank or service brand (OpenStreetMap's
 * name-suggestion-index, brand-names-data.ts, and the firms compromise's lexicon names in two words or
 * more, "goldman sachs", "dow jones") is the brand: "Tim Hortons vouchers", "Wendy's for the
 * late shift", "Charles Schwab or Fidelity". A cue before it or a person's doing after it keeps the
 * person ("ask Paul Smith", "Morgan Stanley is out sick"), and so does what only a person has after a
 * possessive ("Wendy's laptop").
 */
const REACH = 40;
const MOST_WORDS = 4;
const WORD = /[\p{L}\p{M}\d]+(?:['’.][\p{L}\p{M}]+)*['’]?s?|[&+]/gu;
const POSSESSIVE = /['’]s?$/u;
/** Where someone works: "paul smith from procurement", "Edward Jones in legal", "Wendy on the sales team". */
const TEAM_AFTER = /^\s*,?\s+(?:from|in|on)\s+(?:the\s+|our\s+)?([\p{L}-]+)(\s+team\b)?/iu;
const PERSONAL_THING_AFTER = new RegExp(String.raw`^\s+(?:${PERSONAL_THINGS}|manager|team|pr|desk|calendar|inbox|email|number|account)\b`, 'iu');

interface Word {
  text: string;
  start: number;
  end: number;
}

let brands: ReadonlySet<string> | undefined;
let brandWords: ReadonlySet<string> | undefined;

function brandList(): ReadonlySet<string> {
  brands ??= new Set([...BRAND_NAMES, ...multiWordOrganisations().map(brandKey)]);
  return brands;
}

function isBrand(key: string): boolean {
  return brandList().has(key);
}

/** Whether a word (folded, its possessive dropped) is part of any brand: most names are in none. */
function isBrandWord(word: string): boolean {
  brandWords ??= new Set([...brandList()].flatMap((brand) => brand.split(' ').flatMap((part) => [part, part.replace(/s$/u, '')])));
  return brandWords.has(brandKey(word).replace(POSSESSIVE, ''));
}

export function isInsideKnownBrand(text: string, candidate: Candidate): boolean {
  if (!candidate.value.split(' ').every(isBrandWord)) return false;
  const words = wordsAround(text, candidate);
  const first = words.findIndex((word) => word.end > candidate.start);
  let last = words.length - 1;
  while (last >= 0 && words[last]!.start >= candidate.end) last -= 1;
  if (first < 0 || last < first) return false;
  for (let start = Math.max(0, last - MOST_WORDS + 1); start <= first; start += 1) {
    for (let end = last; end < Math.min(words.length, start + MOST_WORDS); end += 1) {
      const run = words.slice(start, end + 1);
      if (isBrandRun(run)) return isBrandInPlace(text, run);
    }
  }
  return false;
}

function wordsAround(text: string, candidate: Candidate): Word[] {
  const from = Math.max(0, candidate.start - REACH);
  const words: Word[] = [];
  for (const match of text.slice(from, Math.min(text.length, candidate.end + REACH)).matchAll(WORD)) {
    words.push({ text: match[0], start: from + match.index, end: from + match.index + match[0].length });
  }
  return words;
}

/**
 * Two words or more ("tim hortons", "trader joe's"), or one written with its possessive that the brand
 * has too ("Wendy's", "Sainsbury's"): a lone given name is also a brand somewhere ("George", "Alice").
 */
function isBrandRun(run: readonly Word[]): boolean {
  const written = run.map((word) => word.text).join(' ');
  const key = brandKey(written);
  if (run.length === 1) return POSSESSIVE.test(run[0]!.text) && run[0]!.text.length > 3 && isBrand(key);
  return isBrand(key) || (POSSESSIVE.test(written) && isBrand(key.replace(/s$/u, '')));
}

/** Read from before the possessive too: "'s" may be "is" ("hunter's on PTO", "Wendy's out sick"). */
function isBrandInPlace(text: string, run: readonly Word[]): boolean {
  const end = run.at(-1)!.end;
  const nameEnd = end - (POSSESSIVE.exec(run.at(-1)!.text)?.[0].length ?? 0);
  if (hasPersonCueBefore(text, run[0]!.start) || isFollowedLikeAPerson(text, end) || (nameEnd < end && isFollowedByPersonPredicate(text, nameEnd))) return false;
  return !(nameEnd < end && PERSONAL_THING_AFTER.test(text.slice(end, end + 24))) && !isFollowedByTeam(text, end);
}

function isFollowedByTeam(text: string, end: number): boolean {
  const team = TEAM_AFTER.exec(text.slice(end, end + REACH));
  return team !== null && (team[2] !== undefined || isDepartmentWord(team[1]!.toLowerCase()));
}
