import { createRequire } from 'node:module';
import { passesLuhn } from './luhn.ts';
import { matchesOf } from './regex-matches.ts';
import { hasDigits } from './text-scan.ts';
import type { Candidate } from './types.ts';

/**
 * National identity numbers recognised by their own rules: the check digits and the birth date most of
 * them carry, as the stdnum package (a port of python-stdnum) implements them per country. A number
 * written in its national grouping — hyphens, a bracketed check digit, letters in fixed places — counts
 * wherever it stands once its rules hold; plain digits, and the shapes dated build numbers share, hold a
 * date and a check digit by chance often enough (order numbers, timestamps, snapshots) that they count
 * only after an id word shortly before them ("pesel … 85072147640", an "id_no" column over a few rows).
 * The numbers right after a cue and the shapes with a checksum of our own (NI, PAN, Aadhaar, DNI, CPF)
 * are detect-id-numbers.ts's.
 */
interface Validator {
  validate(value: string): { isValid: boolean };
}

interface Shape {
  pattern: RegExp;
  /** stdnum modules (`country/name`) whose rules the value must pass, any one of them. */
  validators: readonly string[];
  /** Thousands dots the validators do not read ("9.847.213-4" is checked as "9847213-4"). */
  dotted?: true;
}

const GROUPED: readonly Shape[] = [
  { pattern: /(?<![\w-])\d{6}-\d{2}-\d{4}(?![\w-])/g, validators: ['my/nric'] },
  // The UAE's Emirates ID as it is written: 784, the holder's birth year, seven digits and a Luhn check digit, hyphenated.
  { pattern: /(?<![\w-])784-(?:19|20)\d{2}-\d{7}-\d(?![\w-])/g, validators: ['ae/emirates-id'] },
  { pattern: /(?<![\w-])\d-\d{4}-\d{5}-\d{2}-\d(?![\w-])/g, validators: ['th/idnr'] },
  { pattern: /(?<![\w-])\d{6}-\d{7}(?![\w-])/g, validators: ['kr/rrn'] },
  { pattern: /(?<![\w-])\d{17}[\dX](?![\w-])/g, validators: ['cn/ric'] },
  { pattern: /(?<![\w-])\d{7}[A-W][A-IW]?(?![\w-])/g, validators: ['ie/pps'] },
  { pattern: /(?<![\w-])[A-Z]{1,2}\d{6}\([\dA]\)/g, validators: ['hk/hkid'] },
  // Taiwan's national id (a letter, 1 or 2 for the holder's sex, eight digits) and Singapore's NRIC/FIN (S, T, F or G,
  // seven digits, a check letter): letters in fixed places and a check digit, like the HKID.
  { pattern: /(?<![\w-])[A-Z][12]\d{8}(?![\w-])/g, validators: ['tw/natid'] },
  { pattern: /(?<![\w-])[STFG]\d{7}[A-Z](?![\w-])/g, validators: ['sg/nric'] },
  { pattern: /(?<![\w-])[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?![\w-])/g, validators: ['it/codicefiscale'] },
  { pattern: /(?<![\w.-])756\.\d{4}\.\d{4}\.\d{2}(?![\w.-])/g, validators: ['ch/ssn'] },
  { pattern: /(?<![\w-])[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d(?![\w-])/g, validators: ['mx/curp'] },
  // Mexico's RFC for a person: four letters, the birth date, a key of two characters with a letter in it ("K7", "3N"), then its
  // check digit. A firm's (three letters) and keys of digits only are the shape of record codes ("INV240611115"), which pass
  // the check two times in eleven; those count after "RFC" (detect-id-numbers.ts).
  { pattern: /(?<![\w-])[A-ZÑ&]{4}\d{6}(?:[A-Z][A-Z\d]|\d[A-Z])[\dA](?![\w-])/gu, validators: ['mx/rfc'] },
  // Chile's RUT and Uruguay's cédula as they are written: thousands dots and a hyphenated check digit ("9.847.213-4", "20.118.457-K").
  { pattern: /(?<![\w.-])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\w-])/g, validators: ['cl/rut', 'uy/cedula'], dotted: true },
];

/**
 * Shapes that dated build, backup and log numbers share ("snapshot 20240115-1200", "build 240714-2327"):
 * a Swedish personnummer and a Finnish HETU count only after an id word, as plain digits do.
 */
const DATED: readonly Shape[] = [
  { pattern: /(?<![\w.-])(?:\d{2})?\d{6}[-+]\d{4}(?![\w-])/g, validators: ['se/personnummer'] },
  { pattern: /(?<![\w-])\d{6}[-+A]\d{3}[0-9A-Y](?![\w-])/g, validators: ['fi/hetu'] },
  // A Czech or Slovak birth number ("rodné číslo"): the date, a slash, three or four digits — a ratio's shape too.
  { pattern: /(?<![\w/.-])\d{6}\/\d{3,4}(?![\w/-])/g, validators: ['cz/rc', 'sk/rc'] },
  // The Emirates ID's fifteen digits run together are a payment's reference as often (784 is the UAE's and the dirham's code): after an id word.
  { pattern: /(?<![\w.-])784(?:19|20)\d{10}(?![\w-])/g, validators: ['ae/emirates-id'] },
];

/** Plain digits: not a part of a grouped figure ("1,234,567,890", "3.141592653"), a path or a time; a CSV field is fine. */
const PLAIN = /(?<![\w.:/+-])\d{9,13}(?![\w/-]|[.:]\d|,\d{3}(?!\d))/g;
/** The ids of each length that carry a date or a check digit. */
const PLAIN_BY_LENGTH: Readonly<Record<number, readonly string[]>> = {
  9: ['nl/bsn', 'il/idnr', 'ca/sin', 'pt/nif'],
  10: ['bg/egn'],
  11: ['pl/pesel', 'tr/tckimlik', 'no/fodselsnummer', 'be/nn', 'ee/ik', 'lt/asmens', 'hr/oib', 'gr/amka'],
  12: ['my/nric'],
  13: ['za/idnr', 'ro/cnp', 'si/emso', 'ba/jmbg', 'kr/rrn', 'ch/ssn'],
};
/**
 * An id word shortly before the number: the names of national ids, in their own languages and their cases too
 * ("Henkilötunnukseni", "isikukood", "asmens kodas", "rijksregisternummer") or as English guides name them
 * ("personal code"),
 * "id" as a word or a column ("id_no", "national_id", "id number"; not "order_id"), identity, passport — and
 * the acronyms that are words too ("SIN", "IC", "RUT", "AHV"), only in capitals ("sin problema"), and Turkey's "TC"
 * right before the number.
 */
const ID_WORDS =
  /(?<![\p{L}_])(?:id|nik|aadhaa?r|pesel|personnummer|personnr|henkilötunnu\p{L}*|hetu|fødselsnummer|fodselsnummer|kimlik|tckn|egn|cnp|emso|jmbg|oib|amka|bsn|burgerservicenummer|rrn|nric|mykad|hkid|curp|nif|rodné číslo|rodne cislo|r\.\s?č\.|isikukood\p{L}*|asmens\s+kod\p{L}*|rijksregister\p{L}*|numéro\s+national|teudat\s+zehut|personal\s+(?:identity\s+)?(?:code|number)|identity|identification|national[ _-]?id|id[ _-]?(?:no|nr|num|number|card)|passport)(?![\p{L}])/iu;
const ID_ACRONYMS = /(?<![\p{L}_])(?:SIN|IC|RUT|AHV|NIC)(?![\p{L}])/u;
/** Turkey's citizen number as people write it, right before the number: "TC: 30657156744", "T.C. kimlik no 306…" — not "TC-204" (a test case). */
const TC_BEFORE = /(?<![\p{L}\d_-])T\.?C\.?(?:[ \t]+kimlik)?(?:[ \t]+no\.?)?[ \t]*[:：]?[ \t]*$/u;
/** How far back the id word may stand: a label and a few words, or a sheet's header over a few rows. */
const ID_WORD_REACH = 160;

/**
 * Passport and id-card machine-readable lines: capitals, digits and "<" filler, with a name or number in
 * them (two lines pasted as one run, up to 90 characters); the line right after such a line is the zone's
 * too, however full its fields are.
 */
const MRZ_LINE = /^[A-Z0-9<]{28,90}$/;
const MRZ_FILLED = /<<|[A-Z0-9]<[A-Z0-9]/;
const MRZ_NEXT_LINE = /^[A-Z0-9<]{28,44}$/;

/** Every shape holds six digits or more (codice fiscale, HKID, CURP) and the plain and dated ones nine: most messages skip them all. */
const FEWEST_DIGITS = 6;

export function detectNationalIds(text: string): Candidate[] {
  const found: Candidate[] = machineReadableZones(text);
  if (!hasDigits(text, FEWEST_DIGITS)) return found;
  for (const { pattern, validators, dotted } of GROUPED) {
    for (const match of matchesOf(pattern, text)) {
      if (passes(dotted ? match[0].replaceAll('.', '') : match[0], validators)) found.push(idBetween(text, match.index, match.index + match[0].length));
    }
  }
  for (const { pattern, validators } of DATED) {
    for (const match of matchesOf(pattern, text)) {
      if (hasIdWord(wordsBefore(text, match.index)) && passes(match[0], validators)) found.push(idBetween(text, match.index, match.index + match[0].length));
    }
  }
  for (const match of matchesOf(PLAIN, text)) {
    const before = wordsBefore(text, match.index);
    const validators = [...(PLAIN_BY_LENGTH[match[0].length] ?? []), ...namedValidators(before, match[0].length)];
    if (validators.length > 0 && hasIdWord(before) && passes(match[0], validators)) found.push(idBetween(text, match.index, match.index + match[0].length));
  }
  return found;
}

/**
 * Checksums tried only where their own paper is named: an Aadhaar's twelve digits (one number in ten passes its check, so an
 * order or tracking id would too) and a Swedish personnummer's ten, run together.
 */
const NAMED_PLAIN: ReadonlyArray<{ length: number; word: RegExp; validator: string }> = [
  { length: 12, word: /aadhaa?r|\buid(?:ai)?\b|आधार/iu, validator: 'in/aadhaar' },
  { length: 10, word: /personnummer|personnr|skatteverket/iu, validator: 'se/personnummer' },
];

function namedValidators(before: string, length: number): string[] {
  return NAMED_PLAIN.filter((named) => named.length === length && named.word.test(before)).map((named) => named.validator);
}

/** The text an id word may stand in before a number. */
function wordsBefore(text: string, index: number): string {
  return text.slice(Math.max(0, index - ID_WORD_REACH), index);
}

function hasIdWord(before: string): boolean {
  return ID_WORDS.test(before) || ID_ACRONYMS.test(before) || TC_BEFORE.test(before);
}

function machineReadableZones(text: string): Candidate[] {
  if (!text.includes('<<')) return [];
  const found: Candidate[] = [];
  let zoneStart = -1;
  let zoneEnd = -1;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const isZoneLine = (MRZ_LINE.test(trimmed) && MRZ_FILLED.test(trimmed) && /[A-Z0-9]{2}/.test(trimmed)) || (zoneStart >= 0 && MRZ_NEXT_LINE.test(trimmed));
    if (isZoneLine) {
      if (zoneStart < 0) zoneStart = lineStart + line.indexOf(trimmed);
      zoneEnd = lineStart + line.indexOf(trimmed) + trimmed.length;
    } else if (zoneStart >= 0) {
      found.push(idBetween(text, zoneStart, zoneEnd));
      zoneStart = -1;
    }
    lineStart += line.length + 1;
  }
  if (zoneStart >= 0) found.push(idBetween(text, zoneStart, zoneEnd));
  return found;
}

let loaded: Map<string, Validator> | undefined;

function passes(value: string, modules: readonly string[]): boolean {
  loaded ??= new Map();
  // The package returns an Error object for every value that fails; without stack traces they cost nothing to make.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return modules.some((module) => validatorOf(module).validate(value).isValid);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** Checks the stdnum package does not have: Singapore's NRIC/FIN check letter (weights 2765432, +4 for T and G, mod 11). */
const OWN_VALIDATORS: Readonly<Record<string, Validator>> = {
  'sg/nric': { validate: (value) => ({ isValid: isValidNric(value) }) },
  'ae/emirates-id': { validate: (value) => ({ isValid: passesLuhn(value.replaceAll('-', '')) }) },
};

function isValidNric(value: string): boolean {
  const prefix = value[0]!;
  const digits = [...value.slice(1, 8)].map(Number);
  const sum = digits.reduce((total, digit, index) => total + digit * NRIC_WEIGHTS[index]!, 0) + (prefix === 'T' || prefix === 'G' ? 4 : 0);
  const letters = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  return letters[sum % 11] === value[8];
}

const NRIC_WEIGHTS = [2, 7, 6, 5, 4, 3, 2];

function validatorOf(module: string): Validator {
  const own = OWN_VALIDATORS[module];
  if (own !== undefined) return own;
  let validator = loaded!.get(module);
  if (validator === undefined) {
    // The package's ES build imports without file extensions, which Node's loader refuses; its CommonJS build loads one country at a time.
    const exported = createRequire(import.meta.url)(`stdnum/lib/cjs/${module}`) as Validator | { default: Validator };
    validator = 'validate' in exported ? exported : exported.default;
    loaded!.set(module, validator);
  }
  return validator;
}

/** Loads every validator now, so the first message with a national id does not pay for it (called by warmGuard). */
export function warmNationalIds(): void {
  loaded ??= new Map();
  const modules = [...GROUPED, ...DATED].flatMap((shape) => shape.validators).concat(Object.values(PLAIN_BY_LENGTH).flat(), NAMED_PLAIN.map((named) => named.validator));
  for (const module of new Set(modules)) validatorOf(module);
}

function idBetween(text: string, start: number, end: number): Candidate {
  const value = text.slice(start, end);
  return { type: 'ID_NUMBER', start, end, value, identity: value.replace(/[^A-Za-z0-9]/g, '').toUpperCase() };
}
