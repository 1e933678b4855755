import { isPlaceholderValue } from './secret-allowlist.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

/**
 * `scheme://user:password@host[:port]` whatever the password holds (`#`, `?`, `/`, `@`) and whatever the
 * host looks like (`db`, an IP). The userinfo ends at the LAST `@` before whitespace, so an unencoded
 * `@` or `/` inside a password stays inside the span instead of leaking after it.
 */
const SCHEME = /\b[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\//g;
const URL_END = /[\s"'`<>]/;
const HOST = /^[^\s/?#"'`<>]{1,256}/;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"`>*_]+$/;

export function detectUrlCredentials(text: string): Candidate[] {
  if (!text.includes('://')) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(SCHEME, text)) {
    const authorityStart = match.index + match[0].length;
    let runEnd = authorityStart;
    while (runEnd < text.length && !URL_END.test(text[runEnd]!)) runEnd += 1;
    const run = text.slice(authorityStart, runEnd);
    const at = run.lastIndexOf('@');
    if (at <= 0) continue;
    const userinfo = run.slice(0, at);
    const colon = userinfo.indexOf(':');
    // `https://host/path/@handle` has a slash before any colon: that is a path, not userinfo.
    if (colon < 0 || userinfo.slice(0, colon).includes('/')) continue;
    const password = userinfo.slice(colon + 1);
    if (password.length === 0 || isPlaceholderValue(password)) continue;
    const host = HOST.exec(run.slice(at + 1))?.[0] ?? '';
    const value = text.slice(match.index, authorityStart + at + 1 + host.length).replace(TRAILING_PUNCTUATION, '');
    found.push({ type: 'URL_CREDENTIALS', start: match.index, end: match.index + value.length, value });
  }
  return found;
}
