import { isWeekdayWord } from './calendar-words.ts';
import { ENGLISH } from './function-words.ts';
import { isHumanName } from './human-names.ts';
import type { Token } from './recall-words.ts';
import { isWhitespaceCode } from './text-scan.ts';
import { isSentenceStart } from './sentence-position.ts';
import { namesNoOne } from './thing-words.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Rows written on one line: "Rashida on frontend, Kazuki floating, Frost on QA", "primary marsh,
 * secondary Ekow, escalation Ivana", "3rd — Ludmila, 11th — Jarrah, 24th — Olive", "Jiménez ✅ Bean ✅
 * Sundqvist ⏳", "approval from one of: ortega-vidal, shepherd, king". Each item holds one name in the
 * same place — first or last — and the rest is what the item says about it. When two of those names are
 * sure (found already, or a word no dictionary has), the others in the same place are people too, even
 * the ones that are English words ("Frost", "Bean", "king"): a rota or a sign-off list does not mix
 * people with things.
 *
 * Items are cut at commas, semicolons, bars, sentence ends, line breaks and emoji. Tools, firms,
 * places, teams, months and weekdays never count, so "Kafka on prod, Redis on staging" and "Monday:
 * Leeds, Tuesday: Porto" stay.
 */
const ITEM_BREAK = /[,;|\n]|[.!?](?:\s|$)|\p{Extended_Pictographic}/u;
/** Longer items are sentences, not rows. */
const MAXIMUM_ITEM_TOKENS = 5;
/** Sure names a row needs before its word-names count; one, after a colon, for a bare list of three. */
const SURE_NAMES = 2;

interface Item {
  /** Where the item's words begin: its first word, or the initials before a surname ("J. Okwuosa"). */
  opening: number;
  first: number;
  last: number;
  /** A colon right before the item: the items after it are what a label lists. */
  afterColon: boolean;
  /** A line break or a sentence end right before the item: a row does not run on across it. */
  freshStart: boolean;
  /** A colon right after the item: it labels what follows ("bonus approvals: …"), it is no row itself. */
  label: boolean;
  /** The item belongs to a list that a label opened, on the same line and in the same sentence. */
  inLabelledList: boolean;
  /** A weekday and one more word ("tue - faith"): a rota's row, which may stand on a line of its own. */
  dayRow: boolean;
  /** The label of the list the item is in names things, not people ("rooms: …", "speakers: …"). */
  thingsLabelled: boolean;
}

/**
 * Labels of lists whose members are things, places or public figures: "rooms: Turing, Ada Lovelace, Hopper", "keynote
 * speakers: …". A name written in full in such a list (a room named after a scientist) vouches for no other member.
 */
const THING_LABEL_WORDS: ReadonlySet<string> = new Set(
  ('rooms room venues venue halls buildings offices cities towns places locations sites stack tools products brands sponsors ' +
    'customers clients accounts vendors partners companies firms ingredients options titles books films movies songs artists bands ' +
    'authors speakers keynotes heroes characters examples').split(' '),
);

/**
 * `foreign`: the message is in another language (or mostly words the English list lacks). There a word
 * no English dictionary has says nothing ("Wartungsfenster heute Nacht, Dienste kurz offline"), so only
 * names found already are sure.
 */
export function withListSlots(text: string, tokens: readonly Token[], entities: readonly Candidate[], foreign: boolean): Candidate[] {
  if (tokens.length < 4 || !ITEM_BREAK.test(text)) return [...entities];
  const persons = entities.filter((entity) => entity.type === 'PERSON');
  const added: Candidate[] = [];
  // Spans already taken, by the token starts they cover: one look per slot, however long the message.
  const covered = coveredStarts(tokens, entities);
  const named = coveredStarts(tokens, persons);
  const taken = (token: Token) => covered.has(token.start);
  for (const run of runsOf(itemsOf(text, tokens))) {
    for (const place of ['first', 'last'] as const) {
      for (const rows of fittingRows(text, tokens, run, place, named)) {
        const slots = rows.map((item) => (place === 'first' ? item.first : item.last));
        const sure = slots.filter((slot) => isSureName(tokens[slot]!, persons, foreign)).length;
        const bareList = rows.length >= 3 && rows.every((item) => item.first === item.last || isWholeName(tokens, item, named)) && rows[0]!.afterColon;
        if (sure < SURE_NAMES && !(bareList && sure >= 1)) continue;
        // A bracket's pair is as often two firms no list has as two people ("Partners (Accenture, Capgemini)"): three items at least.
        if (place === 'last' && rows.length < 3 && rows.some((item) => opensBracket(text, tokens, item, item.last))) continue;
        // Beside a name written in full, a lower-case item is what the row says about it ("Rafaela Souza;…;elo"), not a name.
        const withWholeName = rows.some((item) => isWholeName(tokens, item, named));
        rows.forEach((item, row) => {
          const token = tokens[slots[row]!]!;
          if (taken(token) || (withWholeName && token.style === 'lower')) return;
          // The initials before a surname in the first place are masked with it.
          const start = place === 'first' ? tokens[item.opening]!.start : token.start;
          added.push(personBetween(text, start, token.end));
          covered.add(token.start);
        });
      }
    }
  }
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

/** The starts of the tokens some entity overlaps (entities are few; tokens are walked once per entity by bisection). */
function coveredStarts(tokens: readonly Token[], entities: readonly Candidate[]): Set<number> {
  const covered = new Set<number>();
  for (const entity of entities) {
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (tokens[middle]!.end <= entity.start) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < tokens.length && tokens[index]!.start < entity.end; index += 1) covered.add(tokens[index]!.start);
  }
  return covered;
}

/**
 * The stretches of two or more consecutive items whose word in `place` can be a name ("office birthdays in July" is no
 * row). An item that is wholly a name found already ("Sefa Tuilagi" in "Lagi, Sefa Tuilagi, Ife") fits either
 * place: a list of people writes some of them in full.
 */
function* fittingRows(text: string, tokens: readonly Token[], run: readonly Item[], place: 'first' | 'last', named: ReadonlySet<number>): Generator<Item[]> {
  let rows: Item[] = [];
  for (const item of run) {
    if (!item.label && (isWholeName(tokens, item, named) || fitsSlot(text, tokens, item, place === 'first' ? item.first : item.last, place))) {
      rows.push(item);
      continue;
    }
    if (rows.length >= 2) yield rows;
    rows = [];
  }
  if (rows.length >= 2) yield rows;
}

/** Every word of the item (its initials included) inside a name found already: the item is a name written in full. */
function isWholeName(tokens: readonly Token[], item: Item, named: ReadonlySet<number>): boolean {
  if (item.last === item.first || item.thingsLabelled) return false;
  for (let index = item.opening; index <= item.last; index += 1) if (!named.has(tokens[index]!.start)) return false;
  return true;
}

function itemsOf(text: string, tokens: readonly Token[]): Item[] {
  const items: Item[] = [];
  let first = 0;
  for (let index = 1; index <= tokens.length; index += 1) {
    // Most words are one space apart, which breaks no item: skip them without cutting out the gap.
    if (index < tokens.length && tokens[index]!.start - tokens[index - 1]!.end === 1 && text.charCodeAt(tokens[index - 1]!.end) === 32) continue;
    const gap = index < tokens.length ? text.slice(tokens[index - 1]!.end, tokens[index]!.start) : '\n';
    // "J. Okwuosa": an initial's period ends no item.
    if (gap === '. ' && isInitial(tokens[index - 1]!)) continue;
    if (!breaksItem(gap) && !gap.includes(':')) continue;
    const before = first === 0 ? text.slice(0, tokens[0]!.start) : text.slice(tokens[first - 1]!.end, tokens[first]!.start);
    const freshStart = first === 0 || before.includes('\n') || /[.!?](?:\s|$)/u.test(before);
    const afterColon = before.includes(':');
    const inLabelledList = afterColon || (!freshStart && (items[items.length - 1]?.inLabelledList ?? false));
    const dayRow = index - 1 - first === 1 && (isWeekdayWord(tokens[first]!.facts.lower) || isWeekdayWord(tokens[index - 1]!.facts.lower));
    let named = first;
    while (named < index - 1 && isInitial(tokens[named]!) && text.startsWith('. ', tokens[named]!.end)) named += 1;
    const previous = items[items.length - 1];
    const thingsLabelled = afterColon ? previous !== undefined && THING_LABEL_WORDS.has(tokens[previous.last]!.facts.lower) : inLabelledList && (previous?.thingsLabelled ?? false);
    // The colon labels this item only on its own line: "(Tama, Hemi, Rawiri)⏎2nd: …" ends a list, it labels nothing.
    const colon = gap.indexOf(':');
    const label = colon >= 0 && !gap.slice(0, colon).includes('\n');
    items.push({ opening: first, first: named, last: index - 1, afterColon, freshStart, label, inLabelledList, dayRow, thingsLabelled });
    first = index;
  }
  return items;
}

/** A given name written as its initial: one capital letter ("J" of "J. Okwuosa"). */
function isInitial(token: Token): boolean {
  return token.text.length === 1 && token.text !== token.text.toLowerCase();
}

/** ITEM_BREAK on the gap between two words, read by code when the gap is ASCII (an emoji is not). */
function breaksItem(gap: string): boolean {
  for (let index = 0; index < gap.length; index += 1) {
    const code = gap.charCodeAt(index);
    if (code >= 0x80) return ITEM_BREAK.test(gap);
    // , ; | and a line break; . ! ? before a space or at the end.
    if (code === 44 || code === 59 || code === 124 || code === 10) return true;
    if ((code === 46 || code === 33 || code === 63) && (index + 1 === gap.length || isWhitespaceCode(gap.charCodeAt(index + 1)))) return true;
  }
  return false;
}

/**
 * Consecutive short items in one sentence of one line (a break inside a run is a comma, a colon, an emoji, a bar);
 * a rota's day rows run on over their lines.
 */
function* runsOf(items: readonly Item[]): Generator<Item[]> {
  let run: Item[] = [];
  for (const item of items) {
    const short = item.last - item.first + 1 <= MAXIMUM_ITEM_TOKENS;
    if (short && (run.length === 0 || !item.freshStart || (item.dayRow && run[run.length - 1]!.dayRow))) run.push(item);
    else {
      if (run.length >= 2) yield run;
      run = short ? [item] : [];
    }
  }
  if (run.length >= 2) yield run;
}

/** The slot is a word that can be a name, and the rest of the item is what the row says about it, not more name. */
function fitsSlot(text: string, tokens: readonly Token[], item: Item, slot: number, place: 'first' | 'last'): boolean {
  const token = tokens[slot]!;
  if (token.text.length < 2 || token.style === 'upper' || token.facts.tool || token.particle || namesNoOne(text, token.start, token.end)) return false;
  if (token.functionLanguages.includes(ENGLISH)) return false;
  // In lower case only a bare item of a list a label introduces: "employee,dob,ni" is a header, "…, congrats" a remark.
  // Or a rota's day and its person: "mon - kwame, tue - faith".
  if (token.style === 'lower' && !(item.first === item.last && item.inLabelledList) && !(item.dayRow && !isWeekdayWord(token.facts.lower))) return false;
  // An English word that is also someone's name ("Frost", "Bean", "king") counts, but not capitalised
  // only because it opens a sentence ("Ship it to…").
  if (token.kind === 'ordinary' && (!isHumanName(token.text) || (token.titleCase && isSentenceStart(text, token.start)))) return false;
  // "Frost on QA": the word after a first slot is lower case; "secondary Ekow": the word before a last slot is too.
  const neighbour = place === 'first' ? (slot < item.last ? tokens[slot + 1] : undefined) : slot > item.first ? tokens[slot - 1] : undefined;
  return neighbour === undefined || (place === 'last' && opensBracket(text, tokens, item, slot)) || neighbour.style === 'lower' || /\d/u.test(neighbour.text);
}

/** "Orbital 4 (Kasia, Rhys, Fatima)": a bracket opens the list before the item's last word, so the words before it are no part of it. */
function opensBracket(text: string, tokens: readonly Token[], item: Item, slot: number): boolean {
  return slot > item.first && text.slice(tokens[slot - 1]!.end, tokens[slot]!.start).includes('(');
}

/**
 * A name found already, or one shaped as a name that is capitalised or listed. Not an unlisted lower-case word
 * beside a rota's day: a menu or a class timetable is written so too ("mon - shakshuka, tue - pilates").
 */
function isSureName(token: Token, persons: readonly Candidate[], foreign: boolean): boolean {
  if (persons.some((person) => person.start <= token.start && token.end <= person.end)) return true;
  return !foreign && token.kind === 'name' && (token.titleCase || token.text.split('-').every((part) => isHumanName(part)));
}
