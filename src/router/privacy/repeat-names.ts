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

/** Patterns used per match, kept out of the functions: bundlers compile an inline literal with a \p{…} escape again on every call. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}_@.-]/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

export function withRepeatedNames(text: string, entities: readonly Candidate[]): Candidate[] {
  const words = repeatableWords(entities);
  const covered = (start: number, end: number) => isCovered(entities, start, end);
  const added = standaloneOccurrences(text, words.unlisted, covered);
  const taken = (start: number, end: number) => covered(start, end) || isCovered(added, start, end);
  // "Hunter: Two sites done… Sue: Go for it Hunter.": mid-sentence a capital is the name's; at a sentence's start it says
  // nothing ("Will Smith approved it. Will we ship?").
  added.push(...standaloneOccurrences(text, words.capitalised, (start, end) => isSentenceStart(text, start) || taken(start, end)));
  added.push(...standaloneOccurrences(text, words.given, taken));
  // "To: Jack Turner … jack - van 14 is booked", "pat brown left his card. pat if ur reading this…": a given name that is
  // also a word only as the person the line speaks to — "Mark Brown approved it, mark it done" marks a ticket.
  added.push(...standaloneOccurrences(text, words.addressed, (start, end) => taken(start, end) || !isSentenceStart(text, start) || !ADDRESSED_AFTER.test(text.slice(end, end + 12))));
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

/** The words of the found names that are followed elsewhere in the message, each kind with where it counts. */
interface RepeatableWords {
  /** Every word the English list lacks, written as found ("Césaire", "Raman"). */
  unlisted: Set<string>;
  /** A capitalised word that is also an English word ("Hunter"): followed capitalised, where no sentence starts. */
  capitalised: Set<string>;
  /** A capitalised given name that is no English word, no product or tool, typed again in lower case ("marisol"). */
  given: Set<string>;
  /** The given name of a full name that is also a word, in lower case ("jack", "pat"): followed where a line speaks to it. */
  addressed: Set<string>;
}

/**
 * One pass over the found names' words. A given name is the first word of a found name; only in lower case is it followed:
 * a surname or a word in capitals is a tool or an acronym as often ("Sarah Jenkins … the jenkins pipeline", "Minh Dao …
 * the DAO layer"), as in "champion: Marisol Quispe … marisol to intro us", "- name: Halvard Nygaard⏎  slack: halvard".
 */
function repeatableWords(entities: readonly Candidate[]): RepeatableWords {
  const words: RepeatableWords = { unlisted: new Set(), capitalised: new Set(), given: new Set(), addressed: new Set() };
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    let first = true;
    for (const match of matchesOf(NAME_WORD, entity.value)) {
      const word = match[0];
      const isFirst = first && match.index === 0;
      first = false;
      if (word.length < MINIMUM_LENGTH) continue;
      const facts = lexiconFacts(word);
      if (!facts.englishWord) words.unlisted.add(word);
      else if (TITLE_CASE.test(word) && !facts.product) words.capitalised.add(word);
      if (!isFirst) continue;
      if (facts.englishWord) {
        if (entity.value.includes(' ')) words.addressed.add(word.toLowerCase());
      } else if (word !== word.toLowerCase() && word !== word.toUpperCase() && !facts.product && !CHAT_OPS_WORDS.has(word.toLowerCase())) {
        words.given.add(word.toLowerCase());
      }
    }
  }
  return words;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
/** What follows a name the line is spoken to: a dash or a comma, or a request or question put to it. */
const ADDRESSED_AFTER = /^(?:\s*[,–—-]\s|\s+(?:if\s+(?:u|you|ur)|pls|plz|please|can\s+(?:u|you)|could\s+you|ur|r\s+u|are\s+you)\b)/u;

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
