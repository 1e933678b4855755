import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { guardTables } from './table-cache.ts';

/**
 * Israel's given names and family names as Hebrew writes them, from the `hebrew-names` package: the Central Bureau of
 * Statistics' tables (public domain) of the first names of people born 1948–2021 and the family names of 2017, for
 * Jews, Muslims, Christians, Druze and others — "נדב", "שקד", "מוחמד", "ג'סיקה", "כהן", "אזולאי". Hebrew has no capitals,
 * so the lists are what tells a name from a word; many names are words too ("אור" light, "טל" dew, "שקד" almond), so a
 * listed word counts only where the sentence puts a person (detect-person-hebrew-given.ts).
 *
 * The package's files are UTF-16 tables (name, people, …); a cell may hold two spellings ("בשיר/בשאר"), and a family name
 * two words ("בן דוד"). Names borne by fewer than FEWEST people are left out: one family's spelling, or a registration
 * error. How many bear a given name is kept: a rare name that is also a word ("טוב", 167 people; "נוף", 440) is the
 * word far more often, so the weaker places ask for a common one (hebrewScriptGivenNameBearers). Loaded on first use.
 */
const GIVEN_FILES = ['jew', 'muslim', 'christian', 'druze', 'other'].flatMap((group) => [`${group}.male.first`, `${group}.female.first`]);
const FAMILY_FILES = ['jew.last', 'muslim.last', 'christian.last', 'druze.last'];
const FEWEST = 5;

let given: ReadonlyMap<string, number> | undefined;
let family: ReadonlyMap<string, number> | undefined;

export function isHebrewScriptGivenName(word: string): boolean {
  return hebrewScriptGivenNameBearers(word) > 0;
}

/**
 * How many people bear the given name, in all communities' tables together; 0 when none lists it. The tables spell
 * names in full ("עומרי", "מעיין", "נוגה"), chat often does not ("עמרי", "מעין", "נגה") or doubles a letter ("סיוון"):
 * a spelling with one "ו" or "י" more or less after the first letter, or one doubled or single inside the word, is the
 * same name — when that name is a common one (SPELT_OTHERWISE people or more), so no rare entry makes a word a name.
 */
export function hebrewScriptGivenNameBearers(word: string): number {
  given ??= load('hebrew-given-names', GIVEN_FILES);
  const listed = given.get(word);
  if (listed !== undefined) return listed;
  for (const spelling of spellings(word)) {
    const bearers = given.get(spelling);
    if (bearers !== undefined && bearers >= SPELT_OTHERWISE) return bearers;
  }
  return 0;
}

const SPELT_OTHERWISE = 1000;

/** The fuller and the plainer spellings: "ו" or "י" added after the first letter, or one "ו"/"י" doubled or single. */
function spellings(word: string): string[] {
  const letters = [...word];
  if (letters.length < 3) return [];
  const out: string[] = [`${letters[0]}ו${letters.slice(1).join('')}`];
  for (let index = 1; index < letters.length - 1; index += 1) {
    const letter = letters[index]!;
    if (letter !== 'ו' && letter !== 'י') continue;
    const before = letters.slice(0, index).join('');
    const after = letters.slice(index + 1).join('');
    out.push(before + after, before + letter + letter + after);
    if (letters[index + 1] === letter) out.push(before + letter + letters.slice(index + 2).join(''));
  }
  return out;
}

/** A family name of one word ("כהן") or of two ("בן דוד", "אבו חמד"). */
export function isHebrewScriptFamilyName(name: string): boolean {
  family ??= load('hebrew-family-names', FAMILY_FILES);
  return family.has(name);
}

/** Loads both lists now (warmGuard), so the first Hebrew message does not pay for them. */
export function warmHebrewScriptNames(): void {
  isHebrewScriptGivenName('נועה');
  isHebrewScriptFamilyName('כהן');
}

function load(name: string, files: readonly string[]): ReadonlyMap<string, number> {
  const manifest = createRequire(import.meta.url).resolve('hebrew-names/package.json');
  const folder = manifest.replace(/package\.json$/u, 'data/');
  const lines = guardTables.lines(name, [manifest, ...files.map((file) => folder + file)], () => [...read(folder, files)].map(([spelling, bearers]) => `${spelling}\t${bearers}`));
  return new Map(lines.map((line) => [line.slice(0, line.indexOf('\t')), Number(line.slice(line.indexOf('\t') + 1))]));
}

function read(folder: string, files: readonly string[]): ReadonlyMap<string, number> {
  const names = new Map<string, number>();
  for (const file of files) {
    for (const line of readFileSync(folder + file, 'utf16le').split(/\r?\n/u)) {
      const [cell, people] = line.replace(/^\ufeff/u, '').split('\t');
      const bearers = Number(people);
      if (cell === undefined || !(bearers >= FEWEST)) continue;
      for (const spelling of cell.replace(/"/gu, '').trim().split('/')) {
        const name = spelling.trim().replace(/\s+/gu, ' ');
        if (name !== '') names.set(name, (names.get(name) ?? 0) + bearers);
      }
    }
  }
  return names;
}
