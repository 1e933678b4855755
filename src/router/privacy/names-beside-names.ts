import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { isDepartmentWord } from './department-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isHumanName } from './human-names.ts';
import { isLexiconNameWord, isOrgOrPlaceWord, isProductWord } from './name-lexicon.ts';
import { isPlaceName } from './place-names.ts';
import { isCapitalisedWord } from './text-scan.ts';
import { isSentenceStart } from './sentence-position.ts';
import { personBetween, type Candidate } from './types.ts';
import { mayBeUnlistedGivenName } from './unlisted-given-names.ts';
import { isCalendarMonthOrDay } from './calendar-words.ts';
import { isPopularWordName } from './word-given-names.ts';

/**
 * The other name of a pair: "tendai moyo and rumbidzai", "uwase and Habimana Jean-Claude", "Johan van
 * der Merwe or lerato?". People are named in pairs, and the name passes vouch for the one the names
 * list or the capitals make plain; the other is often a given name no list holds, in any case. A
 * single word joined by "and", "or", "&" or "+" — or an arrow, as rotas and hand-overs write two people
 * ("wk27 Ifeanyi -> Nikos", "handover: Kwabena → Priya") — to a name already found is a person when no
 * dictionary lists it and it is no product, place, firm or team ("Priya and postgres", "Ana and HR"
 * stay): a word of the names list, or one no list holds that reads like a name and is no typo,
 * command or slang (unlisted-given-names.ts). Only beside a found name: alone, such a word is anyone's guess.
 */
const AFTER = /^ (and|or|&|\+|->|→|=>) ([\p{L}\p{M}][\p{L}\p{M}'’-]{2,})(?![\p{L}\p{M}\p{N}'’_@.-]|\.\p{L})/u;
const BEFORE = /(?<![\p{L}\p{M}\p{N}'’_@.#/-])([\p{L}\p{M}][\p{L}\p{M}'’-]{2,})(?: (and|or|&|\+|->|→|=>) |(,) )$/u;
/**
 * A comma joins the members of a list of three or more ("kit, wes and wade", "Kit, Jay and Wade – please…"): read
 * before a found name only when the list goes on after it, so a clause before a comma ("thanks, Wade") is no member.
 */
const LIST_GOES_ON = /^(?:, |,? (?:and|or|&|\+) )[\p{L}\p{M}]/u;

function continuesList(text: string, end: number): boolean {
  return LIST_GOES_ON.test(text.slice(end, end + 8));
}

const REACH = 40;
/** BEFORE's tail, of which every match ends: " and ", " or ", " & ", " + ", " -> ", " → ", " => ". */
const JOIN_TAILS = [' and ', ' or ', ' & ', ' + ', ' -> ', ' → ', ' => '];

/** Whether the text right before `end` is one of BEFORE's joins: most names have none there, and BEFORE is tried at every position of its window. */
function endsInJoin(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 32 && JOIN_TAILS.some((tail) => end >= tail.length && text.startsWith(tail, end - tail.length));
}
const ARROWS: ReadonlySet<string> = new Set(['->', '→', '=>']);

export function withNamesBesideNames(text: string, entities: readonly Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  const overlaps = (entity: Candidate, start: number, end: number) => entity.start < end && start < entity.end;
  const taken = (start: number, end: number) => entities.some((entity) => overlaps(entity, start, end)) || added.some((entity) => overlaps(entity, start, end));
  for (const person of entities) {
    if (person.type !== 'PERSON') continue;
    const after = AFTER.exec(text.slice(person.end, person.end + REACH));
    if (after !== null) {
      const end = person.end + after[0].length;
      const start = end - after[2]!.length;
      if (isPairedName(after[2]!, text.slice(end, end + REACH), after[1]!) && !taken(start, end)) added.push(personBetween(text, start, end));
    }
    const before = endsInJoin(text, person.start) || continuesList(text, person.end) ? BEFORE.exec(text.slice(Math.max(0, person.start - REACH), person.start)) : null;
    if (before !== null) {
      const start = person.start - before[0].length;
      const end = start + before[1]!.length;
      if (isPairedName(before[1]!, text.slice(end, end + REACH), before[2] ?? before[3]!, isSentenceStart(text, start)) && !taken(start, end)) added.push(personBetween(text, start, end));
    }
  }
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

/** What a tool is followed by, and a person is not: "zapier support", "posthog events", "kubectl logs". */
const TOOL_NOUN_AFTER = /^\s+(?:support|logs?|events?|docs|jobs?|pipelines?|config|workflows?|integrations?|dashboards?|clusters?|api|apis|sdk|cli|plugin|webhooks?|account|instance)\b/iu;

/**
 * `after`: the text after the word; `join`: what joins it to the name. A word no list holds must not be followed like a
 * tool; across an arrow, a well-known place is where someone goes ("Priya -> Lagos office"), while "Austin and
 * Charlotte" beside a name are people.
 */
function isPairedName(word: string, after: string, join: string, atSentenceStart = false): boolean {
  if (ARROWS.has(join) && isPlaceName(word)) return false;
  const asWritten = atSentenceStart ? word.toLowerCase() : word;
  // A comma list is as often rooms, tools or sights named after people ("rooms: Turing, Ada Lovelace, Hopper"): only a
  // word the lexicon knows as a given name.
  if (join === ',') return isWordGivenNameInAPair(asWritten, after);
  // Beside a found name a capital is written on purpose, no typo's ("Seun and Ngozi").
  if (isUnlistedNameWord(word) || (mayBeUnlistedGivenName(word, isCapitalisedWord(word)) && !TOOL_NOUN_AFTER.test(after))) return true;
  return !ARROWS.has(join) && isWordGivenNameInAPair(asWritten, after);
}

/**
 * "shoutout to faith and tendai", "pairing: grace + oluwaseun", "ask kwame or bill": a lower-case word that is also a
 * given name in the lexicon, joined to a found name, is the other person — people are listed with people — when it
 * ends its phrase: not a word taking a verb, a noun or a preposition after it ("priyanka and will review it", "tendai
 * and may join later", "oluwaseun and grace period", "… and mark for review", "… and faith in the process").
 */
const PHRASE_END_AFTER =
  /^(?:\s*$|\s*[,.;:!?)—–-]|\s+(?:and|or|&|\+|today|tomorrow|tonight|too|both|are|were|pls|please|thanks|thx|again)(?![\p{L}])|\s+\p{Extended_Pictographic})/u;

/** `word` in lower case, or as a sentence opens it ("Kit, Jay and Wade – please…"): a capital mid-sentence is the capitalised passes'. */
function isWordGivenNameInAPair(word: string, after: string): boolean {
  // compromise's lexicon or the SSA's word names ("hope", "rich"), not the big names list, which holds "test" and "talk" too.
  if (word !== word.toLowerCase() || !(isLexiconNameWord(word) || isPopularWordName(word)) || isCalendarMonthOrDay(word)) return false;
  return PHRASE_END_AFTER.test(after);
}

/**
 * A word the names list has and nothing else does: no dictionary, tool, product, place, firm or team list.
 * The evidence a name needs where only its place in the message vouches for it (a pair here, a
 * transcript's speaker in speaker-labels.ts).
 */
export function isUnlistedNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  // Capitals are an acronym or a shout ("Ana and HR", "AND SO ON").
  if (word.length > 1 && word === word.toUpperCase()) return false;
  return isHumanName(word) && !isDictionaryWord(lower) && !ENGLISH_FUNCTION_WORDS.has(lower) && !isProductWord(lower) && !CHAT_OPS_WORDS.has(lower) && !isOrgOrPlaceWord(lower) && !isDepartmentWord(lower);
}
