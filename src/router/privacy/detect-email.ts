import type { Candidate } from './types.ts';

/**
 * Local part bounded to 64 characters and domain labels that must each end in a dot,
 * so the pattern cannot backtrack badly on long runs of letters.
 */
const EMAIL_PATTERN =
  /(?<![\w.%+-])[A-Za-z0-9_][\w.%+'$&*=?^~!#-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z0-9])/g;

export function detectEmails(text: string): Candidate[] {
  if (!text.includes('@')) return [];
  const found: Candidate[] = [];
  for (const match of emailMatches(text)) {
    const value = match[0];
    // A local part ending in a dot is not a valid address; the `..` case is a typo at best.
    if (value.includes('.@') || value.includes('..')) continue;
    found.push({ type: 'EMAIL', start: match.index, end: match.index + value.length, value, identity: value.toLowerCase() });
  }
  return found;
}

const LONGEST_LOCAL_PART = 64;

/**
 * EMAIL_PATTERN's matches, as a global scan finds them, with the scan started no earlier than the local
 * part of the next "@" allows: a match needs an "@" within 64 characters of its start, so no match starts
 * before that. The pattern opens with a look-behind and would otherwise be tried at every character.
 */
function* emailMatches(text: string): Generator<RegExpExecArray, void, undefined> {
  let from = 0;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at < 0) return;
    const match = matchFrom(text, Math.max(from, at - LONGEST_LOCAL_PART));
    if (match === null) return;
    from = match.index + match[0].length;
    yield match;
  }
}

function matchFrom(text: string, from: number): RegExpExecArray | null {
  EMAIL_PATTERN.lastIndex = from;
  return EMAIL_PATTERN.exec(text);
}
