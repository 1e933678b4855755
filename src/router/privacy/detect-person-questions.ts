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
export const AUXILIARIES: ReadonlySet<string> = new Set('did does do has have had is was will can could would should'.split(' '));
export const WAITING_BEFORE = /(?:^|[^\p{L}])(?:waiting|wait|blocked|depending|dependent)[ \t]+(?:on|for)[ \t]+$/iu;
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
  return found;
}

/**
 * What the question asks of the name: after "did", "will", "can" a verb ("did chidinma get…"); after "is", "has"
 * a participle or where someone is ("has temitope signed", "is wanjiru back") — not "is ramadan over".
 */
export const BE_OR_HAVE: ReadonlySet<string> = new Set(['is', 'was', 'has', 'have', 'had']);
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

export function isClauseOpening(text: string, tokens: readonly Token[], index: number): boolean {
  const auxiliary = tokens[index]!;
  const before = tokens[index - 1];
  const gap = text.slice(before?.end ?? 0, auxiliary.start);
  if (before === undefined ? gap.trim() === '' : QUESTION_WORDS.has(before.lower)) return true;
  return PUNCTUATION_BEFORE.test(gap);
}
