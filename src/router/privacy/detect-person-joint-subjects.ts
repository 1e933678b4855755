import { isDepartmentWord, isGroupOrRoleWord } from './department-words.ts';
import { ENGLISH } from './function-words.ts';
import { isKnownNameWord } from './name-lexicon.ts';
import type { Token } from './recall-words.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * "Sage and I will pair on it", "oyelaran and i are covering support", "Temitope and I reviewed the contract":
 * only a person shares a subject with "I". The word before "and I" is a name when no determiner or possessive
 * stands before it ("my wife and I", "the team and I"), it is no team or grammar word ("legal and I", "you and
 * I"), and a word that is also English is a name the lexicon knows ("hunter") or, capitalised, one the names
 * list holds ("Sage").
 */
const AND_I_AFTER = /^[ \t]+and[ \t]+i\b(?!['’])/iu;
const DETERMINERS: ReadonlySet<string> = new Set('the a an my our your his her their its this that these those every each'.split(' '));

export function detectJointSubjects(text: string, tokens: readonly Token[]): Candidate[] {
  if (!/ and i\b/iu.test(text)) return [];
  const found: Candidate[] = [];
  tokens.forEach((token, index) => {
    if (!AND_I_AFTER.test(text.slice(token.end, token.end + 8)) || !isJointSubjectName(token)) return;
    const previous = tokens[index - 1];
    if (previous !== undefined && DETERMINERS.has(previous.lower) && text.slice(previous.end, token.start).trim() === '') return;
    found.push(personBetween(text, token.start, token.end));
  });
  return found;
}

function isJointSubjectName(token: Token): boolean {
  if (token.text.length < 2 || token.style === 'upper' || token.facts.tool || token.functionLanguages.includes(ENGLISH)) return false;
  if (isDepartmentWord(token.lower) || isGroupOrRoleWord(token.lower)) return false;
  return token.kind === 'name' || isKnownNameWord(token.text) || (token.titleCase && token.facts.humanName);
}
