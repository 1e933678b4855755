import { isDepartmentWord } from './department-words.ts';
import { isEnglishContentWord } from './name-word-facts.ts';
import type { Token } from './recall-words.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A name in lower case asked about in a question turned round ("did chidinma get the email", "when is wanjiru
 * back", "has temitope signed it") or waited on ("waiting on folasade for the numbers"). Asked only of a listed name
 * that no dictionary, jargon or product list has: tools and systems are asked about the same way ("did kubernetes
 * restart the pod?", "is staging back up", "waiting on infra").
 */
const AUXILIARIES: ReadonlySet<string> = new Set('did does do has have had is was will can could would should'.split(' '));
const WAITING_BEFORE = /(?:^|[^\p{L}])(?:waiting|wait|blocked|depending|dependent)[ \t]+(?:on|for)[ \t]+$/iu;
const WHEREABOUTS = new Set('back around in here ok okay free available out off online awake'.split(' '));

export function detectAskedAboutPeople(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((token, index) => {
    if (!isListedUnlistedWord(token)) return;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    const asked =
      previous !== undefined &&
      AUXILIARIES.has(previous.lower) &&
      isClauseOpening(text, tokens, index - 1) &&
      next !== undefined &&
      next.style === 'lower' &&
      isAskedDoing(previous.lower, next.lower);
    if (asked || WAITING_BEFORE.test(text.slice(Math.max(0, token.start - 24), token.start))) found.push(personBetween(text, token.start, token.end));
  });
  return [...found, ...capitalisedAskedAbout(text, tokens)];
}

/**
 * A capitalised name no list has, asked about with what only a person does ("does Oghenekaro know about this?",
 * "can Wairimu take a look", "has Tigist replied yet"), waited on to do it ("waiting for Oghenekaro to approve")
 * handed work or written to ("reassigned the ticket to Oghenekaro", "write an email to Oghenekaro"), or added to a
 * channel or a rota ("add Oghenekaro to the channel"). Firms and tools are asked about, waited on and sent things in
 * the same words ("did Ashby post the job", "waiting for Jenkins to finish", "send the logs to Datadog"): only a
 * person's verbs count, and a tool the lists know is never the word.
 */
const PERSON_DOINGS: ReadonlySet<string> = new Set('know think agree disagree remember mind understand care prefer reply respond answer approve sign decide confirm'.split(' '));
const PERSON_DONE: ReadonlySet<string> = new Set('replied responded answered approved signed decided confirmed agreed seen'.split(' '));
const LOOK_AFTER = /^[ \t]+(?:take|have)[ \t]+a[ \t]+look\b/iu;
const WAITED_TO_AFTER = /^[ \t]+to[ \t]+(?:approve|review|reply|respond|answer|sign|confirm|decide|agree|get[ \t]+back|come[ \t]+back|weigh[ \t]+in|chime[ \t]+in|look|check)\b/iu;
const HANDED_TO_BEFORE =
  /(?:^|[^\p{L}])(?:(?:re)?assign(?:ed|ing|s)?|delegat(?:e|ed|es|ing)|hand(?:ed|ing|s)?(?:[ \t]+(?:it|this|that|them))?[ \t]+(?:over|off)|send|sends|sent|sending|e?mail(?:ed|ing|s)?|writ(?:e|es|ing)|wrote|forward(?:ed|ing|s)?|introduc(?:e|ed|es|ing))(?:[ \t]+(?:it|this|that|them|(?:the|a|an|my|our|your)(?:[ \t]+[\p{L}-]+){1,2}))?[ \t]+to[ \t]+$/iu;
/** Added to or taken off a channel, a call or a rota: "add Oghenekaro to the channel", "remove Tigist from the rota". */
const MEMBERSHIP_BEFORE = /(?:^|[^\p{L}])(?:add|adds|added|adding|invite|invites|invited|inviting|remove|removes|removed|removing)[ \t]+$/iu;
const MEMBERSHIP_AFTER = /^[ \t]+(?:to|from|on|onto)[ \t]+(?:the|this|our|that)?[ \t]*(?:channel|call|meeting|rota|roster|thread|group|chat|invite|list|team|dm|standup|sync|project|repo|board)\b/iu;
const REACH = 48;

function capitalisedAskedAbout(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((token, index) => {
    if (!isCapitalisedUnlistedWord(token)) return;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    const after = text.slice(token.end, token.end + REACH);
    const asked =
      previous !== undefined &&
      AUXILIARIES.has(previous.lower) &&
      isClauseOpening(text, tokens, index - 1) &&
      next !== undefined &&
      (PERSON_DOINGS.has(next.lower) || (BE_OR_HAVE.has(previous.lower) && PERSON_DONE.has(next.lower)) || LOOK_AFTER.test(after));
    const before = text.slice(Math.max(0, token.start - REACH), token.start);
    const waited = WAITING_BEFORE.test(before) && WAITED_TO_AFTER.test(after);
    const member = MEMBERSHIP_BEFORE.test(before) && MEMBERSHIP_AFTER.test(after);
    if (asked || waited || member || HANDED_TO_BEFORE.test(before)) found.push(personBetween(text, token.start, token.end));
  });
  return found;
}

/** Capitalised, and a word no list has as an English word, jargon, a product, a firm or a team. */
function isCapitalisedUnlistedWord(token: Token): boolean {
  return token.kind === 'name' && token.titleCase && !token.facts.tool && token.text.length >= 3 && !isDepartmentWord(token.lower);
}

/**
 * What the question asks of the name: after "did", "will", "can" a verb ("did chidinma get…"); after "is", "has"
 * a participle or where someone is ("has temitope signed", "is wanjiru back") — not "is ramadan over".
 */
const BE_OR_HAVE: ReadonlySet<string> = new Set(['is', 'was', 'has', 'have', 'had']);
const PARTICIPLE = /(?:ed|en|ing)$/u;

function isAskedDoing(auxiliary: string, next: string): boolean {
  if (WHEREABOUTS.has(next)) return true;
  if (!isEnglishContentWord(next)) return false;
  return !BE_OR_HAVE.has(auxiliary) || PARTICIPLE.test(next);
}

/**
 * A listed name no dictionary, jargon or product list has, in lower case ("chidinma"), not a team. Capitalised,
 * firms and products are asked about the same way ("is Brex approved yet", "did Ashby post the job"), and the
 * other passes read capitalised names.
 */
function isListedUnlistedWord(token: Token): boolean {
  return token.kind === 'name' && token.facts.humanName && !token.facts.tool && token.style === 'lower' && token.text.length >= 3 && !isDepartmentWord(token.lower);
}

/** The auxiliary opens its clause: the message's start, punctuation, or a question word before it ("when is…"). */
const QUESTION_WORDS: ReadonlySet<string> = new Set('when where why how what who whether if'.split(' '));

const PUNCTUATION_BEFORE = /[.!?:;,\n]\s*$/u;

function isClauseOpening(text: string, tokens: readonly Token[], index: number): boolean {
  const auxiliary = tokens[index]!;
  const before = tokens[index - 1];
  const gap = text.slice(before?.end ?? 0, auxiliary.start);
  if (before === undefined ? gap.trim() === '' : QUESTION_WORDS.has(before.lower)) return true;
  return PUNCTUATION_BEFORE.test(gap);
}
