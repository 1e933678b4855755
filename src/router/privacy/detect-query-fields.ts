import { detectAddresses } from './detect-address.ts';
import { detectEmails } from './detect-email.ts';
import { columnType } from './detect-table-columns.ts';
import { isHumanName } from './human-names.ts';
import { wordKind } from './name-word-kinds.ts';
import { passesLuhn } from './luhn.ts';
import { matchesOf } from './regex-matches.ts';
import { digitsOnly } from './text-scan.ts';
import type { Candidate, EntityType } from './types.ts';

/**
 * Values in a pasted URL's query string or a form body: "?first_name=Amara&last_name=Okonkwo",
 * "name=Rhys+Llewellyn&email=rhys.l%40mail.co.uk&addr=12+Heol+y+Felin%2C+Cardiff". Their spaces are "+"
 * or "%20" and any letter may be percent-encoded, so detectors reading the text as written miss them, and
 * the labelled-field pass reads a value to the end of its line, across the "&". The key decides the type
 * (the table headers' vocabulary); the value is judged decoded and masked as written.
 */
const QUERY_RUN = /(\?)?((?:[A-Za-z][\w.[\]-]{0,40}=[^&#\s"'<>]*)(?:&(?:amp;)?[A-Za-z][\w.[\]-]{0,40}=[^&#\s"'<>]*)*)/g;
const PAIR = /([A-Za-z][\w.[\]-]{0,40})=([^&#\s"'<>]*)/g;

export function detectQueryFields(text: string): Candidate[] {
  if (!text.includes('=') || !(text.includes('&') || text.includes('?'))) return [];
  const found: Candidate[] = [];
  for (const run of matchesOf(QUERY_RUN, text)) {
    const [, question, pairs = ''] = run;
    // A query string after "?", or a form body of two fields or more; a lone "key=value" is the labelled-field pass's.
    if (question === undefined && !pairs.includes('&')) continue;
    if (question === undefined && isGluedToWord(text, run.index)) continue;
    const offset = run.index + (question?.length ?? 0);
    for (const pair of matchesOf(PAIR, pairs)) {
      const [, key = '', raw = ''] = pair;
      const value = raw.length === 0 ? undefined : decoded(raw);
      if (value === undefined) continue;
      const keyed = columnType(key.replace(/\[\]$/, ''));
      const type = keyed === undefined ? foundInside(raw, value) : isPlausible(keyed, key, value) ? keyed : undefined;
      if (type === undefined || type === 'SECRET') continue;
      const start = offset + pair.index + key.length + 1;
      found.push({ type, start, end: start + raw.length, value: raw, identity: value.toLowerCase() });
    }
  }
  return found;
}

/** "x=1&y=2" glued to the word before it is a formula or an expression ("a=b&c=d" in code), not a form body. */
function isGluedToWord(text: string, index: number): boolean {
  return index > 0 && /[\w$)\]]/.test(text[index - 1] ?? '');
}

/**
 * A value under a key that says nothing ("q=221B+Baker+Street,+London", "to=priya%40acme.in"): decoded, it is
 * read by the address and e-mail detectors, and masked whole if they find one. Only encoded values: a plain
 * one was read where it stands.
 */
function foundInside(raw: string, value: string): EntityType | undefined {
  if (value === raw) return undefined;
  return detectEmails(value)[0]?.type ?? detectAddresses(value)[0]?.type;
}

function decoded(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).trim();
  } catch {
    return undefined;
  }
}

/**
 * Keys that name a person outright. Any other key the headers' vocabulary reads as a person's ("name",
 * "client", "family", "holder") names resources, browsers and fonts in URLs as often ("name=Weekly+Sales+Report",
 * "client=Firefox", "family=Open+Sans"): there the value must be two or more words, each a listed name and no plain word ("Fira Code").
 */
const NAME_PART_KEY = /(?:first|last|given|family|middle|full|sur|customer|contact|patient|holder|legal)[ _-]?name$|^surname$|^[fl][ _-]?name$/i;

function isListedFullName(value: string): boolean {
  const words = value.split(/\s+/);
  return words.length >= 2 && words.every((word) => isHumanName(word) && wordKind(word) !== 'ordinary');
}

function isPlausible(type: EntityType, key: string, value: string): boolean {
  const digits = digitsOnly(value).length;
  switch (type) {
    case 'PERSON':
      return /^[\p{L}\p{M}'’. -]{2,80}$/u.test(value) && (NAME_PART_KEY.test(key) || isListedFullName(value));
    case 'EMAIL':
      return /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/.test(value);
    case 'PHONE':
      return digits >= 7 && /^[\d\s()+./-]+$/.test(value);
    case 'ADDRESS':
      // A postcode or a street with its number, or words ("High St, Leeds"); not "localhost" nor a wallet's "0x7ffd…".
      return !/^0x[\da-f]+$/i.test(value) && ((digits > 0 && value.length >= 3) || /\p{L}{2,}[ ,]+\p{L}{2,}/u.test(value));
    case 'CREDIT_CARD':
      return digits >= 12 && digits <= 19 && passesLuhn(digitsOnly(value));
    case 'DATE_OF_BIRTH':
    case 'ID_NUMBER':
    case 'US_SSN':
      return digits >= (type === 'DATE_OF_BIRTH' ? 4 : 5);
    default:
      return value.length >= 5;
  }
}
