import { matchesOf } from './regex-matches.ts';
import { addressBetween, type Candidate } from './types.ts';

/**
 * A message gives an address in full and then names it again by its house and street: "her new place is
 * 14 Zik Ave, Uwani, Enugu … ok 14 zik ave then". The house number and street of a found address (its
 * first part between commas or lines that holds a number and two words) are masked wherever the message
 * repeats them, in any case. "Flat 3" or "12" alone could be anything.
 */
const PARTS = /[^,\n]+/gu;
/** A house number standing alone ("14", "7/3", "22a"), and words of letters only: "2nd Floor" is a floor, not a house on a street. */
const HOUSE_NUMBER = /(?:^|[ \t])\d{1,5}(?:[/-]\d{1,4})?[a-z]?(?=[ \t]|$)/iu;
const WORD = /(?<![\p{L}\d])\p{L}{2,}(?![\p{L}\d])/gu;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}_]/u;

export function withRepeatedAddresses(text: string, entities: readonly Candidate[]): Candidate[] {
  const parts = new Set<string>();
  const folded = text.toLowerCase();
  // Compared lower-cased only where lower-casing keeps every offset (it does not for "İ").
  if (folded.length !== text.length) return [...entities];
  for (const entity of entities) {
    if (entity.type !== 'ADDRESS') continue;
    const part = houseAndStreet(entity.value);
    if (part !== undefined) parts.add(part.toLowerCase());
  }
  if (parts.size === 0) return [...entities];
  const added: Candidate[] = [];
  for (const part of parts) {
    for (let index = folded.indexOf(part); index >= 0; index = folded.indexOf(part, index + part.length)) {
      const end = index + part.length;
      if (isWordCharacter(text, index - 1) || isWordCharacter(text, end) || entities.some((entity) => entity.start < end && index < entity.end)) continue;
      added.push(addressBetween(text, index, end));
    }
  }
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

function houseAndStreet(address: string): string | undefined {
  for (const part of matchesOf(PARTS, address)) {
    const value = part[0].trim();
    if (HOUSE_NUMBER.test(value) && [...matchesOf(WORD, value)].length >= 2) return value;
  }
  return undefined;
}

function isWordCharacter(text: string, index: number): boolean {
  const character = text[index];
  return character !== undefined && WORD_CHARACTER.test(character);
}
