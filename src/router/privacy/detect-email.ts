import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

/**
 * Local part bounded to 64 characters and domain labels that must each end in a dot,
 * so the pattern cannot backtrack badly on long runs of letters.
 */
const EMAIL_PATTERN =
  /(?<![\w.%+-])[A-Za-z0-9_][\w.%+'$&*=?^~!#-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z0-9])/g;

export function detectEmails(text: string): Candidate[] {
  if (!text.includes('@')) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(EMAIL_PATTERN, text)) {
    const value = match[0];
    // A local part ending in a dot is not a valid address; the `..` case is a typo at best.
    if (value.includes('.@') || value.includes('..')) continue;
    found.push({ type: 'EMAIL', start: match.index, end: match.index + value.length, value, identity: value.toLowerCase() });
  }
  return found;
}
