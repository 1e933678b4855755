import { IBAN_LENGTHS } from './iban-lengths.ts';
import { isAsciiAlphanumeric } from './text-scan.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

/** Country, check digits, then alphanumerics with optional single spaces (the printed 4-block form). */
const IBAN_RUN = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,32}/g;

export function passesIbanChecksum(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    const chunk = code >= 65 && code <= 90 ? String(code - 55) : character;
    for (const digit of chunk) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

export function detectIbans(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(IBAN_RUN, text)) {
    const candidate = cutToCountryLength(text, match.index, match[0]);
    if (candidate !== undefined) found.push(candidate);
  }
  return found;
}

/**
 * The run may continue into following words ("… 0130 00 FOR"): keep exactly the country's length
 * of alphanumerics, and only if that cut lands on a token boundary.
 */
function cutToCountryLength(text: string, start: number, run: string): Candidate | undefined {
  const country = run.slice(0, 2).toUpperCase();
  const expected = IBAN_LENGTHS[country];
  if (expected === undefined) return undefined;
  let kept = 0;
  let end = start;
  while (end < start + run.length && kept < expected) {
    if (text[end] !== ' ') kept += 1;
    end += 1;
  }
  if (kept < expected || isAsciiAlphanumeric(text[end])) return undefined;
  const value = text.slice(start, end);
  const compact = value.replace(/ /g, '').toUpperCase();
  if (!passesIbanChecksum(compact)) return undefined;
  return { type: 'IBAN', start, end, value, identity: compact };
}
