import { isHumanName } from './human-names.ts';
import { isBrandName } from './known-brands.ts';
import { isProductWord } from './name-lexicon.ts';
import { isPlaceName } from './place-names.ts';
import { ENGLISH } from './function-words.ts';
import type { Token } from './recall-words.ts';
import { isSentenceStart } from './sentence-position.ts';
import { namesNoOne } from './thing-words.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A name the next clause refers back to as "she" or "he": "who's covering for sandy while she's out",
 * "loop in adeyemi-cole on the thread, he has the access reviews", "Ifeoma and her dog did the 10k".
 * Alone, "sandy" is a word; a person pronoun opening the next clause says what it was. Things take
 * "it", so "the price, it's high" stays, and a word after a determiner ("the price she quoted") is a
 * thing that someone else did something to.
 *
 * Only a word the names list knows — or one no list holds, capitalised mid-sentence —, that is not a firm, place, team,
 * month or weekday, and only when no other such word stands between it and the pronoun (which of two names "she" is
 * cannot be told).
 */
const PRONOUNS: ReadonlySet<string> = new Set(['she', 'he', 'her', 'his', 'him', "she'll", "he'll", "she'd", "he'd", "she’ll", "he’ll"]);
/** What may open the clause the pronoun stands in: punctuation, or a word that joins a clause or asks about one ("any idea what she likes"). */
const CLAUSE_GAP = /[,;:?!.]|\s[-–—]\s/u;
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'because', 'since', 'as', 'so', 'until', 'when', 'if', 'though', 'although', 'cause', 'coz', 'bc', 'what', 'where', 'whether', 'how', 'why']);
/** Words before a thing, not a person: "the price she quoted", "our summer, she said". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'my', 'your', 'their', 'its', 'this', 'that', 'these', 'those', 'his', 'her', 'every', 'each', 'some', 'any', 'no', 'which', 'what']);
/** Objects and determiners right after a word make it a verb: "mark it", "bill the client", "chase them". */
const OBJECTS: ReadonlySet<string> = new Set(['it', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'them', 'him', 'her', 'me', 'us', 'my', 'our', 'your', 'their']);
/** Tokens between the name and the pronoun: the name's own clause and the start of the next. */
const REACH = 8;

export function withPronounAntecedents(text: string, tokens: readonly Token[], entities: readonly Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (!PRONOUNS.has(tokens[index]!.lower) || !opensClause(text, tokens, index)) continue;
    const antecedent = antecedentOf(text, tokens, index, entities);
    if (antecedent === undefined) continue;
    const token = tokens[antecedent]!;
    if (entities.some((entity) => entity.start < token.end && token.start < entity.end) || added.some((entity) => entity.start === token.start)) continue;
    added.push(personBetween(text, token.start, token.end));
  }
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

function opensClause(text: string, tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (previous === undefined) return false;
  const gap = text.slice(previous.end, tokens[index]!.start);
  if (gap.includes('\n')) return false;
  return CLAUSE_GAP.test(gap) || CLAUSE_WORDS.has(previous.lower);
}

/**
 * The one name-like word within reach before the pronoun, on its line; undefined when none, more than
 * one, or a person already found stands there ("ask will about the q3 numbers, he had them": "he" is
 * will, not "ask").
 */
function antecedentOf(text: string, tokens: readonly Token[], pronoun: number, entities: readonly Candidate[]): number | undefined {
  let found: number | undefined;
  for (let index = pronoun - 1; index >= 0 && index >= pronoun - REACH; index -= 1) {
    if (text.slice(tokens[index]!.end, tokens[index + 1]!.start).includes('\n')) break;
    const token = tokens[index]!;
    if (entities.some((entity) => entity.type === 'PERSON' && entity.start <= token.start && token.end <= entity.end)) return undefined;
    if (!mayBePerson(text, tokens, index)) continue;
    if (found !== undefined) return undefined;
    found = index;
  }
  if (found === undefined) return undefined;
  const before = tokens[found - 1];
  if (before !== undefined && DETERMINERS.has(before.lower)) return undefined;
  // "mark it as done, she asked", "bill the client, he agreed": a verb with its object. "grace period ends
  // today, she confirmed", "amber alert…": a word opening the sentence before a noun is that noun's modifier.
  const next = tokens[found + 1];
  if (next !== undefined && found + 1 < pronoun) {
    if (OBJECTS.has(next.lower)) return undefined;
    if (isSentenceStart(text, tokens[found]!.start) && next.style === 'lower' && !next.functionLanguages.includes(ENGLISH)) return undefined;
  }
  return found;
}

function mayBePerson(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.text.length < 3 || token.style === 'upper' || token.facts.tool || PRONOUNS.has(token.lower)) return false;
  // The names list holds everyday words too ("the", "data"): the word must also read as a name ("sandy", "adeyemi-cole").
  if (token.kind === 'ordinary') return false;
  if (!(token.facts.given || isHumanName(token.text) || token.text.split('-').every((part) => part.length >= 2 && isHumanName(part)) || isUnlistedCapitalised(text, token))) return false;
  return !namesNoOne(text, token.start, token.end);
}

/**
 * "asking for Ngaio, she's presenting in 5": a word no list holds, capitalised where no sentence starts — written so on
 * purpose — and no product, brand or place, nor where a place is ("a trip to Rivendell, his luggage…"). The names list
 * lacks many people's names; "she" says which this is.
 */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:to|in|at|into|near|from|via)\s+$/iu;
function isUnlistedCapitalised(text: string, token: Token): boolean {
  if (!token.titleCase || isSentenceStart(text, token.start) || PLACE_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start))) return false;
  return !isProductWord(token.lower) && !isBrandName(token.text) && !isPlaceName(token.text);
}
