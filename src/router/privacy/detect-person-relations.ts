import { isDepartmentWord } from './department-words.ts';
import { isHumanName } from './human-names.ts';
import { isKnownNameWord, isUnknownWord } from './name-lexicon.ts';
import type { Token } from './recall-words.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A name said with what ties it to people: the team or firm it is from ("Swift from security wants…", a tool's
 * name otherwise; "Oyelaran from Flutterwave emailed"), or a relation it has ("forward to marsh's manager", "waters's wife"). Products have
 * neither a department nor a manager. A determiner before the word makes it a thing ("the vendor's
 * manager"), and the word must be in the names list.
 */
const FROM_TEAM_AFTER = /^ from (?:the )?(\p{Ll}+)(?: team)? (?:wants|needs|said|says|asked|is|was|will|can|could|just|has|had)\b/u;
/** "Oyelaran from Flutterwave emailed twice": someone from a firm, then what they did. */
export const FROM_FIRM_AFTER = /^ from (?:the )?\p{Lu}[\p{L}\p{M}&.'’-]*(?: \p{Lu}[\p{L}\p{M}&.'’-]*){0,2} (?:called|emailed|rang|wrote|replied|said|says|asked|wants|needs|sent|mentioned|pinged|messaged|texted|reached out|confirmed|chased|followed up|is asking|was asking)\b/u;
const RELATION_AFTER = /^['’]s (?:manager|boss|wife|husband|partner|mum|mom|dad|kids?|son|daughter|team lead|skip-level|assistant|payslip|salary|visa)\b/u;
const DETERMINERS: ReadonlySet<string> = new Set('the a an this that our your my their its his her every each any'.split(' '));

export function detectRelations(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((token, index) => {
    const next = text.charCodeAt(token.end);
    // Only " from " or an apostrophe ("'s") can start either pattern: most words stop here.
    const fromNext = next === 32 && text.startsWith(' from ', token.end);
    if ((!fromNext && next !== 39 && next !== 0x2019) || token.style === 'upper' || token.text.length < 3) return;
    const after = text.slice(token.end, token.end + 64);
    const team = fromNext ? FROM_TEAM_AFTER.exec(after)?.[1] : undefined;
    const related = !fromNext && RELATION_AFTER.test(after) && !DETERMINERS.has(tokens[index - 1]?.lower ?? '');
    const fromTeam = team !== undefined && token.titleCase && isDepartmentWord(team);
    // Someone from a firm need be in no names list: "Oyelaran from Flutterwave emailed twice".
    if (fromNext && token.titleCase && token.kind === 'name' && !token.facts.tool && FROM_FIRM_AFTER.test(after)) {
      found.push(personBetween(text, token.start, token.end));
      return;
    }
    if (isDepartmentWord(token.lower) || !isHumanName(token.text)) return;
    if (fromTeam || (related && isNameLike(token))) found.push(personBetween(text, token.start, token.end));
  });
  return found;
}

/**
 * Not a word compromise files as something else only: "marsh" (unknown to it) and "rose" (a name and
 * a noun) may own a manager; "team" and "customer" (nouns alone) are not people.
 */
function isNameLike(token: Token): boolean {
  return isKnownNameWord(token.text) || isUnknownWord(token.text);
}
