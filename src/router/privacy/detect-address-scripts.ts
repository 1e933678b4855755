import { withPartsAfter } from './address-continuation.ts';
import { matchesOf } from './regex-matches.ts';
import { filteredMatchesOf, startFiltered, type StartFilteredPattern } from './start-filtered-matches.ts';
import { addressBetween, type Candidate } from './types.ts';

/**
 * Addresses whose units are marked by words the Latin street shapes do not know:
 * - Cyrillic, by its abbreviations: "г. Новосибирск, ул. Красный проспект, д. 101, кв. 58, 630091",
 *   "вул. Хрещатик, 22", "бул. Витоша 45" — town (г.), street (ул., вул., пр-т, просп., пер., бул.,
 *   наб., ш., пл., мкр.), house (д., дом, буд.), building and flat (корп., стр., кв., оф.);
 * - Thai, by its unit words, spaced apart: "123/45 หมู่ 3 ถนน… ตำบล… อำเภอ… จังหวัด… 50200";
 * - Hebrew by its street words, Vietnamese by its house-number and alley words or the ward and district after the street (below);
 * - Japanese and Korean written in Latin letters, by the suffix every unit carries: "4-12-8 shimogamo
 *   izumigawa-cho, sakyo-ku, kyoto 606-0807", "17, PANGYO-RO 256BEON-GIL, BUNDANG-GU".
 * Each needs a number (house or postcode) and, for Thai and the romanised forms, two unit words: one
 * such word alone ("a to-do") is no address.
 */
const CYRILLIC_STREET = String.raw`(?:(?:ул|вул|пр|пр-т|просп|пер|бул|наб|ш|пл|мкр)\.|(?:проспект|улица|вулиця|переулок|бульвар|шоссе)(?=[ \t]))`;
const CYRILLIC_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:г|гор|пос|с|м)\.[ \t]?\p{Lu}[\p{L}-]+,[ \t]*)?${CYRILLIC_STREET}[ \t]?[\p{L}\p{M}.-]+(?:[ \t][\p{L}\p{M}.-]+){0,3},?[ \t](?:(?:д|буд)\.[ \t]?|дом[ \t])?\d{1,4}[\p{L}]?(?:\/\d{1,4})?(?:,?[ \t](?:корп|к|стр|кв|оф)\.?[ \t]?\d{1,4})*`,
  'gu',
);
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;

// Full words only: the short forms (จ., อ.) are also weekdays.
const THAI_UNIT = String.raw`(?:หมู่(?:ที่)?|ถนน|ซอย|ตำบล|แขวง|อำเภอ|เขต|จังหวัด)`;
/** Units, each maybe numbered after a space ("ซอยสุขุมวิท 31"), then maybe the province (no unit word before Bangkok's "กรุงเทพฯ") and the postcode. */
const THAI_ADDRESS = new RegExp(
  String.raw`(?:\d{1,4}(?:\/\d{1,4})?[ \t]+)?(?:${THAI_UNIT}[ \t]?[\p{Script=Thai}\d\/-]+(?:[ \t]+\d{1,4}(?:\/\d{1,4})?(?!\d))?[ \t]*){2,}(?:(?:\p{Script=Thai}+[ \t]+)?\d{5}(?!\d))?`,
  'gu',
);
const HAS_THAI = /\p{Script=Thai}/u;

/**
 * Hebrew, by its street words: "רחוב הרצל 45, תל אביב", "שד' רוטשילד 12", "דרך מנחם בגין 132" — the street word,
 * one to four words of its name, the house number, the flat, floor or entrance with its number ("דירה 5", "קומה 3")
 * after a comma or none, then one part for the town and its postcode — not a clause after it ("…, תל אביב, אני אחכה
 * למטה"). "On", "to", "from" and "and" join "רחוב" ("ברחוב הרצל 22"); not the other street words ("בדרך" is on the way,
 * "בשדרות" also in the town of Sderot).
 */
const HEBREW_WORD = String.raw`[\p{Script=Hebrew}'"׳״-]+`;
/** A flat, floor or entrance right after the house number, with no comma: "ביאליק 14 דירה 6". */
const HEBREW_UNIT = String.raw`(?:דירה|קומה|כניסה)`;
const HEBREW_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}])(?:[בלמו]?(?:רחוב|רח['׳])|שדרות|שד['׳]|סמטת|כיכר|דרך)[ \t]?${HEBREW_WORD}(?:[ \t]${HEBREW_WORD}){0,3}[ \t]\d{1,4}(?:[א-ת](?![\p{L}]))?(?:[ \t]*,?[ \t]+${HEBREW_UNIT}[ \t]?\d{1,4})*(?:[ \t]*,[ \t]*${HEBREW_WORD}(?:[ \t]${HEBREW_WORD}){0,2}(?:[ \t]+\d{5,7})?)?`,
  'gu',
);
const HAS_HEBREW = /\p{Script=Hebrew}/u;

/**
 * Vietnamese, by its house-number word or its alley words: "Số 18 ngõ 42 Trần Quang Diệu, Đống Đa, Hà Nội",
 * "số 25 Lý Thường Kiệt", "12 hẻm 34 Nguyễn Trãi" — then the capitalised words of the street, and the
 * district and city after commas.
 */
const VIETNAMESE_ADDRESS =
  /(?<![\p{L}\d])(?:[Ss]ố[ \t]+\d{1,4}[A-Za-z]?(?:\/\d{1,4})?[ \t]+(?:(?:ngõ|ngách|hẻm|kiệt)[ \t]+\d{1,4}(?:\/\d{1,4})?[ \t]+)?|\d{1,4}[A-Za-z]?(?:\/\d{1,4})?[ \t]+(?:ngõ|ngách|hẻm|kiệt)[ \t]+\d{1,4}(?:\/\d{1,4})?[ \t]+)(?:(?:đường|phố)[ \t]+)?\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,4}/gu;
/**
 * A house number and a street with no house-number word, known by the ward, district or city word after
 * the comma: "28 Nguyễn Thị Minh Khai, Phường Đa Kao, Quận 1, TP. Hồ Chí Minh", maybe behind its floor
 * ("Tầng 9, …", "Lầu 3, …").
 */
const VIETNAMESE_UNIT_AFTER = String.raw`(?:Phường|P\.|Quận|Q\.|Huyện|Xã|Thị xã|Thị trấn|TP\.?|Tp\.?|Thành phố|Tỉnh)(?![\p{L}])`;
const VIETNAMESE_NUMBERED_STREET = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:[Tt]ầng|[Ll]ầu)[ \t]+\d{1,3},[ \t]*)?\d{1,4}[A-Za-z]?(?:\/\d{1,4})?[ \t]+(?:(?:[Đđ]ường|[Pp]hố)[ \t]+)?\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,4}(?=,[ \t]*${VIETNAMESE_UNIT_AFTER})`,
  'gu',
);
/** Letters only Vietnamese writes: ă, ơ, ư, đ and the precomposed letters with tone marks (U+1EA0–U+1EF9). */
const HAS_VIETNAMESE = /[ăơưđĂƠƯĐ\u1ea0-\u1ef9]/u;

/**
 * A Japanese address in Latin letters with one unit word, bounded by its block number and its postcode: "2-14-9
 * Nakameguro, Meguro-ku, Tokyo 153-0061" (chōme-ban-gō first, a ward or city with its suffix, the postcode's
 * 3-4 shape last, all on one line). The two-unit-word form above needs no postcode.
 */
const JAPANESE_ROMANISED = /(?<![\p{L}\d-])\d{1,2}-\d{1,2}(?:-\d{1,3})?,?[ \t]+[^\n\d]{0,60}?-(?:ku|shi|cho|chō|machi|gun|mura)(?![\p{L}\d-])[^\n\d]{0,30}?\d{3}-\d{4}(?!\d)/giu;

/** A word ending in a Japanese or Korean unit suffix: "sakyo-ku", "izumigawa-cho", "BUNDANG-GU", "256BEON-GIL". */
// The name before the suffix has three characters or more: "to-do" and "re-do" are no districts.
const ROMANISED_UNIT = /(?<![\p{L}\d])[\p{L}\d]{3,}-(?:ku|shi|cho|chō|machi|gun|mura|ken|to|ro|gil|gu|si|do|dong|eup|myeon)(?![\p{L}\d-])/giu;
/**
 * The hyphen and suffix every unit word ends in, looked for first: the full pattern opens with a
 * look-behind and a letter class, so V8 tries it at every character; this one starts with "-" and is
 * scanned for directly. An address needs two unit words, or one with its block number and postcode, so none
 * settles it.
 */
const UNIT_SUFFIX = /-(?:ku|shi|cho|chō|machi|gun|mura|ken|to|ro|gil|gu|si|do|dong|eup|myeon)(?![\p{L}\d-])/giu;
/** Between two unit words of one address: names, numbers, commas and at most one line break. */
const UNIT_GAP = /^[ \t]*,?[ \t]*\n?[ \t]*[\p{L}\d ,'-]{0,30}$/u;
/** Grammar words between two unit words mean a sentence, not an address: "the to-do and the re-do". */
const GRAMMAR_GAP = /(?<![\p{L}])(?:and|the|or|of|to|in|on|for|with|is|are)(?![\p{L}])/u;
/** A last line of city and postcode, as labels write it: "\nSEOUL 06234", "\nSEONGNAM-SI, GYEONGGI-DO 13487". */
const CITY_LINE_AFTER = /^[ \t]*\n[ \t]*[\p{L}][\p{L} ,-]{1,40}[ \t]\d{3}-?\d{2,4}(?![\p{L}\d])/u;
/** The house number before the first unit word: "4-12-8 shimogamo …", "17, PANGYO-RO". */
const NUMBER_BEFORE = /(?:^|[^\p{L}\d-])(\d{1,4}(?:-\d{1,4}){0,2},?[ \t]+(?:[\p{L}]+[ \t]+)?)$/u;

export function detectScriptAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (HAS_CYRILLIC.test(text)) found.push(...spans(text, CYRILLIC_ADDRESS).map((address) => withPartsAfter(text, address)));
  if (HAS_THAI.test(text)) found.push(...spans(text, THAI_ADDRESS).filter((address) => /\d/u.test(address.value)));
  if (HAS_HEBREW.test(text)) found.push(...spans(text, HEBREW_ADDRESS));
  if (HAS_VIETNAMESE.test(text)) found.push(...[...spans(text, VIETNAMESE_ADDRESS), ...spans(text, VIETNAMESE_NUMBERED_STREET)].map((address) => withPartsAfter(text, address)));
  const suffixes = text.includes('-') ? unitSuffixes(text) : 0;
  if (suffixes >= 2) found.push(...romanisedAddresses(text));
  if (suffixes >= 1) found.push(...spans(text, JAPANESE_ROMANISED));
  return found;
}

/** How many unit suffixes the text holds, counted to two: the romanised forms need two, or one and a postcode. */
function unitSuffixes(text: string): number {
  UNIT_SUFFIX.lastIndex = 0;
  let count = 0;
  while (count < 2 && UNIT_SUFFIX.test(text)) count += 1;
  UNIT_SUFFIX.lastIndex = 0;
  return count;
}

function spans(text: string, pattern: RegExp): Candidate[] {
  const starts = STARTS.get(pattern);
  return [...(starts === undefined ? matchesOf(pattern, text) : filteredMatchesOf(starts, text))].map((match) => addressBetween(text, match.index, match.index + match[0].trimEnd().length));
}

/**
 * The patterns that open with a look-behind, which V8 tries at every character, with their start filters
 * (start-filtered-matches.ts): the same matches, tried only where their words or digits can start one.
 */
const STARTS: ReadonlyMap<RegExp, StartFilteredPattern> = new Map(
  [CYRILLIC_ADDRESS, THAI_ADDRESS, HEBREW_ADDRESS, VIETNAMESE_ADDRESS, VIETNAMESE_NUMBERED_STREET, JAPANESE_ROMANISED]
    .filter((pattern) => pattern.source.startsWith('(?<') || pattern.source.startsWith('\\b'))
    .map((pattern) => [pattern, startFiltered(pattern)]),
);

/** Two or more unit words close together, with a number before the first or after the last. */
function romanisedAddresses(text: string): Candidate[] {
  const units = [...matchesOf(ROMANISED_UNIT, text)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const found: Candidate[] = [];
  let group: Array<{ start: number; end: number }> = [];
  const close = (): void => {
    const first = group[0];
    const number = first === undefined ? null : NUMBER_BEFORE.exec(text.slice(Math.max(0, first.start - 24), first.start));
    // A house number before the first unit, or three units: "3-5-1 kita-ku, umeda-cho", "SEONGNAM-SI, GYEONGGI-DO" after "BUNDANG-GU".
    if (first !== undefined && group.length >= 2 && (number !== null || group.length >= 3)) {
      const start = number === null ? first.start : first.start - number[1]!.length;
      const address = withPartsAfter(text, addressBetween(text, start, group[group.length - 1]!.end));
      const end = address.end + (CITY_LINE_AFTER.exec(text.slice(address.end, address.end + 50))?.[0].length ?? 0);
      if (/\d/u.test(text.slice(address.start, end))) found.push(addressBetween(text, address.start, end));
    }
    group = [];
  };
  for (const unit of units) {
    const previous = group[group.length - 1];
    const gap = previous === undefined ? '' : text.slice(previous.end, unit.start);
    if (previous !== undefined && (!UNIT_GAP.test(gap) || GRAMMAR_GAP.test(gap))) close();
    group.push(unit);
  }
  close();
  return found;
}
