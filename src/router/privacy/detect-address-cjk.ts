import { matchesOf } from './regex-matches.ts';
import { addressBetween, type Candidate } from './types.ts';

/**
 * Addresses written in Japanese, Chinese and Korean, which have no house-number-then-street order and
 * no spaces to split on: the address runs from the largest unit to the smallest, each unit marked by
 * its suffix — prefecture/province (都道府県, 省), city (市), ward or county (区, 區, 郡, 县, 縣),
 * town (町, 村, 鎮) — and ends in the block and house numbers ("3-8-14", "88号", "5巷2弄7號"), often
 * with a building and a room after a space ("コーポ桜201") or, in Chinese, right after it ("5号楼1203",
 * "5樓之2", "SOHO现代城5号楼1702室"). A Japanese postcode (〒180-0004) says
 * "address" by itself. Korean road addresses are spaced: "서울특별시 강남구 테헤란로 152, 101동 1203호".
 */
const HAN_KANA = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々`;
const DIGIT = String.raw`\d０-９`;
const DASH = String.raw`\-−－‐ー`;
/** One run of CJK letters and numbers, after an optional 〒 postcode: the candidate, judged by its units below. */
const HAN_RUN = new RegExp(String.raw`(?:〒[ \t　]?[${DIGIT}]{3}[${DASH}][${DIGIT}]{4}[ \t　]*)?(?:[${HAN_KANA}]|[${DIGIT}][${DIGIT}${DASH}]*)+`, 'gu');
const POSTMARK = /^〒/u;
const LARGE_UNIT = /[都道府県省市]/u;
const SMALL_UNIT = /[市区區郡县縣町村鎮镇]/u;
/** A road with its number, which can stand for the larger units: "苓雅區四維三路6號". */
const ROAD = /[路街巷弄][\d０-９一二三四五六七八九十]|[路街巷弄]/u;
/** The house at the end: "3-8-14", "88号", "2番地", "7號", "5丁目", "路12", "段3". */
const HOUSE = new RegExp(String.raw`(?<![${DIGIT}])[${DIGIT}]+(?:[号號番丁樓楼室]|(?:[${DASH}][${DIGIT}]+)+)|[路街巷弄段道](?=[${DIGIT}])`, 'gu');
/**
 * The building, entrance, floor and flat after the house number, in Chinese: "5号楼1203" (building 5,
 * flat 1203), "2单元1603", "5樓之2" (5th floor, unit 2), "8栋".
 */
const UNITS_AFTER = new RegExp(String.raw`^(?:[${DIGIT}]*(?:[号號]?[楼樓栋棟幢座层層室]|单元|單元)|之[${DIGIT}]+|[${DIGIT}]+(?![${DIGIT}]))+`, 'u');
/** Words of a sentence, not of an address: a meeting in a ward is no address ("…区的会议室3号", "…区のオフィスで3-5時"). */
const SENTENCE_CHARACTER = /[的在了是及把被给のでにはがを時时]/u;
/** A building and room after a space: "コーポ桜201", "第2田中ビル", "サンシャインビル302号室" (not the "です" after it: kana particles end it). */
const BUILDING_AFTER = new RegExp(String.raw`^[ \t　](?=[^\s]{0,24}[${DIGIT}])[${HAN_KANA}A-Za-z${DIGIT}${DASH}#]{1,24}`, 'u');
const TRAILING_HIRAGANA = /\p{Script=Hiragana}+$/u;
/** In Chinese the building follows the house number unspaced, often with a Latin name: "88号SOHO现代城5号楼1702室", "1号万达广场B座". */
const ESTATE_AFTER = new RegExp(String.raw`^(?![^${DIGIT}]*[的在了是及把被给])[A-Za-z\p{Script=Han}]{1,12}?[${DIGIT}A-Za-z]{1,4}(?:[号號]?[楼樓栋棟幢座]|单元|單元)`, 'u');
/** Where the address starts in an unspaced run: after the last particle or label before its first unit ("新住所は北京市…", "我家地址是台北市…"). */
const LEAD_IN = /^.*(?:[はがをにでのへ是在到至往于於：:、，,]|住所|地址|住在)/u;

const HANGUL_ADDRESS =
  /(?<![가-힣])(?:[가-힣]{2,8}[ \t]+)?[가-힣]{1,6}(?:시|군|구)[ \t]+(?:[가-힣\d]{1,12}(?:대로|로|길|동|읍|면|리)[ \t]*){1,3}\d{1,5}(?:-\d{1,4})?(?![가-힣\d])(?:,?[ \t]*\d{1,5}(?:동|호|층)(?![가-힣]))*/gu;

const HAS_CJK = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function detectCjkAddresses(text: string): Candidate[] {
  if (!HAS_CJK.test(text)) return [];
  const found: Candidate[] = [];
  for (const run of matchesOf(HAN_RUN, text)) {
    const value = run[0].trimEnd();
    const firstUnit = POSTMARK.test(value) ? 0 : Math.max(0, LARGE_UNIT.test(value) ? value.search(LARGE_UNIT) : value.search(SMALL_UNIT));
    // The house number closes the address: after the first unit, with no sentence between.
    const houses = [...value.slice(firstUnit).matchAll(HOUSE)];
    const lastHouse = houses[houses.length - 1];
    const body = lastHouse === undefined ? '' : value.slice(firstUnit, firstUnit + lastHouse.index + lastHouse[0].length);
    const unitsOk = (LARGE_UNIT.test(value) && SMALL_UNIT.test(value.slice(1))) || (SMALL_UNIT.test(value) && ROAD.test(value));
    if (!POSTMARK.test(value) && (lastHouse === undefined || !unitsOk || SENTENCE_CHARACTER.test(body))) continue;
    const bodyEnd = run.index + firstUnit + body.length;
    let end = POSTMARK.test(value) ? run.index + value.length : bodyEnd + (body === '' ? 0 : (UNITS_AFTER.exec(text.slice(bodyEnd, bodyEnd + 24))?.[0].length ?? 0));
    const estate = body === '' ? undefined : ESTATE_AFTER.exec(text.slice(end, end + 24))?.[0];
    if (estate !== undefined) end += estate.length + (UNITS_AFTER.exec(text.slice(end + estate.length, end + estate.length + 24))?.[0].length ?? 0);
    const building = BUILDING_AFTER.exec(text.slice(end, end + 30))?.[0].replace(TRAILING_HIRAGANA, '');
    const fullEnd = building === undefined || end < run.index + value.length ? end : end + building.length;
    const start = run.index + (LEAD_IN.exec(value.slice(0, Math.max(0, firstUnit - 1)))?.[0].length ?? 0);
    found.push(addressBetween(text, start, fullEnd));
  }
  for (const match of matchesOf(HANGUL_ADDRESS, text)) {
    found.push(addressBetween(text, match.index, match.index + match[0].length));
  }
  return found;
}
