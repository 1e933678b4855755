import { isDepartmentWord } from './department-words.ts';
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
    const first = (name.split(' ')[0] ?? '').toLowerCase();
    const end = match.index + match[0].length;
    if (GROUPS.has(first) || isDepartmentWord(first) || isAloneOnLine(text, match.index, end) || CODE_AFTER.test(text.slice(end, end + 24))) continue;
    found.push(personAt(match.index + 1, name));
  }
  return found;
}

function isAloneOnLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return ALONE_ON_LINE.test(text.slice(lineStart, start)) && ALONE_ON_LINE.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd));
}
