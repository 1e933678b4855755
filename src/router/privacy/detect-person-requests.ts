import { isDepartmentWord } from './department-words.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isHumanName } from './human-names.ts';
import { isProductWord } from './name-lexicon.ts';
import { isPlaceName } from './place-names.ts';
import { isFollowedByPersonPredicate } from './person-predicates.ts';
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

export function detectRequestedNames(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const previous = tokens[index - 1]!;
    const member =
      (MEMBERSHIP_VERBS.has(previous.lower) && PLACE_AFTER.test(text.slice(token.end, token.end + 40))) ||
      (ASKING_VERBS.has(previous.lower) && token.style === 'lower' && isPersonWord(token.lower) && ASKED_AFTER.test(text.slice(token.end, token.end + 24)));
    const opened = index === 1 && INTERJECTIONS.has(previous.lower) && text.slice(0, previous.start).trim() === '' && token.style === 'lower' && isFollowedByPersonPredicate(text, token.end);
    if ((member || opened) && text.slice(previous.end, token.start) === ' ' && token.style !== 'upper' && !isDepartmentWord(token.lower) && isHumanName(token.text)) {
      found.push(personBetween(text, token.start, token.end));
    }
  }
  return [...found, ...whoChoices(text)];
}

/** Not a pronoun, a tool or a place, which are asked and offered too ("ask jenkins to rerun", "austin or denver?"). */
function isPersonWord(lower: string): boolean {
  return !OBJECT_PRONOUNS.has(lower) && !isProductWord(lower) && !isPlaceName(lower);
}

/** "who's on call this weekend, young or hunter?": two names from the names list offered as the answer. */
function whoChoices(text: string): Candidate[] {
  const asked = WHO_QUESTION.exec(text);
  if (asked === null) return [];
  const found: Candidate[] = [];
  for (const choice of text.slice(asked.index).matchAll(CHOICES)) {
    const [left, right] = [choice[1]!, choice[2]!];
    if (![left, right].every((word) => isHumanName(word) && !isDepartmentWord(word) && !ENGLISH_FUNCTION_WORDS.has(word) && isPersonWord(word))) continue;
    const start = asked.index + choice.index;
    found.push(personBetween(text, start, start + left.length), personBetween(text, start + choice[0].length - right.length, start + choice[0].length));
  }
  return found;
}
