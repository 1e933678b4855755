import { passesLuhn } from './luhn.ts';
import { lineAround } from './text-scan.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

/** One digit per step, each optionally preceded by a single space or dash: linear, no nested ambiguity. */
const CARD_RUN = /(?<![\w-])\d(?:[ -]?\d){11,18}(?![\w-]|\.\d)/g;
/**
 * Words that put a number in a payment context. There, any Luhn-valid 12–19-digit run is a card, whatever
 * its issuer: the smaller networks (UATP, Dankort, Troy, RuPay, Maestro's long range) are not in the table.
 */
const PAYMENT_CUE =
  /(?:card|\bcc\b|credit|debit|visa|master|amex|maestro|jcb|unionpay|dankort|uatp|\bpay(?!loads?\b)|paid|payment|charge|refund|billing|\bcvv|\bcvc|\bexp\b|expir|checkout|\bpan\b|transaction|karte|carte|tarjeta|cart[aã]o)/i;
const CUE_REACH = 60;

interface CardBrand {
  prefix: RegExp;
  lengths: readonly number[];
}

/** Issuer identification ranges of the networks people actually paste; unknown prefixes are not cards. */
const CARD_BRANDS: readonly CardBrand[] = [
  { prefix: /^4/, lengths: [13, 16, 19] }, // Visa
  { prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] }, // Mastercard
  { prefix: /^3[47]/, lengths: [15] }, // American Express
  { prefix: /^(?:6011|64[4-9]|65)/, lengths: [16, 17, 18, 19] }, // Discover
  { prefix: /^3(?:0[0-5]|[689])/, lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] }, // JCB
  { prefix: /^62/, lengths: [16, 17, 18, 19] }, // UnionPay
  { prefix: /^220[0-4]/, lengths: [16, 17, 18, 19] }, // Mir
  { prefix: /^(?:5018|5020|5038|5893|6304|6759|676[1-3])/, lengths: [13, 14, 15, 16, 17, 18, 19] }, // Maestro
  { prefix: /^(?:504175|506[67]\d\d|509\d{3}|627780|636297|636368)/, lengths: [16] }, // Elo (its 4… and 65… ranges are Visa's and Discover's here)
  { prefix: /^(?:606282|3841[046]0)/, lengths: [13, 16, 19] }, // Hipercard
  { prefix: /^(?:5061|5078|6500)/, lengths: [16, 18, 19] }, // Verve
];

export function isCardNumber(digits: string): boolean {
  const brand = CARD_BRANDS.some((candidate) => candidate.prefix.test(digits) && candidate.lengths.includes(digits.length));
  return brand && passesLuhn(digits);
}

export function detectCreditCards(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!hasCardLengthRun(text)) return found;
  let cardWordAt: number | undefined;
  for (const match of matchesOf(CARD_RUN, text)) {
    const start = match.index;
    const end = start + match[0].length;
    const context = `${text.slice(Math.max(0, start - CUE_REACH), start)} ${text.slice(end, end + 30)}`;
    // Rows of a pasted file below an ask about cards ("mask the card numbers in this export: …") are in the ask's
    // payment context, however far below it they are.
    const paymentContext = PAYMENT_CUE.test(context) || (isRowValue(text, start, end) && (cardWordAt ??= firstCardWord(text)) < start);
    const accepted = longestValidPrefix(match[0], paymentContext);
    if (accepted === undefined) continue;
    found.push({ type: 'CREDIT_CARD', start, end: start + accepted.length, value: accepted, identity: accepted.replace(/\D/g, '') });
  }
  return found;
}

/**
 * The words that say a file holds cards, not any payment word: "payload", "master branch", "transaction ids" say
 * nothing of the kind, and a payment word beside a number has its own reach (PAYMENT_CUE).
 */
const CARD_WORD = /\b(?:cards?|credit|debit|visa|mastercard|amex|maestro|jcb|unionpay|dankort|uatp|elo|troy|verve|rupay|mir|cvv|cvc|karten?|cartes?|tarjetas?|cart(?:ã|a)o|cartões|kartu|kart[ıi]|kartlar[ıi])\b/iu;

/** Where the first card word stands, or Infinity: rows count only below the ask that names cards. */
function firstCardWord(text: string): number {
  const match = CARD_WORD.exec(text);
  return match === null ? Number.POSITIVE_INFINITY : match.index;
}

/** A row's value opens its line or follows a separator (a semicolon, a bar, a tab, a comma), and closes the line or precedes one. */
const ROW_VALUE_BEFORE = /(?:^|[;|\t,])[ ]*$/u;
const ROW_VALUE_AFTER = /^[ ]*(?:$|[;|\t,])/u;

/**
 * A value of a row: between the line's edges or a row's separators on both sides ("Beatriz Lima;6362 9712 3456 7890;elo",
 * a number alone on its line), not a number inside a sentence.
 */
function isRowValue(text: string, start: number, end: number): boolean {
  const line = lineAround(text, start, end);
  return ROW_VALUE_BEFORE.test(text.slice(line.start, start)) && ROW_VALUE_AFTER.test(text.slice(end, line.end));
}

const SHORTEST_CARD_RUN = 12;

/**
 * Whether twelve digits stand in a row, each after the last or one space or dash past it: what every
 * CARD_RUN match holds. The pattern's look-behind is tried at every character of the message; most
 * messages with digits (times, dates, phone numbers) have no such run, and this one pass settles them.
 */
function hasCardLengthRun(text: string): boolean {
  let digits = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (!isDigitCode(text.charCodeAt(index))) continue;
    const previous = text.charCodeAt(index - 1);
    const joined = isDigitCode(previous) || ((previous === 32 || previous === 45) && isDigitCode(text.charCodeAt(index - 2)));
    digits = joined ? digits + 1 : 1;
    if (digits >= SHORTEST_CARD_RUN) return true;
  }
  return false;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * A card followed by another number group ("4111 1111 1111 1111 2027") arrives as one run:
 * drop trailing separator-delimited groups until the rest validates.
 */
function longestValidPrefix(run: string, paymentContext: boolean): string | undefined {
  let candidate = run;
  for (;;) {
    const digits = candidate.replace(/\D/g, '');
    if (digits.length >= 12 && (isCardNumber(digits) || (paymentContext && passesLuhn(digits)))) return candidate;
    const lastSeparator = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('-'));
    if (lastSeparator <= 0) return undefined;
    candidate = candidate.slice(0, lastSeparator);
  }
}
