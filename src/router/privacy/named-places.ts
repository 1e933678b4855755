import { hasPersonCueBefore, isFollowedLikeALonePerson } from './name-cues.ts';
import { REQUEST_BEFORE } from './name-given-context.ts';
import { isFollowedLikeAPerson } from './person-predicates.ts';
import { isPlaceName } from './place-names.ts';
import { isSentenceStart } from './sentence-position.ts';
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
/** What joins the members of a list: "Kayla and Tyler", "Daan, Femke and Bram", "Chester + Hetal". */
const JOIN = String.raw`\s*(?:,|,?\s*and|&|\+|\/|,?\s*or)\s*`;
const LIST_JOIN = new RegExp(String.raw`^${JOIN}$`, 'iu');
/** A place's clock compared: "is 11h ahead", "is an hour behind", "are 3 hours ahead of us". */
const CLOCK_AFTER = /^\s+(?:is|are|['’]s)\s+(?:now\s+)?(?:\d+(?:\.\d+)?\s*h(?:ours?|rs?)?|an?\s+hour|half\s+an\s+hour)\s+(?:ahead|behind)\b(?!\s+(?:on|with|in|at|schedule|the|our|his|her|their))/iu;
/** Where someone works: "Lorraine from the Nancy office wants…". A place is not from a team. */
const FROM_GROUP_AFTER = /^\s+from\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:team|office|squad|dept|department|crew)\b/iu;

export function isNamedPlace(text: string, candidate: Candidate, candidates: readonly Candidate[]): boolean {
  const first = candidate.value.charAt(0);
  if (first === first.toLowerCase() || !isPlaceName(candidate.value)) return false;
  if (hasPersonCueBefore(text, candidate.start) || REQUEST_BEFORE.test(text.slice(Math.max(0, candidate.start - CUE_REACH), candidate.start))) return false;
  if (isFollowedLikeAPerson(text, candidate.end) || isFollowedLikeALonePerson(text, candidate.end, isSentenceStart(text, candidate.start)) || FROM_GROUP_AFTER.test(text.slice(candidate.end, candidate.end + 60))) return false;
  if (hasPersonBesideInList(text, candidate, candidates)) return false;
  return CLOCK_AFTER.test(text.slice(candidate.end, candidate.end + 40));
}

function hasPersonBesideInList(text: string, candidate: Candidate, candidates: readonly Candidate[]): boolean {
  return candidates.some((other) => {
    if (other === candidate || other.type !== 'PERSON' || isPlaceName(other.value)) return false;
    const between = other.end <= candidate.start ? text.slice(other.end, candidate.start) : other.start >= candidate.end ? text.slice(candidate.end, other.start) : undefined;
    return between !== undefined && LIST_JOIN.test(between);
  });
}
