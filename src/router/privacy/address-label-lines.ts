import { isStreetTypeWord } from './detect-address.ts';
import { isTownWords } from './settlement-names.ts';
import { addressBetween, type Candidate } from './types.ts';

/**
 * An address written as a label, one part per line, of which the guard found only a line or two: "14 larchfield
 * drive⏎dungannon⏎co tyrone⏎bt71 6ln", "Mrs Eleanor Whitcombe⏎Orchard House⏎Lower Street⏎Sturminster Newton⏎DT10
 * 1AS". The lines next to a found address are taken while each is a part of an address — a town, a county
 * ("co tyrone", "County Kerry"), a postcode, a street or a named house (one to four words ending in a street
 * or house word) — and nothing else was found on it (a person's name line above a label stays the person's):
 * lines above an address that opens its line, lines below one that ends it, at most five each way, up to a
 * blank line; and only when a town, county or postcode is among them or the address found ends in a postcode.
 */
const MOST_LINES = 5;
const MOST_WORDS = 4;
const LINE_WORDS = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}\p{M}\d][\p{L}\p{M}\d'’.-]*){0,3}$/u;
const COUNTY = /^(?:co\.?|county|cnty\.?)[ \t]+[\p{L}\p{M}'’-]+$/iu;
/** British, Irish (Eircode), Dutch, Canadian postcodes, or four to six digits, alone on their line. */
const UK_POSTCODE = String.raw`[a-z]{1,2}\d{1,2}[a-z]?[ \t]?\d[a-z]{2}`;
const EIRCODE = String.raw`[a-z]\d{2}[ \t]?[a-z\d]{4}`;
const POSTCODE_LINE = new RegExp(String.raw`^(?:${UK_POSTCODE}|${EIRCODE}|\d{4}[ \t]?[a-z]{2}|[a-z]\d[a-z][ \t]?\d[a-z]\d|\d{4,6})$`, 'iu');
const HOUSE_WORDS: ReadonlySet<string> = new Set('house cottage cottages farm farmhouse lodge manor hall barn mill forge grange rectory vicarage villa court mansions flats apartments'.split(' '));

export function withAddressLabelLines(text: string, entities: readonly Candidate[]): Candidate[] {
  if (!text.includes('\n')) return [...entities];
  const grown: Candidate[] = [];
  for (const address of entities) {
    if (address.type !== 'ADDRESS') continue;
    const lineStart = text.lastIndexOf('\n', address.start - 1) + 1;
    const lineEndAt = text.indexOf('\n', address.end);
    const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
    // Lines above join an address that opens its line, lines below one that ends its line.
    const opensLine = text.slice(lineStart, address.start).trim() === '';
    const endsLine = text.slice(address.end, lineEnd).trim() === '';
    const above = opensLine ? linesAbove(text, lineStart, entities) : [];
    const below = endsLine ? linesBelow(text, lineEnd, entities) : [];
    // Street and house lines alone are words as often ("Test Drive", "Feature Branch"): a town, county or
    // postcode among the lines taken, or a found line that is one, says label.
    const lines = [...above, ...below];
    if (lines.length === 0 || (!lines.some((line) => line.place) && !POSTCODE_END.test(address.value))) continue;
    const start = above.length > 0 ? above.at(-1)!.start : address.start;
    const end = below.length > 0 ? below.at(-1)!.end : address.end;
    grown.push(addressBetween(text, Math.min(start, address.start), Math.max(end, address.end)));
  }
  return grown.length === 0 ? [...entities] : [...entities, ...grown];
}

interface LabelLine {
  start: number;
  end: number;
  /** A town, county or postcode, not a street or a house. */
  place: boolean;
}

/** A found address ending in a postcode: the lines above it are its label's. */
const POSTCODE_END = new RegExp(String.raw`(?:${UK_POSTCODE}|${EIRCODE}|\d{4,6})$`, 'iu');

function linesAbove(text: string, lineStart: number, entities: readonly Candidate[]): LabelLine[] {
  const lines: LabelLine[] = [];
  let start = lineStart;
  for (let count = 0; count < MOST_LINES && start > 0; count += 1) {
    const previousStart = text.lastIndexOf('\n', start - 2) + 1;
    const kind = labelLineKind(text, previousStart, start - 1, entities);
    if (kind === undefined) break;
    lines.push({ start: previousStart + leadingSpace(text.slice(previousStart, start - 1)), end: start - 1, place: kind === 'place' });
    start = previousStart;
  }
  return lines;
}

function linesBelow(text: string, lineEnd: number, entities: readonly Candidate[]): LabelLine[] {
  const lines: LabelLine[] = [];
  let end = lineEnd;
  for (let count = 0; count < MOST_LINES && end < text.length; count += 1) {
    const nextEndAt = text.indexOf('\n', end + 1);
    const nextEnd = nextEndAt < 0 ? text.length : nextEndAt;
    const kind = labelLineKind(text, end + 1, nextEnd, entities);
    if (kind === undefined) break;
    lines.push({ start: end + 1, end: nextEnd - trailingSpace(text.slice(end + 1, nextEnd)), place: kind === 'place' });
    end = nextEnd;
  }
  return lines;
}

/** "place" for a town, county or postcode line, "street" for a street or named house, undefined for no part of an address. */
function labelLineKind(text: string, start: number, end: number, entities: readonly Candidate[]): 'place' | 'street' | undefined {
  const line = text.slice(start, end).trim();
  if (line === '') return undefined;
  // A county is one whatever was read in its name ("co tyrone": Tyrone is a given name too).
  if (POSTCODE_LINE.test(line) || COUNTY.test(line)) {
    return entities.some((entity) => entity.type !== 'ADDRESS' && entity.type !== 'PERSON' && entity.start < end && start < entity.end) ? undefined : 'place';
  }
  if (entities.some((entity) => entity.type !== 'ADDRESS' && entity.start < end && start < entity.end)) return undefined;
  if (!LINE_WORDS.test(line)) return undefined;
  const words = line.split(/[ \t]+/u);
  if (words.length > MOST_WORDS) return undefined;
  if (isTownWords(words)) return 'place';
  const last = words.at(-1)!.replace(/[.,]$/u, '');
  return isStreetTypeWord(last) || HOUSE_WORDS.has(last.toLowerCase()) ? 'street' : undefined;
}

function leadingSpace(value: string): number {
  return value.length - value.trimStart().length;
}

function trailingSpace(value: string): number {
  return value.length - value.trimEnd().length;
}
