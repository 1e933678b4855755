import { addressBetween, type Candidate } from './types.ts';

/**
 * A label or a remittance line opens with whom it is for: "remit to Ama Owusu, P.O. Box AN 7781,
 * Achimota, Accra". The address passes read back over capitalised parts before what they recognise,
 * and take the name with them; the name passes find it too. Where an address opens with exactly a name
 * found as a person and a comma, the name is the person and the address starts after it — so the
 * reader keeps a person and an address, and the pseudonyms say which is which. Nothing is left in the
 * clear: both spans are still redacted.
 */
const COMMA_AFTER = /^,[ \t]*/u;

export function withAddresseesApart(text: string, candidates: readonly Candidate[]): Candidate[] {
  const personStarts = new Map<number, Candidate>();
  for (const candidate of candidates) {
    // The longest name found at a place: "Ama Owusu", not its given name "Ama" alone.
    if (candidate.type === 'PERSON' && candidate.end > (personStarts.get(candidate.start)?.end ?? -1)) personStarts.set(candidate.start, candidate);
  }
  if (personStarts.size === 0) return [...candidates];
  return candidates.map((candidate) => {
    const person = candidate.type === 'ADDRESS' ? personStarts.get(candidate.start) : undefined;
    if (person === undefined || person.end >= candidate.end) return candidate;
    const comma = COMMA_AFTER.exec(text.slice(person.end, person.end + 4));
    const start = person.end + (comma?.[0].length ?? 0);
    return comma === null || start >= candidate.end ? candidate : addressBetween(text, start, candidate.end);
  });
}
