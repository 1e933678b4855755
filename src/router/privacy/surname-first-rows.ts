import { factsOf } from './name-word-facts.ts';
import { wordKind } from './name-word-kinds.ts';
import { isBrandName } from './known-brands.ts';
import { isPlaceName } from './place-names.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * Payroll journals, attendance sheets and exports list people surname first, one per line, each with the same
 * tail: "Brandt, Jonas  3,102.55", "Castillo, Ana Lucía  2,977.04", "Dang, Khoa  2,640.20". When two rows or
 * more are names found already, word for word, and they are at least half of the rows written so, the other rows'
 * "Surname, Given" are people too — even when a part is an everyday word ("Dang") — when a word of theirs is one
 * English lacks ("Khoa"). A row of English words ("Total, Net  9,540.10"), a tool's or a bot's is not.
 */
const SURNAME_FIRST_ROW =
  /^[ \t]*(?:\d{1,3}[.)][ \t]*|[-*•][ \t]+)?(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?), (\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})(?=\t|[ \t]{2,}|[ \t]*[|;]|[ \t]*$)/u;
const SURE_ROWS = 2;

interface Row {
  surnameStart: number;
  surname: string;
  givenStart: number;
  given: string;
}

export function withSurnameFirstRows(text: string, entities: readonly Candidate[]): Candidate[] {
  if (!text.includes(', ') || !text.includes('\n')) return [...entities];
  const rows = rowsOf(text);
  if (rows.length < SURE_ROWS + 1) return [...entities];
  const persons = entities.filter((entity) => entity.type === 'PERSON');
  const covered = (start: number, value: string) => persons.some((person) => person.start <= start && start + value.length <= person.end);
  const sure = rows.filter((row) => covered(row.surnameStart, row.surname) && covered(row.givenStart, row.given));
  if (sure.length < SURE_ROWS || sure.length * 2 < rows.length) return [...entities];
  const added: Candidate[] = [];
  for (const row of rows) {
    if (sure.includes(row) || !isNameRow(row)) continue;
    for (const [start, value] of [[row.surnameStart, row.surname], [row.givenStart, row.given]] as const) {
      if (covered(start, value) || entities.some((entity) => entity.start < start + value.length && start < entity.end && entity.type !== 'PERSON')) continue;
      added.push(personAt(start, value));
    }
  }
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

function rowsOf(text: string): Row[] {
  const rows: Row[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const match = SURNAME_FIRST_ROW.exec(line);
    if (match !== null) {
      const surnameStart = lineStart + match[0].indexOf(match[1]!);
      const givenStart = surnameStart + match[1]!.length + 2;
      rows.push({ surnameStart, surname: match[1]!, givenStart, given: match[2]! });
    }
    lineStart += line.length + 1;
  }
  return rows;
}

/** Some word of the row is no ordinary word, and none is a tool's or a bot's. */
function isNameRow(row: Row): boolean {
  const words = `${row.surname} ${row.given}`.split(' ');
  // "Nairobi, Kenya", "Adidas, Samba OG", "Levi's, Denim": a place, a brand, a tool or a possessive is no one's row.
  if (words.some((word) => factsOf(word).tool || /bot$|['’]/iu.test(word) || isPlaceName(word.toLowerCase()) || isBrandName(word))) return false;
  // A word English lacks: unlisted anywhere, or frequent only in another language's text ("Khoa").
  return words.some((word) => wordKind(word) !== 'ordinary' || factsOf(word).foreign);
}
