import { isDepartmentWord } from './department-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { hasIdCue } from './detect-id-numbers.ts';
import { isBirthHeader } from './detect-date-of-birth.ts';
import { isHumanName } from './human-names.ts';
import { isLexiconGivenName } from './name-lexicon.ts';
import { wordKind } from './name-word-kinds.ts';
import type { Candidate, EntityType } from './types.ts';

/**
 * Pasted CSV / TSV / semicolon tables and database dumps (a COPY statement's column list): the header says what each column holds, so every cell under
 * `name`, `owner`, `assignee`, `email`, `phone`, `street`, `postcode`, `dob`, `ni`, `iban`, `password`… — or their words in the
 * sheet's language ("nombre", "Nachname", "téléphone", 氏名) — is masked whatever it
 * looks like ("Patsy Monahan", "016977 0615", "Vogel"). Only lines with the header's delimiter count
 * as rows, and a row ends the table when its field count differs from the header's.
 */
/**
 * A name column's header in the sheet's own language: Spanish, Portuguese, Italian "nombre", "apellidos",
 * "nome", "cognome"; French "nom", "prénom"; German "Vorname", "Nachname"; Dutch "naam", "achternaam";
 * Polish "imię", "nazwisko"; Turkish "soyad", "ad soyad" (not "ad" alone: an advert); Japanese 氏名, Chinese 姓名, Korean 이름, Russian "ФИО".
 */
const OTHER_LANGUAGE_NAME_HEADERS =
  /^(?:nombre(?:[ _-]completo)?|apellidos?|nome(?:[ _-]completo)?|cognome|sobrenome|nom|pr[ée]nom|nom[ _-]complet|vorname|nachname|familienname|name[ _-]vorname|naam|voornaam|achternaam|imi[ęe]|nazwisko|imi[ęe][ _-]i[ _-]nazwisko|soyad|soyadı|ad[ _-]soyad|ad[ _-]soyadı|adı[ _-]soyadı|isim|h[ọo][ _-](?:v[àa][ _-])?t[êe]n|t[êe]n|الاسم|الإسم|اسم|氏名|名前|姓名|名字|이름|성명|имя|фамилия|фио)$/iu;
export const COLUMN_TYPES: ReadonlyArray<[RegExp, EntityType]> = [
  [/^(?:full[ _-]?)?name$|^(?:first|last|given|family|middle|sur|display|customer|employee|contact|client|patient|holder|card[ _-]?holder)[ _-]?(?:name)?$|^surname$|^[fl][ _-]?name$|^(?:full[ _-]|legal[ _-])?name[ _-](?:as[ _-])?(?:on|in|per)[ _-](?:the[ _-]|my[ _-]|your[ _-]|his[ _-]|her[ _-])?(?:card|passport|id|id[ _-]card|booking|ticket|account|licen[cs]e|lease|contract|invoice|form)$|^legal[ _-]name$/i, 'PERSON'],
  [OTHER_LANGUAGE_NAME_HEADERS, 'PERSON'],
  [/^e-?mail(?:[ _-]?address)?$|^(?:correo|courriel|e-?post|メール|邮箱|이메일|почта)$/iu, 'EMAIL'],
  [/^(?:phone|tel|telephone|mobile|cell|fax|whatsapp)(?:[ _-]?(?:number|no))?$|^(?:tel[ée]fono|t[ée]l[ée]phone|telefon|telefone|telefoon|celular|m[óo]vil|handy|cellulare|電話(?:番号)?|电话|手机|전화(?:번호)?|연락처|телефон)$/iu, 'PHONE'],
  [
    /^(?:street|address|addr|address[ _-]?line|addr[ _-]?line|street[ _-]?address)[ _-]?\d?$|^line[ _-]?[12]$|^(?:postcode|post[ _-]?code|zip|zip[ _-]?code|postal[ _-]?code|pin[ _-]?code|eircode)$|^(?:direcci[óo]n|domicilio|adresse|anschrift|indirizzo|endere[çc]o|morada|adres|adresa|住所|地址|주소|адрес|c[óo]digo[ _-]?postal|plz|cep)$/iu,
    'ADDRESS',
  ],
  [/^(?:dob|d\.o\.b\.?|birth[ _-]?date|date[ _-]?of[ _-]?birth|birthday|born)$|^(?:fecha[ _-]de[ _-]nacimiento|geburtsdatum|date[ _-]de[ _-]naissance|data[ _-]di[ _-]nascita|data[ _-]de[ _-]nascimento|生年月日|出生日期|생년월일|дата[ _-]рождения)$/iu, 'DATE_OF_BIRTH'],
  [
    /^(?:ni|nino|ni[ _-]?number|ssn|passport(?:[ _-]?(?:number|no|num|nr))?|pan|aadhaa?r|(?:national|citizen|personal|identity)[ _-]?(?:id|number|no|code)(?:[ _-]?(?:number|no))?|id[ _-]?(?:number|no|num|nr)|(?:id|identity)[ _-]?(?:document|doc)[ _-]?(?:number|no|num|nr)|licen[cs]e(?:[ _-]?(?:number|no))?|dl|tax[ _-]?id|nik|nric|cnic|pesel|bsn|cpf|curp|dni|nie|rut|tckn|tc[ _-]?kimlik(?:[ _-]?no)?|personnummer|hkid|mykad|emirates[ _-]?id|iqama)$/i,
    'ID_NUMBER',
  ],
  [/^(?:card|cc|card[ _-]?(?:number|no)|credit[ _-]?card|pan[ _-]?number)$/i, 'CREDIT_CARD'],
  [/^iban$/i, 'IBAN'],
  [/^(?:password|passwd|pwd|pass|secret|token|api[ _-]?key)$/i, 'SECRET'],
];
const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter a table's line is split by: the first of comma, semicolon, tab and bar that it holds. */
export function delimiterOf(line: string): string | undefined {
  return DELIMITERS.find((candidate) => line.split(candidate).length >= 2);
}

/** A header's cell as its column is named: trimmed and unquoted. */
export function headerCell(cell: string): string {
  return cell.trim().replace(/^["']|["']$/g, '');
}

/**
 * Who owns, did or is assigned a row ("owner", "assignee", "author", "user", "created_by"): people, written
 * as logins or names — but a status or a tool may stand there too ("Pending Review", "Stripe", "done"), so only
 * a cell shaped as a login ("kemi.a", "j_okafor", "jsmith") or as a name with a word no dictionary has, or a
 * given name the lexicon knows ("Mark"), counts.
 */
const WHO_HEADER =
  /^(?:(?:account|deal|ticket|case)[ _-]?)?owner$|^(?:assignee|assigned[ _-]?to|reporter|author|requester|requestor|approver|reviewer|agent|(?:sales[ _-]?)?rep|user(?:[ _-]?name)?|login|(?:created|updated|modified|closed)[ _-]?by)$/i;
const LOGIN_CELL = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+$/;
const NAME_CELL_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const ONE_WORD_LOGIN = /^[a-z][a-z0-9]{2,}$/;

function isWhoCell(value: string): boolean {
  if (LOGIN_CELL.test(value)) return true;
  // A one-word login ("jsmith", "wanjiru"), or a given name the lexicon knows though it is a word too ("Mark").
  // Not a shared account named for its team or its work ("ops", "finance", "deploy"): jargon is an ordinary word here.
  if (ONE_WORD_LOGIN.test(value)) return wordKind(value) !== 'ordinary' && !isDepartmentWord(value);
  if (NAME_CELL_WORD.test(value) && isLexiconGivenName(value)) return true;
  const words = value.split(/\s+/u);
  if (words.length > 3 || !words.every((word) => NAME_CELL_WORD.test(word))) return false;
  return words.some((word) => !isDictionaryWord(word.toLowerCase())) || (words.length >= 2 && words.every((word) => isHumanName(word)));
}

/** PostgreSQL's dump format: "COPY public.users (id, full_name, email, dob) FROM stdin;". */
const COPY_HEADER = /^\s*COPY\s+[\w."]+\s*\(([^)]*)\)\s+FROM\s+stdin/i;

/**
 * A key that qualifies a contact field, as logs and exports write them: "billing_zip", "shipping_postcode", "customer_email",
 * "home_phone", "guest.mobile". The field after the last separator decides; only fields no machine's key ends in as often —
 * "file_name", "host_name", "server_address" and "order_id" name no one's details.
 */
const QUALIFIED_FIELD = /[_. -](zip|zip[_-]?code|post[_-]?code|postcode|postal[_-]?code|eircode|e-?mail|email[_-]?address|phone|mobile|cell|tel|dob|birth[_-]?date|date[_-]?of[_-]?birth)$/i;

export function columnType(header: string): EntityType | undefined {
  const type = COLUMN_TYPES.find(([pattern]) => pattern.test(header))?.[1];
  if (type !== undefined) return type;
  const field = QUALIFIED_FIELD.exec(header)?.[1];
  return field === undefined ? undefined : COLUMN_TYPES.find(([pattern]) => pattern.test(field))?.[1];
}

export function detectTableColumns(text: string): Candidate[] {
  if (!text.includes('\n')) return [];
  const lines = splitLines(text);
  const found: Candidate[] = [...slashRecords(lines), ...alignedTables(lines)];
  for (let index = 0; index < lines.length - 1; index += 1) {
    const header = lines[index]!;
    // A database dump names its columns in the COPY statement; its rows follow, tab-separated.
    const copied = COPY_HEADER.exec(header.text)?.[1]?.split(',');
    const delimiter = copied ? '\t' : delimiterOf(header.text);
    if (delimiter === undefined) continue;
    const headers = (copied ?? splitRow(header.text, delimiter)).map(headerCell);
    const who = headers.map((cell) => WHO_HEADER.test(cell));
    const types = typedColumns(headers);
    if (!types.some((type) => type !== undefined)) continue;
    const table = rowsUnder(lines, index, delimiter, types.length);
    for (const row of table.rows) {
      for (const { column, ...cell } of cellsOf(row, types)) if (isCellOfItsKind(cell.value, who[column] === true, types[column])) found.push(cell);
    }
    index = table.end - 1;
  }
  return found;
}

/**
 * A column of numbers that each stand for one person: a staff number anywhere ("emp_id", "Personalnr"); in a table of people — beside
 * a name, an e-mail or a phone column — also a customer's, a member's, a policy's number or an id paper's under its name in any
 * language ("cust_id", "policy no", "Steuer-ID", "SV-Nummer", "NSS"). "order_id" and a bare "id" name no one.
 */
const STAFF_NUMBER_HEADER = /^(?:(?:emp(?:loyee)?|staff|personnel|worker|patient|student|payroll)[ _.-]?(?:id|no|num|number|nr|#|code|ref)|personal(?:nr|nummer)|personeels(?:nr|nummer)|werknemers?(?:nr|nummer)|mitarbeiter(?:nr|nummer)|sicil(?: no)?|m[ãa] nv|社員番号|従業員番号)$/iu;
/** Numbers that are a firm's, a machine's or a rule's as often (an IAM policy, a carrier's driver, a loyalty tier's member): one person's only beside a person's column. */
const HOLDER_NUMBER_HEADER = /^(?:customer|cust|client|account|acct|user|guest|tenant|applicant|candidate|member(?:ship)?|policy(?:holder)?|subscriber|badge|contractor|driver)[ _.-]?(?:id|no|num|number|nr|#|code|ref)$/i;
const BARE_ID_HEADER = /^(?:id|uid|#|no|nr|number)$/i;
/** A header names its column in a few words; a line of a form or a letter that a comma splits ("Sprzedawca: […], NIP: [NIP]") is none. */
const ID_PAPER_HEADER = /^[\p{L}\d](?:[\p{L}\d_.#°º/-]|[ \t](?=[\p{L}\d])){0,40}$/u;
const PEOPLES_COLUMNS: ReadonlySet<EntityType | undefined> = new Set(['PERSON', 'EMAIL', 'PHONE', 'DATE_OF_BIRTH']);
const BARE_NAME_HEADER = /^name$/iu;

/** The staff number's words the other way round, as Spanish and some systems order them: "id_emp", "num_empleado", "no. trabajador". */
const STAFF_WORD_AFTER_HEADER = /^(?:id|no|nr|num|number|numero|número|code|cod)[ ]?(?:emp|empleado|employee|trabajador|colaborador|staff)$/;

/**
 * A header as words: a camel-cased key split ("EmpNo", "TaxRef", "IDNumber"), underscores, dots and hyphens as spaces, in lower
 * case — "emp no", "tax ref", "id number", "dogum tarihi".
 */
function headerWords(cell: string): string {
  return cell.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2').replace(/[_.-]+/g, ' ').trim().toLowerCase();
}

function isStaffNumberHeader(words: string): boolean {
  return STAFF_NUMBER_HEADER.test(words) || STAFF_WORD_AFTER_HEADER.test(words);
}

/** What each column of a header holds, where its name says: a person's detail, a person named as who did a row, a person's number or birth date. */
export function typedColumns(headers: readonly string[]): Array<EntityType | undefined> {
  return withPeoplesColumns(headers, headers.map((cell) => columnType(cell) ?? (WHO_HEADER.test(cell) ? 'PERSON' : undefined)));
}

function withPeoplesColumns(headers: readonly string[], types: ReadonlyArray<EntityType | undefined>): Array<EntityType | undefined> {
  // A bare "name" heads policies, services and firms as often: a table is of people by a column only a person has, a staff number among them.
  const words = headers.map(headerWords);
  const ofPeople = headers.some((cell, column) => {
    const type = types[column];
    return (PEOPLES_COLUMNS.has(type) && !BARE_NAME_HEADER.test(cell)) || isStaffNumberHeader(words[column]!) || isBirthHeader(words[column]!);
  });
  return headers.map((cell, column) => {
    if (types[column] !== undefined || BARE_ID_HEADER.test(cell) || !ID_PAPER_HEADER.test(cell)) return types[column];
    return typeByWords(cell, words[column]!, ofPeople);
  });
}

/** An untyped header's column by its words: a birth date's, a staff number's anywhere, another person's number only in a table of people. */
function typeByWords(cell: string, words: string, ofPeople: boolean): EntityType | undefined {
  if (isBirthHeader(words)) return 'DATE_OF_BIRTH';
  if (isStaffNumberHeader(words)) return 'ID_NUMBER';
  // A bare "id" names the row's record whatever it holds ("order id", "tax id" keeps its paper's word): only the rest is read.
  const numbered = HOLDER_NUMBER_HEADER.test(words) || [words, cell].some((form) => hasIdCue(form.replace(/\b(?:u?id)\b/gi, '')));
  return numbered && ofPeople ? 'ID_NUMBER' : undefined;
}

/** A who column's cell only when it reads as someone ("Pending Review" does not); a number's only with a digit in it ("n/a", "pending" are no one's), an e-mail's with its "@". */
function isCellOfItsKind(value: string, who: boolean, type: EntityType | undefined): boolean {
  if (who) return isWhoCell(value);
  if (type === 'EMAIL') return value.includes('@');
  return type === undefined || !NUMBERED_TYPES.has(type) || /\d/.test(value);
}

/** Values written in digits: a cell of words under such a header is a row's other word ("- Suzuki Kenta, mobile, Tokyo" then "…, design, Seoul"). */
const NUMBERED_TYPES: ReadonlySet<EntityType> = new Set(['ID_NUMBER', 'DATE_OF_BIRTH', 'PHONE', 'CREDIT_CARD', 'IBAN']);

/**
 * A table line's cells, split at the delimiter outside double quotes: CSV quotes a cell that holds its delimiter
 * (`1002,"O'Brien, Ciarán",…`, `20417;"Hartkopf; Uwe";…`). A quote opens a cell only at its start, so a stray one inside a
 * cell (`5'11"`) splits as before. A bar-separated table quotes nothing.
 */
export function splitRow(line: string, delimiter: string): string[] {
  if (delimiter === '|' || !line.includes('"')) return line.split(delimiter);
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const next = line.indexOf(delimiter, closingQuoteOf(line, from));
    if (next < 0) break;
    parts.push(line.slice(from, next));
    from = next + delimiter.length;
  }
  parts.push(line.slice(from));
  return parts;
}

/** Where a cell starting at `from` may end: after its closing quote when it opens with one ("" inside is a quote), else at once. */
function closingQuoteOf(line: string, from: number): number {
  let at = from;
  while (line[at] === ' ') at += 1;
  if (line[at] !== '"') return from;
  for (let quote = line.indexOf('"', at + 1); quote >= 0; quote = line.indexOf('"', quote + 2)) {
    if (line[quote + 1] !== '"') return quote + 1;
  }
  return from;
}

/** A rule under a header, as psql and Markdown draw it: "-----+------", "|---|:---:|". It holds no cells and does not end the table. */
const RULE_LINE = /^[ \t]*[|+]?[ \t]*:?-{3,}:?[ \t]*(?:[|+][ \t]*:?-{3,}:?[ \t]*)*[|+]?[ \t]*$/;

/** A table line's cells as its delimiter splits them, each with where it starts in the text. */
export type TableRow = ReadonlyArray<{ start: number; text: string }>;

/**
 * The rows of the table whose header is line `header`: the lines after it that split into `width` cells, up to the first
 * that does not; `end` is that line's index.
 */
export function rowsUnder(lines: ReadonlyArray<{ start: number; text: string }>, header: number, delimiter: string, width: number): { rows: TableRow[]; end: number } {
  const rows: TableRow[] = [];
  let row = header + 1;
  for (; row < lines.length; row += 1) {
    if (RULE_LINE.test(lines[row]!.text)) continue;
    const parts = splitRow(lines[row]!.text, delimiter);
    if (parts.length !== width) break;
    rows.push(cellsAt(lines[row]!.start, parts, delimiter));
  }
  return { rows, end: row };
}

/** A row's cells, `parts` as the separator split the text that starts at `start`, each with where it starts. */
function cellsAt(start: number, parts: readonly string[], separator: string): TableRow {
  let offset = start;
  return parts.map((text) => {
    const cell = { start: offset, text };
    offset += text.length + separator.length;
    return cell;
  });
}

function cellsOf(row: TableRow, types: ReadonlyArray<EntityType | undefined>): Array<Candidate & { column: number }> {
  const found: Array<Candidate & { column: number }> = [];
  row.forEach((cell, column) => {
    const type = types[column];
    const leading = cell.text.length - cell.text.trimStart().length;
    const value = cell.text.trim().replace(/^["']|["']$/g, '');
    if (type !== undefined && value.length > 0) {
      const start = cell.start + cell.text.indexOf(value, leading);
      found.push({ type, start, end: start + value.length, value, column });
    }
  });
  return found;
}

/** The text's lines with where each starts, a line's closing carriage return left out. */
export function splitLines(text: string): Array<{ start: number; text: string }> {
  const lines: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, text: line.replace(/\r$/, '') });
    start += line.length + 1;
  }
  return lines;
}

/**
 * A table printed with its columns aligned by spaces, as pandas' `head()` and other consoles print a frame: the header's names
 * two spaces apart or more ("   emp_id      nazwisko       pesel  data_ur"), each row's cells so too, after the row's index
 * when the frame prints one ("0    1182   Szymańska J.   78120120939.0  1978-12-01"). A row of another width ends the table.
 */
const ALIGNED_GAP = /\s{2,}/u;
const ROW_INDEX = /^\d{1,6}$/u;

function alignedTables(lines: ReadonlyArray<{ start: number; text: string }>): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 0; index < lines.length - 1; index += 1) {
    const header = lines[index]!.text;
    if (!/\S\s{2,}\S/u.test(header) || /[,;\t|]/u.test(header)) continue;
    const names = header.trim().split(ALIGNED_GAP);
    if (names.length < 3 || names.some((name) => /\s/u.test(name))) continue;
    // Consoles list machines, services and accounts under a bare "name" ("NAME  STATUS  ZONE", pandas' "name  status  cpu_pct", Azure's
    // "Name  ResourceGroup"): such a column is a person's only beside another of a person's columns.
    const typed = typedColumns(names);
    const people = typed.filter((type, column) => type !== undefined && !BARE_NAME_HEADER.test(names[column]!)).length > 0;
    const types = typed.map((type, column) => (type === 'PERSON' && BARE_NAME_HEADER.test(names[column]!) && !people ? undefined : type));
    if (!types.some((type) => type !== undefined)) continue;
    let row = index + 1;
    for (; row < lines.length; row += 1) {
      const cells = alignedCells(lines[row]!);
      const shift = cells.length === names.length + 1 && ROW_INDEX.test(cells[0]!.text) ? 1 : 0;
      if (cells.length - shift !== names.length) break;
      for (const { column, ...cell } of cellsOf(cells.slice(shift), types)) if (isCellOfItsKind(cell.value, false, types[column])) found.push(cell);
    }
    index = row - 1;
  }
  return found;
}

/** A line's cells where two spaces or more part them, each with where it starts. */
function alignedCells(line: { start: number; text: string }): TableRow {
  const cells: Array<{ start: number; text: string }> = [];
  for (const match of line.text.matchAll(/\S+(?:\s\S+)*/gu)) cells.push({ start: line.start + match.index, text: match[0] });
  return cells;
}

/**
 * Records a request lists one a line, their fields between slashes, after the fields are named in its own words: "the
 * airline form needs (surname/given/dob/passport):" then "1. HOFFMANN / JENS / 21 JUN 1980 / C7TX41P02". The field list
 * closes its line (in brackets, before a colon or not) and names three fields or more, two of them a person's; each
 * line after it — blank lines aside, a list's number or bullet off — that splits into as many fields is a record, until
 * one does not. Slashes inside a field ("21/06/1980") are read as the record writes its separators: spaced when the
 * record spaces them.
 */
const SLASH_FIELDS = /(?:^|[\s(\[])((?:[\p{L}][\p{L}._-]*(?:[ \t][\p{L}][\p{L}._-]*){0,2})(?:[ \t]*\/[ \t]*[\p{L}][\p{L}._-]*(?:[ \t][\p{L}][\p{L}._-]*){0,2}){2,})[ \t]*[)\]]?[ \t]*:?[ \t]*$/u;
/** A list's number or bullet opening a line: "1. ", "- ", "• ". */
export const LIST_MARKER = /^[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+/u;
const MOST_FIELDS = 12;
const FIELD_LIST_REACH = 160;

function slashRecords(lines: ReadonlyArray<{ start: number; text: string }>): Candidate[] {
  const found: Candidate[] = [];
  for (let index = 0; index < lines.length - 1; index += 1) {
    const line = lines[index]!.text;
    if (!line.includes('/')) continue;
    // The list closes its line: only its tail is read, so a long pasted path costs no more than a short one.
    const fields = SLASH_FIELDS.exec(line.slice(-FIELD_LIST_REACH))?.[1]?.split(/[ \t]*\/[ \t]*/u);
    if (fields === undefined || fields.length > MOST_FIELDS) continue;
    const types = fields.map((field) => columnType(field.trim()));
    if (types.filter((type) => type !== undefined).length < 2) continue;
    let row = index + 1;
    let records = 0;
    for (; row < lines.length; row += 1) {
      const { start, text } = lines[row]!;
      if (text.trim() === '' && records === 0) continue;
      const marker = LIST_MARKER.exec(text)?.[0].length ?? 0;
      const record = text.slice(marker);
      const separator = record.includes(' / ') ? ' / ' : '/';
      const parts = record.split(separator);
      if (parts.length !== fields.length) break;
      records += 1;
      found.push(...cellsOf(cellsAt(start + marker, parts, separator), types));
    }
    index = row - 1;
  }
  return found;
}
