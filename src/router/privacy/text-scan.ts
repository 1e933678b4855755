/** Character-level helpers shared by the detectors, so each detector's boundary rules read the same way. */

export function isAsciiAlphanumeric(character: string | undefined): boolean {
  if (character === undefined || character.length === 0) return false;
  const code = character.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isWordCharacter(character: string | undefined): boolean {
  return character === '_' || isAsciiAlphanumeric(character);
}

export function isDigit(character: string | undefined): boolean {
  if (character === undefined || character.length === 0) return false;
  const code = character.charCodeAt(0);
  return code >= 48 && code <= 57;
}

export function digitsOnly(value: string): string {
  return value.replace(/\D/g, '');
}

/** A text to find as written inside a pattern: every character a pattern reads as syntax (and "/") escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A capital, then only lower case: "Ramesh", "Hanım"; not "iOS", "NASA", "LetsEncrypt". */
export function isCapitalisedWord(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
}

/** Where the line holding `start`…`end` begins and ends (the line break excluded). */
export function lineAround(text: string, start: number, end: number = start): { start: number; end: number } {
  const lineEnd = text.indexOf('\n', end);
  return { start: text.lastIndexOf('\n', start - 1) + 1, end: lineEnd < 0 ? text.length : lineEnd };
}

/**
 * Whether `start` opens a stretch: walking back over `lead` characters (spaces, quotes, brackets) reaches the text's start
 * or one of `stops`. Read back by character, so a long run of lead characters is never mistaken for the text's start, as a
 * regex anchored at `^` over a short slice before `start` would.
 */
export function opensAfter(text: string, start: number, lead: string, stops: string): boolean {
  let index = start - 1;
  while (index >= 0 && lead.includes(text[index]!)) index -= 1;
  return index < 0 || stops.includes(text[index]!);
}

/** Lower-cased text just before `index`, for "is there a context word nearby" checks. */
export function textBefore(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - length), index).toLowerCase();
}

export function textAfter(text: string, index: number, length: number): string {
  return text.slice(index, index + length).toLowerCase();
}

/** A letter/digit right before `start`, or a joiner (`-` `.` `/` `_` `#` `@`) that follows one: `ORD-|2024`. */
export function isGluedBefore(text: string, start: number): boolean {
  const before = text[start - 1];
  if (isWordCharacter(before)) return true;
  return before !== undefined && JOINERS.includes(before) && isAsciiAlphanumeric(text[start - 2]);
}

/** The mirror image of isGluedBefore, at `end`. */
export function isGluedAfter(text: string, end: number): boolean {
  const after = text[end];
  if (isWordCharacter(after)) return true;
  return after !== undefined && JOINERS.includes(after) && isAsciiAlphanumeric(text[end + 1]);
}

/**
 * True when the span is glued to a larger token, e.g. the `2024-118877` inside `ORD-2024-118877`
 * or a number inside a path.
 */
export function isEmbeddedInToken(text: string, start: number, end: number): boolean {
  return isGluedBefore(text, start) || isGluedAfter(text, end);
}

const JOINERS = '-./_#@';

/** The next `:` or `=` at or after `from` (-1 if none): where a `key: value` or `key=value` can end its key. */
export function nextKeyValueOperator(text: string, from: number): number {
  const colon = text.indexOf(':', from);
  const equals = text.indexOf('=', from);
  if (colon < 0) return equals;
  return equals < 0 ? colon : Math.min(colon, equals);
}

/** The characters of `\s` (ASCII and Unicode spaces), by code: word scans that must split exactly where a `\s` pattern would. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `/^[\x00-\x7f]*$/`, by code: asked of nearly every word the lists are asked about, where a regex call costs more than the loop. */
export function isAsciiOnly(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) if (value.charCodeAt(index) > 0x7f) return false;
  return true;
}

/**
 * Whether `value.replace(/\s+/gu, ' ').trim()` would leave it as it is: no `\s` character but single spaces
 * between other characters. Most names are, so the folding passes skip the regex for them.
 */
export function hasOnlySingleSpaces(value: string): boolean {
  const last = value.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const code = value.charCodeAt(index);
    if (!isWhitespaceCode(code)) continue;
    if (code !== 32 || index === 0 || index === last || value.charCodeAt(index + 1) === 32) return false;
  }
  return true;
}

/** Whether `text` holds at least `enough` ASCII digits; stops counting once it does (detectors that need digits skip most messages on it). */
export function hasDigits(text: string, enough: number): boolean {
  let count = 0;
  for (let index = 0; index < text.length && count < enough; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) count += 1;
  }
  return count >= enough;
}

/**
 * The digits of other numbering systems, each one UTF-16 unit like its ASCII digit: Arabic-Indic (٠–٩), Persian and
 * Urdu (۰–۹), Devanagari (०–९), Bengali (০–৯).
 */
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/gu;
const OTHER_DIGIT_ZEROS: readonly number[] = [0x0660, 0x06f0, 0x0966, 0x09e6];
/** Anything from the Arabic block to the Bengali one: most messages hold nothing there, and are returned as they are. */
const OTHER_DIGIT_HINT = /[\u0660-\u09ef]/u;

/**
 * `text` with the digits of other numbering systems written as ASCII digits, at the same offsets: "رقمه ٠١٠٩٧٤٣٢٦١٥" is a
 * phone number the detectors read as they read "01097432615". The text itself when it has none.
 */
export function withAsciiDigits(text: string): string {
  if (!OTHER_DIGIT_HINT.test(text)) return text;
  return text.replace(OTHER_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = OTHER_DIGIT_ZEROS.find((start) => code >= start && code <= start + 9)!;
    return String.fromCharCode(48 + code - zero);
  });
}
