import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;
const JWT_CANDIDATE = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;
/** Lines a truncated key body may still contain: base64 without spaces, or RFC 1421 headers. */
const KEY_BODY_LINE = /^(?:[A-Za-z0-9+/=]*|(?:Proc-Type|DEK-Info|Comment|Version):.*)$/;

/**
 * Other armoured key blocks, named for a key but not a public one: OpenVPN's "-----BEGIN OpenVPN Static key V1-----", a
 * vendor's "-----BEGIN ENCRYPTION KEY-----". A certificate or a public key is public.
 */
const KEY_BLOCK_BEGIN = /-----BEGIN ([^\n-]{0,40}\b[Kk][Ee][Yy]\b[^\n-]{0,20})-----/g;
/** PuTTY's key file: "Private-Lines: N", then N lines of the private key in base64. */
const PUTTY_PRIVATE_LINES = /^Private-Lines:[ \t]*(\d{1,2})[ \t]*\r?\n/gm;

/** Whole PEM private-key blocks and other armoured key blocks; a paste cut off before its END line is masked through the last body line. */
export function detectPrivateKeys(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes('PRIVATE KEY')) {
    for (const match of matchesOf(PEM_BEGIN, text)) pushBlock(text, found, match.index, match[0], `-----END ${match[1] ?? ''}PRIVATE KEY${match[2] ?? ''}-----`);
  }
  if (text.includes('-----BEGIN ')) {
    for (const match of matchesOf(KEY_BLOCK_BEGIN, text)) {
      if (/public|private key/iu.test(match[1]!)) continue;
      pushBlock(text, found, match.index, match[0], `-----END ${match[1]!}-----`);
    }
  }
  if (text.includes('Private-Lines:')) found.push(...puttyPrivateLines(text));
  return found;
}

function pushBlock(text: string, found: Candidate[], start: number, header: string, footer: string): void {
  if (found.some((block) => start < block.end)) return;
  const footerIndex = text.indexOf(footer, start + header.length);
  const end = footerIndex >= 0 ? footerIndex + footer.length : endOfKeyBody(text, start + header.length);
  found.push({ type: 'SECRET', secretKind: 'private-key', start, end, value: text.slice(start, end) });
}

function puttyPrivateLines(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(PUTTY_PRIVATE_LINES, text)) {
    const start = match.index + match[0].length;
    let end = start;
    for (let line = 0; line < Number(match[1]); line += 1) {
      const newline = text.indexOf('\n', end);
      const lineEnd = newline < 0 ? text.length : newline;
      if (!/^[A-Za-z0-9+/=]+\r?$/u.test(text.slice(end, lineEnd))) break;
      end = newline < 0 ? lineEnd : lineEnd + 1;
    }
    const value = text.slice(start, end).trimEnd();
    if (value.length > 0) found.push({ type: 'SECRET', secretKind: 'private-key', start, end: start + value.length, value });
  }
  return found;
}

function endOfKeyBody(text: string, from: number): number {
  let end = from;
  let lineStart = from;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\\n/g, '').trim();
    if (line.length > 0) {
      if (!KEY_BODY_LINE.test(line)) break;
      end = lineStart + text.slice(lineStart, lineEnd).trimEnd().length;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return end;
}

/** JWTs: three base64url parts whose first two decode to JSON objects. */
export function detectJwts(text: string): Candidate[] {
  if (!text.includes('eyJ')) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(JWT_CANDIDATE, text)) {
    const [header = '', payload = ''] = match[0].split('.');
    if (!decodesToJsonObject(header) || !decodesToJsonObject(payload)) continue;
    found.push({ type: 'SECRET', secretKind: 'jwt', start: match.index, end: match.index + match[0].length, value: match[0] });
  }
  return found;
}

/**
 * A JSON object in base64 that holds credentials, as Kubernetes Secrets and registry configs carry them: a
 * `.dockerconfigjson` ("eyJhdXRocyI6…" is `{"auths":…`) with its "auth" or "password" inside. Not a JWT (dotted, above).
 */
const ENCODED_JSON = /(?<![A-Za-z0-9+/=.])eyJ[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=.])/g;
const CREDENTIAL_FIELD = /"(?:auth|password|passwd|token|secret|client_secret|private_key|identitytoken|api_key)"\s*:\s*"[^"]{4,}"/i;

export function detectEncodedCredentials(text: string): Candidate[] {
  if (!text.includes('eyJ')) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(ENCODED_JSON, text)) {
    if (!CREDENTIAL_FIELD.test(Buffer.from(match[0], 'base64').toString('utf8'))) continue;
    found.push({ type: 'SECRET', secretKind: 'assigned-secret', start: match.index, end: match.index + match[0].length, value: match[0] });
  }
  return found;
}

function decodesToJsonObject(part: string): boolean {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
