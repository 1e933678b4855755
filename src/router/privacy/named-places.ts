import { isHumanName } from './human-names.ts';
import { hasPersonCueBefore, isFollowedLikeALonePerson } from './name-cues.ts';
import { REQUEST_BEFORE } from './name-given-context.ts';
import { isFollowedLikeAPerson } from './person-predicates.ts';
import { isListedAsPlaces, LIST_JOIN_WORDS, nearestPlaceWords } from './place-lists.ts';
import { isPlaceName } from './place-names.ts';
import { isRegion, STATE_CODES } from './regions.ts';
import { isSentenceStart } from './sentence-position.ts';
import { isTownOrPlace } from './settlement-names.ts';
import { factsOf } from './name-word-facts.ts';
import type { Candidate } from './types.ts';

/**
 * A found name that is wholly a well-known place is the place when its clock is compared ("Sydney is 11h
 * ahead", "Brisbane is an hour behind") and nothing says person. Only then: Sydney, Austin and Jordan
 * are people too, "Tyler is an hour behind on the rollout" is one running late, and two place names in a
 * list ("Madison and Santa Clara both flagged it") may be two people — privacy fails closed. A cue or a
 * request before it ("ask Sydney"), a person's doing after it ("Sydney's out sick", "from the Perth
 * office") or a person beside it in a list ("tell Kayla and Tyler") settles it as a person. Written in
 * lower case it came from a pass that needed a person's place to find it, and stays.
 */
const CUE_REACH = 24;
const LIST_JOIN = new RegExp(String.raw`^${LIST_JOIN_WORDS}$`, 'iu');
/** A place's clock compared: "is 11h ahead", "is an hour behind", "are 3 hours ahead of us". */
const CLOCK_AFTER = /^\s+(?:is|are|['’]s)\s+(?:now\s+)?(?:\d+(?:\.\d+)?\s*h(?:ours?|rs?)?|an?\s+hour|half\s+an\s+hour)\s+(?:ahead|behind)\b(?!\s+(?:on|with|in|at|schedule|the|our|his|her|their))/iu;
/**
 * A time told by a place's clock: "9am Adelaide time", "at 14:00 Denver time". Not "what timezone is Austin
 * in?", which is asked of colleagues more than of towns.
 */
const CLOCK_TIME_BEFORE = /(?:^|[^\p{L}\d])\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s+|\s)$|(?:^|[^\p{L}\d])\d{1,2}:\d{2}\s+$/iu;
const TIME_AFTER = /^\s+time\b/iu;

function isClockOfPlace(text: string, candidate: Candidate): boolean {
  const after = text.slice(candidate.end, candidate.end + 40);
  if (CLOCK_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, candidate.start - 24), candidate.start);
  return CLOCK_TIME_BEFORE.test(before) && TIME_AFTER.test(after);
}

/** Where someone works: "Lorraine from the Nancy office wants…". A place is not from a team. */
const FROM_GROUP_AFTER = /^\s+from\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:team|office|squad|dept|department|crew)\b/iu;

export function isNamedPlace(text: string, candidate: Candidate, candidates: readonly Candidate[]): boolean {
  if (hasPersonCueBefore(text, candidate.start) || REQUEST_BEFORE.test(text.slice(Math.max(0, candidate.start - CUE_REACH), candidate.start))) return false;
  if (isTownBesideItsRegion(text, candidate)) return true;
  const first = candidate.value.charAt(0);
  if (first === first.toLowerCase() || !isPlaceName(candidate.value)) return false;
  if (isFollowedLikeAPerson(text, candidate.end) || isFollowedLikeALonePerson(text, candidate.end, isSentenceStart(text, candidate.start)) || FROM_GROUP_AFTER.test(text.slice(candidate.end, candidate.end + 60))) return false;
  if (hasPersonBesideInList(text, candidate, candidates)) return false;
  return isClockOfPlace(text, candidate) || isListedAsPlaces(text, candidate, candidates);
}

function hasPersonBesideInList(text: string, candidate: Candidate, candidates: readonly Candidate[]): boolean {
  return candidates.some((other) => {
    if (other === candidate || other.type !== 'PERSON' || isPlaceName(other.value)) return false;
    const between = other.end <= candidate.start ? text.slice(other.end, candidate.start) : other.start >= candidate.end ? text.slice(candidate.end, other.start) : undefined;
    return between !== undefined && LIST_JOIN.test(between);
  });
}

/**
 * A town written with its state or country after a comma is the town, and the region is the region:
 * "the Jackson, Mississippi warehouse", "the hub is in Austin, Texas", "Sydney, Australia", "Austin, TX".
 * No one writes a person that way — but a person is addressed that way: "Jordan, Georgia is asking about
 * the deck" greets Jordan and names Georgia. So a region that is also someone's name ("Georgia", "Texas",
 * "Victoria") makes a place only after a town that is no given name, in mid-sentence ("the hub is in
 * Houston, Texas"); "Jackson, Mississippi" and "Austin, TX" need no more. A cue or a request before the town
 * ("hi Jordan, …") makes both names, and so does a person's doing after the region or a list going on
 * ("Jordan, Georgia and Austin joined", "Sydney, Victoria, Tom").
 */
const REGION_AFTER = /^,[ \t]*([\p{L}\p{M}][\p{L}\p{M}'’.-]*(?:[ \t][\p{L}\p{M}][\p{L}\p{M}'’-]*){0,2})/u;
const TOWN_BEFORE = /([\p{L}\p{M}][\p{L}\p{M}'’.-]*(?:[ \t][\p{L}\p{M}][\p{L}\p{M}'’-]*){0,2}),[ \t]*$/u;
const REACH = 48;
const COMMA_BEFORE = /,[ \t]*$/u;
/** A list going on after the region: another comma and a capital, "and"/"or"/"&" and a word, a slash or a colon. */
const LIST_GOES_ON = /^(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?\p{Lu}|[ \t]+(?:and|or|&|\+)[ \t]+\p{L}|[ \t]*[&+/:])/iu;
function isTownBesideItsRegion(text: string, candidate: Candidate): boolean {
  // Most names stand beside no comma: one character settles them before any list is asked.
  if (text.charCodeAt(candidate.end) === 44 && isTownOrPlace(candidate.value)) {
    const region = regionAfter(text, candidate.end);
    if (region !== undefined) return isTownAndRegion(text, candidate.start, region);
  }
  // Written without the comma: the state's code in capitals ("Victoria BC", "Portland OR"), or the region in brackets ("Lincoln (Nebraska)").
  if (isTownOrPlace(candidate.value)) {
    const region = CODE_OR_BRACKETED_REGION_AFTER.exec(text.slice(candidate.end, candidate.end + REACH));
    const value = region?.[1] ?? region?.[2];
    if (value !== undefined && isRegion(value)) return isTownAndRegion(text, candidate.start, { value, end: candidate.end + region![0].length }, region![1] !== undefined);
  }
  if (!COMMA_BEFORE.test(text.slice(Math.max(0, candidate.start - 3), candidate.start)) || !isRegion(candidate.value)) return false;
  const town = TOWN_BEFORE.exec(text.slice(Math.max(0, candidate.start - REACH), candidate.start));
  const townStart = town === null ? -1 : lastTownStart(text, candidate.start - town[0].length, town[1]!);
  return townStart >= 0 && isTownAndRegion(text, townStart, { value: candidate.value, end: candidate.end });
}

/** A state's code in capitals after a space, ending there ("Victoria BC,", "Portland OR —"), or a region's name in brackets. */
const CODE_OR_BRACKETED_REGION_AFTER = /^(?:[ \t]+(\p{Lu}{2,3})(?=[ \t]*(?:$|[,.;:!?)—–]|[ \t]+(?:and|or|&|vs)\b))|[ \t]*\(([\p{L}][\p{L}\p{M}'’. -]{1,30})\))/u;

interface Region {
  value: string;
  end: number;
}

/** The longest run of one to three words after the comma that is wholly a region. */
function regionAfter(text: string, end: number): Region | undefined {
  const match = REGION_AFTER.exec(text.slice(end, end + REACH));
  if (match === null) return undefined;
  const start = end + match[0].length - match[1]!.length;
  const words = match[1]!.split(/[ \t]/u);
  for (let count = words.length; count > 0; count -= 1) {
    const value = words.slice(0, count).join(' ');
    if (isRegion(value)) return { value, end: start + value.length };
  }
  return undefined;
}

/** Where the last one to three words before the comma that are wholly a town begin ("the Jackson" → "Jackson"), or -1. */
function lastTownStart(text: string, wordsStart: number, words: string): number {
  const town = nearestPlaceWords(words, 'last', isTownOrPlace);
  return town === undefined ? -1 : wordsStart + words.length - town.length;
}

/** `codeWithoutComma`: the region is a state's code after a space ("Victoria BC, Florence and…"): no name is written so, and a list may go on. */
function isTownAndRegion(text: string, townStart: number, region: Region, codeWithoutComma = false): boolean {
  if (hasPersonCueBefore(text, townStart) || REQUEST_BEFORE.test(text.slice(Math.max(0, townStart - CUE_REACH), townStart))) return false;
  if ((!codeWithoutComma && LIST_GOES_ON.test(text.slice(region.end, region.end + 12))) || isFollowedLikeAPerson(text, region.end)) return false;
  if (STATE_CODES.has(region.value) || !isHumanName(region.value)) return true;
  // "to Jordan, Georgia will review it", "payslips for Madison, Georgia": two given names are two people.
  return !isSentenceStart(text, townStart) && !townWordsAreGiven(text, townStart, region);
}

function townWordsAreGiven(text: string, townStart: number, region: Region): boolean {
  const town = text.slice(townStart, region.end - region.value.length).replace(/,[ \t]*$/u, '');
  return town.split(/[ \t]/u).some((word) => factsOf(word).given);
}
