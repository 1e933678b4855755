import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Israel's given names and family names as Hebrew writes them, from the `hebrew-names` package: the Central Bureau of
 * Statistics' tables (public domain) of the first names of people born 1948–2021 and the family names of 2017, for
 * Jews, Muslims, Christians, Druze and others — "נדב", "שקד", "מוחמד", "ג'סיקה", "כהן", "אזולאי". Hebrew has no capitals,
 * so the lists are what tells a name from a word; many names are words too ("אור" light, "טל" dew, "שקד" almond), so a
 * listed word counts only where the sentence puts a person (detect-person-hebrew-given.ts).
 *
 * The package's files are UTF-16 tables (name, people, …); a cell may hold two spellings ("בשיר/בשאר"). Names borne by
 * fewer than FEWEST people are left out: one family's spelling, or a registration error. Loaded on first use.
 */
const GIVEN_FILES = ['jew', 'muslim', 'christian', 'druze', 'other'].flatMap((group) => [`${group}.male.first`, `${group}.female.first`]);
const FAMILY_FILES = ['jew.last', 'muslim.last', 'christian.last', 'druze.last'];
const FEWEST = 5;

let given: ReadonlySet<string> | undefined;
let family: ReadonlySet<string> | undefined;

export function isHebrewScriptGivenName(word: string): boolean {
  given ??= load(GIVEN_FILES);
  return given.has(word);
}

export function isHebrewScriptFamilyName(word: string): boolean {
  family ??= load(FAMILY_FILES);
  return family.has(word);
}

/** Loads both lists now (warmGuard), so the first Hebrew message does not pay for them. */
export function warmHebrewScriptNames(): void {
  isHebrewScriptGivenName('נועה');
  isHebrewScriptFamilyName('כהן');
}

function load(files: readonly string[]): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const folder = require.resolve('hebrew-names/package.json').replace(/package\.json$/u, 'data/');
  const names = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(folder + file, 'utf16le').split(/\r?\n/u)) {
      const [cell, people] = line.replace(/^\ufeff/u, '').split('\t');
      if (cell === undefined || Number(people) < FEWEST) continue;
      for (const name of cell.replace(/"/gu, '').trim().split('/')) if (name !== '' && !/\s/u.test(name)) names.add(name);
    }
  }
  return names;
}
