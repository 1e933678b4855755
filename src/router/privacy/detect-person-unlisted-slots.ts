import { isDepartmentWord } from './department-words.ts';
import { AUXILIARIES, BE_OR_HAVE, isClauseOpening, WAITING_BEFORE } from './detect-person-questions.ts';
import { isBrandName } from './known-brands.ts';
import { isEnglishContentWord } from './name-word-facts.ts';
import { readsLikeAName } from './unlisted-given-names.ts';
import type { Token } from './recall-words.ts';
import { isLineStart, isSentenceStart } from './sentence-position.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A capitalised name no list has — or a listed one that is also an English word, mid-sentence ("reassigned
 * the rota to Hope", "can Will take a look"), in the stricter places only — in a place only a person takes:
 * - asked about with what only a person does ("does Oghenekaro know about this?", "can Wairimu take a look",
 *   "has Tigist replied yet"), or waited on to do it ("waiting for Oghenekaro to approve");
 * - handed work ("reassigned the ticket to Oghenekaro"), written or sent to ("write an email to Oghenekaro"), or
 *   added to or taken off a channel or a rota ("add Oghenekaro to the channel") — a name that is also a word only
 *   handed work, since firms are sent things ("sent the wire to Chase");
 * - away ("with Oghenekaro out", "Oghenekaro is out today"), on a task ("Wairimu's on it"), addressed at a line's
 *   start with a colon ("Tigist: can you check…"), or quoted as a source ("per Oghenekaro, …", "according to
 *   Wairimu …");
 * - hired, promoted, interviewed, reimbursed or congratulated ("promote Oghenekaro to senior", "Oghenekaro has been
 *   promoted", "congrats to Tigist"), sent the papers of a working life ("the offer letter for Oghenekaro"), or
 *   written with pronouns ("Oghenekaro (she/her)").
 * Firms and tools are asked about, waited on, sent things, quoted and promoted in the same words ("did Ashby post the
 * job", "waiting for Jenkins to finish", "send the logs to Datadog", "per Datadog, …", "promote the build"): only a person's verbs count,
 * and a word the lists know as English, jargon, a product, a firm or a team is never the name. (A name in lower
 * case asked about is detect-person-questions.ts.)
 */
const PERSON_DOINGS: ReadonlySet<string> = new Set('know think agree disagree remember mind understand care prefer reply respond answer approve sign decide confirm'.split(' '));
const PERSON_DONE: ReadonlySet<string> = new Set('replied responded answered approved signed decided confirmed agreed seen'.split(' '));
const LOOK_AFTER = /^[ \t]+(?:take|have)[ \t]+a[ \t]+look\b/iu;
const WAITED_TO_AFTER = /^[ \t]+to[ \t]+(?:approve|review|reply|respond|answer|sign|confirm|decide|agree|get[ \t]+back|come[ \t]+back|weigh[ \t]+in|chime[ \t]+in|look|check)\b/iu;
const OBJECT = String.raw`(?:[ \t]+(?:it|this|that|them|(?:the|a|an|my|our|your)(?:[ \t]+[\p{L}-]+){1,2}))?`;
/** Work handed to someone: "reassigned the ticket to Oghenekaro", "delegating this to Wairimu". */
const ASSIGNED_TO_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:re)?assign(?:ed|ing|s)?|delegat(?:e|ed|es|ing)|hand(?:ed|ing|s)?(?:[ \t]+(?:it|this|that|them))?[ \t]+(?:over|off))${OBJECT}[ \t]+to[ \t]+$`,
  'iu',
);
/** Written or sent to: "write an email to Oghenekaro", "sent the contract to Wairimu" — firms are sent things too ("sent the wire to Chase"). */
const SENT_TO_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:send|sends|sent|sending|e?mail(?:ed|ing|s)?|writ(?:e|es|ing)|wrote|forward(?:ed|ing|s)?|introduc(?:e|ed|es|ing))${OBJECT}[ \t]+to[ \t]+$`, 'iu');
/** Added to or taken off a channel, a call or a rota: "add Oghenekaro to the channel", "remove Tigist from the rota". */
const MEMBERSHIP_VERBS = 'add adds added adding invite invites invited inviting remove removes removed removing'.split(' ');
const MEMBERSHIP_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${MEMBERSHIP_VERBS.join('|')})[ \t]+$`, 'iu');
const MEMBERSHIP_AFTER = /^[ \t]+(?:to|from|on|onto)[ \t]+(?:the|this|our|that)?[ \t]*(?:channel|call|meeting|rota|roster|thread|group|chat|invite|list|team|dm|standup|sync|project|repo|board)\b/iu;
/** Away for a while: "with Oghenekaro out", "Oghenekaro is out today" — not "down" or "out of disk", which servers are. */
const WITH_BEFORE = /(?:^|[^\p{L}])with[ \t]+$/iu;
const AWAY_AFTER = /^[ \t]+(?:out|away|off|ooo|on[ \t]+(?:leave|holiday|vacation|pto))\b(?![ \t]+of\b)/iu;
const OUT_WHEN_AFTER = /^(?:[ \t]+is|[ \t]+was|['’]s)[ \t]+(?:out|off|away|ooo)[ \t]+(?:today|tomorrow|tmrw|tmr|this[ \t]+(?:week|afternoon|morning)|next[ \t]+week|until|til|till|on[ \t]+(?:mon|tue|wed|thu|fri)\p{L}*)\b/iu;
const ON_IT_AFTER = /^(?:['’]s|[ \t]+is)[ \t]+on[ \t]+it\b/iu;
const ADDRESSED_AFTER = /^:[ \t]*(?:(?:can|could|would|will)[ \t]+(?:you|u)|pls|plz|please)\b/iu;
/** Quoted as a source: "per Oghenekaro, …" (with a comma or the clause going on), "according to Wairimu …". */
const PER_BEFORE = /(?:^|[^\p{L}])per[ \t]+$/iu;
const PER_AFTER = /^(?:[ \t]*,|['’]s\b|[ \t]+(?:the|we|it|this|our|they|you)\b)/iu;
const ACCORDING_BEFORE = /(?:^|[^\p{L}])according[ \t]+to[ \t]+$/iu;
/** What a workplace does only to people, the name its object: "promote Oghenekaro", "hire Wairimu", "reimburse Tigist". */
const HR_VERBS = (
  'hire hired hiring rehire rehired fire fired firing promote promoted promoting demote demoted offboard offboarded interview interviewed interviewing ' +
  'reimburse reimbursed reimbursing terminate terminated dismiss dismissed sack sacked mentor mentored mentoring nominate nominated appoint appointed relocate relocated'
).split(' ');
const HR_VERB_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${HR_VERBS.join('|')})[ \t]+$`, 'iu');
const HR_STATE_AFTER =
  /^(?:[ \t]+(?:has|have|had)[ \t]+been|[ \t]+(?:was|got|is[ \t]+being|will[ \t]+be)|['’]s[ \t]+been)[ \t]+(?:promoted|hired|fired|let[ \t]+go|laid[ \t]+off|terminated|dismissed|demoted|rehired|offboarded|nominated|appointed|reimbursed|interviewed)\b/iu;
const CONGRATULATED_BEFORE = /(?:^|[^\p{L}])(?:congrats|congratulations|kudos|props|shout-?out|well[ \t]+done)[ \t]+to[ \t]+$/iu;
const INTERVIEWED_BEFORE = /(?:^|[^\p{L}])(?:interview|interviews|interviewing|1:1|1-on-1|one-on-one)[ \t]+with[ \t]+$/iu;
/** The papers of a working life: "the offer letter for Oghenekaro", "payslips for Tigist". */
const PAPERS_FOR_BEFORE =
  /(?:^|[^\p{L}])(?:offer(?:[ \t]+letter)?|payslips?|pay[ \t]+slips?|visa[ \t]+letter|reference(?:[ \t]+letter)?|appraisal|performance[ \t]+review|perf[ \t]+review|background[ \t]+check|leaving[ \t]+card|farewell[ \t]+card)[ \t]+for[ \t]+$/iu;
/** Pronouns written after a name: "Oghenekaro (she/her)". */
const PRONOUNS_AFTER = /^[ \t]*\((?:she|he|they|ze|xe)\/(?:her|him|them|they|she|he|hers|his|theirs|zir|xem)\)/iu;
const REACH = 48;
/**
 * The word each place's words before the name end with, and how the words after it open: a cheap look at the
 * neighbours decides whether any place is worth reading, since most capitalised words stand in none.
 */
const LAST_WORDS_BEFORE: ReadonlySet<string> = new Set(['to', 'with', 'per', 'for', 'on', ...MEMBERSHIP_VERBS, ...HR_VERBS]);
const AFTER_OPENING = /^(?:['’]s\b|:|[ \t]*\(|[ \t]+(?:to|has|have|had|was|got|is|will|out|away|off|ooo|on)\b)/iu;

/**
 * False only when AFTER_OPENING cannot match text[end, end + 12): it opens with an apostrophe, a colon or a bracket, or
 * spaces and then a bracket or one of its words, whose first letters are read here by code (any other character is left
 * to the pattern). Asked after every word of every message: most are followed by a word AFTER_OPENING does not list.
 */
function mayOpenAfter(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + 12);
  let index = end;
  while (index < limit && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index += 1;
  if (index >= limit) return false;
  const code = text.charCodeAt(index);
  if (code === 40 || code >= 0x80) return true;
  if (index === end) return code === 39 || code === 58;
  return OPENING_LETTERS.has(code | 0x20);
}

/** The first letters of AFTER_OPENING's words after spaces (to, has, have, had, was, got, is, will, out, away, off, ooo, on), by lower-case code. */
const OPENING_LETTERS: ReadonlySet<number> = new Set([...'thwgioa'].map((letter) => letter.charCodeAt(0)));

export function detectUnlistedPeopleBySlot(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const placeBefore = previous !== undefined && (LAST_WORDS_BEFORE.has(previous.lower) || AUXILIARIES.has(previous.lower));
    if (!placeBefore && !(mayOpenAfter(text, token.end) && AFTER_OPENING.test(text.slice(token.end, token.end + 12)))) return;
    const unlisted = isCapitalisedUnlistedWord(token);
    if (!unlisted && !isWordNameMidSentence(text, tokens, index)) return;
    // Whether an unlisted word reads like a name is asked last, of the few that stand in a person's place.
    const person = () => !unlisted || mayBeName(token.text, !isSentenceStart(text, token.start));
    const before = text.slice(Math.max(0, token.start - REACH), token.start);
    const after = text.slice(token.end, token.end + REACH);
    const placed = isAskedDoing(text, tokens, index, after) || isWaitedOnOrAssigned(before, after) || isWorkplacePerson(tokens, index, before, after);
    // A word that is also a name of things takes the looser places as a firm, a tool or a source would ("sent the wire to
    // Chase", "interview with Greenhouse integration").
    const looselyPlaced = unlisted && (isSentToOrAdded(before, after) || isAwayOrOnIt(before, after) || isAddressedOrQuoted(text, token, before, after) || isLooselyWorkplacePerson(before));
    if ((placed || looselyPlaced) && person()) {
      found.push(personBetween(text, token.start, token.end));
    }
  });
  return found;
}

function isAskedDoing(text: string, tokens: readonly Token[], index: number, after: string): boolean {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (previous === undefined || next === undefined || !AUXILIARIES.has(previous.lower) || !isClauseOpening(text, tokens, index - 1)) return false;
  return PERSON_DOINGS.has(next.lower) || (BE_OR_HAVE.has(previous.lower) && PERSON_DONE.has(next.lower)) || LOOK_AFTER.test(after);
}

function isWaitedOnOrAssigned(before: string, after: string): boolean {
  return (WAITING_BEFORE.test(before) && WAITED_TO_AFTER.test(after)) || ASSIGNED_TO_BEFORE.test(before);
}

function isSentToOrAdded(before: string, after: string): boolean {
  return SENT_TO_BEFORE.test(before) || (MEMBERSHIP_BEFORE.test(before) && MEMBERSHIP_AFTER.test(after));
}

function isAwayOrOnIt(before: string, after: string): boolean {
  return (WITH_BEFORE.test(before) && AWAY_AFTER.test(after)) || OUT_WHEN_AFTER.test(after) || ON_IT_AFTER.test(after);
}

function isWorkplacePerson(tokens: readonly Token[], index: number, before: string, after: string): boolean {
  // "dismiss Dependabot alerts", "hire Accenture for…": the verb's object is the thing after the word, or a firm.
  const hired = HR_VERB_BEFORE.test(before) && !isEnglishContentWord(tokens[index + 1]?.lower ?? '');
  return hired || HR_STATE_AFTER.test(after) || CONGRATULATED_BEFORE.test(before) || PRONOUNS_AFTER.test(after);
}

/** Places a tool or a firm also takes when its name is a word: "interview with Greenhouse integration", "offer for Hubspot". */
function isLooselyWorkplacePerson(before: string): boolean {
  return INTERVIEWED_BEFORE.test(before) || PAPERS_FOR_BEFORE.test(before);
}

function isAddressedOrQuoted(text: string, token: Token, before: string, after: string): boolean {
  if (ADDRESSED_AFTER.test(after) && isLineStart(text, token.start)) return true;
  return (PER_BEFORE.test(before) && PER_AFTER.test(after)) || ACCORDING_BEFORE.test(before);
}

/**
 * "handed the rota over to Hope", "can Will take a look": a listed name that is also an English word,
 * capitalised mid-sentence and not the first of a run of capitalised words ("to Hope Street").
 */
function isWordNameMidSentence(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.kind === 'name' || !token.titleCase || !token.facts.humanName || token.facts.tool || isDepartmentWord(token.lower) || isSentenceStart(text, token.start)) return false;
  const next = tokens[index + 1];
  return next === undefined || next.start !== token.end + 1 || !next.titleCase;
}

/** Capitalised, and a word no list has as an English word, jargon, a product, a firm or a team (and, asked last, reading like a name: mayBeName). */
function isCapitalisedUnlistedWord(token: Token): boolean {
  return token.kind === 'name' && token.titleCase && !token.facts.tool && token.text.length >= 3 && !isDepartmentWord(token.lower);
}

/**
 * A name nobody listed must still read like one (unlisted-given-names.ts: pronounceable, no compound of English
 * words, no tool frequent in lower case on the web), and no brand: "Testflight", "Crunchbase", "Brightwave",
 * "Deloitte" are not someone. Names no list has that fail it are the price ("Tolu's": a possessive). Mid-sentence
 * (`capitalised`), a capital is no typo's: "waiting on Seun to approve".
 */
function mayBeName(word: string, capitalised: boolean): boolean {
  return readsLikeAName(word, capitalised) && !isBrandName(word);
}
