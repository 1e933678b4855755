import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { createBoundedCache } from './bounded-cache.ts';
import { isDigit, isEmbeddedInToken, textBefore } from './text-scan.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

export const DEFAULT_PHONE_REGIONS: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IN'];

/**
 * Cheap pass to find runs that *could* be phone numbers; libphonenumber's full metadata then decides.
 * Running its in-text finder once per region over a whole message cost ~9 ms per 2 kB and
 * returned spans that swallowed neighbouring digits, so the library validates candidates instead.
 * The run is digits and `().-` with at most two spaces in a row: a wider gap is a table's columns
 * ("0          412004          720331"), not a phone's groups. Its two alternatives share no character,
 * which keeps the scan linear.
 */
const PHONE_RUN = /\+?\(?\d(?:[\d().\u00a0-]| {1,2}(?! )){5,}\d\)?/g;
/** A country code says phone whatever the spacing: "+44   20   7946   0958" in a signature. */
const INTERNATIONAL = /\+\s?\d/;
/**
 * Text copied out of a PDF or a form spaces a number's groups widely ("Tel:   020   7946 0958"): where a
 * phone word or a country code stands anywhere in the message, runs may hold any spaces, as before.
 * Privacy fails closed.
 */
const WIDE_PHONE_RUN = /\+?\(?\d[\d ().\u00a0-]{5,}\d\)?/g;
const DATE_SHAPE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
const VERSION_SHAPE = /^\d{1,3}(?:\.\d{1,3}){2,}$/;
const CARD_SHAPE = /^\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?$|^\d{4}[ -]\d{6}[ -]\d{5}$/;
const YEAR_IDENTIFIER_SHAPE = /^(?:19|20)\d{2}-\d+$/;
const TRAILING_BRACKETS_SHAPE = /^\d[\d -]*\(\d+\)$/;
/**
 * Phone words of languages written in other scripts, which \b cannot bound: 电话, 手机 (Chinese), 携帯,
 * 連絡先 (Japanese), 연락처, 전화, 휴대폰 (Korean), телефон (Russian), هاتف, جوال (Arabic), טלפון
 * (Hebrew), फ़ोन (Hindi), โทร (Thai), and Vietnamese "điện thoại", "sđt".
 */
const OTHER_SCRIPT_PHONE_WORDS = '电话|電話|手机|手機|联系方式|聯絡|携帯|連絡先|연락처|전화|휴대폰|핸드폰|телефон|тел\\.|моб\\.|هاتف|جوال|טלפון|फ़ोन|फोन|โทร|điện thoại|sđt';
/** Short phone words of Latin-script languages: Portuguese and Spanish "cel", "celu", "fone", "zap", "móvil"; Indonesian "telp", "hp"; Dutch and Belgian "gsm"; French "portable"; Nordic "tlf", "mobil"; Finnish "puh". */
const OTHER_LATIN_PHONE_WORDS = String.raw`\bcel\b|\bcelu\b|\bfone\b|\bzap\b|\bm[óo]vil\b|\btelp\b|\bhp\b|\bgsm\b|\bportable\b|\btlf\b|\bmobil\b|\bpuh\b`;
const PHONE_WORDS = new RegExp(String.raw`(?:phone|\btel\b|\bcall|mobile|\bcell|whatsapp|\bsms|\bfax|\bdial|\bring|text me|reach me|direct line|landline|hotline|(?:my|your|his|her|their) number|nummer|numéro|handy|${OTHER_SCRIPT_PHONE_WORDS})`);
/**
 * Order, invoice and tracking numbers in Chinese, Japanese, Korean and Russian: 订单号, 注文番号, 주문번호,
 * "заказ №". Not 番号 or 번호 alone ("my number"), nor a word that only holds one of these ("заказчик", a
 * client; "насчёт", about).
 */
const OTHER_SCRIPT_IDENTIFIER_WORDS = /(?:订单号?|訂單號?|单号|單號|编号|編號|工单号?|发票号?|發票號?|运单号?|運單號?|注文番号|注文|伝票番号|伝票|주문번호|주문|송장번호|송장|운송장|(?<![\p{L}])(?:заказ[а-я]{0,2}|сч[её]т[а-я]{0,2}|накладн[а-я]{0,3})(?:\s*№)?)\s*[:：]?\s*$/u;
/**
 * Words that name the number after them as a record's: an order, a ticket, a build, a shipment's waybill — and, with "no.",
 * "#" or "ref" after them, a booking's confirmation or a claim ("for the booking +44 7700 900123 is the number to text" is a phone);
 * an "id" that names its record after it, as Spanish, Portuguese and French do ("ID del webinar:").
 */
const IDENTIFIER_WORDS =
  /\b(?:order|invoice|inv|ticket|ref|reference|id|build|pr|issue|case|job|run|txn|transaction|tracking|po|sku|serial|account|acct|pid|port|version|ver|release|commit|row|line|batch|shipment|parcel|awb|waybill|consignment|container|pnr)\.?\s*(?:no\.?|number|nr\.?|#|:)?\s*$|\b(?:booking|reservation|confirmation|locator|claim|rma|voucher)\s*(?:no\.?|number|nr\.?|#|ref(?:erence)?)\s*:?\s*$|\bid\s+(?:del|de\s+la|de|da|do|du)\s+(?:webinar|reuni[oó]n|reunião|sesi[oó]n|sessão|s[ée]ance|r[ée]union|pedido|commande|reserva|r[ée]servation|ticket|caso|dossier)\s*:?\s*$/u;

export function resolvePhoneRegions(regions: readonly string[] | undefined): CountryCode[] {
  if (regions === undefined) return [...DEFAULT_PHONE_REGIONS];
  return regions.map((region) => region.toUpperCase()).filter((region): region is CountryCode => isSupportedCountry(region));
}

/**
 * The script written right before a number says where it is dialled: "받는 분: 이서연 010-4417-2286",
 * "收件人刘浩然 139 1742 8856" are valid in Korea and China, not in the configured regions. A script's
 * countries are tried after those regions, for that number only, when a letter of the script stands in
 * the few dozen characters before it (a log line far from the CJK greeting keeps the configured regions:
 * each region tried is a parse).
 */
const SCRIPT_REGIONS: ReadonlyArray<readonly [RegExp, readonly CountryCode[]]> = [
  [/\p{Script=Hangul}/u, ['KR']],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, ['JP']],
  [/\p{Script=Han}/u, ['CN', 'TW', 'HK', 'JP']],
  [/\p{Script=Cyrillic}/u, ['RU', 'UA', 'KZ', 'BY', 'BG', 'RS']],
  [/\p{Script=Arabic}/u, ['SA', 'AE', 'EG', 'MA', 'JO', 'PK', 'IR']],
  [/\p{Script=Hebrew}/u, ['IL']],
  [/\p{Script=Thai}/u, ['TH']],
  [/\p{Script=Greek}/u, ['GR', 'CY']],
  [/\p{Script=Bengali}/u, ['BD', 'IN']],
  [/\p{Script=Devanagari}/u, ['IN', 'NP']],
  [/\p{Script=Georgian}/u, ['GE']],
  [/\p{Script=Armenian}/u, ['AM']],
];
/** Letters of these scripts start at Greek; below it every character is Latin or common. */
const FIRST_OTHER_SCRIPT = 0x0370;
/** Punctuation and symbols (dashes, curly quotes, emoji) lie above it but are no script's letters. */
const GENERAL_PUNCTUATION = /[\u2000-\u2bff\u{1f000}-\u{1faff}]/u;
const SCRIPT_REACH = 40;

function scriptRegionsBefore(text: string, start: number, regions: readonly CountryCode[]): readonly CountryCode[] | undefined {
  const before = text.slice(Math.max(0, start - SCRIPT_REACH), start);
  let other = false;
  for (let index = 0; index < before.length && !other; index += 1) other = before.charCodeAt(index) >= FIRST_OTHER_SCRIPT && !GENERAL_PUNCTUATION.test(before[index]!);
  if (!other) return undefined;
  const added = SCRIPT_REGIONS.filter(([script]) => script.test(before)).flatMap(([, countries]) => countries.filter((country) => !regions.includes(country)));
  return added.length === 0 ? undefined : [...new Set(added)];
}

export function detectPhones(text: string, regions: readonly CountryCode[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(mayHaveWidePhone(text) ? WIDE_PHONE_RUN : PHONE_RUN, text)) {
    const [start, end] = trimRun(text, match.index, match.index + match[0].length);
    // Context that rules out the run (an id prefix, a currency sign, letters glued on) rules out its parts too.
    if (!hasPlausibleContext(text, start, end, text.slice(start, end))) continue;
    const whole = validatePhone(text, start, end, regions);
    const script = whole === undefined ? scriptRegionsBefore(text, start, regions) : undefined;
    const phone = whole ?? (script === undefined ? undefined : validatePhone(text, start, end, script)) ?? phoneByShape(text, start, end);
    if (phone !== undefined) {
      found.push(withExtension(text, phone));
      continue;
    }
    found.push(...splitRun(text, start, end, script === undefined ? regions : [...regions, ...script]).map((phone) => withExtension(text, phone)));
  }
  if (text.includes('/')) found.push(...areaCodeSlashPhones(text, regions));
  return found;
}

/**
 * German, Austrian and Swiss numbers written the older way, the area code then a slash: "089 / 12 34 56-78",
 * "0171/2345678". Only after a trunk 0, so dates ("01/02/2024" has its own shape) and paths stay; the
 * number is validated as any other.
 */
const AREA_CODE_SLASH_RUN = /(?<![\w/.-])0\d{1,5}[ \u00a0]?\/[ \u00a0]?\d(?:[\d \u00a0-]*\d)?/g;

function areaCodeSlashPhones(text: string, regions: readonly CountryCode[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(AREA_CODE_SLASH_RUN, text)) {
    const [start, end] = trimRun(text, match.index, match.index + match[0].length);
    const phone = validatePhone(text, start, end, regions);
    if (phone !== undefined) found.push(withExtension(text, phone));
  }
  return found;
}

/**
 * Numbers libphonenumber calls invalid are still phone numbers when they look like one: an international
 * `+` prefix, or phone formatting (groups, dots, a trunk `(0)`) next to a phone cue ("call me on", "fax:").
 */
const PHONE_CUE = new RegExp(
  String.raw`(?:phone|\btel\b|\bph\b|\bmob\b|mobile|\bcell|\bcall|whatsapp|\bsignal\b|\bsms\b|\btext|\bfax\b|\bdial|\bring\b|reach|contact|number|\bno\.|\b[mtp]:|desk|landline|hotline|handy|nummer|num[ée]ro|telefon|t[ée]l[ée]phone|tel[ée]fono|celular|${OTHER_LATIN_PHONE_WORDS}|${OTHER_SCRIPT_PHONE_WORDS})`,
);
/** The same cue in any case, for a whole message: no lower-cased copy of it is made. */
const PHONE_CUE_ANY_CASE = new RegExp(PHONE_CUE.source, 'i');

function mayHaveWidePhone(text: string): boolean {
  return PHONE_CUE_ANY_CASE.test(text) || INTERNATIONAL.test(text);
}
/** "x123", "ext. 45", "#204", ",,12" (a dial pause), and a spelled-out extension after a comma ("…, ext 45"). */
const EXTENSION = /^(?:\s{0,2}(?:ext\.?|extension|x|#|,,|доб\.?)|,\s{0,2}(?:ext\.?|extension))\s{0,2}\d{1,6}\b/i;

function phoneByShape(text: string, start: number, end: number): Candidate | undefined {
  const value = text.slice(start, end);
  const digitCount = value.replace(/\D/g, '').length;
  if (digitCount < 7 || digitCount > 15 || DATE_SHAPE.test(value) || YEAR_IDENTIFIER_SHAPE.test(value)) return undefined;
  if (CARD_SHAPE.test(value)) return undefined;
  const international = /^(?:\+|00)\d/.test(value) && digitCount >= 8;
  const cue = PHONE_CUE.test(textBefore(text, start, 48));
  if (!international && !cue) return undefined;
  if (!international && VERSION_SHAPE.test(value) && digitCount < 9) return undefined;
  if (!international && /^\d+$/.test(value) && digitCount < 8) return undefined;
  return { type: 'PHONE', start, end, value, identity: value.replace(/\D/g, '') };
}

function withExtension(text: string, phone: Candidate): Candidate {
  const extension = EXTENSION.exec(text.slice(phone.end, phone.end + 16));
  if (extension === null) return phone;
  const end = phone.end + extension[0].length;
  return { ...phone, end, value: text.slice(phone.start, end) };
}

/** Drops trailing separators and a closing parenthesis that has no opening partner in the run. */
function trimRun(text: string, start: number, end: number): [number, number] {
  let trimmedEnd = end;
  while (trimmedEnd > start && ' .-\u00a0'.includes(text[trimmedEnd - 1] ?? '')) trimmedEnd -= 1;
  const run = text.slice(start, trimmedEnd);
  if (run.endsWith(')') && !run.includes('(')) trimmedEnd -= 1;
  let trimmedStart = start;
  if (text[trimmedStart] === '(' && !text.slice(trimmedStart, trimmedEnd).includes(')')) trimmedStart += 1;
  return [trimmedStart, trimmedEnd];
}

/** Two numbers separated by a space form one run; try whitespace-delimited sub-runs, longest first. */
function splitRun(text: string, start: number, end: number, regions: readonly CountryCode[]): Candidate[] {
  // Four-digit blocks are how card numbers are written; a Luhn-invalid one is a typo, not three phone numbers.
  if (CARD_SHAPE.test(text.slice(start, end))) return [];
  const groups = [...matchesOf(/\S+/g, text.slice(start, end))].map((group) => ({
    start: start + group.index,
    end: start + group.index + group[0].length,
  }));
  if (groups.length < 2) return [];
  const found: Candidate[] = [];
  let first = 0;
  while (first < groups.length) {
    let accepted: Candidate | undefined;
    for (let last = Math.min(groups.length - 1, first + 5); last >= first && accepted === undefined; last -= 1) {
      if (first === 0 && last === groups.length - 1) continue;
      accepted = validatePhone(text, groups[first]!.start, groups[last]!.end, regions);
      if (accepted !== undefined) first = last + 1;
    }
    if (accepted === undefined) first += 1;
    else found.push(accepted);
  }
  return found;
}

function validatePhone(text: string, start: number, end: number, regions: readonly CountryCode[]): Candidate | undefined {
  const value = text.slice(start, end);
  if (!hasPlausibleShape(value) || !hasPlausibleContext(text, start, end, value)) return undefined;
  const identity = parseValid(value, regions);
  if (identity === undefined) return undefined;
  return { type: 'PHONE', start, end, value, identity };
}

function hasPlausibleShape(value: string): boolean {
  const digitCount = value.replace(/\D/g, '').length;
  const international = value.startsWith('+');
  const formatted = /[ ().\u00a0-]/.test(value);
  if (digitCount > 15 || digitCount < (international ? 8 : 9)) return false;
  if (DATE_SHAPE.test(value) || VERSION_SHAPE.test(value) || YEAR_IDENTIFIER_SHAPE.test(value)) return false;
  // "ERROR 1213 (40001)": an error number and its SQL state; a phone's brackets come first ("(415) 555…"), never last.
  if (TRAILING_BRACKETS_SHAPE.test(value)) return false;
  // Dotted phone numbers come in blocks of two or more digits (415.555.2671); `131.0.6778.85` is a version.
  if (/^[\d.]+$/.test(value) && value.split('.').some((group) => group.length < 2)) return false;
  return international || formatted || digitCount >= 10;
}

function hasPlausibleContext(text: string, start: number, end: number, value: string): boolean {
  if (isEmbeddedInToken(text, start, end)) return false;
  // A colon right before or after digits is a clock time or a port, not a phone separator.
  if ((text[start - 1] === ':' && isDigit(text[start - 2])) || (text[end] === ':' && isDigit(text[end + 1]))) return false;
  const before = textBefore(text, start, 32);
  if (/[$€£¥₹]\s?$/.test(before)) return false;
  const phoneWordNearby = PHONE_WORDS.test(before);
  // A country code says phone whatever the word before it.
  if (!phoneWordNearby && (IDENTIFIER_WORDS.test(before) || (!value.startsWith('+') && OTHER_SCRIPT_IDENTIFIER_WORDS.test(before)))) return false;
  const bareDigits = /^\d+$/.test(value);
  // Unformatted digit strings are usually ids or timestamps; accept them only with a trunk prefix or a phone word.
  if (bareDigits && !value.startsWith('0') && !phoneWordNearby) return false;
  return true;
}

/**
 * Parsing with full metadata costs ~10 µs per region; conversation history is re-sent with every
 * escalation, so the same numbers are checked again and again. Remember the last verdicts.
 */
const verdictCache = createBoundedCache<string | null>(2048);

function parseValid(value: string, regions: readonly CountryCode[]): string | undefined {
  const key = `${regions.join(',')}|${value}`;
  const cached = verdictCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const verdict = parseUncached(value, regions);
  verdictCache.set(key, verdict ?? null);
  return verdict;
}

function parseUncached(value: string, regions: readonly CountryCode[]): string | undefined {
  if (value.startsWith('+')) {
    const phone = parsePhoneNumberFromString(value);
    return phone?.isValid() ? phone.number : undefined;
  }
  for (const region of regions) {
    const phone = parsePhoneNumberFromString(value, region);
    if (phone?.isValid()) return phone.number;
  }
  return undefined;
}
