import { isHumanName } from './human-names.ts';
import { hasPersonCueBefore, hasThingCueAfter } from './name-cues.ts';
import { REQUEST_BEFORE } from './name-given-context.ts';
import { factsOf } from './name-word-facts.ts';
import { isFollowedLikeAPerson } from './person-predicates.ts';
import { isPlaceName } from './place-names.ts';
import { isRegion, STATE_CODES } from './regions.ts';
import { isTownOrPlace } from './settlement-names.ts';
import type { Candidate } from './types.ts';

/**
 * A list of towns is a list of places when one thing about the list says so: "our offices in Austin,
 * Charlotte and Denver", "Victoria BC, Florence and Adelaide", "Tulsa, Charlotte and Denver all reported
 * it", "the Charlotte and Denver warehouses", "are Sofia, Santiago and Quito all capital cities?". Austin,
 * Charlotte and Denver are people's names too, so every member must be wholly a well-known place or a
 * town that is nobody's name, and something must settle the list: a member that is nobody's name, a member
 * written with its state's code ("Victoria BC") or a nobody's town with its region ("Omaha (Nebraska)"), a site
 * or a presence before the list's preposition ("offices in", "hiring in"), a site after the list ("… stores",
 * "… offices") or a predicate only places take ("are both capital cities").
 * Nothing settles "Austin, Charlotte and Denver joined the call" — they may be three people, and privacy
 * fails closed — nor a list with a person in it ("in Austin, Charlotte and Raj"), nor one after a cue
 * ("ask Florence and Adelaide") or before a person's doing ("Omaha, Charlotte and Denver said …").
 */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const WORDS = String.raw`${WORD}(?:[ \t]${WORD}){0,2}`;
/** A state's code or a region in brackets written after a town: "Victoria BC", "Omaha (Nebraska)". */
const BRACKETED_REGION = String.raw`[ \t]*\([\p{L}][\p{L}\p{M}'’. -]{1,30}\)`;
/** What joins the members of a list: "Kayla and Tyler", "Daan, Femke and Bram", "Chester + Hetal". */
export const LIST_JOIN_WORDS = String.raw`\s*(?:,|,?\s*and|&|\+|\/|,?\s*or)\s*`;
const JOIN = String.raw`${LIST_JOIN_WORDS}|\s+(?:vs\.?|versus)\s+`;
const MEMBER_BEFORE = new RegExp(String.raw`(${WORDS})(${BRACKETED_REGION})?(?:${JOIN})$`, 'u');
const MEMBER_AFTER = new RegExp(String.raw`^(?:${JOIN})(${WORDS})(${BRACKETED_REGION})?`, 'u');
const BRACKET_AFTER = /^\s*\(/u;
const COORDINATOR = /and|or|&|\+|\/|vs|versus/iu;
const BRACKETED_REGION_AFTER = new RegExp(String.raw`^${BRACKETED_REGION}`, 'u');
const REACH = 60;
const MOST_MEMBERS = 6;

/**
 * "the team in Sweden", "our contractor in Austin": a preposition of place. Not "at" ("mad at Rose"), not
 * "in" after a verb that brings someone into the work ("loop in adeyemi-cole", "pulls in Obinna", "rope in Ana",
 * "added in Priya") or after trust and interest ("confidence in Austin", "interested in Jordan"), not "near"
 * after a seat ("sit near Tyler").
 */
const PLACE_PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:(?<!\b(?:loop|loops|looped|looping|pull|pulls|pulled|pulling|bring|brings|brought|bringing|rope|ropes|roped|call|calls|called|sub|subs|subbed|swap|swaps|swapped|fill|fills|filled|add|adds|added|adding|sign|signs|signed|invite|invites|invited|cc|cc'd|keep|kept|include|included|involve|involved|confidence|interest|interested|believe|believes|believed|trust|trusts|trusted|faith|invest|invested|investing|count|counting)\s+)in|(?<!\b(?:sit|sits|sat|sitting|seated|stand|stands|stood|standing|desk|desks)\s+)near|inside|outside|within|across|throughout)\s+$/iu;
/** Only places are cities, capitals or time zones: "… are both capital cities", "are Sofia and Quito all capitals?", "… are all in one time zone". */
const PLACE_PREDICATE_AFTER = /^\s+(?:(?:are|were|r)\s+(?:all\s+|both\s+)?|all\s+|both\s+)(?:(?:\p{L}+\s+)?(?:cities|towns|capitals|countries|states|provinces|suburbs)\b|in\s+(?:the\s+)?(?:same|one|different)\s+time\s?zones?\b)/iu;

/**
 * A list of towns that are given names is where something is only after a site or a presence: "our offices in
 * Austin, Charlotte and Denver", "we are hiring in Adelaide, Florence and Sofia" — not "confidence in Austin and
 * Charlotte", "sit near Tyler and Madison".
 */
const SITE_BEFORE_PREPOSITION =
  /(?:^|[^\p{L}])(?:offices?|stores?|shops?|sites?|branch(?:es)?|warehouses?|hubs?|teams?|staff|customers|clients|users|hiring|based|located|headquartered|live|lives|living|work|works|working|events?|meetups?|weather|flights?)\s+(?:in|near|across|throughout|within)\s+$/iu;

function isSiteBeforePreposition(text: string, start: number): boolean {
  return SITE_BEFORE_PREPOSITION.test(text.slice(Math.max(0, start - 32), start));
}

export function isAfterPlacePreposition(text: string, start: number): boolean {
  return PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

interface Member {
  start: number;
  end: number;
  /** Wholly a town, and no word of it anyone's name. */
  nobodys: boolean;
  /** Written with its state's code or its region in brackets. */
  withRegion: boolean;
  /**
   * Joined to the member before it by "and", "or", "&", "/" or "vs", not by a comma alone. A list needs one:
   * "Jordan, Georgia will review it" greets Jordan and names Georgia.
   */
  coordinated: boolean;
}

export function isListedAsPlaces(text: string, candidate: Candidate, candidates: readonly Candidate[]): boolean {
  const list = listAround(text, candidate, candidates);
  if (list === undefined || list.length < 2 || !list.some((member) => member.coordinated)) return false;
  const first = list[0]!;
  const last = list[list.length - 1]!;
  if (hasPersonCueBefore(text, first.start) || REQUEST_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start))) return false;
  // A bracket after the list that is no region describes people: "Jackson and Denver (our new grads) start on monday".
  if (isFollowedLikeAPerson(text, last.end) || (!last.withRegion && BRACKET_AFTER.test(text.slice(last.end, last.end + 3)))) return false;
  if (list.some((member) => (member.nobodys && member.start !== candidate.start) || member.withRegion)) return true;
  const after = text.slice(last.end, last.end + REACH);
  return isSiteBeforePreposition(text, first.start) || hasThingCueAfter(text, last.end) || PLACE_PREDICATE_AFTER.test(after);
}

/** The members of the list the candidate stands in, in order, or undefined when a member is no place. */
function listAround(text: string, candidate: Candidate, candidates: readonly Candidate[]): Member[] | undefined {
  const own = memberOf(text, candidate.value, candidate.start, 'first', candidates);
  if (own === undefined) return undefined;
  const tag = BRACKETED_REGION_AFTER.exec(text.slice(own.end, own.end + REACH));
  if (tag !== null) own.withRegion = own.nobodys && isRegion(tag[0].trim().slice(1, -1));
  const list = [own];
  let end = tag === null ? own.end : own.end + tag[0].length;
  for (let step = 0; step < MOST_MEMBERS; step += 1) {
    const match = MEMBER_AFTER.exec(text.slice(end, end + REACH));
    if (match === null) break;
    const member = memberOf(text, match[1]!, end + match[0].length - match[1]!.length - (match[2]?.length ?? 0), 'first', candidates, match[2]);
    if (member === undefined) return undefined;
    member.coordinated = COORDINATOR.test(match[0].slice(0, match[0].length - match[1]!.length - (match[2]?.length ?? 0)));
    list.push(member);
    end += match[0].length;
  }
  let start = candidate.start;
  for (let step = 0; step < MOST_MEMBERS; step += 1) {
    const match = MEMBER_BEFORE.exec(text.slice(Math.max(0, start - REACH), start));
    if (match === null) break;
    const wordsStart = start - match[0].length;
    const member = memberOf(text, match[1]!, wordsStart, 'last', candidates, match[2]);
    if (member === undefined) return undefined;
    // The join after this member is the one before the member it precedes.
    list[0]!.coordinated = COORDINATOR.test(match[0].slice(match[1]!.length + (match[2]?.length ?? 0)));
    list.unshift(member);
    // The list goes on before a member only when it took every word of its run ("the Charlotte and …" stops at "the").
    if (member.start !== wordsStart) break;
    start = member.start;
  }
  return list;
}

/**
 * The nearest words of a run that are wholly a place (the last ones before the candidate, the first after
 * it), when they are a well-known place or a town that is nobody's name; undefined when they are not, or
 * when a found person other than a place's name lies on them.
 */
function memberOf(text: string, words: string, wordsStart: number, nearest: 'first' | 'last', candidates: readonly Candidate[], region?: string): Member | undefined {
  const state = nearest === 'last' && region === undefined ? stateCodeAtEnd(words) : undefined;
  const run = state === undefined ? words : words.slice(0, words.length - state.length - 1);
  const place = nearestPlaceWords(run, nearest, isTownOrPlace);
  if (place === undefined) return undefined;
  const start = nearest === 'first' ? wordsStart : wordsStart + run.length - place.length;
  const end = start + place.length;
  const nobodys = !place.split(' ').some((word) => factsOf(word).given || isHumanName(word));
  if (!nobodys && !isPlaceName(place)) return undefined;
  if (candidates.some((other) => other.type === 'PERSON' && other.start < end && other.end > start && !isPlaceName(other.value))) return undefined;
  const codeAfter = nearest === 'first' ? stateCodeAfter(text, end) : state !== undefined && isPlaceCode(state) && CODE_END.test(text.slice(wordsStart + words.length, wordsStart + words.length + 12));
  // A region in brackets after a given name may say where that person is based ("Tyler and Savannah (Georgia)").
  const withRegion = codeAfter || (nobodys && region !== undefined && isRegion(region.trim().slice(1, -1)));
  return { start, end, nobodys, withRegion, coordinated: false };
}

/** "Victoria BC" read from the left: the code is the run's last word. */
function stateCodeAtEnd(words: string): string | undefined {
  const space = words.lastIndexOf(' ');
  const last = space < 0 ? undefined : words.slice(space + 1);
  return last !== undefined && STATE_CODES.has(last) ? last : undefined;
}

const CODE_AFTER = /^[ \t]+(\p{Lu}{2,3})(?![\p{L}\p{M}])/u;
/** The code ends its phrase: "Victoria BC, Florence and…", not "Austin and Charlotte PR before 5". */
const CODE_END = /^[ \t]*(?:$|[,.;:!?)—–]|(?:and|or|&|vs)\b)/u;
/** State codes that are everyday words or acronyms too: "PR", "OK'd", "PA inbox", "MD sign off", "IN", "ON". */
const EVERYDAY_CODES: ReadonlySet<string> = new Set('PR OK PA MD IN ON OR ME HI OH ID DE LA CO AL MA GA NE SC SA NT ACT'.split(' '));

function isPlaceCode(code: string): boolean {
  return STATE_CODES.has(code) && !EVERYDAY_CODES.has(code);
}

function stateCodeAfter(text: string, end: number): boolean {
  const code = CODE_AFTER.exec(text.slice(end, end + 6));
  return code !== null && isPlaceCode(code[1]!) && CODE_END.test(text.slice(end + code[0].length, end + code[0].length + 12));
}

/**
 * The most words at the end (`last`) or the start (`first`) of `words` that are wholly a place by `isPlace`: "San
 * José", not the "San" that is a town of its own, so the list's last member ends where the place does.
 */
export function nearestPlaceWords(words: string, nearest: 'first' | 'last', isPlace: (place: string) => boolean): string | undefined {
  const parts = words.split(/[ \t]/u);
  for (let count = parts.length; count >= 1; count -= 1) {
    const place = (nearest === 'first' ? parts.slice(0, count) : parts.slice(-count)).join(' ');
    if (isPlace(place)) return place;
  }
  return undefined;
}
