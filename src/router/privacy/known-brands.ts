import { brandKey } from './brand-key.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { BRAND_NAMES } from './brand-names-data.ts';
import { hasPersonCueBefore, hasThingCueBefore } from './name-cues.ts';
import { isHumanName } from './human-names.ts';
import { isLexiconNameWord, multiWordOrganisations } from './name-lexicon.ts';
import { isFollowedByPersonPredicate, isFollowedByTeam, isFollowedLikeAPerson } from './person-predicates.ts';
import { PERSONAL_THINGS } from './personal-things.ts';
import type { Candidate } from './types.ts';
import { POSSESSIVE_END as POSSESSIVE, runAround, wordsBetween, type WindowWord } from './word-window.ts';

/**
 * A found name inside the name of a shop, restaurant, bank or service brand (OpenStreetMap's
 * name-suggestion-index, brand-names-data.ts, and the firms compromise's lexicon names in two words or
 * more, "dow jones") is the brand: "Tim Hortons vouchers", "Trader Joe's run", "Calvin Klein and
 * Hugo Boss". A cue before it, a person's doing, team or pronoun after it keeps the person ("ask Paul
 * Smith", "Morgan Stanley is out sick", "paul smith from procurement", "Molly Maid is late, she texted"),
 * and so does what only a person has after a possessive ("Wendy's laptop"); a brand named like a person
 * needs more (isPersonShaped): a determiner, another brand, or what it is bought as after it ("the Ted Baker outlet").
 */
const REACH = 40;
const MOST_WORDS = 4;
const PRONOUN_AFTER = /\b(?:he|she|him|her|his|hers)\b/iu;
const PRONOUN_REACH = 80;
const PERSONAL_THING_AFTER = new RegExp(String.raw`^\s+(?:${PERSONAL_THINGS}|manager|team|pr|desk|calendar|inbox|email|number|account)\b`, 'iu');

let brands: ReadonlySet<string> | undefined;
let brandWords: ReadonlySet<string> | undefined;

function brandList(): ReadonlySet<string> {
  brands ??= new Set([...BRAND_NAMES, ...multiWordOrganisations().map(brandKey)]);
  return brands;
}

function isBrand(key: string): boolean {
  return brandList().has(key);
}

/** Whether the words as written are a brand's whole name: "Zara", "Boulanger", "Tim Hortons". */
export function isBrandName(words: string): boolean {
  return isBrand(brandKey(words));
}

/** Whether a word (folded as brandKey folds it) is part of any brand, with or without a final "s": most names are in none. */
function isBrandWord(word: string): boolean {
  brandWords ??= new Set([...brandList()].flatMap((brand) => brand.split(' ').flatMap((part) => [part, part.replace(/s$/u, '')])));
  return brandWords.has(brandKey(word));
}

export function isInsideKnownBrand(text: string, candidate: Candidate): boolean {
  if (!candidate.value.split(' ').every(isBrandWord)) return false;
  const run = runAround(text, candidate, REACH, MOST_WORDS, isBrandRun);
  return run !== undefined && isBrandInPlace(text, run);
}

/**
 * Two words or more ("tim hortons", "trader joe's"), or one written with its possessive that the brand
 * has too ("Wendy's", "Sainsbury's"): a lone given name is also a brand somewhere ("George", "Alice").
 */
function isBrandRun(run: readonly WindowWord[]): boolean {
  const written = run.map((word) => word.text).join(' ');
  const key = brandKey(written);
  if (run.length === 1) return POSSESSIVE.test(run[0]!.text) && run[0]!.text.length > 3 && isBrand(key);
  return isBrand(key) || (POSSESSIVE.test(written) && isBrand(key.replace(/s$/u, '')));
}

/** Read from before the possessive too: "'s" may be "is" ("hunter's on PTO", "Wendy's out sick"). */
function isBrandInPlace(text: string, run: readonly WindowWord[]): boolean {
  const end = run.at(-1)!.end;
  const nameEnd = end - (POSSESSIVE.exec(run.at(-1)!.text)?.[0].length ?? 0);
  if (hasPersonCueBefore(text, run[0]!.start) || isFollowedLikeAPerson(text, end) || (nameEnd < end && isFollowedByPersonPredicate(text, nameEnd))) return false;
  if ((nameEnd < end && PERSONAL_THING_AFTER.test(text.slice(end, end + 24))) || isFollowedByTeam(text, end)) return false;
  // "Molly Maid is late again, she texted": a brand is "it" or "they".
  if (PRONOUN_AFTER.test(text.slice(end, end + PRONOUN_REACH))) return false;
  return !isPersonShaped(run) || hasThingCueBefore(text, run[0]!.start) || isListedWithABrand(text, run) || COMMERCE_AFTER.test(text.slice(end, end + 24));
}

/**
 * A brand whose every word is a name — compromise's, or one the names list holds that is no English word
 * ("Paul Smith", "Sue Ryder", "Morgan Stanley", "Ben & Jerry", and the possessives "Wendy's", "Carter's",
 * "Jack Daniel's") — is as often a colleague, or a colleague's, as the brand: "send the receipts to Paul
 * Smith", "Henry's glasses are on my desk", "Carter's offer letter is ready". Such a brand is the brand only
 * after a determiner ("the calvin klein shirt", "the wendy's on main st") or beside another brand that is no
 * one's name: "Calvin Klein and Hugo Boss", "Ralph Lauren or Victoria's Secret".
 */
function isPersonShaped(run: readonly WindowWord[]): boolean {
  const names = run.filter((word) => word.text !== '&' && word.text !== '+').map((word) => word.text.replace(POSSESSIVE, ''));
  // The names list holds far more surnames than compromise ("Ryder", "Millar", "Platt"), and everyday words too ("Secret", "Boss").
  const listed = (name: string) => isHumanName(name) && !isDictionaryWord(name.toLowerCase());
  return names.every((name) => isLexiconNameWord(name) || listed(name));
}

/**
 * What a shop, a label or a drink is bought as, right after its name: "the Ted Baker outlet", "a Jack Daniel's bottle",
 * "Calvin Klein jeans". Nobody's colleague has an outlet, a bottle or a gift card. Not nouns that are verbs too ("Paul
 * Smith shares the deck", "… shops around", "… suits up"), which people do.
 */
const COMMERCE_AFTER =
  /^\s+(?:sale|sales\s+event|outlet|outlets|store|shop|bottles?|stock\s+price|vouchers?|gift\s+cards?|catalogu?e|website|online\s+store|tasting|jeans|shirts|polos|perfume|aftershave|merch|stockists?|concession|flagship|franchise)\b/iu;
const LIST_JOIN_AFTER = /^\s*(?:,|\/|&|\+|\band\b|\bor\b|\bvs\.?|\bversus\b)\s*(?:the\s+)?/iu;
const LIST_JOIN_BEFORE = /\s*(?:,|\/|&|\+|\band\b|\bor\b|\bvs\.?|\bversus\b)\s*$/iu;

function isListedWithABrand(text: string, run: readonly WindowWord[]): boolean {
  const end = run.at(-1)!.end;
  const after = LIST_JOIN_AFTER.exec(text.slice(end, end + 12));
  if (after !== null && isBrandOfNoOne(text, end + after[0].length, 'after')) return true;
  const start = run[0]!.start;
  const before = LIST_JOIN_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  return before !== null && isBrandOfNoOne(text, start - before[0].length, 'before');
}

/** One to MOST_WORDS words from `at` (forwards or backwards) that are a brand and not person-shaped. */
function isBrandOfNoOne(text: string, at: number, side: 'before' | 'after'): boolean {
  const words = side === 'after' ? wordsBetween(text, at, at + REACH) : wordsBetween(text, at - REACH, at);
  for (let count = 1; count <= Math.min(MOST_WORDS, words.length); count += 1) {
    const run = side === 'after' ? words.slice(0, count) : words.slice(words.length - count);
    if (isBrandRun(run) && !isPersonShaped(run)) return true;
  }
  return false;
}
