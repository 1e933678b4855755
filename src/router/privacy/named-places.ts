import { hasPersonCueBefore, isFollowedLikeALonePerson } from './name-cues.ts';
import { REQUEST_BEFORE } from './name-given-context.ts';
import { isFollowedLikeAPerson } from './person-predicates.ts';
import { isPlaceName } from './place-names.ts';
import { isSentenceStart } from './sentence-position.ts';
import type { Candidate } from './types.ts';

/**
 * A found name that is wholly a well-known place ("Sydney is 11h ahead", "Albuquerque and Santa Fe are
 * both in Mountain time") is the place, unless something says person: a cue or a request before it
 * ("ask Sydney", "sorry Denver,"), a person's doing, speech or belonging after it ("Sydney's out sick",
 * "Sydney said", "Sydney's laptop", "from the Perth office"), or a name beside it in a list that is no place ("tell Kayla and
 * Tyler"). Written in lower case it came from a pass that needed a person's place to find it
 * ("austin and jordan are both at the offsite"), and stays.
 */
const CUE_REACH = 24;
/** What joins the members of a list: "Kayla and Tyler", "Daan, Femke and Bram", "Chester + Hetal". */
const LIST_JOIN = /^\s*(?:,|,?\s*and|&|\+|\/|,?\s*or)\s*$/iu;
/** Where someone works: "Lorraine from the Nancy office wants…". A place is not from a team. */
const FROM_GROUP_AFTER = /^\s+from\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:team|office|squad|dept|department|crew)\b/iu;

export function isNamedPlace(text: string, candidate: Candidate, candidates: readonly Candidate[]): boolean {
  const first = candidate.value.charAt(0);
  if (first === first.toLowerCase() || !isPlaceName(candidate.value)) return false;
  if (hasPersonCueBefore(text, candidate.start) || REQUEST_BEFORE.test(text.slice(Math.max(0, candidate.start - CUE_REACH), candidate.start))) return false;
  if (isFollowedLikeAPerson(text, candidate.end) || isFollowedLikeALonePerson(text, candidate.end, isSentenceStart(text, candidate.start)) || FROM_GROUP_AFTER.test(text.slice(candidate.end, candidate.end + 60))) return false;
  return !hasPersonBesideInList(text, candidate, candidates);
}

function hasPersonBesideInList(text: string, candidate: Candidate, candidates: readonly Candidate[]): boolean {
  return candidates.some((other) => {
    if (other === candidate || other.type !== 'PERSON' || isPlaceName(other.value)) return false;
    const between = other.end <= candidate.start ? text.slice(other.end, candidate.start) : other.start >= candidate.end ? text.slice(candidate.end, other.start) : undefined;
    return between !== undefined && LIST_JOIN.test(between);
  });
}
