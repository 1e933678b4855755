import { isDepartmentWord } from './department-words.ts';
import { isHumanName } from './human-names.ts';
import { isFollowedByPersonPredicate } from './person-predicates.ts';
import type { Token } from './recall-words.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Lower-case names in the middle of chat, where a word-name ("june", "mark") is told from the word by
 * what is asked of it: being added to a channel or a call ("can you add june to the #oncall channel?"),
 * or, after an opening interjection, doing what only people do ("lol mark just deployed on a friday").
 */
const MEMBERSHIP_VERBS: ReadonlySet<string> = new Set(['add', 'invite', 'onboard', 'remove', 'kick']);
const PLACE_AFTER = /^ (?:to|from|into|on) (?:the )?(?:#[\w-]+|(?:\p{Ll}+ )?(?:channel|call|meeting|thread|standup|invite|rota|group|team|org|workspace|alias|list))\b/u;
const INTERJECTIONS: ReadonlySet<string> = new Set('lol lmao haha ugh wow omg ok okay so btw fyi welp yikes'.split(' '));

export function detectRequestedNames(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const previous = tokens[index - 1]!;
    const member = MEMBERSHIP_VERBS.has(previous.lower) && PLACE_AFTER.test(text.slice(token.end, token.end + 40));
    const opened = index === 1 && INTERJECTIONS.has(previous.lower) && text.slice(0, previous.start).trim() === '' && token.style === 'lower' && isFollowedByPersonPredicate(text, token.end);
    if ((member || opened) && text.slice(previous.end, token.start) === ' ' && token.style !== 'upper' && !isDepartmentWord(token.lower) && isHumanName(token.text)) {
      found.push(personBetween(text, token.start, token.end));
    }
  }
  return found;
}
