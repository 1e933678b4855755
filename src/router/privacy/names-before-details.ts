import { isDictionaryWord } from './english-dictionary.ts';
import { factsOf } from './name-word-facts.ts';
import { isOrgOrPlaceWord, isProductWord } from './name-lexicon.ts';
import { isWordNamePair } from './word-name-pairs.ts';
import { wordKind } from './name-word-kinds.ts';
import { matchesOf } from './regex-matches.ts';
import { isPlaceName } from './place-names.ts';
import { hasIdCue } from './detect-id-numbers.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * Whose detail it is: a name written right before a bracketed personal detail the guard found — "TAN HUI
 * MIN (NRIC S8734215H)", "Marisol Quispe (marisol@hollis.example)", "Ade Bello (DOB 02/03/1991)" — or before
 * a comma and the detail in any language ("Uus kolleeg: Marko Saar, telefon 5123 4567"). A run
 * of one to four capitalised words there names the holder, when at least one of them is no ordinary
 * word ("Support Desk (help@…)" is a team's). Read once the other detectors have run.
 */
const DETAIL_TYPES: ReadonlySet<Candidate['type']> = new Set(['ID_NUMBER', 'EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'US_SSN']);
/** Between "(" and the detail: a short label ("NRIC ", "DOB: ", "tel. ", "mob ") or nothing. */
const LABEL_IN_BRACKET = /^\((?:[\p{L}. #]{1,14}:?\s?)?$/u;
/** Or, written as a list of details: the name, a comma, a short label ("tel. ", "isikukood ", "NIN ") and the detail: "Marko Saar, telefon 5123 4567". */
const LABEL_AFTER_COMMA = /^,[ \t]*(?:[\p{L}\p{M}. #]{1,14}:?[ \t]?)?$/u;
/** How far before a detail its bracket or comma and label may stand. */
const LABEL_REACH = 16;

const FIRM_WORDS: ReadonlySet<string> = new Set('ltd limited llc inc corp corporation co gmbh ag sa sas sarl bv nv plc llp pty oy ab as spa srl kft'.split(' '));
const NAME_BEFORE = /(?:^|[^\p{L}\p{M}'’.-])((?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*)[ \t]*$/u;
const REACH = 80;

export function withNamesBeforeDetails(text: string, entities: readonly Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  for (const detail of entities) {
    if (!DETAIL_TYPES.has(detail.type)) continue;
    const born = detail.type === 'DATE_OF_BIRTH' ? birthHolder(text, detail, entities) : undefined;
    if (born !== undefined) {
      added.push(born);
      continue;
    }
    // Only the few characters before the detail are searched: a whole-text search per detail is quadratic on long pastes.
    const nearStart = Math.max(0, detail.start - LABEL_REACH);
    const near = text.slice(nearStart, detail.start);
    const bracket = nearStart + near.lastIndexOf('(');
    const comma = nearStart + near.lastIndexOf(',');
    const bracketed = bracket >= nearStart && LABEL_IN_BRACKET.test(text.slice(bracket, detail.start));
    const listed = !bracketed && comma >= nearStart && LABEL_AFTER_COMMA.test(text.slice(comma, detail.start));
    if (!bracketed && !listed) {
      const holder = holderRightBefore(text, detail, entities);
      if (holder !== undefined) added.push(holder);
      continue;
    }
    const open = bracketed ? bracket : comma;
    const windowStart = Math.max(0, open - REACH);
    const before = text.slice(windowStart, open);
    const name = nameBefore(before);
    const words = name?.split(/[ \t]+/u) ?? [];
    if (name === undefined || (words.every((word) => wordKind(word) === 'ordinary') && !isWordNamePair(words))) continue;
    // After a comma the name is a given name and a surname at least, and no firm's: "Acme Ltd, tel. …" is the office's line.
    if (listed && (words.length < 2 || words.some((word) => FIRM_WORDS.has(word.toLowerCase().replace(/\.$/u, ''))))) continue;
    const start = windowStart + before.lastIndexOf(name);
    // A part of the name found already ("HUI MIN") gives way to the whole; any other value there keeps its place.
    if (entities.some((entity) => entity.type !== 'PERSON' && entity.start < start + name.length && start < entity.end)) continue;
    added.push(personAt(start, name));
  }
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

/**
 * Whose birth date it is: the capitalised words right before it and its birth cue — "Berk was born on 21.01.1996", "Joy
 * (born 3 May 1991)", "Berk, dob 21.01.1996", "Berk – DOB 21.01.1996". Only people have a date of birth, so here a name
 * that is also a word ("Joy", "Berk") is the person's, and one word is enough; leading words that say who rather than
 * name anyone ("My", "Employee", "Passenger") are no part of it.
 */
const BIRTH_HOLDER = /(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,3})(?:[ \t]+(?:was|is)[ \t]+born[ \t]+(?:on[ \t]+)?|[ \t]*\([ \t]*(?:[Bb]orn|DOB|[Dd]ob|D\.O\.B\.?|[Dd]ate of birth)[: \t]*|[ \t]*,[ \t]*(?:[Bb]orn|DOB|[Dd]ob|D\.O\.B\.?|[Dd]ate of birth)[: \t]*|[ \t]+[-–—|][ \t]*(?:[Bb]orn|DOB|[Dd]ob|D\.O\.B\.?|[Dd]ate of birth)[: \t]*)$/u;
const NOT_HOLDER_WORDS: ReadonlySet<string> = new Set(
  'the a an my our your his her their this that employee patient child baby candidate applicant passenger traveller traveler guest member user customer client name'.split(' '),
);

function birthHolder(text: string, detail: Candidate, entities: readonly Candidate[]): Candidate | undefined {
  const windowStart = Math.max(0, detail.start - REACH);
  const match = BIRTH_HOLDER.exec(text.slice(windowStart, detail.start));
  if (match === null) return undefined;
  const words = match[1]!.split(/[ \t]+/u);
  while (words.length > 0 && NOT_HOLDER_WORDS.has(words[0]!.toLowerCase())) words.shift();
  if (words.length === 0) return undefined;
  const name = words.join(' ');
  const start = windowStart + match.index + match[1]!.lastIndexOf(name);
  if (text.slice(start, start + name.length) !== name) return undefined;
  if (entities.some((entity) => entity.type !== 'PERSON' && entity.start < start + name.length && start < entity.end)) return undefined;
  return personAt(start, name);
}

/**
 * A holder written right before the value, with a space, a colon or a dash between: "RUTs: Ignacia Rojas
 * 20.118.457-6, Matías Pizarro 9.847.213-4", "call Amaka Obi 0803 123 4567", "- Kaito: 090.5550.1187". A given
 * name and a surname at least, one of them a listed name that is no ordinary word, and no label's words
 * before them ("Account Holder John Smith" is John Smith's); one given name alone only as a list line's label.
 * Not a place, a firm or an id paper's name: "Banco Santander ES91…", "Codice Fiscale RSSMRA…".
 */
const ADJACENT_TYPES: ReadonlySet<Candidate['type']> = new Set([...DETAIL_TYPES, 'IBAN', 'CREDIT_CARD']);
/**
 * Where `/(?:[ \t]*[:–—][ \t]*|[ \t]+-[ \t]+|[ \t]+)$/u` matches `before`, read back by code: the pattern, tried at every
 * position of an 80-character window, ran for every value found. Each of its forms holds at most one character that is
 * no space or tab, the last one before the trailing spaces, so the match opens at the spaces before that character
 * (a colon or a dash with spaces on both sides) or at the trailing spaces themselves.
 */
function separatorAtEnd(before: string): { index: number; text: string } | undefined {
  let spaces = before.length;
  while (spaces > 0 && isSpaceOrTab(before.charCodeAt(spaces - 1))) spaces -= 1;
  const last = spaces > 0 ? before.charCodeAt(spaces - 1) : -1;
  const dash = last === 45 && spaces < before.length;
  if (last === 58 || last === 0x2013 || last === 0x2014 || dash) {
    let start = spaces - 1;
    while (start > 0 && isSpaceOrTab(before.charCodeAt(start - 1))) start -= 1;
    // A dash needs spaces before it too ("Kaito - 090…"); "Kaito- " has only the trailing ones.
    if (!dash || start < spaces - 1) return { index: start, text: before.slice(start) };
  }
  return spaces < before.length ? { index: spaces, text: before.slice(spaces) } : undefined;
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/** NAME_BEFORE's name: read by code (nameRunAtEnd) where the text before is ASCII, by the pattern elsewhere. */
function nameBefore(value: string): string | undefined {
  const byCode = nameRunAtEnd(value);
  return byCode === null ? NAME_BEFORE.exec(value)?.[1] : byCode;
}

/**
 * What NAME_BEFORE takes as the name, read back by code: up to four capitalised words at the end (spaces and tabs
 * after them aside), spaces or tabs between them, the first after the start or a character no name word holds —
 * the pattern opens at the earliest place it can, so it takes as many words as it may. Undefined when it matches
 * nothing; null when a character outside ASCII is met, which the pattern is left to read. The pattern, tried at every
 * position of an 80-character window, ran for every value found.
 */
function nameRunAtEnd(value: string): string | undefined | null {
  let end = value.length;
  while (end > 0 && isSpaceOrTab(value.charCodeAt(end - 1))) end -= 1;
  let first = -1;
  let wordEnd = end;
  for (let words = 0; words < MOST_NAME_WORDS; words += 1) {
    let start = wordEnd;
    while (start > 0) {
      const code = value.charCodeAt(start - 1);
      if (code >= 0x80) return null;
      if (!isNameWordCode(code)) break;
      start -= 1;
    }
    const opening = value.charCodeAt(start);
    if (start === wordEnd || opening < 65 || opening > 90) break;
    first = start;
    let gap = start;
    while (gap > 0 && isSpaceOrTab(value.charCodeAt(gap - 1))) gap -= 1;
    if (gap === start) break;
    wordEnd = gap;
  }
  return first < 0 ? undefined : value.slice(first, end);
}

const MOST_NAME_WORDS = 4;

/** `[\p{L}\p{M}'’.-]` among ASCII characters: letters, the apostrophe, the dot and the hyphen. */
function isNameWordCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 46 || code === 45;
}
const RUN_WORD = /[^ \t]+/gu;
const LINE_LABEL_START = /(?:^|\n)[ \t]*(?:\d{1,3}[.)][ \t]*|[-*•][ \t]+)?$/u;

function holderRightBefore(text: string, detail: Candidate, entities: readonly Candidate[]): Candidate | undefined {
  if (!ADJACENT_TYPES.has(detail.type)) return undefined;
  const windowStart = Math.max(0, detail.start - REACH);
  const before = text.slice(windowStart, detail.start);
  const separator = separatorAtEnd(before);
  if (separator === undefined) return undefined;
  const run = nameBefore(before.slice(0, separator.index));
  if (run === undefined) return undefined;
  // Label words before the name are the label's: "Account Holder John Smith", "Mobile Kaito".
  let nameOffset = 0;
  for (const [word] of matchesOf(RUN_WORD, run)) {
    if (wordKind(word) !== 'ordinary' || factsOf(word).given) break;
    nameOffset = run.indexOf(word, nameOffset) + word.length;
  }
  const name = run.slice(nameOffset).replace(/^[ \t]+/u, '');
  const words = name.split(/[ \t]+/u).filter((word) => word.length > 0);
  if (words.length === 0 || isPlaceLabel(name) || hasIdCue(name) || words.some((word) => FIRM_WORDS.has(word.toLowerCase().replace(/\.$/u, '')))) return undefined;
  const nameStart = windowStart + separator.index - name.length;
  if (words.length === 1) {
    const labelOfLine = /[:–—-]/u.test(separator.text) && LINE_LABEL_START.test(text.slice(Math.max(0, nameStart - 8), nameStart));
    if (!labelOfLine || !hasGivenName(name)) return undefined;
  } else if (!words.some((word) => factsOf(word).given && wordKind(word) === 'name') && !isWordNamePair(words)) return undefined;
  // A part of the name found already gives way to the whole; any other value there keeps its place.
  if (entities.some((entity) => entity.type !== 'PERSON' && entity.start < nameStart + name.length && nameStart < entity.end)) return undefined;
  return personAt(nameStart, name);
}

/**
 * Whose value each row of a list is: "Mere – 22 Ponsonby Rd, Grey Lynn, Auckland 1011", "3. Priti Shah – 9
 * Spen Lane, Leeds", "5. aleksy (back door) – 3 moor view terrace…", and rows of payees, contacts or staff
 * with their IBAN, phone, e-mail, card, id or birth date after a wide gap ("Katharina Vogt  DE67 2741…",
 * "Élodie Marchand | FR21 7611…"). A line that opens with a label of one to four words, a dash or colon (or,
 * before a value other than an address, a tab, two spaces, a bar or a comma), and a value the guard found,
 * names whose it is. Two such lines at least, at least half of their labels vouched for — a person found
 * there, or a given name of the names list — and no label a well-known place, firm or site: "Home – 14 Elm
 * St⏎Office – 2 Main St", "Berlin office – …", "Zalando – …⏎Spotify – …", "Support  help@…⏎Sales  sales@…"
 * are lists of sites and teams, and stay.
 */
const RECIPIENT_BEFORE = /^[ \t]*(?:\d{1,3}[.)][ \t]*|[-*•][ \t]+)?([\p{L}\p{M}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}\p{M}][\p{L}\p{M}'’.-]*){0,3})(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*[–—:-][ \t]*$/u;
const HOLDER_BEFORE = /^[ \t]*(?:\d{1,3}[.)][ \t]*|[-*•][ \t]+)?([\p{L}\p{M}][\p{L}\p{M}'’.-]*(?:[ \t][\p{L}\p{M}][\p{L}\p{M}'’.-]*){0,3})(?:[ \t]*[–—:|,-][ \t]*|\t[ \t]*| {2,})$/u;
const HELD_TYPES: ReadonlySet<Candidate['type']> = new Set(['IBAN', 'PHONE', 'EMAIL', 'CREDIT_CARD', 'ID_NUMBER', 'DATE_OF_BIRTH', 'US_SSN']);
const LABEL_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const MOST_LABEL_LENGTH = 60;

export function withHoldersBeforeValues(text: string, entities: readonly Candidate[]): Candidate[] {
  const labels: { start: number; value: string; found: boolean; vouched: boolean; site: boolean }[] = [];
  const seen = new Set<number>();
  for (const value of entities) {
    const pattern = value.type === 'ADDRESS' ? RECIPIENT_BEFORE : HELD_TYPES.has(value.type) ? HOLDER_BEFORE : undefined;
    if (pattern === undefined) continue;
    const lineStart = text.lastIndexOf('\n', value.start - 1) + 1;
    if (value.start - lineStart > MOST_LABEL_LENGTH || seen.has(lineStart)) continue;
    const match = pattern.exec(text.slice(lineStart, value.start));
    if (match === null) continue;
    seen.add(lineStart);
    const start = lineStart + match[0].indexOf(match[1]!);
    const end = start + match[1]!.length;
    const covering = entities.filter((entity) => entity.start < end && start < entity.end);
    if (covering.some((entity) => entity.type !== 'PERSON')) continue;
    const found = covering.length > 0;
    const site = !found && isPlaceLabel(match[1]!);
    labels.push({ start, value: match[1]!, found, vouched: found || (!site && hasGivenName(match[1]!)), site });
  }
  if (labels.length < 2 || labels.filter((label) => label.vouched).length * 2 < labels.length || labels.some((label) => label.site)) return [...entities];
  const added = labels.filter((label) => !label.found);
  return added.length === 0 ? [...entities] : [...entities, ...added.map((label) => personAt(label.start, label.value))];
}

/**
 * A given name of the names list that no English dictionary holds, no acronym, tool or product: "sina",
 * "aleksy", "Priti" — not "From", "To", "Old", "New", "Bill", "Ship", "North", "Me", which the list holds too.
 */
function hasGivenName(label: string): boolean {
  return [...matchesOf(LABEL_WORD, label)].some(([word]) => {
    const facts = factsOf(word);
    return word.length >= 3 && word !== word.toUpperCase() && facts.given && !facts.tool && !isProductWord(word.toLowerCase()) && !isDictionaryWord(word.toLowerCase());
  });
}

/**
 * A label that is a well-known place, a firm or a kind of site: "Leeds", "Berlin office", "Warehouse", "HQ",
 * "Nando's". Not any town the lists know: "Tama", "Mere" and "Sina" are towns somewhere and people here.
 */
function isPlaceLabel(label: string): boolean {
  const words = [...matchesOf(LABEL_WORD, label)].map(([word]) => word);
  if (isPlaceName(words.join(' ').toLowerCase()) || words.some((word) => isPlaceName(word.toLowerCase()) || isOrgOrPlaceWord(word.toLowerCase()) || SITE_WORDS.has(word.toLowerCase()) || /['’]s$/u.test(word))) return true;
  return words.every((word) => word === word.toUpperCase() || (isDictionaryWord(word.toLowerCase()) && !factsOf(word).given));
}

/** Sites an address list names instead of people. */
const SITE_WORDS: ReadonlySet<string> = new Set(['office', 'offices', 'hq', 'home', 'work', 'warehouse', 'depot', 'store', 'shop', 'branch', 'site', 'studio', 'factory', 'plant', 'campus', 'hub', 'billing', 'shipping', 'delivery', 'pickup', 'returns', 'head']);
