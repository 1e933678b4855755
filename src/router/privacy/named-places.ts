import { hasPersonCueBefore, isFollowedLikeALonePerson } from './name-cues.ts';
import { REQUEST_BEFORE } from './name-given-context.ts';
import { isFollowedLikeAPerson } from './person-predicates.ts';
import { isPlaceName } from './place-names.ts';
import { isSentenceStart } from './sentence-position.ts';
import type { Candidate } from './types.ts';

/**
 * A found name that is wholly a well-known place is the place when the words around it say place and
 * nothing says person: it is listed with a place of several words ("Albuquerque and Santa Fe are both in
 * Mountain time", "Cairns and Gold Coast"), or its clock is compared ("Sydney is 11h ahead", "Brisbane is an
 * hour behind"). A place name with no such evidence stays a name — Sydney, Austin and Jordan are people
 * too, and privacy fails closed — as it does with a cue or a request before it ("ask Sydney", "sorry
 * Denver,"), a person's doing, speech or belonging after it ("Sydney's out sick", "from the Perth office"),
 * or a person beside it in the list ("tell Kayla and Tyler"). Written in lower case it came from a pass
 * that needed a person's place to find it ("austin and jordan are both at the offsite"), and stays.
 */
const CUE_REACH = 24;
/** What joins the members of a list: "Kayla and Tyler", "Daan, Femke and Bram", "Chester + Hetal". */
const JOIN = String.raw`\s*(?:,|,?\s*and|&|\+|\/|,?\s*or)\s*`;
const LIST_JOIN = new RegExp(String.raw`^${JOIN}$`, 'iu');
/** A place's clock compared: "is 11h ahead", "is an hour behind", "are 3 hours ahead of us". */
const CLOCK_AFTER = /^\s+(?:is|are|was|['’]s)\s+(?:now\s+)?(?:\d+(?:\.\d+)?\s*h(?:ours?|rs?)?|an?\s+hour|half\s+an\s+hour|a\s+day)\s+(?:ahead|behind)\b/iu;
const PLACE_WORDS = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,2}`;
const PLACE_AFTER_JOIN = new RegExp(String.raw`^${JOIN}(${PLACE_WORDS})`, 'u');
const PLACE_BEFORE_JOIN = new RegExp(String.raw`(${PLACE_WORDS})${JOIN}$`, 'u');
/** Where someone works: "Lorraine from the Nancy office wants…". A place is not from a team. */
const FROM_GROUP_AFTER = /^\s+from\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:team|office|squad|dept|department|crew)\b/iu;

export function isNamedPlace(text: string, candidate: Candidate, candidates: readonly Candidate[]): boolean {
  const first = candidate.value.charAt(0);
  if (first === first.toLowerCase() || !isPlaceName(candidate.value)) return false;
  if (hasPersonCueBefore(text, candidate.start) || REQUEST_BEFORE.test(text.slice(Math.max(0, candidate.start - CUE_REACH), candidate.start))) return false;
  if (isFollowedLikeAPerson(text, candidate.end) || isFollowedLikeALonePerson(text, candidate.end, isSentenceStart(text, candidate.start)) || FROM_GROUP_AFTER.test(text.slice(candidate.end, candidate.end + 60))) return false;
  if (hasPersonBesideInList(text, candidate, candidates)) return false;
  return CLOCK_AFTER.test(text.slice(candidate.end, candidate.end + 40)) || isListedWithPlace(text, candidate);
}

/** A place right before or after it in a list: "Albuquerque and Santa Fe", "Gold Coast, Cairns". */
function isListedWithPlace(text: string, candidate: Candidate): boolean {
  const after = PLACE_AFTER_JOIN.exec(text.slice(candidate.end, candidate.end + 60))?.[1];
  const before = PLACE_BEFORE_JOIN.exec(text.slice(Math.max(0, candidate.start - 60), candidate.start))?.[1];
  // A place of several words is itself evidence enough beside any place ("Santa Fe" after "Albuquerque").
  const several = candidate.value.includes(' ');
  return [after, before].some((words) => words !== undefined && startsWithPlace(words, several ? 1 : 2));
}

/**
 * The run opens (or ends) with a place of at least `leastWords` words ("Santa Fe are" → "Santa Fe",
 * "New Delhi"). Beside a one-word name, a one-word place proves nothing: "Darwin and Cairns" could be two
 * people as well as two towns, and then the names stay masked.
 */
function startsWithPlace(words: string, leastWords: number): boolean {
  const parts = words.split(/\s/u);
  const longPlace = (phrase: string) => phrase.split(' ').length >= leastWords && isPlaceName(phrase);
  return parts.some((_, index) => longPlace(parts.slice(0, index + 1).join(' '))) || parts.some((_, index) => index > 0 && longPlace(parts.slice(index).join(' ')));
}

function hasPersonBesideInList(text: string, candidate: Candidate, candidates: readonly Candidate[]): boolean {
  return candidates.some((other) => {
    if (other === candidate || other.type !== 'PERSON' || isPlaceName(other.value)) return false;
    const between = other.end <= candidate.start ? text.slice(other.end, candidate.start) : other.start >= candidate.end ? text.slice(candidate.end, other.start) : undefined;
    return between !== undefined && LIST_JOIN.test(between);
  });
}
