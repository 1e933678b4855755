import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { lexiconFacts } from './name-lexicon.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';
import { isSentenceStart } from './sentence-position.ts';

/**
 * A message names someone once in full and then again in part: "attendees: … Césaire Bernard … action:
 * Césaire to send the deck", "Priya Raman approved it. Raman also said…". Every other occurrence of a
 * word of a found name, written the same way, is the same person. Only words the English word list lacks
 * are followed ("Will Smith" does not make every "will" a person).
 */
const MINIMUM_LENGTH = 3;
const NAME_WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const NAME_WORD_AT_START = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/u;

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
  const added = words.size === 0 ? [] : standaloneOccurrences(text, words, (start, end) => isCovered(entities, start, end));
  added.push(...capitalisedWordNames(text, entities, added));
  if (words.size > 0) added.push(...lowerCaseGivenNames(text, entities, added));
  added.push(...addressedWordNames(text, entities, added));
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

/**
 * A found name that is also an English word, written again capitalised where no sentence starts: "Hunter: Two sites
 * done… Sue: Go for it Hunter." Mid-sentence a capital is the name's; at a sentence's start it says nothing ("Will Smith
 * approved it. Will we ship?").
 */
function capitalisedWordNames(text: string, entities: readonly Candidate[], added: readonly Candidate[]): Candidate[] {
  const words = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    for (const match of matchesOf(NAME_WORD, entity.value)) {
      if (match[0].length >= MINIMUM_LENGTH && TITLE_CASE.test(match[0]) && lexiconFacts(match[0]).englishWord && !lexiconFacts(match[0]).product) words.add(match[0]);
    }
  }
  if (words.size === 0) return [];
  return standaloneOccurrences(text, words, (start, end) => isSentenceStart(text, start) || isCovered(entities, start, end) || isCovered(added, start, end));
}

/**
 * The given name of someone found, typed again in lower case as the person the line speaks to: "To: Jack Turner … jack -
 * van 14 is booked", "pat brown left his card. pat if ur reading this…". A given name that is also a word ("jack",
 * "pat", "mark") only there: "Mark Brown approved it, mark it done" marks a ticket.
 */
function addressedWordNames(text: string, entities: readonly Candidate[], added: readonly Candidate[]): Candidate[] {
  const given = new Set<string>();
  for (const entity of entities) {
    const first = entity.type === 'PERSON' && entity.value.includes(' ') ? NAME_WORD_AT_START.exec(entity.value)?.[0] : undefined;
    if (first !== undefined && first.length >= MINIMUM_LENGTH && lexiconFacts(first).englishWord) given.add(first.toLowerCase());
  }
  if (given.size === 0) return [];
  const taken = (start: number, end: number) => isCovered(entities, start, end) || isCovered(added, start, end);
  return standaloneOccurrences(text, given, (start, end) => taken(start, end) || !isSentenceStart(text, start) || !ADDRESSED_AFTER.test(text.slice(end, end + 12)));
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
/** What follows a name the line is spoken to: a dash or a comma, or a request or question put to it. */
const ADDRESSED_AFTER = /^(?:\s*[,–—-]\s|\s+(?:if\s+(?:u|you|ur)|pls|plz|please|can\s+(?:u|you)|could\s+you|ur|r\s+u|are\s+you)\b)/u;

/**
 * A given name found capitalised and typed again in lower case, as chat types it: "champion: Marisol Quispe … marisol to
 * intro us", "- name: Halvard Nygaard⏎  slack: halvard". Only the given name — the first word of a found name — and
 * only in lower case: a surname or a word in capitals is a tool or an acronym as often ("Sarah Jenkins … the jenkins
 * pipeline", "Minh Dao … the DAO layer"), and never a tool's word.
 */
function lowerCaseGivenNames(text: string, entities: readonly Candidate[], added: readonly Candidate[]): Candidate[] {
  const given = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    const first = NAME_WORD_AT_START.exec(entity.value)?.[0];
    if (first === undefined || first.length < MINIMUM_LENGTH || first === first.toLowerCase() || first === first.toUpperCase()) continue;
    const facts = lexiconFacts(first);
    if (!facts.englishWord && !facts.product && !CHAT_OPS_WORDS.has(first.toLowerCase())) given.add(first.toLowerCase());
  }
  return standaloneOccurrences(text, given, (start, end) => isCovered(entities, start, end) || isCovered(added, start, end));
}

/** Every occurrence of each word written as a word of its own (no letter glued to either side) and not `taken`, as a person. */
function standaloneOccurrences(text: string, words: Iterable<string>, taken: (start: number, end: number) => boolean): Candidate[] {
  const found: Candidate[] = [];
  for (const word of words) {
    for (let index = text.indexOf(word); index >= 0; index = text.indexOf(word, index + word.length)) {
      const end = index + word.length;
      if (isLetter(text, index - 1) || isLetter(text, end) || taken(index, end)) continue;
      found.push({ type: 'PERSON', start: index, end, value: word });
    }
  }
  return found;
}

function isLetter(text: string, index: number): boolean {
  const character = text[index];
  return character !== undefined && WORD_CHARACTER.test(character) && !(character === '.' && !LETTER_OR_NUMBER.test(text[index + 1] ?? ''));
}

function isCovered(entities: readonly Candidate[], start: number, end: number): boolean {
  return entities.some((entity) => entity.start < end && start < entity.end);
}
