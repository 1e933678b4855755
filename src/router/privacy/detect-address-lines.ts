import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isSettlementName } from './settlement-names.ts';
import { matchesOf } from './regex-matches.ts';
import { filteredMatchesOf, startFiltered } from './start-filtered-matches.ts';
import { addressBetween, type Candidate } from './types.ts';

/**
 * Addresses told as such, in any country's order: what follows an address label or "address is" up to
 * the end of its line or sentence ("Billing address: B-14, Vasant Vihar, New Delhi 110057", "his current
 * address is 4-12-8 Jingumae, Shibuya-ku, Tokyo 150-0001, Japan"), and the last line of a North American
 * or Australian address on its own ("Fort Worth, TX 76110", "Montréal QC H2J 2L4", "Fitzroy VIC 3065").
 * The street shapes (detect-address.ts) need a house number and a street word in a known order; a label
 * needs neither, and is the one thing every form, letter and signature has.
 */

/**
 * "Address:", "Home address -", "shipping address is", "her address is". Not the addresses of machines
 * ("email address", "IP address", "MAC address", "web address", "wallet address", "bind address").
 */
const ADDRESS_LABEL =
  /(?<![\p{L}])(?:(?:home|billing|shipping|mailing|postal|current|permanent|residential|physical|delivery|street|new|old|forwarding|correspondence|registered|my|his|her|their|our|your)\s+)?address(?:\s+(?:line\s*\d|on\s+file))?(?:\s*[:–—-]\s*|\s+is\s+(?:now\s+)?)(?=\S)/giu;
/**
 * The same label in the languages whose words for an address are not English, with "new" before it and
 * whose address it is after it: "nowy adres:", "adres klant:", "indirizzo di spedizione:", "dirección de
 * envío es", "nouvelle adresse:", "neue Anschrift:", "endereço do cliente:".
 */
const OTHER_LANGUAGE_ADDRESS_LABEL =
  /(?<![\p{L}])(?:(?:nowy|nuevo|nueva|nouvelle|nouveau|nuovo|nuova|neue|neuer|nieuw|nieuwe|novo|nova|yeni)\s+)?(?:adres|adresa|adresse|anschrift|indirizzo|direcci[oó]n|endere[cç]o|morada|osoite|adresi)(?:\s+(?:de|di|del|da|do|dla|van|von|der|des|du|klant|klienta|client|cliente|kunde|livraison|env[ií]o|entrega|spedizione|consegna|lieferung|dostawy|teslimat|m[üu]şteri|facturaci[oó]n|fatturazione|facturation|rechnung))*(?:\s*[:–—-]\s*|\s+(?:es|è|e|ist|est|é|jest|is|to|är|er)\s+)(?=\S)/giu;
/** Both labels open with a look-behind, which V8 tries at every character: their words find where to try them (start-filtered-matches.ts). */
const ADDRESS_LABEL_STARTS = startFiltered(ADDRESS_LABEL);
const OTHER_LANGUAGE_ADDRESS_LABEL_STARTS = startFiltered(OTHER_LANGUAGE_ADDRESS_LABEL);
const ANY_ADDRESS_WORD = /adres|anschrift|indirizzo|direcci|endere|morada|osoite/iu;
const MACHINE_BEFORE = /(?:e-?mail|ip|ipv[46]|mac|web|wallet|memory|server|bind|listen|remote|local|return|reply-to|sender|bitcoin|eth|contract|hardware|network|url|internet|fault|deposit|redirect|callback|base|load|jump|target|virtual)\s+$/iu;
/** The address runs to the end of its line, or of its sentence (a full stop before a space and a capital, or the end). */
const VALUE = /^[^\n]{6,140}?(?=\s*(?:\n|$)|\.\s+(?=\p{Lu})|\.\s*$|\s+[—–]\s|\s+\((?!\d))/u;
/**
 * In text typed in lower case a sentence ends at a full stop too: after a number, a postcode or a whole
 * word ("…chicago il 60651. carrier says delivered"), unless what follows is more address — a number or a
 * town ("5 calle mayor. piso 3. madrid 28013"); the abbreviations inside one stay too ("12 n. main st. apt 4").
 */
const LOWER_CASE_STOP = /(?<=\d\p{L}{0,2}|\p{L}{5})\.\s+(?=\p{Ll})/gu;
const HAS_DIGIT = /\d/u;
/** A memory address, a link or a wallet after the label ("Fault address: 0x7ffe…", "Redirect address: https://…", "bc1q…"). */
const MACHINE_VALUE = /^(?:0x[\da-f]|[a-z][\w+.-]*:\/\/|bc1|[13][1-9A-HJ-NP-Za-km-z]{25,}\b)/iu;
const HAS_LETTERS = /\p{L}{2}/u;
/** Not an address but a pointer to one: "address: see below", "address is on file", "address: TBD". */
const NO_VALUE = /^(?:see|tbd|tbc|n\/a|none|same|unchanged|on file|below|above|attached|pending|unknown)\b/iu;
/** An address opens with a number, a name or a unit ("Flat 3", "c/o"), never with a grammar word: "address is the same as…". */
const FIRST_WORD = /^\p{L}+/u;

const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI';
const CA_PROVINCES = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';
const CITY = String.raw`\p{Lu}[\p{L}\p{M}.'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}.'’-]+){0,3}`;
/**
 * The last line of an address in the three countries that write it so, each in its own shape: "Fort
 * Worth, TX 76110" (a comma, a state, a ZIP), "Montréal QC H2J 2L4" (a province and a postal code of
 * that country's shape), "Fitzroy VIC 3065" (a state and four digits). "Build OK 4312" and "Windows NT
 * 4000" have no comma, no Canadian code and no Australian state.
 */
const LAST_LINE = new RegExp(
  String.raw`(?<![\p{L}\d])${CITY}(?:,[ \t]+(?:${US_STATES})[ \t]+\d{5}(?:-\d{4})?|,?[ \t]+(?:${CA_PROVINCES})[ \t]+[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d|,?[ \t]+(?:NSW|VIC|QLD|TAS|ACT)[ \t]+\d{4}|,[ \t]+(?:SA|WA|NT)[ \t]+\d{4})(?![\p{L}\d-])`,
  'gu',
);

/**
 * What every LAST_LINE match holds: a state or province code, then a postcode's first digit or letter and
 * digit. Scanned for first, since LAST_LINE opens with a look-behind and a capital and is tried at every character.
 */
const REGION_THEN_POSTCODE = new RegExp(String.raw`\b(?:${US_STATES}|${CA_PROVINCES}|NSW|VIC|QLD|TAS|ACT|SA|WA|NT)[ \t]+(?:\d{4}|[ABCEGHJ-NPRSTVXY]\d)`, 'u');

export function detectAddressLines(text: string): Candidate[] {
  if (!HAS_DIGIT.test(text)) return [];
  return [...labelledAddresses(text), ...(REGION_THEN_POSTCODE.test(text) ? lastLines(text) : [])];
}

function labelledAddresses(text: string): Candidate[] {
  const labels = [...(/address/iu.test(text) ? filteredMatchesOf(ADDRESS_LABEL_STARTS, text) : []), ...(ANY_ADDRESS_WORD.test(text) ? filteredMatchesOf(OTHER_LANGUAGE_ADDRESS_LABEL_STARTS, text) : [])];
  const found: Candidate[] = [];
  for (const label of labels) {
    if (MACHINE_BEFORE.test(text.slice(Math.max(0, label.index - 16), label.index))) continue;
    const start = label.index + label[0].length;
    const value = untilLowerCaseSentence(VALUE.exec(text.slice(start, start + 160))?.[0])?.trimEnd().replace(/[.,;]+$/u, '');
    if (value === undefined || NO_VALUE.test(value) || MACHINE_VALUE.test(value) || ENGLISH_FUNCTION_WORDS.has(FIRST_WORD.exec(value)?.[0].toLowerCase() ?? '') || !HAS_DIGIT.test(value) || !HAS_LETTERS.test(value) || value.includes('@')) continue;
    found.push(addressBetween(text, start, start + value.length));
  }
  return found;
}

function untilLowerCaseSentence(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  for (const stop of value.matchAll(LOWER_CASE_STOP)) {
    const after = value.slice(stop.index + stop[0].length);
    const clause = after.slice(0, after.search(/[.!?]|$/u));
    if (!isMoreAddress(clause)) return value.slice(0, stop.index);
  }
  return value;
}

/** After a stop, still the address: a number, or a part that is a town ("piso 3", "madrid 28013", "victoria island, lagos"). */
function isMoreAddress(clause: string): boolean {
  return /\d/u.test(clause) || clause.split(',').some((part) => isSettlementName(part.trim()));
}

function lastLines(text: string): Candidate[] {
  return [...matchesOf(LAST_LINE, text)].map((match) => addressBetween(text, match.index, match.index + match[0].length));
}
