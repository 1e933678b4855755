import { isRandomToken } from './detect-secret-assignments.ts';
import { matchesOf } from './regex-matches.ts';
import { isPlaceholderValue } from './secret-allowlist.ts';
import type { Candidate, SecretKind } from './types.ts';

/**
 * Secrets told by where they stand rather than by a `key=`:
 * - a `.netrc` (`machine api.mapbox.com⏎login mapbox⏎password X`, or on one line);
 * - a random value right after the word for it: "okta api token 00Uf…", "airtable pat pat…" (not after
 *   "auth" or "init", where a commit's hash stands as often);
 * - the password of a login call in pasted code: `server.login('noreply@…', 'qmtx vbrs lhzn ydpw')`,
 *   `ftp.login("backup", "X")`, `HTTPBasicAuth('user', 'X')` — not `connect(host, user, …)` or
 *   `passport.authenticate('local', …)`, whose second argument is something else;
 * - a random string literal handed to a call: `client.run('g7Gi…')`, `new Client("…")`.
 */
/** A .netrc entry: `password` opening its line, or after `login X` on the line of `machine` (or `default`). */
const NETRC_PASSWORD = /(?:^[ \t]*|\blogin[ \t]+\S+[ \t]+)password[ \t]+(\S{1,256})/gm;
const NETRC_CONTEXT = /(?:^|\n)[ \t]*(?:machine[ \t]+\S+|default\b)[\s\S]{0,200}?\blogin[ \t]+\S+/;
const WORD_THEN_TOKEN = /\b(?:token|pat|personal access token|api[ _-]?key|access[ _-]?key|secret|app password)[ \t]+(?:is[ \t]+|=[ \t]*)?["'`]?([A-Za-z0-9+/=_.~-]{20,512})(?![A-Za-z0-9+/=_.~-])/gi;
const LOGIN_CALL = /\b(?:login|log_in|logIn|signin|sign_in|signIn|basic_auth|BasicAuth|HTTPBasicAuth)\s*\(\s*(["'])[^"'\n]{1,128}\1\s*,\s*(["'])([^"'\n]{1,128})\2/g;
const LITERAL_ARGUMENT = /\(\s*(["'])([A-Za-z0-9+/=_.~-]{32,512})\1\s*[,)]/g;

export function detectSecretsByPlace(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes('password') && NETRC_CONTEXT.test(text)) {
    for (const match of matchesOf(NETRC_PASSWORD, text)) push(found, match.index, match[0], match[1]!, 'assigned-secret');
  }
  for (const match of matchesOf(WORD_THEN_TOKEN, text)) {
    if (isRandomToken(match[1]!)) push(found, match.index, match[0], match[1]!, 'assigned-secret');
  }
  if (text.includes('(')) {
    for (const match of matchesOf(LOGIN_CALL, text)) push(found, match.index, match[0], match[3]!, 'command-line-password');
    for (const match of matchesOf(LITERAL_ARGUMENT, text)) {
      if (isRandomToken(match[2]!) && shapeIsNotAHash(match[2]!)) push(found, match.index, match[0], match[2]!, 'assigned-secret');
    }
  }
  return found;
}

/** A hex digest handed to a call (`verify('e3b0c442…')`) is a checksum: mixed case or other letters say key. */
function shapeIsNotAHash(value: string): boolean {
  return !/^[0-9a-f]+$/i.test(value);
}

function push(found: Candidate[], matchStart: number, whole: string, value: string, secretKind: SecretKind): void {
  if (value.length < 4 || isPlaceholderValue(value)) return;
  const start = matchStart + whole.lastIndexOf(value);
  found.push({ type: 'SECRET', secretKind, start, end: start + value.length, value });
}
