import { isDepartmentWord } from './department-words.ts';
import { wordKind } from './name-word-kinds.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * Notes written as a list, one person per item: "- Olusegun: probation extended", "* Karin Holm - on
 * leave", "1. Chidinma: owns onboarding". The words between the bullet and the colon or dash hold one
 * kind of thing: when two items of the list open on names found already, the other items' openings that
 * read as names are people too (as a table's column, table-column-slots.ts). An opening of one to four
 * capitalised words with one that is no ordinary word counts; "Billing: …", "Q3 Review - …" and a team's
 * name do not.
 */
const ITEM = /^[ \t]*(?:[-*•‣◦]|\d{1,2}[.)])[ \t]+(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3})[ \t]*(?::|[-–—][ \t])/gmu;
const SURE_ITEMS = 2;

export function withBulletSlots(text: string, entities: readonly Candidate[]): Candidate[] {
  if (!text.includes('\n')) return [...entities];
  const openings = [...text.matchAll(ITEM)].map((match) => ({ start: match.index + match[0].indexOf(match[1]!), value: match[1]! }));
  if (openings.length <= SURE_ITEMS) return [...entities];
  const persons = entities.filter((entity) => entity.type === 'PERSON');
  const named = openings.filter((opening) => persons.some((person) => person.start === opening.start && person.value === opening.value));
  if (named.length < SURE_ITEMS) return [...entities];
  const added: Candidate[] = [];
  for (const opening of openings) {
    if (named.includes(opening) || isDepartmentWord(opening.value.toLowerCase())) continue;
    if (opening.value.split(' ').every((word) => wordKind(word) === 'ordinary')) continue;
    const end = opening.start + opening.value.length;
    if (entities.some((entity) => entity.start < end && opening.start < entity.end)) continue;
    added.push(personAt(opening.start, opening.value));
  }
  return added.length === 0 ? [...entities] : [...entities, ...added];
}
