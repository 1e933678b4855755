import { isHumanName } from './human-names.ts';
import type { Token } from './recall-words.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A message written in capitals that opens by addressing someone: "KING WANTS THE POSTMORTEM BY EOD",
 * "RUBY PLEASE STOP MERGING TO MAIN", "WILLOUGHBY — CALL ME BACK". The first word is a name in the
 * names list, then a request, a dash or comma, or a verb of wanting or saying. "BUILD PLEASE" does not
 * count: "build" is in no names list, nor is "STOP".
 */
const ADDRESS_AFTER = /^(?:\s*[,:–—-]\s*|\s+)(?:PLEASE|PLS|PLZ|CAN YOU|COULD YOU|CALL ME|WANTS|NEEDS|SAYS|SAID|ASKED|IS ASKING|WILL)\b/u;
const MINIMUM_LETTERS = 3;

export function detectShoutedAddress(text: string, tokens: readonly Token[]): Candidate[] {
  const first = tokens[0];
  if (first === undefined || first.style !== 'upper' || first.text.length < MINIMUM_LETTERS || first.particle) return [];
  if (text.slice(0, first.start).trim().length > 0 || !tokens.every((token) => token.style === 'upper' || token.particle)) return [];
  if (!ADDRESS_AFTER.test(text.slice(first.end, first.end + 16)) || !isHumanName(first.text)) return [];
  return [personBetween(text, first.start, first.end)];
}
