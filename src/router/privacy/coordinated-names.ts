import { isDepartmentWord } from './department-words.ts';
import { isAdverb, isOrgOrPlaceWord, isPastTenseVerb, isVerbForm } from './name-lexicon.ts';
import { isFollowedByPersonPredicate } from './person-predicates.ts';
import type { Token } from './recall-words.ts';
import { isWhitespaceCode } from './text-scan.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Clauses side by side about the same kind of subject: "Jaswinder took the 2am page, Mandeep rotates in
 * at 9", "Cook approved it but Baker still has concerns", "Vusumuzi Khumalo JNB→LHR 17 Jan, Nomvula
 * JNB→LHR 18 Jan". When one clause opens with a name the other passes found, a capitalised word opening
 * a neighbouring clause on the same line, in the same way (a verb after it, or the very words that
 * follow the name), is a person too. Alone, such a word ("Baker still has concerns") is anyone's guess;
 * beside "Cook approved it", it is the second reviewer.
 *
 * Only words that can be names at all: unknown to the English word list, or listed names that are also
 * words ("Ivy", "Cook"). A verb is a verb form the lexicon knows, or a word ending in -s or -ed
 * ("rotates"): in a clause opened by a capitalised word beside a named person, that is what it is.
 * Tools, teams, places and firms open clauses too ("Priya approved it, Jenkins deploys it", "Ana is
 * out, Finance signs", "02:17 Phoenix acked"), and are left alone.
 */
/** Words that open a clause of their own after no punctuation: "Cook approved it but Baker…". */
const JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'then', 'so', 'plus']);
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'might', 'may', "can't", 'cannot', "won't", "didn't", "doesn't", "isn't", "wasn't"]);
/** Adverbs between a subject and its verb that the lexicon does not tag: "Baker still has…". */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['still', 'just', 'also', 'already', 'now', 'then', 'never', 'finally', 'only']);
/** How much of what follows the name two clauses must share when no verb follows: "JNB→LHR". */
const SHARED_FOLLOWER = /^\s+(\S{3,24})/u;

interface Clause {
  /** The token that opens the clause. */
  head: number;
  /** Index of the line the clause is on. */
  line: number;
}

export function withCoordinatedNames(text: string, tokens: readonly Token[], entities: readonly Candidate[]): Candidate[] {
  const persons = entities.filter((entity) => entity.type === 'PERSON');
  if (persons.length === 0 || tokens.length < 4) return [...entities];
  const clauses = clausesOf(text, tokens);
  const anchors = anchorsOf(text, tokens, clauses, persons);
  if (anchors.length === 0) return [...entities];
  const added: Candidate[] = [];
  for (const clause of clauses) {
    const token = tokens[clause.head]!;
    if (!mayBeName(token) || entities.some((entity) => entity.start < token.end && token.start < entity.end)) continue;
    const sameLine = anchors.filter((anchor) => anchor.clause.line === clause.line && anchor.clause !== clause);
    if (sameLine.length === 0) continue;
    // The same words after both (a route, a room): only for a word no dictionary has, "Search owns…" is no one.
    const follower = token.kind === 'name' ? followerOf(text, token.end) : undefined;
    const shared = follower !== undefined && sameLine.some((anchor) => anchor.follower === follower);
    if (shared || doesWhatPeopleDo(text, tokens, clause.head)) added.push(personBetween(text, token.start, token.end));
  }
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

interface Anchor {
  clause: Clause;
  /** The words right after the found name: "JNB→LHR" after "Vusumuzi Khumalo". */
  follower: string | undefined;
}

/** The clauses that open with a found name, with what follows that name (read once, not per clause compared). */
function anchorsOf(text: string, tokens: readonly Token[], clauses: readonly Clause[], persons: readonly Candidate[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const clause of clauses) {
    const person = persons.find((candidate) => candidate.start === tokens[clause.head]!.start);
    if (person !== undefined) anchors.push({ clause, follower: followerOf(text, person.end) });
  }
  return anchors;
}

/** The first token of the message, of each line and sentence, after `,;:(` or a dash, and after a joiner word. */
function clausesOf(text: string, tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let line = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const previous = tokens[index - 1];
    // Most words are one space apart: no line, sentence or punctuation break, only a joiner word opens a clause.
    if (previous !== undefined && isOneSpace(text, previous.end, tokens[index]!.start)) {
      if (JOINERS.has(previous.lower) && !JOINERS.has(tokens[index]!.lower)) clauses.push({ head: index, line });
      continue;
    }
    const gap = text.slice(index === 0 ? 0 : tokens[index - 1]!.end, tokens[index]!.start);
    const newLine = gap.includes('\n');
    if (newLine) line += 1;
    const opens = index === 0 || newLine || breaksClause(gap) || (previous !== undefined && JOINERS.has(previous.lower) && isAllSpace(gap));
    if (opens && !JOINERS.has(tokens[index]!.lower)) clauses.push({ head: index, line });
  }
  return clauses;
}

/** A sentence end (`.!?`), a clause mark (`,;:(`) or a dash between spaces in the gap between two words, read by code. */
function breaksClause(gap: string): boolean {
  for (let index = 0; index < gap.length; index += 1) {
    const code = gap.charCodeAt(index);
    if (code === 46 || code === 33 || code === 63 || code === 44 || code === 59 || code === 58 || code === 40) return true;
    if ((code === 45 || code === 0x2013 || code === 0x2014) && index > 0 && isWhitespaceCode(gap.charCodeAt(index - 1)) && isWhitespaceCode(gap.charCodeAt(index + 1))) return true;
  }
  return false;
}

/** `/^\s+$/u`. */
function isAllSpace(gap: string): boolean {
  if (gap.length === 0) return false;
  for (let index = 0; index < gap.length; index += 1) if (!isWhitespaceCode(gap.charCodeAt(index))) return false;
  return true;
}

function isOneSpace(text: string, from: number, to: number): boolean {
  return to - from === 1 && text.charCodeAt(from) === 32;
}

/** A question or an answer opens with these, and a modal follows a question word too ("How would you like to pay?"). */
const QUESTION_AND_ANSWER_WORDS: ReadonlySet<string> = new Set('how what when where why who whom whose which yes yeah yep nope okay please sorry thanks'.split(' '));

function mayBeName(token: Token): boolean {
  if (token.style !== 'title' || token.text.length < 3 || token.facts.tool || QUESTION_AND_ANSWER_WORDS.has(token.lower)) return false;
  if (token.kind === 'ordinary' && !token.facts.given) return false;
  return !isDepartmentWord(token.lower) && !isOrgOrPlaceWord(token.lower);
}

/**
 * A name that is also an everyday word ("Ivy", "Cook", but also "Slack", "Stripe", "Azure") needs a
 * verb that products do not take: a past tense or a modal ("Baker approved", "Ivy will"), or what only
 * people do ("Ivy is running the design review"). "Slack is down", "Stripe refunds in 5 days" stay.
 */
function doesWhatPeopleDo(text: string, tokens: readonly Token[], head: number): boolean {
  const token = tokens[head]!;
  if (token.kind !== 'ordinary') return isVerbAfter(text, tokens, head);
  if (isFollowedByPersonPredicate(text, token.end)) return true;
  const next = tokens[head + 1];
  return next !== undefined && next.style === 'lower' && /^\s+$/u.test(text.slice(token.end, next.start)) && (MODALS.has(next.lower) || isPastTenseVerb(next.lower));
}

/** A verb right after the word, an adverb or a modal allowed first: "Mandeep rotates", "Baker still has", "Wade will take". */
function isVerbAfter(text: string, tokens: readonly Token[], head: number): boolean {
  let next = tokens[head + 1];
  if (next === undefined || !/^\s+$/u.test(text.slice(tokens[head]!.end, next.start))) return false;
  if (next.style === 'lower' && (SENTENCE_ADVERBS.has(next.lower) || isAdverb(next.lower))) next = tokens[head + 2];
  if (next === undefined || next.style !== 'lower') return false;
  const word = next.lower;
  return MODALS.has(word) || isPastTenseVerb(word) || isVerbForm(word) || (word.length > 3 && /(?:[^s]s|ed)$/u.test(word));
}

function followerOf(text: string, end: number): string | undefined {
  return SHARED_FOLLOWER.exec(text.slice(end, end + 30))?.[1];
}
