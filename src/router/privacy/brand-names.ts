import { BRAND_NAMES } from './brand-names-data.ts';
import type { Candidate } from './types.ts';

/**
 * Brands named after people ("Tommy Hilfiger", "Charles Schwab", "Trader Joe's", "Ben & Jerry's"), from the
 * brand list OpenStreetMap's editors maintain (name-suggestion-index; `npm run data:brands`). The list also
 * holds names people have ("Paul Smith", "John Lewis", "Julie's"), so a listed name is a brand only where
 * nothing but a brand stands:
 * - written as only a brand is: two parts joined by "&" or "+", or a possessive of two words or more
 *   ("Marks & Spencer", "Trader Joe's", "Jack Daniel's");
 * - right before something sold or run under it ("the calvin klein shirt", "wendy's breakfast menu",
 *   "a John Lewis store"). Two listed names side by side are not enough: "cc Paul Smith and John Lewis"
 *   names two people.
 */
let brands: ReadonlySet<string> | undefined;

function isListedBrand(name: string): boolean {
  brands ??= new Set(BRAND_NAMES.split('\n'));
  return brands.has(name.toLowerCase().replace(/’/gu, "'").replace(/\s+/gu, ' '));
}

/** What is sold, served or run under a brand's name, right after it; not what a person has too ("the Paul Smith account", "John Lewis's order"). */
const SOLD_AFTER =
  /^(?:['’]s)?\s+(?:shirts?|shoes|boots|sneakers|trainers|jeans|jackets?|dress(?:es)?|bags?|handbags?|perfume|watch(?:es)?|glasses|lenses|suits?|stores?|shops?|outlets?|branch(?:es)?|locations?|franchises?|restaurants?|menus?|breakfast|burgers?|coffee|ice cream|hampers?|bottles?|whisk(?:e)?y|gift cards?|vouchers?|catalogue|collection|products?|brand|logo)\b/iu;
/** "Ben & Jerry's" seen from "Ben" or from "Jerry": the other part across the "&" or "+". */
const JOINED_AFTER = /^\s*[&+]\s*\p{L}[\p{L}\p{M}.'’-]*(?:['’]s)?/u;
const JOINED_BEFORE = /\p{L}[\p{L}\p{M}.'’-]*\s*[&+]\s*$/u;

const WORD_BEFORE = /(\p{L}[\p{L}\p{M}.'’-]*)\s+$/u;

export function isBrandInUse(text: string, candidate: Candidate): boolean {
  const after = text.slice(candidate.end, candidate.end + 40);
  const before = text.slice(Math.max(0, candidate.start - 40), candidate.start);
  if (isWrittenAsBrand(candidate.value, before, after)) return true;
  const possessive = /^['’]s\b/u.test(after);
  return (isListedBrand(candidate.value) || (possessive && isListedBrand(`${candidate.value}'s`))) && SOLD_AFTER.test(after);
}

/** "Ben & Jerry's", "Marks & Spencer", "Trader Joe's", "Jack Daniel's" around the name: listed, with its "&" or possessive. A lone possessive ("Wendy's", "Julie's") only before what it sells (SOLD_AFTER). */
function isWrittenAsBrand(value: string, before: string, after: string): boolean {
  const possessive = /^['’]s\b/u.test(after) ? after.slice(0, 2) : '';
  const joinedBefore = JOINED_BEFORE.exec(before)?.[0];
  const joinedAfter = JOINED_AFTER.exec(after)?.[0];
  if ((joinedBefore !== undefined || joinedAfter !== undefined) && isListedBrand(`${joinedBefore ?? ''}${value}${joinedAfter ?? possessive}`)) return true;
  if (possessive === '') return false;
  const previous = WORD_BEFORE.exec(before)?.[1];
  return (value.includes(' ') && isListedBrand(`${value}${possessive}`)) || (previous !== undefined && isListedBrand(`${previous} ${value}${possessive}`));
}
