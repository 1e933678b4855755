/**
 * A name spelt out letter by letter, as people do on a call when it keeps being misspelt: "Okonkwo. that's O-K-O-N-K-W-O",
 * "Nwankwo, N W A N K W O", "kowalski is k-o-w-a-l-s-k-i". Spelt, the name is the same person's as where it was said: a
 * run of single letters, one separator between them throughout, whose letters make a word of a found name.
 */
import { matchesOf } from './regex-matches.ts';
import { personAt, type Candidate } from './types.ts';

const SPELT = /(?<![\p{L}\p{N}])\p{L}(?:([- ])\p{L})(?:\1\p{L}){1,}(?![\p{L}\p{N}])/gu;
const NAME_WORD = /[\p{L}\p{M}]+/gu;
const SHORTEST = 3;

export function withSpelledNames(text: string, entities: readonly Candidate[]): Candidate[] {
  if (!/\p{L}[- ]\p{L}[- ]\p{L}/u.test(text)) return [...entities];
  const nameWords = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    for (const match of matchesOf(NAME_WORD, entity.value)) if (match[0].length >= SHORTEST) nameWords.add(plain(match[0]));
  }
  if (nameWords.size === 0) return [...entities];
  const added: Candidate[] = [];
  for (const match of matchesOf(SPELT, text)) {
    const letters = plain(match[0].replace(/[- ]/gu, ''));
    if (letters.length < SHORTEST || !nameWords.has(letters)) continue;
    if (entities.some((entity) => entity.start < match.index + match[0].length && match.index < entity.end)) continue;
    added.push(personAt(match.index, match[0]));
  }
  return added.length === 0 ? [...entities] : [...entities, ...added].sort((left, right) => left.start - right.start);
}

function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
