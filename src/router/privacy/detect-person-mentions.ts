import { isDepartmentWord } from './department-words.ts';
import { isLexiconGivenName } from './name-lexicon.ts';
import { factsOf } from './name-word-facts.ts';
import { matchesOf } from './regex-matches.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * A display name mentioned with "@", as Slack and Discord show a mention and people paste or type it:
 * "@Jade can you share the export", "@Misty Redcloud welcome!", "@Precious Dlamini-Mokoena". The "@"
 * says person whatever the word is; groups ("@here", "@Platform", "@Everyone") and code annotations
 * ("@Override" on its own line, "@Injectable()") are not.
 */
const MENTION = /(?<![\w.@])@(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*(?: \p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*)?)(?![\p{L}\d(@])/gu;
const GROUPS: ReadonlySet<string> = new Set(['here', 'channel', 'everyone', 'all', 'team', 'oncall', 'on-call', 'admins', 'mods', 'moderators', 'staff', 'bot', 'tandem']);
/** Code or talk of code after it: "@Override public void…", "@Component decorator", "@Input in Angular". */
const CODE_AFTER = /^\s+(?:public|private|protected|static|final|abstract|void|class|interface|function|def|export|async|fun|val|var|let|const|decorator|annotation|in\s+(?:angular|java|spring|kotlin|typescript|python))\b/iu;
/** The line holds nothing but the mention: an annotation ("@Override", "@Test") over code. */
const ALONE_ON_LINE = /^[ \t]*$/u;

export function detectMentionedNames(text: string): Candidate[] {
  if (!text.includes('@')) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(MENTION, text)) {
    const name = match[1]!;
    if (isMentionOfSomeone(text, match.index, match.index + match[0].length, name)) found.push(personAt(match.index + 1, name));
  }
  for (const match of matchesOf(LOWER_CASE_MENTION, text)) {
    const name = match[1]!;
    if (isListedGivenName(name) && !SYNTAX_AFTER_AT.has(name) && isMentionOfSomeone(text, match.index, match.index + match[0].length, name)) found.push(personAt(match.index + 1, name));
  }
  return found;
}

function isMentionOfSomeone(text: string, start: number, end: number, name: string): boolean {
  const first = (name.split(' ')[0] ?? '').toLowerCase();
  return !GROUPS.has(first) && !isDepartmentWord(first) && !isAloneOnLine(text, start, end) && !CODE_AFTER.test(text.slice(end, end + 24));
}

/**
 * "@drew can u re-run the import", "@victor @april standup moved": typed in lower case, a mention is as often a word
 * as a name ("@here", "@media", "@param"), so only a given name the lexicon lists (which "drew", "april", "lance"
 * are, and "media", "param", "types" are not) counts — not a package scope ("@types/node") or a decorator
 * ("@pytest.fixture", "@dataclass(…)").
 */
const LOWER_CASE_MENTION = /(?<![\w.@])@(\p{Ll}[\p{Ll}\p{M}'’]+)(?![\p{L}\p{M}\d(@/_-]|[.:]\w)/gu;

function isListedGivenName(word: string): boolean {
  const facts = factsOf(word);
  return facts.given && (facts.kind !== 'ordinary' || isLexiconGivenName(word));
}

/** At-rules and documentation tags written after "@" that a names list may also hold ("@page" in CSS). */
const SYNTAX_AFTER_AT: ReadonlySet<string> = new Set(['page', 'media', 'import', 'supports', 'layer', 'container', 'param', 'returns', 'see', 'author', 'since', 'link', 'example']);

function isAloneOnLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return ALONE_ON_LINE.test(text.slice(lineStart, start)) && ALONE_ON_LINE.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd));
}
