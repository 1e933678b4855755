import { delimiterOf, headerCell, LIST_MARKER, rowsUnder, splitLines, splitRow, typedColumns } from './detect-table-columns.ts';
import type { Candidate } from './types.ts';

/**
 * A table's header says what its column holds, and some columns hold places and things only: a cell under "Office",
 * "City", "Country", "Venue", "Airport", "Route" or "Product" is that — "| Sydney | 14 | 3.2 |"
 * under "| Office | Headcount | Avg tenure |" is the Sydney office, not someone named Sydney. A name found inside such
 * a cell is dropped — unless the cell says more than its thing: "double (with Samir)" under "Room" has a guest in it.
 * Columns that may hold a person are left as found: "Account", "Company", "Vendor" (a sole trader trades under their
 * own name), "Customer", "Owner", "Team" (a roster, a doubles pair), "Holiday" (a leave tracker's "Peter Kamau annual
 * leave"). A header is a row of two cells or more, each a few words: "Team," opening an e-mail is a greeting. The header of a
 * table of people — two of its cells name a person's columns, and rows follow — is labels, not names ("Ngày sinh", "Mã NV").
 */
const MORE_THAN_A_THING = /[()&+]|\b(?:with|and|for|by)\b/iu;
const THING_HEADER =
  /^(?:office|city|town|location|site|country|region|state|province|branch|store|venue|hotel|airport|warehouse|campus|building|room|destination|origin|route|public[ _-]holiday|airline|carrier|bank|product|plan|sku|category)$/iu;
const MOST_HEADER_WORDS = 4;

export function withoutThingColumnCells(text: string, entities: readonly Candidate[]): Candidate[] {
  if (!text.includes('\n') || !entities.some((entity) => entity.type === 'PERSON')) return [...entities];
  const cells = thingCells(splitLines(text));
  if (cells.length === 0) return [...entities];
  return entities.filter((entity) => entity.type !== 'PERSON' || !cells.some((cell) => cell.start <= entity.start && entity.end <= cell.end));
}

/** The spans of every cell under a thing's header, in each table of the text. */
function thingCells(lines: ReadonlyArray<{ start: number; text: string }>): Array<{ start: number; end: number }> {
  const cells: Array<{ start: number; end: number }> = [];
  for (let index = 0; index < lines.length - 1; index += 1) {
    const header = lines[index]!.text;
    const delimiter = delimiterOf(header);
    if (delimiter === undefined) continue;
    const headers = splitRow(header, delimiter).map(headerCell);
    if (headers.filter((cell) => cell !== '').length < 2 || headers.some((cell) => cell.split(/\s+/u).length > MOST_HEADER_WORDS)) continue;
    const things = headers.map((cell) => THING_HEADER.test(cell));
    // A header that names two of a person's columns or more ("Họ và tên", "Ngày sinh", "email") heads a table of people: its own
    // cells are labels. One alone may be a row's word ("- Suzuki Kenta, mobile, Tokyo"), and a list item is a row.
    const ofPeople = !LIST_MARKER.test(header) && typedColumns(headers).filter((type) => type !== undefined).length >= 2;
    if (!things.some(Boolean) && !ofPeople) continue;
    const table = rowsUnder(lines, index, delimiter, headers.length);
    if (ofPeople && table.rows.length > 0) cells.push({ start: lines[index]!.start, end: lines[index]!.start + header.length });
    for (const row of table.rows) {
      row.forEach((part, column) => {
        if (things[column] === true && !MORE_THAN_A_THING.test(part.text)) cells.push({ start: part.start, end: part.start + part.text.length });
      });
    }
    index = table.end - 1;
  }
  return cells;
}
