import { matchesOf } from './regex-matches.ts';
import { filteredMatchesOf, startFiltered } from './start-filtered-matches.ts';
import { isTownWords } from './settlement-names.ts';
import { addressBetween, type Candidate } from './types.ts';

/**
 * A postal box, as the countries that deliver to boxes write one: "P.O. Box 33 Kampala", "p.o. box
 * 4471-00100 nairobi", "Private Bag X9, Pretoria", "Postfach 10 20 30, 80333 München", "Postbus 123",
 * "BP 1234 Dakar", "Apartado 1234", "Caixa Postal 55", "Casilla 123", "Postboks 12 Sentrum". The box word
 * and its number are the address; the town after it (in any case, when the town list knows it) and a
 * postcode before the town belong to it too. "BP" is read only with a town after it: alone it is blood
 * pressure or a company.
 */
const BOX_WORDS = String.raw`p\.?\s?o\.?\s?box|p\.?o\.?b\.?|post\s+office\s+box|private\s+bag|postbus|postfach|postboks|postbox|bo[iî]te\s+postale|apartado(?:\s+de\s+correos)?|caixa\s+postal|casilla(?:\s+de\s+correos?)?|skrytka\s+pocztowa|posta\s+kutusu`;
const BOX = new RegExp(String.raw`(?<![\p{L}\d])(?:(${BOX_WORDS})|(BP|B\.P\.))\.?\s?(?:no\.?\s?|#\s?)?([A-Z]{0,2}\s?\d{1,6}(?:[ -]\d{2,6}){0,2})(?![\p{L}\d])`, 'giu');
/** Its opening look-behind is tried at every character; the box words find where to try it (start-filtered-matches.ts). */
const BOX_STARTS = startFiltered(BOX);
/** After the number: a comma or spaces, a postcode maybe, then one to three words of a town. */
const TOWN_AFTER = /^(?:\s*,\s*|\s+)(?:(\d{4,6}|[A-Z]{1,2}\d[\dA-Z]?\s?\d[A-Z]{2})\s+)?(\p{L}[\p{L}\p{M}'’.-]*(?:\s\p{L}[\p{L}\p{M}'’.-]*){0,2})/u;
const BOX_HINT = /box|bag|post|bo[iî]te|apartado|caixa|casilla|skrytka|kutusu|\bB\.?P\b|\b[AFD]PO\b/i;
/**
 * American military and diplomatic mail: "PSC 817 Box 42, FPO AE 09622", "Unit 2050 Box 4190, APO AP 96278",
 * "CMR 402 Box 123, APO AE 09180", or the unit and a ship or post before the line ("USNS Comfort, FPO AA
 * 34058"). The APO/FPO/DPO line and its region code (AA, AE, AP) before a ZIP code is the address; the unit
 * and box before it, on its line or the line above, belong to it; written in any case.
 */
const MILITARY_POST = /(?<![\p{L}\d])(?:(?:PSC|CMR|Unit)[ \t]+\d{1,5},?[ \t]+Box[ \t]+\d{1,5},?\s+)?[AFD]PO[ \t]+A[AEP][ \t]+\d{5}(?:-\d{4})?(?![\p{L}\d])/giu;

export function detectPostalBoxes(text: string): Candidate[] {
  if (!BOX_HINT.test(text)) return [];
  const found: Candidate[] = [];
  if (/po /iu.test(text)) for (const match of matchesOf(MILITARY_POST, text)) found.push(addressBetween(text, match.index, match.index + match[0].length));
  for (const match of filteredMatchesOf(BOX_STARTS, text)) {
    if (match[2] !== undefined && match[2] !== match[2].toUpperCase()) continue;
    const end = match.index + match[0].length;
    const town = townAfter(text.slice(end, end + 60));
    if (match[2] !== undefined && town === 0) continue;
    found.push(addressBetween(text, match.index, end + town));
  }
  return found;
}

/**
 * How far the parts after the box run: up to three, each a comma or spaces, a postcode maybe, and words.
 * A part counts when the town list knows its words, or when a postcode leads it ("80333 München"); a district
 * with no postcode counts only before a part that does ("Postboks 12 Sentrum, 0101 Oslo").
 */
function townAfter(after: string): number {
  let reach = 0;
  let pending = 0;
  for (let part = 0; part < 3; part += 1) {
    const match = TOWN_AFTER.exec(after.slice(reach + pending));
    if (match === null) break;
    const words = townWordsIn(match[2]!);
    const postcode = match[1] !== undefined;
    const length = match[0].length - match[2]!.length + (words > 0 ? words : postcode ? firstWordLength(match[2]!) : match[2]!.length);
    if (words > 0 || postcode) {
      reach += pending + length;
      pending = 0;
    } else if (part === 0 && pending === 0) pending = length;
    else break;
  }
  return reach;
}

/** The length of the longest run of one to three leading words the town list holds, or 0. */
function townWordsIn(words: string): number {
  const parts = words.split(/\s/u);
  for (let count = parts.length; count >= 1; count -= 1) {
    const name = parts.slice(0, count).join(' ').replace(/[.,]$/u, '');
    // As written: the town lists ignore case, and only a lower-case word is an English word too ("reading", not "Reading").
    if (isTownWords(name.split(' '))) return name.length;
  }
  return 0;
}

function firstWordLength(words: string): number {
  return /^\p{Lu}/u.test(words) ? (words.split(/\s/u)[0] ?? '').replace(/[.,]$/u, '').length : 0;
}
