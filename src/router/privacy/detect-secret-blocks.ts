import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;
const JWT_CANDIDATE = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;
/** Lines a truncated key body may still contain: base64 without spaces, or RFC 1421 headers. */
const KEY_BODY_LINE = /^(?:[A-Za-z0-9+/=]*|(?:Proc-Type|DEK-Info|Comment|Version):.*)$/;

/** Whole PEM private-key blocks; a paste cut off before its END line is masked through the last body line. */
export function detectPrivateKeys(text: string): Candidate[] {
  if (!text.includes('PRIVATE KEY')) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(PEM_BEGIN, text)) {
    const start = match.index;
    if (found.some((block) => start < block.end)) continue;
    const footer = `-----END ${match[1] ?? ''}PRIVATE KEY${match[2] ?? ''}-----`;
    const footerIndex = text.indexOf(footer, start + match[0].length);
    const end = footerIndex >= 0 ? footerIndex + footer.length : endOfKeyBody(text, start + match[0].length);
    found.push({ type: 'SECRET', secretKind: 'private-key', start, end, value: text.slice(start, end) });
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

function decodesToJsonObject(part: string): boolean {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
