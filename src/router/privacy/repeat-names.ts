import { lexiconFacts } from './name-lexicon.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

/**
 * A message names someone once in full and then again in part: "attendees: … Césaire Bernard … action:
 * Césaire to send the deck", "Priya Raman approved it. Raman also said…". Every other occurrence of a
 * word of a found name, written the same way, is the same person. Only words the English word list lacks
 * are followed ("Will Smith" does not make every "will" a person).
 */
const MINIMUM_LENGTH = 3;
const NAME_WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** Patterns used per match, kept out of the functions: bundlers compile an inline literal with a \p{…} escape again on every call. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}_@.-]/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

export function withRepeatedNames(text: string, entities: readonly Candidate[]): Candidate[] {
  const words = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    for (const match of matchesOf(NAME_WORD, entity.value)) {
      if (match[0].length >= MINIMUM_LENGTH && !lexiconFacts(match[0]).englishWord) words.add(match[0]);
    }
  }
  if (words.size === 0) return [...entities];
  const added: Candidate[] = [];
  for (const word of words) {
    for (let index = text.indexOf(word); index >= 0; index = text.indexOf(word, index + word.length)) {
      const end = index + word.length;
      if (isLetter(text, index - 1) || isLetter(text, end) || isCovered(entities, index, end)) continue;
      added.push({ type: 'PERSON', start: index, end, value: word });
    }
  }
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

function isLetter(text: string, index: number): boolean {
  const character = text[index];
  return character !== undefined && WORD_CHARACTER.test(character) && !(character === '.' && !LETTER_OR_NUMBER.test(text[index + 1] ?? ''));
}

function isCovered(entities: readonly Candidate[], start: number, end: number): boolean {
  return entities.some((entity) => entity.start < end && start < entity.end);
}
