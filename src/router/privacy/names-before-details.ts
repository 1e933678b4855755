import { isDictionaryWord } from './english-dictionary.ts';
import { factsOf } from './name-word-facts.ts';
import { wordKind } from './name-word-kinds.ts';
import { matchesOf } from './regex-matches.ts';
import { isPlaceName } from './place-names.ts';
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

/**
 * Who each address in a list is for: "Mere – 22 Ponsonby Rd, Grey Lynn, Auckland 1011", "3. Priti Shah – 9
 * Spen Lane, Leeds", "5. aleksy (back door) – 3 moor view terrace…". A line that opens with a label of one
 * to four words, a dash or colon, and an address the guard found, names whom it is for. Two such lines at
 * least, and at least half of their labels vouched for (a person found there, or a word no dictionary
 * holds): "Home – 14 Elm St⏎Office – 2 Main St" is a list of places, and stays.
 */
const RECIPIENT_BEFORE = /^[ \t]*(?:\d{1,3}[.)][ \t]*|[-*•][ \t]+)?([\p{L}\p{M}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}\p{M}][\p{L}\p{M}'’.-]*){0,3})(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*[–—:-][ \t]*$/u;
const LABEL_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const MOST_LABEL_LENGTH = 60;

export function withRecipientsBeforeAddresses(text: string, entities: readonly Candidate[]): Candidate[] {
  const labels: { start: number; value: string; vouched: boolean }[] = [];
  for (const address of entities) {
    if (address.type !== 'ADDRESS') continue;
    const lineStart = text.lastIndexOf('\n', address.start - 1) + 1;
    if (address.start - lineStart > MOST_LABEL_LENGTH) continue;
    const match = RECIPIENT_BEFORE.exec(text.slice(lineStart, address.start));
    if (match === null) continue;
    const start = lineStart + match[0].indexOf(match[1]!);
    const end = start + match[1]!.length;
    const covering = entities.filter((entity) => entity.start < end && start < entity.end);
    if (covering.some((entity) => entity.type !== 'PERSON')) continue;
    labels.push({ start, value: match[1]!, vouched: covering.length > 0 || hasUnlistedWord(match[1]!) });
  }
  if (labels.length < 2 || labels.filter((label) => label.vouched).length * 2 < labels.length) return [...entities];
  const added = labels.filter((label) => !entities.some((entity) => entity.start < label.start + label.value.length && label.start < entity.end) && !isPlaceLabel(label.value));
  return added.length === 0 ? [...entities] : [...entities, ...added.map((label) => personAt(label.start, label.value))];
}

/** A word no English dictionary holds, and no acronym: "Hemi", "sina", "aleksy", "Priti". */
function hasUnlistedWord(label: string): boolean {
  return [...matchesOf(LABEL_WORD, label)].some(([word]) => word.length >= 3 && word !== word.toUpperCase() && (wordKind(word) !== 'ordinary' || !isDictionaryWord(word.toLowerCase())));
}

/**
 * A label that is a well-known place or a kind of site in a list of people's addresses: "Leeds", "Warehouse",
 * "HQ". Not any town the lists know: "Tama", "Mere" and "Sina" are towns somewhere and people here.
 */
function isPlaceLabel(label: string): boolean {
  const words = [...matchesOf(LABEL_WORD, label)].map(([word]) => word);
  return isPlaceName(words.join(' ').toLowerCase()) || words.every((word) => word === word.toUpperCase() || (isDictionaryWord(word.toLowerCase()) && !factsOf(word).given));
}
