import { textBefore } from './text-scan.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

const SSN_RUN = /(?<![\w-])(\d{3})([- .]?)(\d{2})([- .]?)(\d{4})(?![\w-]|\.\d)/g;
const SSN_WORDS = /(?:ssn|social security|soc\.? ?sec|ss#|ss no|tax ?id|taxpayer|\btin\b)/;
/** Numbers the SSA voided after they were printed in advertising. */
const VOIDED = new Set(['078051120', '219099999']);

export function isValidSsn(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area.startsWith('9')) return false;
  if (group === '00' || serial === '0000') return false;
  return !VOIDED.has(area + group + serial);
}

/** Dashed form stands on its own; spaced or bare nine digits are too common to accept without an SSN word nearby. */
export function detectUsSsns(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(SSN_RUN, text)) {
    const [value, area = '', firstSeparator, group = '', secondSeparator, serial = ''] = match;
    if (firstSeparator !== secondSeparator || !isValidSsn(area, group, serial)) continue;
    if (firstSeparator !== '-' && !SSN_WORDS.test(textBefore(text, match.index, 40))) continue;
    found.push({ type: 'US_SSN', start: match.index, end: match.index + value.length, value, identity: area + group + serial });
  }
  return found;
}
