/**
 * A value found once is masked wherever the message repeats it: an agent reads a code, a date of birth or a customer number
 * back ("so that's 4 8 2 9 1 7", "C-20831176, thank you"), a thread quotes a password again. Only values that cannot be
 * ordinary words — a digit in them, or a secret of five characters or more — and digits match however they are spaced
 * ("482917" read back as "4 8 2 9 1 7").
 */
import { digitsOnly, escapeRegExp } from './text-scan.ts';
import type { Candidate } from './types.ts';

const REPEATED_TYPES: ReadonlySet<Candidate['type']> = new Set(['SECRET', 'ID_NUMBER', 'DATE_OF_BIRTH', 'CREDIT_CARD', 'PHONE', 'EMAIL', 'IBAN']);
const SHORTEST = 4;
const SHORTEST_WORD_SECRET = 5;
const FEWEST_DIGITS = 4;
const MOST_VALUES = 64;

export function withRepeatedValues(text: string, entities: readonly Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  const seen = new Set<string>();
  const occurs = occurrenceCounter(text);
  for (const entity of entities) {
    if (!REPEATED_TYPES.has(entity.type) || entity.value.length < SHORTEST) continue;
    // Most values are written once: a cheap count rules them out before a pattern is built and run over the text.
    if (!occurs.twice(entity.value)) continue;
    const pattern = repeatPattern(entity);
    if (pattern === undefined || seen.has(pattern.source)) continue;
    // Each value is looked for across the whole text: a paste of hundreds of codes would cost their number times its length.
    if (seen.size >= MOST_VALUES) break;
    seen.add(pattern.source);
    for (const match of text.matchAll(pattern)) {
      const [start, end] = [match.index, match.index + match[0].length];
      const overlaps = (other: Candidate) => other.start < end && start < other.end;
      if (entities.some(overlaps) || added.some(overlaps)) continue;
      added.push({ ...entity, start, end, value: match[0] });
    }
  }
  return added.length === 0 ? [...entities] : [...entities, ...added].sort((left, right) => left.start - right.start);
}

/**
 * Whether a value may be written twice, read cheaply before a pattern is built: a value of digits alone (matched however
 * spaced) twice in the text's digits; any other value twice in the lower-cased text, or, outside ASCII or in a text holding
 * the two letters that fold to ASCII ones ("ſ", the Kelvin sign), its digits twice in the text's digits. Only ever says
 * "twice" too often, never too rarely.
 */
function occurrenceCounter(text: string): { twice(value: string): boolean } {
  let digits: string | undefined;
  let lower: string | undefined;
  const foldsToAscii = FOLDS_TO_ASCII.test(text);
  return {
    twice(value) {
      if (foldsToAscii || !ASCII.test(value) || DIGITS_ALONE.test(value)) {
        const valueDigits = digitsOnly(value);
        return valueDigits.length === 0 || occursTwice((digits ??= digitsOnly(text)), valueDigits);
      }
      return occursTwice((lower ??= text.toLowerCase()), value.toLowerCase());
    },
  };
}

function occursTwice(haystack: string, needle: string): boolean {
  const first = haystack.indexOf(needle);
  return first >= 0 && haystack.indexOf(needle, first + 1) >= 0;
}

const DIGITS_ALONE = /^[\d\s.-]+$/u;
const ASCII = /^[\x20-\x7e]*$/u;
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

function repeatPattern(entity: Candidate): RegExp | undefined {
  const digits = digitsOnly(entity.value);
  // Digits alone, however spaced: each digit, then a space, a dot or a hyphen or nothing.
  if (DIGITS_ALONE.test(entity.value) && digits.length >= FEWEST_DIGITS) {
    return new RegExp(`(?<![\\p{L}\\d])${[...digits].join('[ .-]?')}(?![\\p{L}\\d])`, 'gu');
  }
  if (digits.length === 0 && (entity.type !== 'SECRET' || entity.value.length < SHORTEST_WORD_SECRET)) return undefined;
  return new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(entity.value)}(?![\\p{L}\\d])`, 'giu');
}
