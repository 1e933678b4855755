import { FUNCTION_WORDS } from './function-words.ts';
import type { Candidate } from './types.ts';

/**
 * The rest of an address after its street: the comma-separated parts people write after the house and
 * street, in every country's order — a district with its number ("Lekki Phase 1", "sector 21"), a
 * floor and door ("3º izq", "depto 54"), a city with its postcode ("Lagos 106104", "Round Rock TX
 * 78664"), a region, a country. iCalendar escapes the commas ("Av. Providencia 1208\, depto 54\,
 * Santiago"). A part is taken while it reads as a place (capitalised words) or as a numbered part of
 * one (a word and a number); a clause ("see you there", "Mark brings cake", "3pm tomorrow") ends the
 * address.
 */
const PART_AFTER = /^[ \t]*(?:,|\\,)[ \t]*([^\n,;!?()\\]{1,40}?)(?=[ \t]*(?:$|\n|,|\\,|;|!|\?|\)|\.(?:\s|$)|[—–]|\s-\s))/u;
const MOST_PARTS = 4;
const MOST_WORDS = 4;
/** A word of a place or of its numbered part: letters, digits, ordinals ("3º", "14th"), "#05-12", "B-14", "Ste.". */
const PART_WORD = /^[\p{L}\p{M}\d'’.º°ª#/-]+$/u;
const CAPITALISED = /^[\p{Lu}\d]/u;
const HAS_DIGIT = /\d/u;
/** Times, amounts and shares are what a clause after an address counts, not parts of it. */
const NOT_A_PLACE_NUMBER = /^(?:\d{1,2}(?::\d\d)?(?:am|pm|h)|\d{1,2}:\d\d|\d+(?:k|m|%|x|ms|s|min|mins|hrs?|days?|pm|am)|[$€£¥]\d.*)$/iu;
/** "ON", "IN", "OR", "ME": a state or province code in capitals, not the grammar word. */
const REGION_CODE = /^\p{Lu}{2,3}$/u;
const ENGLISH_GRAMMAR: ReadonlySet<string> = new Set(FUNCTION_WORDS.en);

/** `address` with the parts after it that read as parts of an address. */
export function withPartsAfter(text: string, address: Candidate): Candidate {
  let end = address.end;
  for (let parts = 0; parts < MOST_PARTS; parts++) {
    const part = PART_AFTER.exec(text.slice(end, end + 60));
    if (part === null) break;
    const taken = addressPartLength(part[1]!);
    if (taken === 0) break;
    end += part[0].length - part[1]!.length + taken;
    // A part cut short ends the address: what followed it was the sentence.
    if (taken < part[1]!.trimEnd().length) break;
  }
  return end === address.end ? address : { ...address, end, value: text.slice(address.start, end) };
}

/**
 * How much of a part is address: all of "Lekki Phase 1", "Cape Town", "3º izq", "Round Rock TX 78664";
 * "Kharkiv 61000" of "Kharkiv 61000 tomorrow"; none of "see you there", "Mark brings cake", "3pm
 * tomorrow". Lower-case words after the last number or capitalised word are the sentence going on,
 * unless the part is a number and its abbreviation ("3º izq", "54 dpto").
 */
function addressPartLength(part: string): number {
  const words = part.trimEnd().split(/[ \t]+/u);
  if (words.length > MOST_WORDS || !words.every((word) => PART_WORD.test(word))) return 0;
  if (words.some((word) => (ENGLISH_GRAMMAR.has(word.toLowerCase()) && !REGION_CODE.test(word)) || NOT_A_PLACE_NUMBER.test(word))) return 0;
  let kept = 0;
  let numbered = false;
  words.forEach((word, index) => {
    if (HAS_DIGIT.test(word)) numbered = true;
    if (HAS_DIGIT.test(word) || CAPITALISED.test(word) || (numbered && words.length === 2)) kept = index + 1;
  });
  if (!numbered && kept < words.length) return 0;
  return kept === 0 ? 0 : words.slice(0, kept).join(' ').length + (part.length - part.trimStart().length);
}

/**
 * The designator written before a house number: "Hse 14, Kileleshwa Gardens", "Plot 22, Sakumono
 * Estates", "House No. 45, Sector 21", "Villa 9, Street 12", "H.No. 4-1-5". The street shapes start at
 * the number, so the word that says what the number is stays outside them without this.
 */
const DESIGNATOR_BEFORE =
  /(?<![\p{L}\d])(?:hse|house|house\s+no\.?|h\.?\s?no\.?|plot|plot\s+no\.?|lot|villa|flat|flat\s+no\.?|apt\.?|apartment|unit|suite|ste\.?|block|blk\.?|bldg\.?|building|door\s+no\.?|stand|erf|no\.?)[ \t]*#?[ \t]*$/iu;

/** `address` with the designator of its first number before it. */
export function withDesignatorBefore(text: string, address: Candidate): Candidate {
  const designator = DESIGNATOR_BEFORE.exec(text.slice(Math.max(0, address.start - 16), address.start));
  if (designator === null || !/^\d/u.test(address.value)) return address;
  const start = address.start - designator[0].length;
  return { ...address, start, value: text.slice(start, address.end) };
}
