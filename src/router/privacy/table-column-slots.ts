import { isDepartmentWord } from './department-words.ts';
import { factsOf } from './name-word-facts.ts';
import { wordKind } from './name-word-kinds.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * A Markdown table's column holds one kind of thing, and so does an export's with bars between its cells
 * only: when two of its cells are names found already, the other cells in it that read as names are people too — "| Tembo | ❌ |" under "| Teodora Vasilescu | ✅ |"
 * in a custodian table. A cell of one to four capitalised words with one that is no ordinary word counts;
 * "—", "n/a", a date, a team's name, a service ("Stripe") or a status ("Pending Review") does not — nor,
 * so, a name that is an everyday word ("Lemon").
 */
const ROW = /^[ \t]*\|(.*)\|[ \t]*$/u;
/** An export's rows with bars between the cells only ("#10482 | Imogen Thwaite | flat 4 …"): two bars at least. */
const BARE_ROW = /^([^|\n]*\|[^|\n]*\|.*)$/u;
/** Capitalised words, the particles of names between them ("Rhys ap Gwilym", "Oisín Mac Giolla", "Jan van Dijk"). */
const NAME_CELL = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:(?:ap|ab|van|von|de|der|den|da|di|du|la|le|del|dos|bin|binti|al|el|ibn|ní|nic|ó) )?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;
const SURE_CELLS = 2;

interface Cell {
  start: number;
  value: string;
}

export function withTableColumnSlots(text: string, entities: readonly Candidate[]): Candidate[] {
  if (!text.includes('|')) return [...entities];
  const columns = columnsOf(text);
  const persons = entities.filter((entity) => entity.type === 'PERSON');
  const added: Candidate[] = [];
  for (const cells of columns) {
    const named = cells.filter((cell) => persons.some((person) => person.start === cell.start && person.value === cell.value));
    if (named.length < SURE_CELLS) continue;
    for (const cell of cells) {
      if (named.includes(cell) || !NAME_CELL.test(cell.value) || isDepartmentWord(cell.value.toLowerCase())) continue;
      // A bot or a tool in a person's column ("Dependabot", "Grafana Loki") is still a bot or a tool.
      if (cell.value.split(' ').some((word) => factsOf(word).tool || /bot$/iu.test(word))) continue;
      // "Stripe", "Pending Review", "Not Started" are a service or a status: a name holds a word that is no ordinary one.
      if (cell.value.split(' ').every((word) => wordKind(word) === 'ordinary')) continue;
      if (entities.some((entity) => entity.start < cell.start + cell.value.length && cell.start < entity.end)) continue;
      added.push(personAt(cell.start, cell.value));
    }
  }
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

const SEPARATOR = /^[ \t]*\|[\s|:-]*-[\s|:-]*\|[ \t]*$/u;

/** The cells of each column, over the table's body rows: the header row (the one above `|---|`) names the columns, it is not one. */
function columnsOf(text: string): Cell[][] {
  const columns: Cell[][] = [];
  const lines = text.split('\n');
  let lineStart = 0;
  for (const [index, line] of lines.entries()) {
    const framed = ROW.exec(line);
    const row = framed ?? BARE_ROW.exec(line);
    const header = SEPARATOR.test(lines[index + 1] ?? '');
    if (row !== null && !header && !SEPARATOR.test(line)) {
      let offset = lineStart + (framed === null ? 0 : line.indexOf('|') + 1);
      row[1]!.split('|').forEach((raw, index) => {
        const value = raw.trim();
        (columns[index] ??= []).push({ start: offset + raw.indexOf(value), value });
        offset += raw.length + 1;
      });
    }
    lineStart += line.length + 1;
  }
  return columns;
}
