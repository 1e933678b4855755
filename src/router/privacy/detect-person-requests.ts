import { isDepartmentWord } from './department-words.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isHumanName } from './human-names.ts';
import { isKnownNameWord, isProductWord } from './name-lexicon.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isPlaceName } from './place-names.ts';
import { isFollowedByPersonPredicate, isFollowedLikeAPerson } from './person-predicates.ts';
import type { Token } from './recall-words.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Lower-case names in the middle of chat, where a word-name ("june", "mark") is told from the word by
 * what is asked of it: being added to a channel or a call ("can you add june to the #oncall channel?"),
 * after an opening interjection, doing what only people do ("lol mark just deployed on a friday"),
 * being asked or told about something ("ask will about the q3 numbers", "remind grant to file it"), or
 * being the choices of a question about who ("who's on call this weekend, young or hunter?").
 */
const MEMBERSHIP_VERBS: ReadonlySet<string> = new Set(['add', 'invite', 'onboard', 'remove', 'kick']);
const PLACE_AFTER = /^ (?:to|from|into|on) (?:the )?(?:#[\w-]+|(?:\p{Ll}+ )?(?:channel|call|meeting|thread|standup|invite|rota|group|team|org|workspace|alias|list))\b/u;
const ASKING_VERBS: ReadonlySet<string> = new Set('ask asked asking ping pinged tell told remind nudge cc dm message email call'.split(' '));
/** Who else is asked: "tell us about", "ping me if", "ask them to" (the names list holds these words too). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set('me us them him her you it everyone everybody someone somebody anyone anybody people all both'.split(' '));
/** What follows the person asked: a topic ("about", "re", "if") or what they are to do ("to file"), never "to the" (a place). */
const ASKED_AFTER = /^ (?:about|re|regarding|if|whether|for (?:the|a|an|his|her|their|help)\b|to (?!the\b|a\b|an\b)\p{Ll}+)/u;
/** A question about who, anywhere before the choices. */
const WHO_QUESTION = /\bwho(?:['’]s|s| is| was| owns| has| handles| takes| gets)\b/u;
const CHOICES = /(?<![\p{L}\p{M}'’-])(\p{Ll}[\p{Ll}'’-]+) or (\p{Ll}[\p{Ll}'’-]+)(?![\p{L}\p{M}'’-])/gu;
const INTERJECTIONS: ReadonlySet<string> = new Set('lol lmao haha ugh wow omg ok okay so btw fyi welp yikes'.split(' '));
/** Working something out with someone: "check with will whether…", "sync with mark about…". */
const WITH_VERBS: ReadonlySet<string> = new Set('check confirm sync talk speak chat follow align liaise coordinate'.split(' '));
/** What someone is told: "tell bill we still need…", "told faith that…". */
const TELLING_VERBS: ReadonlySet<string> = new Set(['tell', 'told', 'remind', 'reminded']);
const TOLD_AFTER = /^ (?:that|we|i|you|they|she|he|it['’]?s)\b/u;
/** Where someone works, between their name and what they did: "faith from finance says…", "faith and joy from events want…". */
const TEAM_AFTER = /^ from (?:the )?\p{Ll}[\p{Ll}-]+(?: team)?/u;
const LOOSE_PLURAL = /^ (?:want|say|asked|said|need|sent|wrote|replied|approved)\b/u;

export function detectRequestedNames(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const previous = tokens[index - 1]!;
    const after = text.slice(token.end, token.end + 24);
    const asker = asksAt(tokens, index - 1);
    const member =
      (MEMBERSHIP_VERBS.has(previous.lower) && PLACE_AFTER.test(text.slice(token.end, token.end + 40))) ||
      (asker && token.style === 'lower' && isPersonWord(token.lower) && ASKED_AFTER.test(after)) ||
      (TELLING_VERBS.has(previous.lower) && token.style === 'lower' && isPersonWord(token.lower) && isGivenNameOrUnlisted(token.lower) && TOLD_AFTER.test(after));
    const opened = index === 1 && INTERJECTIONS.has(previous.lower) && text.slice(0, previous.start).trim() === '' && token.style === 'lower' && isFollowedByPersonPredicate(text, token.end);
    if ((member || opened) && text.slice(previous.end, token.start) === ' ' && token.style !== 'upper' && !isDepartmentWord(token.lower) && isHumanName(token.text)) {
      found.push(personBetween(text, token.start, token.end));
    }
  }
  return [...found, ...whoChoices(text), ...askedTogether(text, tokens), ...namedWithTeam(text, tokens)];
}

/** Whether the token at `index` asks someone something: "ask", "ping", "tell"…, or the "with" of "check with". */
function asksAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  return ASKING_VERBS.has(token.lower) || (token.lower === 'with' && WITH_VERBS.has(tokens[index - 1]?.lower ?? ''));
}

/** "ask ivy and holly whether…", "check with sam and lee about…": two names asked together, both from the names list. */
function askedTogether(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 1; index + 2 < tokens.length; index += 1) {
    const [previous, left, and, right] = [tokens[index - 1]!, tokens[index]!, tokens[index + 1]!, tokens[index + 2]!];
    if (!asksAt(tokens, index - 1) || and.lower !== 'and' || text.slice(previous.end, left.start) !== ' ' || text.slice(left.end, right.start) !== ' and ') continue;
    if (!ASKED_AFTER.test(text.slice(right.end, right.end + 24)) || ![left, right].every((token) => isAskedPerson(token))) continue;
    found.push(personBetween(text, left.start, left.end), personBetween(text, right.start, right.end));
  }
  return found;
}

/**
 * "faith from finance says the budget is frozen", "faith and joy from events want the venue list": a word
 * of the names list opening a clause, then the team it is from, then what people do (say, want, ask).
 */
function namedWithTeam(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const [index, token] of tokens.entries()) {
    const team = TEAM_AFTER.exec(text.slice(token.end, token.end + 40));
    if (team === null || !isAskedPerson(token) || !isGivenNameOrUnlisted(token.lower)) continue;
    // "faith and joy from events": the name before "and" opens the clause, and is one of them.
    const [before, and] = [tokens[index - 2], tokens[index - 1]];
    const pair = before !== undefined && and?.lower === 'and' && text.slice(before.end, token.start) === ' and ' && isAskedPerson(before) && isGivenNameOrUnlisted(before.lower) && opensClause(text, before.start);
    if (!pair && !opensClause(text, token.start)) continue;
    const teamEnd = token.end + team[0].length;
    if (!isFollowedLikeAPerson(text, teamEnd) && !LOOSE_PLURAL.test(text.slice(teamEnd, teamEnd + 12))) continue;
    found.push(personBetween(text, token.start, token.end));
    if (pair) found.push(personBetween(text, before.start, before.end));
  }
  return found;
}

/**
 * Where the only evidence is the sentence ("tell X we…", "X from finance says…"): a word the lexicon lists
 * as a given name ("faith", "bill") or one no dictionary has ("rumbidzai") — not an everyday noun the names
 * list also holds ("news from finance says", "tell delta we need to rebook").
 */
function isGivenNameOrUnlisted(lower: string): boolean {
  return isKnownNameWord(lower) || !isDictionaryWord(lower);
}

function isAskedPerson(token: Token): boolean {
  return token.style !== 'upper' && !isDepartmentWord(token.lower) && !ENGLISH_FUNCTION_WORDS.has(token.lower) && isPersonWord(token.lower) && isHumanName(token.text);
}

/** The start of the message, or after a sentence, a line or a list separator. */
function opensClause(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start).trimEnd();
  return before === '' || /[.!?\n,;:(]$/u.test(before);
}

/** "email to …": "To" is a surname too, but after an asking verb it is the preposition ("ask will" is someone, so not every grammar word). */
const PREPOSITIONS: ReadonlySet<string> = new Set('to for about from with at on in into onto by of over re'.split(' '));

/** Not a pronoun, a tool or a place, which are asked and offered too ("ask jenkins to rerun", "austin or denver?"), nor a preposition. */
function isPersonWord(lower: string): boolean {
  return !OBJECT_PRONOUNS.has(lower) && !PREPOSITIONS.has(lower) && !isProductWord(lower) && !isPlaceName(lower);
}

/** "who's on call this weekend, young or hunter?": two names from the names list offered as the answer. */
function whoChoices(text: string): Candidate[] {
  const asked = WHO_QUESTION.exec(text);
  // Every choice holds " or ": without one after the question, CHOICES (tried at every lower-case letter) finds nothing.
  if (asked === null || !text.includes(' or ', asked.index)) return [];
  const found: Candidate[] = [];
  for (const choice of text.slice(asked.index).matchAll(CHOICES)) {
    const [left, right] = [choice[1]!, choice[2]!];
    if (![left, right].every((word) => isHumanName(word) && !isDepartmentWord(word) && !ENGLISH_FUNCTION_WORDS.has(word) && isPersonWord(word))) continue;
    const start = asked.index + choice.index;
    found.push(personBetween(text, start, start + left.length), personBetween(text, start + choice[0].length - right.length, start + choice[0].length));
  }
  return found;
}
