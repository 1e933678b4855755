import { hasPersonCueBefore } from './name-cues.ts';
import { isFollowedLikeAPerson } from './person-predicates.ts';
import type { Candidate } from './types.ts';

/**
 * A street named after someone is a street: "Nathan Road", "Roxas Boulevard", "Roosevelt Road", "Sukhumvit Soi 39". A run of
 * capitalised words that ends in a word only streets end in names no one, unless a person cue stands before it or a person's doing
 * after it ("Della Street called, she wants the redlines back"). An address with a house number is
 * the address passes' to mask; a street alone, with no number, is no one's data. Only the words no surname is: not
 * "Lane", "Hill", "Park", "Green" or "Wood", which are people's names as often as streets'.
 */
const STREET_ENDINGS: ReadonlySet<string> = new Set(['Road', 'Rd', 'Avenue', 'Ave', 'Boulevard', 'Blvd', 'Street', 'Soi', 'Highway', 'Expressway']);

export function isStreetName(text: string, candidate: Candidate): boolean {
  const words = candidate.value.split(/[ \t]+/u);
  if (words.length < 2 || !STREET_ENDINGS.has(words.at(-1)!)) return false;
  return !hasPersonCueBefore(text, candidate.start) && !isFollowedLikeAPerson(text, candidate.end);
}
