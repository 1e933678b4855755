import { isCalendarMonthOrDay } from './calendar-words.ts';
import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isSettlementName, isTownOrPlace, isTownWords } from './settlement-names.ts';
import type { Candidate } from './types.ts';

/**
 * The rest of an address after its street: the comma-separated parts people write after the house and
 * street, in every country's order — a district with its number ("Lekki Phase 1", "sector 21"), a
 * floor and door ("3º izq", "depto 54"), a city with its postcode ("Lagos 106104", "Round Rock TX
 * 78664"), a region, a country. iCalendar escapes the commas ("Av. Providencia 1208\, depto 54\,
 * Santiago"). A part is taken while it reads as a place (capitalised words) or as a numbered part of
 * one (a word and a number); a clause ("see you there", "Mark brings cake", "3pm tomorrow") ends the
 * address.
 */
/**
 * Where a part ends: a comma (also iCalendar's "\\,"), a semicolon, a line, a bracket or quote (not an
 * apostrophe inside a word: "Da'an Dist."), a dash,
 * the end of a sentence — a dot after a short or vowelless word ("Col.", "Co.", "Brgy.", "Blvd.",
 * "Dist.") is an abbreviation unless nothing follows it — or a grammar word in lower case, where the
 * sentence goes on ("Colombo 03 on his form", "apartment 6 on the 3rd floor").
 */
const PART_END = String.raw`(?=[ \t]*(?:$|\n|,|\\,|;|!|\?|[()"”]|['’](?!\p{L})|\.[ \t]*$|\.(?<![\s.](?:\p{L}{1,3}|[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]{4}|Dist|dist)\.)\s|[—–]|\s-\s)|[ \t]+(?:${[...ENGLISH_FUNCTION_WORDS].join('|')})(?![\p{L}\d]))`;
/** Parts are separated by commas, semicolons, or in Brazil by dashes ("1749 - apto 52 - Pinheiros, São Paulo - SP"). */
const PART_AFTER = new RegExp(String.raw`^\.?(?:[ \t]*(?:,|\\,|;)|[ \t]+[-–](?=[ \t]))[ \t]*([^\n,;!?()\\]{1,40}?)${PART_END}`, 'u');
const DASH_SEPARATOR = /^\.?[ \t]+[-–]/u;

function isDashedPart(part: string): boolean {
  if (HAS_DIGIT.test(part) || /^\p{Lu}{2}$/u.test(part)) return true;
  const words = part.split(/[ \t]+/u);
  return isTownOrPlace(words.slice(0, 3).join(' ')) || isSettlementName(words[0] ?? '');
}

/**
 * The tail of a Brazilian address after its number or unit: " - district, town - UF" ("apto 301 - Ipanema, Rio de Janeiro -
 * RJ"): a district no list holds is taken when a town and a state's two capitals follow it so.
 */
const BRAZILIAN_TAIL = /^\.?[ \t]+[-–][ \t]+[\p{L}\p{M}' ]{2,40},[ \t]*[\p{L}\p{M}' ]{2,40}?[ \t]*[-–/][ \t]*\p{Lu}{2}(?![\p{L}\d])/u;

/** A bracketed region, postcode or note inside an address: "Montréal (Québec)", "La Plata (1900)", "Torino (TO)", "Road 27 (old)". */
const BRACKET_AFTER = /^[ \t]*\(([^()\n]{1,20})\)/u;
/** A postcode after a dash: "Coimbatore - 641002", "Bihar - 844114", "Karachi-75500", "Dhaka-1209". */
const DASHED_POSTCODE = /^[ \t]*[-–][ \t]*\d{4,6}(?![\p{L}\d])/u;
/**
 * A door, staircase or box after the house number, before the comma: "Kerkstraat 24 bus 3", "Avenue
 * Louise 231 bte 5", "Herrengasse 5/Top 3", "Via dei Mille 18, int. 5", "88 Main St Apt 3", a Hungarian
 * floor in Roman numerals or digits and its door ("Király utca 26. III/4", "Király utca 8. 2/4", "fsz/2" on the ground floor).
 */
const UNIT_AFTER =
  /^(?:\/?[ \t]*(?:top|stg|tür|whg)\.?[ \t]?\d{1,4}[A-Za-z]?|\.?[ \t]+(?:[IVX]{1,4}|fsz)\.?[ \t]?\/[ \t]?\d{1,3}[A-Za-z]?(?![\p{L}\d])|\.[ \t]+\d{1,2}[ \t]?\/[ \t]?\d{1,3}(?![\p{L}\d/])|[ \t]+(?:bus|bte|boîte|bt|int|interno|app|appt|apt|apto|depto|dpto|piso|puerta|esc|top|stg|whg|casa|kv|lok|m|bajo|dcha|izq)\.?[ \t]?(?:\d{1,4}[A-Za-z]?|[A-Z])(?![\p{L}\d]))/iu;
const MOST_PARTS = 5;
const MOST_WORDS = 4;
/** A word of a place or of its numbered part: letters, digits, ordinals ("3º", "14th"), "#05-12", "B-14", "Ste.". */
const PART_WORD = /^[\p{L}\p{M}\d'’.º°ª#/-]+$/u;
const CAPITALISED = /^[\p{Lu}\d]/u;
const HAS_DIGIT = /\d/u;
/** Times, amounts and shares are what a clause after an address counts, not parts of it. */
const NOT_A_PLACE_NUMBER = /^(?:\d{1,2}(?::\d\d)?(?:am|pm|h)|\d{1,2}:\d\d|\d+(?:k|m|%|x|ms|s|min|mins|hrs?|days?|pm|am)|[$€£¥]\d.*)$/iu;
/** The number of a floor or door, which its abbreviation may follow in lower case ("3º izq", "3.º izda", "54 dpto"); a postcode is longer, and only a town follows it in lower case ("nw1 london", not "05402-600 amanhã"). */
const DOOR_NUMBER = /^\d{1,3}\.?[º°ª]?\.?$/u;
/** "ON", "IN", "OR", "ME": a state or province code in capitals, and "A" a door letter ("4° A"), not the grammar word. */
const REGION_CODE = /^\p{Lu}{1,3}$/u;

function isGrammarWord(word: string): boolean {
  return ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()) && !REGION_CODE.test(word);
}

/** `address` with the unit, parts, bracketed notes and dashed postcode after it that read as parts of an address. */
export function withPartsAfter(text: string, address: Candidate): Candidate {
  let end = address.end;
  end += UNIT_AFTER.exec(text.slice(end, end + 16))?.[0].length ?? 0;
  end = withTail(text, end);
  for (let parts = 0; parts < MOST_PARTS; parts++) {
    const part = PART_AFTER.exec(text.slice(end, end + 60));
    if (part === null) break;
    // After a dash, only what a Brazilian address puts there: a numbered part, a state's code in capitals, a known town or district.
    if (DASH_SEPARATOR.test(part[0]) && !isDashedPart(part[1]!.trim()) && !BRAZILIAN_TAIL.test(text.slice(end, end + 90))) break;
    const taken = addressPartLength(part[1]!);
    if (taken < part[1]!.trimEnd().length) {
      // Districts in lower case ("gulberg", "victoria island") are taken when the town they lead to follows.
      const town = bridgedTownEnd(text, end, MOST_PARTS - parts);
      if (town !== undefined) {
        end = withTail(text, town);
        continue;
      }
    }
    if (taken === 0) break;
    end += part[0].length - part[1]!.length + taken;
    // A part cut short ends the address: what followed it was the sentence.
    if (taken < part[1]!.trimEnd().length) break;
    end = withTail(text, end);
  }
  return end === address.end ? address : { ...address, end, value: text.slice(address.start, end) };
}

/**
 * The end of a town or country written in lower case a few parts after `from` ("…st, gulberg, lahore",
 * "…st, upper hill, nairobi"), when every part before it is a word or two of a place's name: no grammar
 * word, count, time, weekday or chat word ("thanks a lot", "asap", "tomorrow" end the address).
 */
function bridgedTownEnd(text: string, from: number, partsLeft: number): number | undefined {
  let end = from;
  for (let parts = 0; parts < partsLeft; parts++) {
    const part = PART_AFTER.exec(text.slice(end, end + 60));
    if (part === null) return undefined;
    const value = part[1]!.trimEnd();
    const partStart = end + part[0].length - part[1]!.length;
    const town = parts === 0 ? 0 : lowerCaseTownLength(value);
    if (town > 0) return partStart + (part[1]!.length - part[1]!.trimStart().length) + town;
    if (!isDistrictWords(value) || value.length < part[1]!.trim().length) return undefined;
    end = partStart + part[1]!.length;
  }
  return undefined;
}

const MOST_DISTRICT_WORDS = 3;

/**
 * Words of a district's name in lower case: at least one of them no English word ("gulberg") or a word that
 * names a part of a town ("upper hill", "victoria island", "gardens"); "cheers mate", "thanks a lot" are the
 * sentence.
 */
function isDistrictWords(value: string): boolean {
  if (value !== value.toLowerCase()) return false;
  const words = value.trim().split(/[ \t]+/u);
  if (words.length > MOST_DISTRICT_WORDS) return false;
  if (!words.every((word) => /^[\p{L}\p{M}'’-]+$/u.test(word) && !isGrammarWord(word) && !isCalendarMonthOrDay(word) && !CHAT_OPS_WORDS.has(word))) return false;
  return words.some((word) => !isDictionaryWord(word) || TOWN_PART_WORDS.has(word));
}

/** Words that name a part of a town in English: "upper hill", "victoria island", "westlands estate", "phase 2". */
const TOWN_PART_WORDS: ReadonlySet<string> = new Set(
  'upper lower north south east west central new old inner outer hill hills heights island islands park gardens garden estate estates village valley bay beach point harbour harbor bridge cross layout sector phase extension colony township town city district quarter square green common side end vale view rise ridge springs wood woods lake lakes creek grove'.split(' '),
);

/** The floor a flat is on, said after it: "apartment 6 on the 3rd floor", "flat 2, on the ground floor". */
const FLOOR_AFTER = /^,?[ \t]+(?:on|at)[ \t]+the[ \t]+(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|top)[ \t]+floor(?![\p{L}\d])/iu;

/** After a part: a bracketed region or postcode, a dashed postcode, the floor. */
function withTail(text: string, from: number): number {
  let end = from;
  end += FLOOR_AFTER.exec(text.slice(end, end + 32))?.[0].length ?? 0;
  const bracket = BRACKET_AFTER.exec(text.slice(end, end + 24));
  if (bracket !== null && isBracketedNote(bracket[1]!)) end += bracket[0].length;
  end += DASHED_POSTCODE.exec(text.slice(end, end + 12))?.[0].length ?? 0;
  return end;
}

/** "(Québec)", "(1900)", "(TO)", "(old)", "(Ext)", "(GA-183-8164)": a word or two, no grammar. */
function isBracketedNote(note: string): boolean {
  const words = note.trim().split(/[ \t]+/u);
  return words.length <= 2 && words.every((word) => PART_WORD.test(word) && !isGrammarWord(word));
}

/**
 * How much of a part is address: all of "Lekki Phase 1", "Cape Town", "3º izq", "Round Rock TX 78664";
 * "Kharkiv 61000" of "Kharkiv 61000 tomorrow", "Tema" of "Tema now"; none of "see you there", "3pm
 * tomorrow". Lower-case words after the last number or capitalised word are the sentence going on,
 * unless the part is a number and its abbreviation ("3º izq", "54 dpto").
 */
function addressPartLength(part: string): number {
  const words = part.trimEnd().split(/[ \t]+/u);
  if (words.length > MOST_WORDS || !words.every((word) => PART_WORD.test(word))) return 0;
  if (words.some((word) => isGrammarWord(word) || NOT_A_PLACE_NUMBER.test(word))) return 0;
  const numbered = words.some((word) => HAS_DIGIT.test(word));
  if (!numbered && part === part.toLowerCase()) {
    const town = lowerCaseTownLength(part.trim());
    if (town > 0) return town + (part.length - part.trimStart().length);
  }
  let kept = 0;
  for (const [index, word] of words.entries()) {
    if (HAS_DIGIT.test(word) || CAPITALISED.test(word) || (numbered && words.length === 2 && (words.some((other) => DOOR_NUMBER.test(other)) || isTownOrPlace(word)))) kept = index + 1;
    // A particle between capitalised words is the place's own: "Rio de Janeiro", "Villa del Parque".
    else if (PLACE_PARTICLES.has(word) && CAPITALISED.test(words[index + 1] ?? '')) continue;
    // Unnumbered, the part is the capitalised words it opens with: "Tema" of "Tema now".
    else if (!numbered) break;
  }
  // A bare number cut from the words it counts is a count, not a part: "2" of "2 people max".
  if (kept === 0 || (kept === 1 && kept < words.length && /^\d+$/u.test(words[0]!))) return 0;
  return words.slice(0, kept).join(' ').length + (part.length - part.trimStart().length);
}

/**
 * Typed in lower case, a part is a place when its first words are wholly a town or a country ("…ave,
 * springfield, usa asap"), or end in one after words no dictionary lists ("ataşehir istanbul"). Returns
 * the length of the place, 0 when there is none.
 */
function lowerCaseTownLength(part: string): number {
  const words = part.split(/[ \t]+/u);
  for (let count = words.length; count > 0; count -= 1) {
    const place = words.slice(0, count).join(' ');
    // Not a word that is also a town ("side door", "reading list"): lower case says nothing more.
    if (isTownWords(words.slice(0, count))) return place.length;
    const last = words[count - 1]!;
    const before = words.slice(0, count - 1);
    if (count > 1 && !isDictionaryWord(last) && isTownOrPlace(last) && before.every((word) => PART_WORD.test(word) && !isDictionaryWord(word) && !isGrammarWord(word))) return place.length;
  }
  return 0;
}

/**
 * The designator written before a house number: "Hse 14, Kileleshwa Gardens", "Plot 22, Sakumono
 * Estates", "House No. 45, Sector 21", "Villa 9, Street 12", "H.No. 4-1-5". The street shapes start at
 * the number, so the word that says what the number is stays outside them without this.
 */
const DESIGNATOR_BEFORE =
  /(?<![\p{L}\d])(?:p\.?\s?o\.?\s?box|private\s+bag|postnet\s+suite|hse|hse\s+no\.?|house|house\s+no\.?|h\.?\s?no\.?|plot|plot\s+no\.?|lot|villa|flat|flat\s+no\.?|apt\.?|apartment|unit|suite|ste\.?|block|blk\.?|bldg\.?|building|door\s+no\.?|stand|erf|no\.?|n[°º])?[ \t]*#?[ \t]*$/iu;

/** `address` with the designator of its first number before it. */
export function withDesignatorBefore(text: string, address: Candidate): Candidate {
  const designator = DESIGNATOR_BEFORE.exec(text.slice(Math.max(0, address.start - 16), address.start));
  if (designator === null || designator[0].trim() === '' || !/^\d/u.test(address.value)) return address;
  const start = address.start - designator[0].length;
  return { ...address, start, value: text.slice(start, address.end) };
}

/**
 * The parts written before what was found, on the same line: "A-12-3, Residensi Alpha, " before "Jalan
 * Ampang…", "Knockanree, Kilcoole, Co. Wicklow " before an Eircode. Read back from the address while
 * each comma-separated part is capitalised words or a numbered part; a lower-case word ("at", "is")
 * ends it, and only the words after it are taken. A quote opens a part too (`"1061 Budapest, Király utca 26."`,
 * a JSON value `"Flat 4, 27 Harcourt Road"`), and so does a closed bracket (`("the Tenants") for the property at Flat 2B, 114…`).
 */
const PART_BEFORE = /(?:^|[,\n:;()"“”])([^,\n:;()"“”]{1,40})$/u;

/**
 * A line holding only a flat or unit, right above the street line of a label: "Flat 2/1", "Apt 4B", "Unit 12",
 * or a British flat named by where it is: "BASEMENT FLAT", "Ground Floor Flat", "Top Floor Maisonette".
 */
const UNIT_LINE_BEFORE =
  /(?:^|\n)([ \t]*(?:(?:flat|apt\.?|apartment|unit|suite|ste\.?|room|floor|fl\.?)[ \t]*#?[ \t]*(?=[\w/-]{0,8}\d)[\w/-]{1,8}|(?:basement|lower[ \t]+ground|ground|first|second|third|top|upper|lower|garden|rear|front)(?:[ \t]+floor)?(?:[ \t]+(?:front|rear|left|right))?[ \t]+(?:flat|maisonette)(?:[ \t]+[A-Za-z\d]{1,4})?)[ \t]*)\n$/iu;

export function withPartsBefore(text: string, address: Candidate): Candidate {
  let start = address.start;
  const unitLine = UNIT_LINE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (unitLine !== null) start -= unitLine[1]!.length + 1;
  for (let parts = 0; parts < MOST_PARTS; parts++) {
    const gap = /(?:,[ \t]+|[ \t]+)$/u.exec(text.slice(Math.max(0, start - 3), start))?.[0] ?? '';
    // Before the address, either a comma-separated part or words on its own part ("Co. Wicklow A63 KX20"); a comma with no space separates CSV columns.
    if (gap === '' || (parts > 0 && !gap.startsWith(','))) break;
    const before = PART_BEFORE.exec(text.slice(Math.max(0, start - gap.length - 40), start - gap.length));
    if (before === null) break;
    const words = before[1]!.trim().split(/[ \t]+/u);
    let first = words.length;
    while (first > 0 && (isPlaceOrNumberWord(words[first - 1]!) || isNumberWordBefore(words, first - 1) || isParticleInPlace(words, first - 1) || isBuildingWordInPlace(words, first - 1))) first -= 1;
    // A house named with the article: "The Old Forge, Church Lane", "The Maltings, …".
    if (first > 0 && first < words.length && words[first - 1] === 'The') first -= 1;
    if (first === words.length) break;
    const taken = words.slice(first).join(' ');
    start = start - gap.length - taken.length;
    if (first > 0 || taken !== before[1]!.trim()) break;
  }
  start -= unitChainBefore(text, start);
  return start === address.start ? address : { ...address, start, value: text.slice(start, address.end) };
}

/**
 * Typed in lower case, the parts before a street are no capitalised words, but a flat or unit and its
 * number open them: "unit 14, the palms, 22 beach rd…", "villa 23, al barsha 2, …", "apt 4b, sunrise
 * court, …" — the designator, its number and at most two parts after it, up to the comma before the street.
 */
const UNIT_CHAIN_BEFORE =
  /(?:^|[\s:(])((?:unit|flat|apt\.?|apartment|suite|villa|house|block|bldg\.?|building|plot)[ \t]*#?[ \t]*[\w/-]{0,6}\d[\w/-]{0,4}(?:,[ \t]*[\p{L}\p{M}\d'’.-]+(?:[ \t]+[\p{L}\p{M}\d'’.-]+){0,3}){0,2}),[ \t]*$/iu;

function unitChainBefore(text: string, start: number): number {
  const chain = UNIT_CHAIN_BEFORE.exec(text.slice(Math.max(0, start - 90), start));
  // From the designator to the street: the match less what its lookbehind took before the designator.
  return chain === null ? 0 : chain[0].length - chain[0].indexOf(chain[1]!);
}

/**
 * A word that says "number" or what is numbered, in lower case, right before a numbered word: "số 25",
 * "número 40", "house 5", "flat 2/1" — not "no", which is a count's as often ("order no 4521", "no 7 day trial").
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set('nº n° số số. número numero numer house hse flat apt apt. unit plot block blk door'.split(' '));

function isNumberWordBefore(words: readonly string[], index: number): boolean {
  return NUMBER_WORDS.has(words[index]!.toLowerCase()) && HAS_DIGIT.test(words[index + 1] ?? '');
}

/** The small words inside a place's name, between capitalised words: "Heol y Bont", "Ffordd y Llan", "Calle de la Paz". */
const PLACE_PARTICLES: ReadonlySet<string> = new Set('de del della di da do dos das du des la le les los las el al van von der den y'.split(' '));

function isParticleInPlace(words: readonly string[], index: number): boolean {
  // Two particles may stand together ("Calle de la Paz"): each needs a capitalised word or another particle on either side.
  const placeOrParticle = (word: string | undefined) => word !== undefined && (CAPITALISED.test(word) || PLACE_PARTICLES.has(word));
  return index > 0 && PLACE_PARTICLES.has(words[index]!) && placeOrParticle(words[index - 1]) && placeOrParticle(words[index + 1]) && [words[index - 1]!, words[index + 1]!].some((word) => CAPITALISED.test(word));
}

/**
 * What a named building is, written in lower case after its name: "Willow Lodge care home", "Ashgrove nursing
 * home", "Kingsmead student residence". Only with a capitalised word of the name before it in the part.
 */
const BUILDING_WORDS: ReadonlySet<string> = new Set('care nursing retirement home residence residences hostel halls hall house cottage farm lodge court mansions flats apartments towers tower estate barracks'.split(' '));

function isBuildingWordInPlace(words: readonly string[], index: number): boolean {
  return BUILDING_WORDS.has(words[index]!) && words.slice(0, index).some((word) => CAPITALISED.test(word));
}

function isPlaceOrNumberWord(word: string): boolean {
  return PART_WORD.test(word) && (CAPITALISED.test(word) || HAS_DIGIT.test(word)) && !isGrammarWord(word);
}
