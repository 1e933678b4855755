import type { MemberDirectory } from './member-directory.ts';
import { isFollowedByVocativeOrPossessive, isSentenceStart } from './sentence-position.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

/** Exact, case-insensitive, whole-word matches of directory names: cheap and high-recall for colleagues. */
export function detectDirectoryNames(text: string, directory: MemberDirectory | undefined): Candidate[] {
  if (directory?.pattern === undefined) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(directory.pattern, text)) {
    const value = match[0];
    const alias = directory.aliases.get(value.toLowerCase().replace(/\s+/g, ' '));
    if (alias === undefined) continue;
    if (alias.needsCapital && !isConfidentCommonWordName(text, match.index, value)) continue;
    found.push({ type: 'PERSON', start: match.index, end: match.index + value.length, value, identity: `member:${alias.identity}` });
  }
  return found;
}

/**
 * "Will" the colleague vs "will" the verb: require a capital letter, and at a sentence start
 * require a vocative or possessive right after ("Will, can you…", "Mark's PR").
 */
function isConfidentCommonWordName(text: string, start: number, value: string): boolean {
  const first = value[0] ?? '';
  if (first === first.toLowerCase() || value === value.toUpperCase()) return false;
  if (text[start - 1] === '@') return true;
  if (!isSentenceStart(text, start)) return true;
  return isFollowedByVocativeOrPossessive(text, start + value.length);
}
