import { NAME_PARTICLES } from './name-lexicon.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import { PARTICLES } from './name-word-facts.ts';
import type { Candidate } from './types.ts';

/**
 * One person, one span, across the particles of a name: "Carmen de la Fuente", "Maria do Carmo
 * Pereira", "Jordi Puig i Serra", "Rhodri ap Siôn". The name passes vouch for the capitalised parts
 * and stop at the lower-case particle, so such a name came out as two people ("[PERSON] de la
 * [PERSON]"): two placeholders where the reader sees one person, and a pseudonym for each. Two names
 * with nothing but particles between them are joined. Only names are joined: a particle between a
 * name and anything else is left as it is.
 */
const JOINING: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...PARTICLES, 'do', 'das', 'della', 'dei', 'degli', 'los', 'las', 'ap', 'ab', 'bint', 'i']);
const MOST_PARTICLES = 2;

export function withNamesJoinedAcrossParticles(text: string, candidates: readonly Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && previous.type === 'PERSON' && candidate.type === 'PERSON' && isParticleGap(text.slice(previous.end, candidate.start), previous, candidate)) {
      joined[joined.length - 1] = { ...previous, end: candidate.end, value: text.slice(previous.start, candidate.end), identity: undefined };
    } else {
      joined.push(candidate);
    }
  }
  return joined.map((candidate, index) => withSurnameAfterParticles(text, candidate, joined[index + 1]));
}

/** The words after a name, read one by one: " de la cruz", " van der Berg", " dos Santos". */
const NEXT_WORD = /^ ([\p{L}][\p{L}\p{M}'’-]*)/u;

/**
 * The surname after the particles when no pass found it alone: "maria de la cruz", "jan van der berg"
 * (the particles may already be inside the name found). The word is in the names list and no English
 * word, written as the name before it is (lower case after lower case, a capital after a capital).
 */
function withSurnameAfterParticles(text: string, candidate: Candidate, next: Candidate | undefined): Candidate {
  if (candidate.type !== 'PERSON') return candidate;
  const lastWord = candidate.value.slice(candidate.value.lastIndexOf(' ') + 1);
  const particles: string[] = JOINING.has(lastWord) ? [lastWord] : [];
  let end = candidate.end;
  for (let read = 0; read <= MOST_PARTICLES; read += 1) {
    const word = NEXT_WORD.exec(text.slice(end, end + 40))?.[1];
    if (word === undefined || (next !== undefined && next.start < end + 1 + word.length)) return candidate;
    end += 1 + word.length;
    if (JOINING.has(word)) {
      particles.push(word);
      continue;
    }
    return particles.length > 0 && isSurnameAfter(candidate, particles, word) ? { ...candidate, end, value: text.slice(candidate.start, end), identity: undefined } : candidate;
  }
  return candidate;
}

function isSurnameAfter(candidate: Candidate, particles: readonly string[], word: string): boolean {
  if (particles.some((particle) => AMBIGUOUS.has(particle)) && !candidate.value.includes(' ')) return false;
  const lowerName = candidate.value === candidate.value.toLowerCase();
  return lowerName === (word === word.toLowerCase()) && isHumanName(word) && !isDictionaryWord(word.toLowerCase());
}

/**
 * Particles that are also a verb or "and" ("let Mark do Sarah's onboarding", Catalan "Anna i Joan" for two
 * people): they join only where one side already has two parts ("Maria do Carmo Pereira", "Jordi Puig i Serra").
 */
const AMBIGUOUS: ReadonlySet<string> = new Set(['do', 'i', 'e', 'y']);

/** " de la ", " i ", " do ": one or two particles, each between single spaces. */
function isParticleGap(gap: string, left: Candidate, right: Candidate): boolean {
  if (gap.length < 3 || gap[0] !== ' ' || gap[gap.length - 1] !== ' ') return false;
  const words = gap.slice(1, -1).split(' ');
  if (words.length > MOST_PARTICLES || !words.every((word) => JOINING.has(word))) return false;
  return !words.some((word) => AMBIGUOUS.has(word)) || left.value.includes(' ') || right.value.includes(' ');
}
