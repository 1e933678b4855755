import { isCalendarMonthOrDay } from './calendar-words.ts';
import { mayBeUnlistedGivenName } from './unlisted-given-names.ts';
import { isPopularWordName } from './word-given-names.ts';
import { isDepartmentWord, isGroupOrRoleWord } from './department-words.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isHumanName } from './human-names.ts';
import { isKnownNameWord, isProductWord, lexiconFacts } from './name-lexicon.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isPlaceName } from './place-names.ts';
import { isFollowedByPersonPredicate, isFollowedLikeAPerson } from './person-predicates.ts';
import type { Token } from './recall-words.ts';
import { personBetween, type Candidate } from './types.ts';
import { isWhitespaceCode } from './text-scan.ts';

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
/** What someone is told: "tell bill we still need…", "told faith that…", "tell patience the badge is at reception". */
const TELLING_VERBS: ReadonlySet<string> = new Set(['tell', 'told', 'remind', 'reminded']);
const TOLD_AFTER = /^ (?:that|we|i|you|they|she|he|it['’]?s|the|her|his|their|our)\b/u;
/** Where someone works, between their name and what they did: "faith from finance says…", "faith and joy from events want…". */
const TEAM_AFTER = /^ from (?:the )?\p{Ll}[\p{Ll}-]+(?: team)?/u;
const LOOSE_PLURAL = /^ (?:want|say|asked|said|need|sent|wrote|replied|approved)\b/u;

export function detectRequestedNames(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const previous = tokens[index - 1]!;
    const after = (): string => text.slice(token.end, token.end + 24);
    const member =
      (MEMBERSHIP_VERBS.has(previous.lower) && PLACE_AFTER.test(text.slice(token.end, token.end + 40))) ||
      (token.style === 'lower' && asksAt(tokens, index - 1) && isPersonWord(token.lower) && ASKED_AFTER.test(after())) ||
      (token.style === 'lower' && TELLING_VERBS.has(previous.lower) && isPersonWord(token.lower) && (isGivenNameOrUnlisted(token.lower) || isPopularWordName(token.lower)) && TOLD_AFTER.test(after()));
    const opened = index === 1 && INTERJECTIONS.has(previous.lower) && text.slice(0, previous.start).trim() === '' && token.style === 'lower' && isFollowedByPersonPredicate(text, token.end);
    if ((member || opened) && text.slice(previous.end, token.start) === ' ' && token.style !== 'upper' && !isDepartmentWord(token.lower) && isHumanName(token.text)) {
      found.push(personBetween(text, token.start, token.end));
    }
  }
  return [...found, ...whoChoices(text), ...askedTogether(text, tokens), ...namedWithTeam(text, tokens), ...writingRecipients(text, tokens)];
}

/**
 * A piece of writing asked for, and whom it is for: "write a quick slack msg to hope letting her know…", "a 2 line
 * bday msg for chebet", "a congrats to mark and rose on the engagement", "a birthday message for grace from the
 * design team". Requests to the bot are mostly this, and the person is named as people type — in lower case, by a
 * given name that is a word too. The word must read as a given name (isRecipient) and end its phrase as a person
 * does (RECIPIENT_AFTER): not "a reminder to mark the invoices paid", "a note for review".
 */
const WRITING_FOR = /(?:^|[^\p{L}])(?:msg|message|note|e-?mail|letter|card|reminder|nudge|reply|toast|speech|shout-?out|dm|invite|invitation|wishes|congrats|congratulations|thank[- ]you(?: note| card| message)?|apology|intro|introduction|reference|recommendation|farewell|tribute)\s+(?:to|for)\s+$/iu;
/**
 * What follows the one written to: the message's end or a pause, what the writing says or is about, where they work,
 * or a verb of telling ("letting her know", "thanking her"). Not "for", "on" or any "-ing": after a verb the word is
 * the verb ("a reminder to bill for overtime", "a reminder to mark failing tests as flaky").
 */
const RECIPIENT_AFTER =
  /^(?:\s*(?:$|[,.;:!?)—–-]|\p{Extended_Pictographic})|\s+(?:from|about|abt|re|who|that|pls|please|asap|today|tomorrow|tmrw|(?:letting|telling|asking|saying|reminding|thanking|wishing|congratulating|welcoming|inviting|explaining|confirming|apologi[sz]ing|checking)\b))/u;
const PAIRED_AFTER = /^\s+(?:and|&)\s+$/u;
const TO_DO_BEFORE = /(?:reminder|nudge)\s+to\s+$/iu;
const PAUSE_AFTER = /^\s*(?:$|[,.;:!?)—–]|\p{Extended_Pictographic})/u;
/** Two names are evidence enough for the occasion after them: "a congrats to mark and rose on the engagement". */
const PAIR_END = /^\s+(?:on|for)\b/u;

/** A verb too, told by its past ("chase" — "chased", "bill" — "billed") or the lexicon ("will"). */
function isVerbToo(lower: string): boolean {
  return lexiconFacts(lower).verb || isDictionaryWord(`${lower}ed`) || (lower.endsWith('e') && isDictionaryWord(`${lower}d`));
}

function writingRecipients(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const [index, token] of tokens.entries()) {
    if (!followsToOrFor(text, token.start)) continue;
    const before = text.slice(Math.max(0, token.start - 40), token.start);
    if (!WRITING_FOR.test(before) || !isRecipient(token)) continue;
    const after = text.slice(token.end, token.end + 16);
    // "a reminder to chase tmrw", "set a reminder to bill on the 1st": a reminder or a nudge is to do something, so a
    // verb after one is the thing to do, unless a pause or another name follows.
    const infinitive = TO_DO_BEFORE.test(before) && isVerbToo(token.lower);
    // "to mark and rose": both are written to, and each reads as a name — not "for patience and support".
    const [and, other] = [tokens[index + 1], tokens[index + 2]];
    const paired = and !== undefined && other !== undefined && PAIRED_AFTER.test(text.slice(token.end, other.start)) && isRecipient(other) && (RECIPIENT_AFTER.test(text.slice(other.end, other.end + 16)) || PAIR_END.test(text.slice(other.end, other.end + 8)));
    if (paired) found.push(personBetween(text, token.start, token.end), personBetween(text, other.start, other.end));
    else if (infinitive ? PAUSE_AFTER.test(after) : RECIPIENT_AFTER.test(after)) found.push(personBetween(text, token.start, token.end));
  }
  return found;
}

/**
 * Whether "to" or "for" and then white space stand right before `start`, as WRITING_FOR needs: read by code, so
 * the pattern (which tries each of the 40 places before every word) runs only after those words.
 */
function followsToOrFor(text: string, start: number): boolean {
  let index = start;
  while (index > 0 && isWhitespaceCode(text.charCodeAt(index - 1))) index -= 1;
  if (index === start) return false;
  const word = (length: number): string => text.slice(index - length, index).toLowerCase();
  return word(2) === 'to' || word(3) === 'for';
}

/** A word of the names list that reads as a given name: the lexicon's, a popular one that is a word too ("hope", "will"), or no word at all ("chebet"). */
function isRecipient(token: Token): boolean {
  if (token.style === 'upper' || isCalendarMonthOrDay(token.lower) || !isPersonWord(token.lower)) return false;
  // A list or a group, hyphenated or not: "eng-all", "team-leads", "finance".
  if (token.lower.split('-').some((part) => isDepartmentWord(part) || isGroupOrRoleWord(part) || (part !== token.lower && ENGLISH_FUNCTION_WORDS.has(part)))) return false;
  // After "a note for", "will" is no verb: a grammar word that is a popular name is the name here.
  if (isPopularWordName(token.lower)) return true;
  return !ENGLISH_FUNCTION_WORDS.has(token.lower) && ((isHumanName(token.text) && isGivenNameOrUnlisted(token.lower)) || mayBeUnlistedGivenName(token.text, token.titleCase));
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
    // Every team phrase opens with " from ": looked at before the pattern runs on a slice.
    if (!text.startsWith(' from ', token.end)) continue;
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
