import { isDepartmentWord, isGroupOrRoleWord } from './department-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isOrgOrPlaceWord } from './name-lexicon.ts';
import { capitalWordMatches, capitalWordPattern } from './name-capital-scan.ts';
import { isPlaceName } from './place-names.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A name said with a family ("visa letters for Ngozi and family", "Adaeze + kids") or followed at once by what
 * she or he was or did ("a reference for Gift Banda, she was our receptionist", "Lwazi Dube, he joined in 2016"):
 * things, teams and towns have neither. One to three capitalised words, not a team, a place or a firm word, and
 * — alone — a word no dictionary has; two or more ("Gift Banda") may be words too.
 */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
const RUN = String.raw`(?<![\p{L}\p{M}])(${WORD}(?:[ \t]${WORD}){0,2})`;
const FAMILY_AFTER = String.raw`[ \t]*(?:\+|&|and)[ \t]+(?:(?:his|her|their)[ \t]+)?(?:family|kids|children|wife|husband|spouse)(?![\p{L}])`;
const DESCRIPTION_AFTER = String.raw`,[ \t]*(?:she|he)[ \t]+(?:was|is|has|had|joined|left|worked|works|started|retired|moved)(?![\p{L}])`;
/**
 * Each pattern with what follows the run alone: every match holds that tail, so a message without it has none,
 * and V8 finds the tail's words quickly where the whole pattern is tried at every capital. Runs are found by
 * capitalWordMatches, which tries them only where a capital can start them.
 */
const PATTERNS = [FAMILY_AFTER, DESCRIPTION_AFTER].map((after) => ({ tail: new RegExp(after, 'u'), run: capitalWordPattern(RUN + after) }));

export function detectDescribedPeople(text: string): Candidate[] {
  if (!text.includes(' he ') && !text.includes(' she ') && !/family|kids|children|wife|husband|spouse/u.test(text)) return [];
  const found: Candidate[] = [];
  for (const { tail, run: pattern } of PATTERNS) {
    if (!tail.test(text)) continue;
    for (const match of capitalWordMatches(pattern, text)) {
      const run = match[1]!;
      if (isNameRun(run)) found.push(personBetween(text, match.index, match.index + run.length));
    }
  }
  return found;
}

function isNameRun(run: string): boolean {
  const words = run.split(/[ \t]/u);
  const lower = words.map((word) => word.toLowerCase());
  if (lower.some((word) => isDepartmentWord(word) || isGroupOrRoleWord(word) || isOrgOrPlaceWord(word)) || isPlaceName(run)) return false;
  return words.length >= 2 || !isDictionaryWord(lower[0]!);
}
