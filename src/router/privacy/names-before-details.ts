import { wordKind } from './name-word-kinds.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * Whose detail it is: a name written right before a bracketed personal detail the guard found — "TAN HUI
 * MIN (NRIC S8734215H)", "Marisol Quispe (marisol@hollis.example)", "Ade Bello (DOB 02/03/1991)". A run
 * of one to four capitalised words there names the holder, when at least one of them is no ordinary
 * word ("Support Desk (help@…)" is a team's). Read once the other detectors have run.
 */
const DETAIL_TYPES: ReadonlySet<Candidate['type']> = new Set(['ID_NUMBER', 'EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'US_SSN']);
/** Between "(" and the detail: a short label ("NRIC ", "DOB: ", "tel. ", "mob ") or nothing. */
const LABEL_IN_BRACKET = /^\((?:[\p{L}. #]{1,14}:?\s?)?$/u;
const NAME_BEFORE = /(?:^|[^\p{L}\p{M}'’.-])((?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*)[ \t]*$/u;
const REACH = 80;

export function withNamesBeforeDetails(text: string, entities: readonly Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  for (const detail of entities) {
    if (!DETAIL_TYPES.has(detail.type)) continue;
    const open = text.lastIndexOf('(', detail.start);
    if (open < 0 || detail.start - open > 16 || !LABEL_IN_BRACKET.test(text.slice(open, detail.start))) continue;
    const windowStart = Math.max(0, open - REACH);
    const before = text.slice(windowStart, open);
    const name = NAME_BEFORE.exec(before)?.[1];
    if (name === undefined || name.split(/[ \t]+/u).every((word) => wordKind(word) === 'ordinary')) continue;
    const start = windowStart + before.lastIndexOf(name);
    // A part of the name found already ("HUI MIN") gives way to the whole; any other value there keeps its place.
    if (entities.some((entity) => entity.type !== 'PERSON' && entity.start < start + name.length && start < entity.end)) continue;
    added.push(personAt(start, name));
  }
  return added.length === 0 ? [...entities] : [...entities, ...added];
}
