import { isDepartmentWord } from './department-words.ts';
import { isHumanName } from './human-names.ts';
import { factsOf } from './name-word-facts.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Standup and handover lines: "phoenix – blocked; yusuf – done; Ilse – on PTO", one item per person,
 * a dash after each name. Each item opens a line, follows "standup:" or a ";", and the word before the
 * dash is a name in the names list or a word nobody would take for English. Two such items or more, and
 * one at least a name that is no English word ("yusuf", "benedek"): "api – done; db – blocked" has none.
 */
const ITEM = /(?:^|[:;\n•*]\s*)(\p{L}[\p{L}\p{M}'’-]+)\s+[–—-]\s+\S/gu;
const MINIMUM_ITEMS = 2;

export function detectStatusLines(text: string): Candidate[] {
  if (!hasDashItems(text)) return [];
  const items: Candidate[] = [];
  let sure = 0;
  ITEM.lastIndex = 0;
  for (let match = ITEM.exec(text); match !== null; match = ITEM.exec(text)) {
    const word = match[1]!;
    const start = match.index + match[0].indexOf(word);
    ITEM.lastIndex = start + word.length;
    // Read as written, not only in lower case: "ModBot", "GitHubActions" are a bot's and a tool's names.
    const kind = factsOf(word).kind;
    if (isDepartmentWord(word.toLowerCase()) || (kind !== 'name' && !isHumanName(word))) continue;
    if (kind === 'name') sure += 1;
    items.push(personBetween(text, start, start + word.length));
  }
  return items.length >= MINIMUM_ITEMS && sure >= 1 ? items : [];
}

/** Most messages have no spaced dash and no ";" or line break: they skip the pattern. */
function hasDashItems(text: string): boolean {
  return (text.includes(' – ') || text.includes(' — ') || text.includes(' - ')) && (text.includes(';') || text.includes('\n'));
}
