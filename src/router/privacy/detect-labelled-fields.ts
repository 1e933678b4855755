import { columnType } from './detect-table-columns.ts';
import type { Candidate } from './types.ts';
import { nextKeyValueOperator } from './text-scan.ts';

/**
 * Pasted JSON, YAML and form dumps label their values: `"name": "Tijs Smeets"`, `customer_name: ana`,
 * `dob=1990-01-02`. The key decides the type, with the same vocabulary as table headers; secrets keep
 * their own detector (entropy and allowlists), so SECRET keys are skipped here.
 */
/** A bare value ends before the next field of a log line, written "key=value" after a space (logfmt): "reason=avs billing_zip=75011". */
const FIELD = /(?<![\w-])(["']?)([A-Za-z][\w .-]{0,30}?)\1[ \t]*[:=][ \t]*(?:"([^"\n]{1,80})"|'([^'\n]{1,80})'|([^\s,;"'{}[\]](?:(?![ \t]+[A-Za-z_][\w.-]*=)[^,;"'{}[\]\n]){0,60}))/g;

/** A key from the column vocabulary followed by `:` or `=`, before the full pattern runs. */
const FIELD_HINT = /(?:name|mail|phone|tel|mobile|cell|fax|whatsapp|street|address|addr|line|post|postal|zip|dob|birth|born|ni|nino|ssn|passport|pan|aadhaa?r|id|number|licen[cs]e|dl|card|cc|iban|holder)(?:[ _-]?(?:\d|code|line[ _-]?\d?))?["']?[ \t]*[:=]/i;

export function detectLabelledFields(text: string): Candidate[] {
  if (!FIELD_HINT.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of fieldMatches(text)) {
    const type = columnType(match[2] ?? '');
    if (type === undefined || type === 'SECRET') continue;
    const quoted = match[3] ?? match[4];
    const raw = quoted ?? match[5] ?? '';
    const value = raw.trim().replace(/[.!?]+$/, '');
    if (value.length < 2 || !isPlausibleValue(text, match, type, value, quoted !== undefined)) continue;
    const start = match.index + match[0].lastIndexOf(raw) + (raw.length - raw.trimStart().length);
    found.push({ type, start, end: start + value.length, value });
  }
  return found;
}

const FIELD_AT = new RegExp(FIELD.source, 'y');
/** Quote, letter, up to 30 key characters, quote: the most a key can hold before its spaces and `:` / `=`. */
const LONGEST_KEY = 33;

/**
 * FIELD's matches, as `text.matchAll(FIELD)` finds them. A key holds no `:` or `=`, so a match can only
 * start within a key's reach of the next `:` or `=`, at a quote or a letter that opens a word; the pattern
 * is tried at those places only instead of at every word of the text (its lazy key reads up to 30
 * characters at each one).
 */
function* fieldMatches(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (;;) {
    const operator = nextKeyValueOperator(text, from);
    if (operator < 0) return;
    let spaces = 0;
    while (operator - spaces - 1 >= from && isSpaceOrTab(text.charCodeAt(operator - spaces - 1))) spaces += 1;
    const match = firstMatchBetween(text, Math.max(from, operator - spaces - LONGEST_KEY), operator);
    if (match === undefined) {
      from = operator + 1;
      continue;
    }
    yield match;
    from = match.index + match[0].length;
  }
}

function firstMatchBetween(text: string, first: number, last: number): RegExpExecArray | undefined {
  for (let start = first; start < last; start += 1) {
    const code = text.charCodeAt(start);
    if (code !== 34 && code !== 39 && !isAsciiLetter(code)) continue;
    FIELD_AT.lastIndex = start;
    const match = FIELD_AT.exec(text);
    if (match !== null) return match;
  }
  return undefined;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * Unquoted values count only when they fill the rest of the line (`name: Ana Lima`), never mid-sentence.
 * A person's name has a capital or two words: `name: checkout-db` in a manifest is a service.
 */
const NEXT_FIELD = /^[ \t]*[,;|][ \t]*(?:dob|d\.o\.b|date of birth|born|birthday|e-?mail|phone|tel|mobile|address|addr|passport|id|nationality|gender|sex|age)\b/i;

const BARE_LINE_KEY = /^line[ _-]?[12]$/iu;
const SETTING_VALUE_AFTER = /^["']?[ \t]*(?:,[ \t]*|\r?\n[ \t]*)["']?value["']?[ \t]*:/u;
/** Another field of the address near the line ("city", "zip", "postal_code", "country"): a diff's "line1: expected 200" has none. */
const ADDRESS_SIBLING = /["']?(?:city|town|zip|zip_?code|post_?code|postal_?code|state|province|region|country|country_?code)["']?[ \t]*[:=]/iu;
const SIBLING_REACH = 200;

const POSTCODE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/u;
const POSTCODE_KEY = /(?:zip|post[ _-]?code|postcode|postal[ _-]?code|eircode|pin[ _-]?code)$/iu;
const LOG_FIELD_NEXT = /^[ \t]+[A-Za-z_][\w.-]{0,40}=/u;

function isPlausibleValue(text: string, match: RegExpMatchArray, type: string, value: string, quoted: boolean): boolean {
  if (!quoted) {
    const end = (match.index ?? 0) + match[0].length;
    // The value fills its line, or — written as names are, with capitals — the next field follows on it ("name as in passport: DEMIR CAN, dob …").
    const fillsLine = /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 4));
    // Or, for a postcode, the next "key=value" of a log line follows (logfmt: "billing_zip=75011 status=declined"); a log's
    // "name=Checkout" names a service, and a panic's "addr=0x18 pc=…" a memory address.
    const logField = POSTCODE_KEY.test(match[2] ?? '') && LOG_FIELD_NEXT.test(text.slice(end, end + 42));
    if (!fillsLine && !(NEXT_FIELD.test(text.slice(end, end + 24)) && /\p{Lu}/u.test(value)) && !logField) return false;
    // Dates and id numbers have their own detectors with cues; a rest-of-line value would swallow prose.
    if (type !== 'PERSON' && type !== 'ADDRESS') return false;
  }
  // "line1"/"line2" (Stripe, Shopify exports) name an address line only by their place, among the address's other fields: a
  // street line there has its number ("Vinohradská 1841/44"); `line1 = f.readline()` is code.
  if (type === 'ADDRESS' && BARE_LINE_KEY.test(match[2] ?? '')) return /\p{L}/u.test(value) && /\d/u.test(value) && !value.includes('(') && ADDRESS_SIBLING.test(text.slice(Math.max(0, (match.index ?? 0) - SIBLING_REACH), (match.index ?? 0) + SIBLING_REACH));
  // A postcode is short, letters and digits with a space or a hyphen, and holds a digit: "zip=ok" is a status,
  // "artifact_zip=build-2024.05.17.zip" a file.
  if (type === 'ADDRESS' && POSTCODE_KEY.test(match[2] ?? '')) return POSTCODE_SHAPE.test(value) && /\d/u.test(value);
  if (type !== 'PERSON') return true;
  // A name with a value after it names a setting: `{"name": "PORT", "value": "8080"}`, `- name: LOG_LEVEL⏎  value: info`.
  const end = (match.index ?? 0) + match[0].length;
  if (SETTING_VALUE_AFTER.test(text.slice(end, end + 40))) return false;
  return /^[\p{L}\p{M}'’. -]+$/u.test(value) && (/\s/.test(value) || /^\p{Lu}/u.test(value)) && !/^[\p{Ll}-]+$/u.test(value);
}
