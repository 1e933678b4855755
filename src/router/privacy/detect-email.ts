import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { wordKind } from './name-word-kinds.ts';
import { matchesOf } from './regex-matches.ts';
import { detectSpokenEmails } from './spoken-emails.ts';
import { isTopLevelDomain } from './top-level-domains.ts';
import type { Candidate } from './types.ts';

/**
 * Local part bounded to 64 characters and domain labels that must each end in a dot,
 * so the pattern cannot backtrack badly on long runs of letters. Letters of the alphabets addresses are written in
 * (RFC 6531, IDNA: "j.peña@correo.mx", "иван@почта.рф") — Latin, Cyrillic, Greek — and no others: Chinese, Thai,
 * Korean or Devanagari text glued to an address ("请发邮件到zhang.wei@company.cn谢谢") is no part of it. A hyphen before
 * it is a Hebrew or Arabic prefix's ("ל-dana@…", "لـ-…"), not part of a longer address.
 */
const ADDRESS_LETTER = String.raw`\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}`;
const EMAIL_PATTERN = new RegExp(
  String.raw`(?:(?<=[\p{Script=Hebrew}\p{Script=Arabic}\u0640][-־])|(?<![${ADDRESS_LETTER}\p{N}_.%+-]))[${ADDRESS_LETTER}\p{N}_][${ADDRESS_LETTER}\p{M}\p{N}_.%+'$&*=?^~!#-]{0,63}@` +
    String.raw`(?:[${ADDRESS_LETTER}\p{N}](?:[${ADDRESS_LETTER}\p{M}\p{N}-]{0,61}[${ADDRESS_LETTER}\p{M}\p{N}])?\.)+[${ADDRESS_LETTER}]{2,24}(?![${ADDRESS_LETTER}\p{M}\p{N}_-]|\.[${ADDRESS_LETTER}\p{N}])`,
  'gu',
);

/**
 * A key and "=" at an address's start, as logfmt and form bodies write fields: "customer=", "reply_to=". Only letters, digits
 * and "_" before it — a bounce address's "list-bounces+user=example.com@…" keeps its "=".
 */
const KEY_BEFORE_ADDRESS = /^[A-Za-z][A-Za-z0-9_]{0,40}=(?=[^=@]+@)/u;

export function detectEmails(text: string): Candidate[] {
  return [...detectPlainEmails(text), ...detectWrittenOutEmails(text), ...detectSpokenEmails(text)];
}

function detectPlainEmails(text: string): Candidate[] {
  if (!text.includes('@')) return [];
  const found: Candidate[] = [];
  for (const match of emailMatches(text)) {
    const value = match[0];
    // A local part ending in a dot is not a valid address; the `..` case is a typo at best. `key=@file` is a
    // file handed to a command (curl -F "file=@report.csv", vault kv put … key=@stripe.txt), not an address.
    if (value.includes('.@') || value.includes('..') || value.includes('=@') || NO_REPLY.test(value) || isMasked(value)) continue;
    // A log's or a form body's key before the address is no part of it: "customer=t.marchand@laposte.net".
    const key = KEY_BEFORE_ADDRESS.exec(value)?.[0].length ?? 0;
    const address = value.slice(key);
    found.push({ type: 'EMAIL', start: match.index + key, end: match.index + value.length, value: address, identity: address.toLowerCase() });
  }
  return found;
}

/**
 * A mailbox nobody reads, that services send from ("noreply@github.com", "no-reply@…", "notifications@…",
 * "mailer-daemon@…"): no one's address. A team's mailbox ("finance@", "accounts@") reaches people and stays, and
 * so does a bounce address, whose tag encodes the recipient's ("bounces+jdoe84=gmail.com@…").
 */
const NO_REPLY = /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon)@/i;

/** The local part alone, with no tag or encoded recipient ("bounces+jdoe=gmail.com@…" carries a person's address). */
export function isNoReplyAddress(address: string): boolean {
  return NO_REPLY.test(address);
}

const LONGEST_LOCAL_PART = 64;

/** An address shown masked, as systems show one to confirm it ("j*****r@gmail.com", "m***@outlook.com"): no one's address any more. */
function isMasked(address: string): boolean {
  return /^[\p{L}\p{N}][^@*]*\*{2,}[^@]*@/u.test(address);
}

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

/**
 * An address whose "@" is not written as one: URL-encoded in a pasted link ("?email=jane.doe%40acme.com"),
 * an HTML entity from a page's source ("j&#64;acme.io"), or spelt out so scrapers miss it ("m.rossi(at)studio.it",
 * "jane [at] acme [dot] com"). Its identity is the address it stands for, so "jane%40acme.com" and
 * "jane@acme.com" in one message share one placeholder.
 */
const ESCAPED_AT = '%(?:25)?40|&#0*64;|&#[xX]0*40;|&commat;';
/** Not angle brackets: Teams writes its mentions "<at>Sarah</at>". */
const BRACKETED_AT = String.raw`[[({]\s?(?:at|AT|At|@)\s?[\])}]`;
const CODED_AT = String.raw`(?:${ESCAPED_AT}|\s?${BRACKETED_AT}\s?)`;
const CODED_DOT = String.raw`(?:\.|%(?:25)?2[eE]|&#0*46;|&period;|\s?[[({]\s?(?:dot|DOT|Dot)\s?[\])}]\s?)`;
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** Starts where a word does, or right after an escape in an encoded string ("%3Dm.costa%2540sapo.pt"). */
const CODED_EMAIL = new RegExp(String.raw`(?:(?<=%[0-9A-Fa-f]{2})|(?<![\w.%+-]))([A-Za-z0-9_](?:[\w.+'-]|%2[eE]){0,63})${CODED_AT}((?:${LABEL}${CODED_DOT})+[A-Za-z]{2,24})(?![\w-]|\.[A-Za-z0-9])`, 'g');
/**
 * "kowalski at gmail dot com", "jane dot doe at gmail dot com", "priya at acme.in", "jane @ acme.com": the
 * words "at" and "dot", or an "@" with spaces round it. The last label must be a real top-level domain and
 * the words around "at" not ordinary prose ("we met at noon dot com", "working at amazon.com").
 */
const SPOKEN_DOT = ' (?:dot|DOT) ';
// Parts and labels are bounded: a long run of "a dot b dot …" would otherwise be read to its end from every word.
const SPOKEN_EMAIL = new RegExp(
  String.raw`(?<![\w.%+@'’-])([A-Za-z0-9_][\w+-]{0,30}(?:(?:\.|${SPOKEN_DOT})[A-Za-z0-9_][\w+-]{0,30}){0,3}) (?:at|AT|@) ((?:${LABEL}(?:${SPOKEN_DOT}|\.)){1,4}([A-Za-z]{2,24}))(?![\w-]|\.[A-Za-z0-9])`,
  'g',
);
/** Whether a text holds a coded "@" at all: each pattern tries a local part at every word, so it runs only then. */
const ANY_CODED_AT = new RegExp(`${ESCAPED_AT}|${BRACKETED_AT}`);
const ANY_CODED_DOT = new RegExp(CODED_DOT, 'g');

function detectWrittenOutEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (ANY_CODED_AT.test(text)) found.push(...codedEmails(text));
  if (/ (?:dot|DOT) | (?:at|AT) [\w-]+\.[A-Za-z]| @ /.test(text)) found.push(...spokenEmails(text));
  return found;
}

function codedEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(CODED_EMAIL, text)) {
    const [value, local = '', domain = ''] = match;
    if (local.endsWith('.') || value.includes('..')) continue;
    found.push(writtenOut(match.index, value, local, domain));
  }
  return found;
}

function spokenEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(SPOKEN_EMAIL, text)) {
    const [value, local = '', domain = '', topLevel = ''] = match;
    const labels = domain.split(/ (?:dot|DOT) |\./);
    const parts = local.split(/ (?:dot|DOT) |\./);
    // The top-level label may be a function word and a country ("in", "it", "at", "be").
    if (!isTopLevelDomain(topLevel) || isProse(local) || [...parts, ...labels.slice(0, -1)].some((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()))) continue;
    found.push(writtenOut(match.index, value, parts.join('.'), labels.join('.')));
  }
  return found;
}

function writtenOut(start: number, value: string, local: string, domain: string): Candidate {
  const address = `${local.replace(ANY_CODED_DOT, '.')}@${domain.replace(ANY_CODED_DOT, '.')}`.toLowerCase();
  return { type: 'EMAIL', start, end: start + value.length, value, identity: address };
}

function isProse(local: string): boolean {
  return local.length < 2 || (/^[A-Za-z]+$/.test(local) && (ENGLISH_FUNCTION_WORDS.has(local.toLowerCase()) || wordKind(local) === 'ordinary'));
}
