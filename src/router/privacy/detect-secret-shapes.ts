import { matchesOf } from './regex-matches.ts';
import { isPlaceholderValue } from './secret-allowlist.ts';
import type { Candidate } from './types.ts';

/**
 * Secrets said without a verb or a key, told by their shape and the words around them:
 * - a password-shaped value — letters, a digit and a sign such as `#`, `!`, `@` in one word, eight
 *   characters or more — right after the word for a password ("sign in … with password Winter#Mailbox77",
 *   "wifi pw Marigold!Terrace42"), or anywhere in a message that speaks of passwords or logins ("staging
 *   admin login: admin / Kx9#pLm2vQ", `she typed "Persepolis#1987" three times`). People do not write
 *   such words for anything else; code does ("!isValid2", "x!=y&&z", "libstdc++6"), so signs that are code's —
 *   brackets, `=`, `&`, `+`, `/`, `:`, `.`, a leading sign — are left out, a word in capitals is a label
 *   ("ISSUE#4471"), and "#" or "@" alone needs a capital beside it ("issue#4471fix", "deploy@web01");
 * - a code that opens a door, an alarm, a key safe or a card: "door code for the building is 4471#",
 *   "alarm code 2580", "key safe 0913", "my card pin is 4471" — not an error, zip, area or status code.
 */
/** A word of letters, digits and signs, standing alone: after a space, a quote or an opening bracket, before a space, a quote, a closing bracket or a sentence's end. */
const STANDALONE_WORD = /(?<=^|[\s"'“‘(<[,;])[A-Za-z0-9][A-Za-z0-9!#$%*@^~?_-]{7,63}(?=$|[\s"'”’)>\],;]|[.,;:!?](?:\s|$))/g;
const SIGN = /[!#$%*@^~?]/g;
/** Signs that seldom stand in anything but a password: "#" numbers an issue ("issue#4471fix") and "@" a host ("deploy@web01"). */
const STRONG_SIGN = /[!$%*^~?]/;
const UPPER = /[A-Z]/;
/** A lower-case letter: "PERSON#1", "ISSUE#4471" are labels, written in capitals. */
const LETTER = /[a-z]/;
const DIGIT = /\d/;

/** The words for a password, or for signing in, anywhere in the message. */
const PASSWORD_TALK = /\b(?:password|passwd|passphrase|passcode|pwd|pw|pass|login|log in|logged in|sign in|signed in|sign-in|credentials|creds|locked out|lockout|typed|wifi|wi-fi|unlock)\b/i;
/** The word right before: "password X", "pw X", "pass X". */
const PASSWORD_WORD_BEFORE = /(?:password|passwd|passphrase|passcode|pwd|pw|pass)[ \t]*["'“]?$/i;
/** An account's address, then its password after a slash, a bar or a colon: "test user: qa.carlo@gmail.com / Cebu2024!!". */
const ACCOUNT_BEFORE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*[/|:][ \t]*["'“]?$/u;
/** An e-mail address or a handle with its host: the `@` of "ops@acme.io" is no password's sign. */
const ADDRESS_SHAPED = /@[A-Za-z0-9-]+\.[A-Za-z]/;

/** What a code opens, before "code", "pin" or "combination": a door, an alarm, a safe, a card, a phone. */
const OPENS = String.raw`(?:door|front door|back door|side door|gate|entry|entrance|access|building|alarm|garage|padlock|locker|lockbox|key ?safe|keysafe|safe|buzzer|intercom|card|debit card|credit card|atm|sim|phone|voicemail|bike lock)`;
/**
 * The code after what it opens and its word ("alarm code 2580", "door code for the building is 4471#", "card pin
 * is 7730"), after "passcode", after a bare "pin" (four digits: six are an Indian postcode, "PIN: 560034"), or
 * right after a key safe or lockbox, whose number is its code ("key safe 0913"). A locker's, a building's or a
 * phone's number alone is no code ("locker 1120", "my phone 07700 900123").
 */
const ACCESS_CODE = new RegExp(
  String.raw`\b(?:${OPENS}[ \t]+(?:pin|code|passcode|pin code|combination|combo)|passcode|(?<!(?:gpio|io|header|board)[ \t])(pin)|key ?safe|keysafe|lockbox)(?:[ \t]+(?:for|of|to|on)(?:[ \t]+[\p{L}-]+){1,3})?(?:,?[ \t]+(?:is|was|it['’]?s|=)|[ \t]*:)?[ \t]+["'“]?(\d{4,8}[#*]?|\d{3}[#*])(?![\w.,/:-]*\d)`,
  'giu',
);
const BARE_PIN_DIGITS = 4;
/** The words a code needs before it, as whole words: "ping", "shipping", "clock", "block" hold none. */
const CODE_WORD = /\b(?:pin|code|passcode|combination|combo|key ?safe|keysafe|lockbox)\b/i;

export function detectSecretShapes(text: string): Candidate[] {
  const found: Candidate[] = [];
  const talk = PASSWORD_TALK.test(text);
  if (talk || /pass|pw|@/i.test(text)) {
    for (const match of matchesOf(STANDALONE_WORD, text)) {
      const value = match[0];
      if (!isPasswordShaped(value) || ADDRESS_SHAPED.test(value) || isPlaceholderValue(value)) continue;
      if (!talk && !PASSWORD_WORD_BEFORE.test(text.slice(Math.max(0, match.index - 14), match.index)) && !ACCOUNT_BEFORE.test(text.slice(Math.max(0, match.index - 80), match.index))) continue;
      found.push({ type: 'SECRET', secretKind: 'assigned-secret', start: match.index, end: match.index + value.length, value });
    }
  }
  if (CODE_WORD.test(text)) {
    for (const match of matchesOf(ACCESS_CODE, text)) {
      const value = match[2]!;
      if (match[1] !== undefined && value.replace(/[#*]$/u, '').length !== BARE_PIN_DIGITS) continue;
      const start = match.index + match[0].length - value.length;
      found.push({ type: 'SECRET', secretKind: 'assigned-secret', start, end: start + value.length, value });
    }
  }
  return found;
}

/**
 * Letters, a digit and a sign, a lower-case letter among them — and a capital, two signs or a sign only
 * passwords use: "Winter#Mailbox77", "sunflower2026!!", "Kx9#pLm2vQ"; not "issue#4471fix", "deploy@web01".
 */
function isPasswordShaped(value: string): boolean {
  if (!LETTER.test(value) || !DIGIT.test(value)) return false;
  const signs = value.match(SIGN)?.length ?? 0;
  return signs > 0 && (UPPER.test(value) || signs >= 2 || STRONG_SIGN.test(value));
}
