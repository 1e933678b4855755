import { isPlaceholderValue } from './secret-allowlist.ts';
import type { Candidate } from './types.ts';

/**
 * `scheme://user:password@host[:port]`. The password class excludes `@`, but the host class admits it,
 * so an unencoded `@` inside a password still ends up inside the span rather than leaking after it.
 */
const URL_WITH_CREDENTIALS = /\b[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/([^\s:/@?#]{0,256}):([^\s/@?#]{1,256})@([^\s/?#]{1,256})/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"`>*_]+$/;

export function detectUrlCredentials(text: string): Candidate[] {
  if (!text.includes('://')) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(URL_WITH_CREDENTIALS)) {
    const password = match[2] ?? '';
    if (isPlaceholderValue(password)) continue;
    const value = match[0].replace(TRAILING_PUNCTUATION, '');
    found.push({ type: 'URL_CREDENTIALS', start: match.index, end: match.index + value.length, value });
  }
  return found;
}
