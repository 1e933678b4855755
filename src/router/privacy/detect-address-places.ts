import { withPartsAfter, withPartsBefore } from './address-continuation.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isSettlementName } from './settlement-names.ts';
import { addressBetween, type Candidate } from './types.ts';

/**
 * Addresses that end in a town, whatever the street is called: "Dorf 27, 6542 Pfunds", "Plot 27,
 * Community 11, Tema", "Way 3021, House 1554, Al Khuwair, Muscat, PC 133", "cl. 5 #38-25, edificio torres del
 * rio, apto 802, san fernando, cali", "C/ Mayor 18, 3º izq., 31001 Pamplona". Much of the world writes
 * no street-type word, or a local one no list holds, or none at all (a village, a lieu-dit); what every
 * such address has is a chain of short comma-separated parts that opens with a numbered part and closes
 * on a town. The town is one of the world's towns and villages (settlement-names.ts), or any name after
 * or before a postcode ("1000 Bruxelles", "Bihar - 844114").
 *
 * A chain counts when the town carries a postcode, or when it has three parts or more: "Sprint 14,
 * Austin" and "Gate 12, Frankfurt" are two parts, no postcode. A town that is also an English word
 * ("Reading", "Bath", "Street") counts only with its postcode; so does an opening with no number ("Urb.
 * Los Pinos") unless the town is a listed one.
 */
/** Where the parts of a chain meet: a comma (iCalendar's "\,"), a semicolon, a line. */
const SEPARATOR = /\\?,|;|\n/gu;
const MOST_PARTS_BEFORE_TOWN = 5;
const MOST_WORDS_IN_PART = 5;
const MOST_WORDS_IN_TOWN = 4;
/** The end of a part an opening is read in: the longest ("Kampung Sukamaju RT 02/RW 05", "số 12 ngách 45/8 phố Hào Nam") fit well inside. */
const OPENING_REACH = 80;
const MAY_OPEN = /\d|lieu|vill|barangay|brgy|kampung|kg\.|desa|dusun|sitio|purok|colonia|col\.|urb|fraccionamiento|fracc|aldea|vereda|caser|ortsteil|località|loc\.|frazione|fraz\./iu;
const NAME_WORD = String.raw`[\p{L}\p{M}'’.-]+`;
/** Name particles inside street and town names, in lower case in any language: "Burgemeester de Vlugtlaan", "Freiburg im Breisgau". */
const PARTICLES = String.raw`de|del|della|di|da|do|dos|das|du|des|la|le|les|los|las|el|al|van|von|der|den|ter|te|am|an|im|in|aux|sur|sous|alle|y|e|i`;
const PARTICLE = new RegExp(String.raw`^(?:${PARTICLES})$`, 'u');
/** A house number: "18", "43A", "21-23/2/14", "212-III", "142-bis", "45/8", and a door after it ("61 bte 4", "24 bus 3"). */
const NUMBER = String.raw`[A-Z]?\d{1,5}[A-Za-z]?(?:\s?[/-]\s?(?:[A-Za-z\d]{1,5}))*(?:\s(?:bus|bte|bt|boîte|int|app|apt|apto|top|stg|d|daire|kat|piso|puerta|esc)\.?\s?:?\s?\d{1,4}[A-Za-z]?)?`;
/**
 * A designator and its number, and the name words after it: "Plot 27", "House No. 45", "Way 3021",
 * "no 5 okpara avnue", "parcela 14", "top 7", "số 12 ngách 45/8 phố Hào Nam".
 */
const DESIGNATORS = String.raw`house|hse|h\.?\s?no|plot|villa|flat|apt|apto|appt|apartment|unit|building|bldg|imm|immeuble|bâtiment|bât|block|blk|lot|lote|erf|door|no|n[°º]|nr|way|street|st|road|rd|parcela|parcel|casa|manzana|mz|km|sitio|purok|kampung|kg|dorf|village|vill|p\.?\s?o\.?\s?box|rr|top|stiege|stg|tür|số|so|ngõ|ngo|ngách|hẻm|kav|kavling`;
// A box or plot number may carry its area's letters: "P.O. Box KN 1923", "Plot GA 12".
const DESIGNATED = new RegExp(String.raw`(?<![\p{L}\d])(?:${DESIGNATORS})\.?\s?(?:no\.?\s?)?#?\s?((?:[A-Za-z]{2,3}\s)?)${NUMBER}((?:\s[\p{L}\p{M}\d'’./-]+){0,5})$`, 'iu');
/** The area letters of a box or plot are capitals ("KN 1923"); the pattern is caseless, so "Stand 5" would read as st + "and". */
const AREA_LETTERS = /^(?:[A-Z]{2,3}\s)?$/u;
/** A Colombian or Mexican grid street, an address by its shape alone: "cl. 5 #38-25", "Carrera 43A # 1 Sur-100", "calle 7 N° 1043". */
const GRID_STREET = new RegExp(
  String.raw`(?<![\p{L}\d])(?:calle|cll?|carrera|cra|kra|kr|cr|avenida|av|diagonal|dg|transversal|tv|circular)\.?\s?\d{1,3}\s?[A-Za-z]?(?:\s?bis)?(?:\s(?:sur|norte|este|oeste))?\s?(?:#|n[°º]\.?|no\.?|nro\.?|número|numero)\s?\d{1,4}\s?[A-Za-z]?(?:\s(?:sur|norte|este|oeste))?(?:\s?-\s?\d{1,4})?(?:\s(?:sur|norte|este|oeste))?$`,
  'iu',
);
/**
 * A street type written first, its name, and the number ("C/ Mayor 18", "Rue du Marché aux Herbes 61
 * bte 4", "Calle 5 de Mayo s/n", "os. Słoneczne 7/41"): street types written first, in full or
 * abbreviated with their dot or slash; a bare "r" or "av" starts too many words ("release 4", "room 12").
 */
const STREET_FIRST_WORDS = String.raw`calle|avenida|plaza|carretera|paseo|rua|travessa|via|viale|corso|piazza|rue|boulevard|chemin|allée|impasse|quai|ulica|aleja|osiedle|straat|laan|plein|gracht|jalan|phố|đường`;
const STREET_FIRST_ABBREVIATIONS = String.raw`c\/|(?:avda|av|pza|ctra|pº|r|v\.le|bd|ul|al|os|jl|jln)\.`;
const STREET_FIRST_THEN_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:${STREET_FIRST_WORDS})\s|(?:${STREET_FIRST_ABBREVIATIONS})\s?)(?:[\p{L}\p{M}\d'’.-]+\s){1,5}(?:(?:no|n[°º])\s?[:.]?\s?)?(?:${NUMBER}|s\/n)$`,
  'iu',
);
/** A Turkish street with its labelled number and door: "Bağdat Cd. No:214 D:7", "Atatürk Mah. 1803 Sk. No: 5". */
const LABELLED_NUMBER_STREET = new RegExp(
  String.raw`(?<![\p{L}\d])(?:[\p{L}\p{M}\d'’.-]+\s){1,4}(?:cad(?:desi)?|cd|sok(?:ak|ağı)?|sk|bulvarı|blv|mah(?:allesi)?|mh)\.?\s?(?:no|numara)\s?:\s?\d{1,4}[A-Za-z]?(?:\s?[/-]\s?\d{1,3})?(?:\s(?:d|daire|k|kat)\s?:\s?\d{1,3})?$`,
  'iu',
);
/** A name and its number, continental order: "Dorf 27", "Kärntner Str. 21-23/2/14", "Burgemeester de Vlugtlaan 212-III", "erdbergstraße 34". */
const NAME_THEN_NUMBER = new RegExp(String.raw`(?<![\p{L}\d])((?:\p{L}${NAME_WORD}\s{1,3}(?:(?:${PARTICLES})\s)?){1,3})${NUMBER}$`, 'u');
/** A number and its name, in a place where street words are not written: "14 Adeola Odeku". */
const NUMBER_THEN_NAME = new RegExp(String.raw`(?<![\p{L}\d/.-])\d{1,5}[A-Za-z]?(?:[/-]\d{1,4})?,?((?:\s\p{Lu}${NAME_WORD}){1,3})$`, 'u');
/**
 * A village or district named by its designator, with no number: "Lieu-dit Le Pradel", "Urb. Los Pinos",
 * "Village & PO Bhagwanpur", "Aldea El Tablón", "Località Poggio alle Mura", "Kampung Sukamaju RT 02/RW 05".
 */
const LOCALITY = new RegExp(
  String.raw`(?<![\p{L}\d])(?:lieu-dit|lieudit|village|vill\.?|barangay|brgy\.?|kampung|kg\.|desa|dusun|sitio|purok|colonia|col\.|urb\.|urbanizaci[oó]n|fraccionamiento|fracc\.|aldea|vereda|caserío|ortsteil|località|loc\.|frazione|fraz\.)(?:\s?(?:&|and|\/)\s?(?:p\.?\s?o\.?|post))?\s(\p{L}${NAME_WORD}(?:\s(?:${PARTICLES}|${NAME_WORD})){0,3})(?:\s(?:rt|rw)\.?\s?\d{1,3}(?:\s?\/\s?(?:rt|rw)\.?\s?\d{1,3})?)?$`,
  'iu',
);
/** A flat's number alone, a block letter before it: "B-1204", "C-502", "A-12-3" (then the building, the road, the town). */
const FLAT_NUMBER = /(?<![\p{L}\d-])\p{Lu}-\d{2,4}(?:-\d{1,3})?$/u;
/** Words of an inner part: a place, a district, a building, a numbered part ("Community 11", "apto 802", "4° A", "The Maltings"). */
const PART_WORD = /^[\p{L}\p{M}\d'’.º°ª#/-]+$/u;
const POSTCODE = String.raw`(?:(?:c\.?\s?p\.?|pc|cep|plz|zip)\s?\d{3,6}(?:-\d{3,4})?|[A-Z]{1,2}-\d{4,5}|[A-Z]\d{4}|\d{4}\s?[A-Z]{2}(?![\p{L}])|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,6}(?:-\d{3,4})?)`;
/** A postcode before the town: "6542", "80020-090", "S2000", "A-1010", "1063 BV", "C.P. 44100", "00-950", "111 51". */
const POSTCODE_BEFORE = new RegExp(String.raw`^${POSTCODE}\s+`, 'u');
/** A district's word before its town: "Kec. Lembang", "Dist. Vaishali", "Quận Đống Đa". */
const DISTRICT_BEFORE = /^(?:kec\.|kecamatan|kab\.|kabupaten|dist\.|distt\.|district|tehsil|taluk|quận|q\.|huyện|municipio|mun\.|comuna|ilçe)\s/iu;
/**
 * After the town, and part of it: the kind of place or its side, in English ("Taipei City 106", "Hsinchu
 * County", "Thane West 400607"), a
 * district number ("Dublin 8"), a region code ("Montalcino SI", "Oakville
 * ON"), a state after a slash ("curitiba/pr", "Kadıköy/İstanbul"), a postcode after a space or a dash, a
 * bracketed note. Then the part must end, or the sentence go on in lower case.
 */
const TOWN_TAIL = new RegExp(
  String.raw`^(?:\s(?:City|Dist\.|District|County|Province|Prov\.|Municipality|Township|East|West|North|South)(?![\p{L}\d]))?(?:\s\d{1,2}(?![\p{L}\d]))?(?:\s\p{Lu}{2,3}\.?(?![\p{L}\d]))?(?:\/\p{L}[\p{L}\p{M}]+)?(?:[\s-]+${POSTCODE}(?![\p{L}\d]))?(?:\s*\([^()]{1,20}\))?`,
  'u',
);
const TOWN_END = /^(?:\s*$|\s+\p{Ll}|["'’”)\]]|\.(?:\s|$)|\s[-–—]\s|\s*[?!])/u;
const HAS_POSTCODE = new RegExp(String.raw`(?:[\s-]${POSTCODE}|\([^()]*\d[^()]*\))$`, 'u');
/** A part that is only a postcode: "PC 133", "C.P. 44100", "D08 K2W3" (an Eircode), "80020-090". */
const POSTCODE_PART = new RegExp(String.raw`^(?:${POSTCODE}|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4})$`, 'iu');
const TOWN_REACH = 80;
const LETTER_OR_DIGIT_START = /^[\p{L}\d]/u;
const CAPITALISED = /^\p{Lu}/u;
const ANY_CAPITAL = /\p{Lu}/u;
const FIRST_CAPITAL = /(?:^|\s)\p{Lu}/u;
/** Up to four words at the start of a part, each of letters (inner hyphens and apostrophes kept): the town's name, tried longest first. */
const LEADING_WORDS = /^(\p{L}[\p{L}\p{M}'’-]*)(?:\s(\p{L}[\p{L}\p{M}'’-]*))?(?:\s(\p{L}[\p{L}\p{M}'’-]*))?(?:\s(\p{L}[\p{L}\p{M}'’-]*))?/u;

interface Part {
  start: number;
  text: string;
}

export function detectPlaceAnchoredAddresses(text: string): Candidate[] {
  const parts = partsOf(text);
  const found: Candidate[] = [];
  // Every opening holds a digit or a locality's word: most parts of most messages cannot open an address.
  const mayOpen = parts.map((part) => MAY_OPEN.test(part.text.slice(-OPENING_REACH)));
  let lastMayOpen = -Infinity;
  for (let index = 1; index < parts.length; index += 1) {
    if (mayOpen[index - 1]) lastMayOpen = index - 1;
    if (index - lastMayOpen > MOST_PARTS_BEFORE_TOWN) continue;
    const town = townIn(parts[index]!);
    if (town === undefined) continue;
    const start = openingBefore(parts, index);
    if (start === undefined) continue;
    const next = parts[index + 1]?.text ?? '';
    const postcode = town.postcode || POSTCODE_PART.test(next);
    const partCount = index - start.part + 1 + (isInnerPart(next) ? 1 : 0);
    if (!postcode && !isEnoughWithoutPostcode(start.strength, town, partCount)) continue;
    // A flat's number alone ("B-1204") is any code ("ticket B-1204, Mumbai 400001 office"): a building or road must stand between it and the town.
    if (FLAT_NUMBER.test(parts[start.part]!.text) && partCount < 3) continue;
    // The parts before the opening belong to it as they do to a street: "Flat A-5, Al-Noor Arcade, " before "Block 13-D, …, Karachi".
    found.push(withPartsAfter(text, withPartsBefore(text, addressBetween(text, start.offset, town.end))));
  }
  return found;
}

function isEnoughWithoutPostcode(strength: Strength, town: Town, partCount: number): boolean {
  if (!town.listed || town.dictionaryWord) return false;
  return strength === 'shape' || (strength === 'numbered' && partCount >= 3) || strength === 'named';
}

/** The text cut at every separator, each part trimmed, with its place in the text. */
function partsOf(text: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  const cut = (to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    parts.push({ start: from + lead, text: body });
  };
  for (const separator of text.matchAll(SEPARATOR)) {
    cut(separator.index);
    from = separator.index + separator[0].length;
  }
  cut(text.length);
  return parts;
}

interface Town {
  end: number;
  postcode: boolean;
  /** One of the world's towns and villages, not just a name by a postcode. */
  listed: boolean;
  dictionaryWord: boolean;
}

/** The town a part is: "6542 Pfunds", "La Plata (1900)", "cali", "Tema now", "Kec. Lembang", "1030 wien", "Bihar - 844114". */
function townIn(part: Part): Town | undefined {
  // A town opens its part (after a district word or a postcode) and fits in its first few words.
  const head = part.text.slice(0, TOWN_REACH);
  // Tabs split a pasted sheet's cells: a row ("7782	Omar Haddad	Eng") is no postcode and town.
  if (!LETTER_OR_DIGIT_START.test(head) || head.includes('\t')) return undefined;
  const district = DISTRICT_BEFORE.exec(head)?.[0].length ?? 0;
  const postcode = POSTCODE_BEFORE.exec(head.slice(district));
  const from = district + (postcode?.[0].length ?? 0);
  const words = LEADING_WORDS.exec(head.slice(from))?.slice(1).filter((word) => word !== undefined) ?? [];
  const lowerCasePart = !ANY_CAPITAL.test(head);
  for (let count = Math.min(words.length, MOST_WORDS_IN_TOWN); count >= 1; count -= 1) {
    const name = words.slice(0, count).join(' ');
    // A town written in capitals is a name; in lower case only where the whole part is ("san fernando, cali").
    if (!CAPITALISED.test(name) && !lowerCasePart) continue;
    const tail = TOWN_TAIL.exec(head.slice(from + name.length))![0];
    if (!TOWN_END.test(head.slice(from + name.length + tail.length))) continue;
    const listed = isSettlementName(name);
    const withPostcode = postcode !== null || HAS_POSTCODE.test(tail);
    // Any name closes on a postcode ("1000 Bruxelles", "Bihar - 844114"), if no dictionary word: not "500 errors".
    if (!listed && !(withPostcode && isForeignName(name))) continue;
    const end = part.start + from + name.length + tail.length;
    return { end, postcode: withPostcode, listed, dictionaryWord: count === 1 && isDictionaryWord(name.toLowerCase()) };
  }
  return undefined;
}

/**
 * How much an opening says alone: a grid street is an address by its shape, a designated number with
 * enough parts or a postcode, a locality with a listed town or a postcode, a bare name and number
 * ("Dorf 27", but also "Postgres 16", "Paris 120") only with a postcode.
 */
type Strength = 'shape' | 'numbered' | 'named' | 'bare';

interface Start {
  part: number;
  offset: number;
  strength: Strength;
}

/**
 * Where the address starts: the earliest opening, walking back over inner parts from the town. An
 * opening may close a sentence ("I'm at Plot 27"); an inner part is only address words.
 */
function openingBefore(parts: readonly Part[], townIndex: number): Start | undefined {
  let best: Start | undefined;
  for (let index = townIndex - 1; index >= Math.max(0, townIndex - MOST_PARTS_BEFORE_TOWN); index -= 1) {
    const part = parts[index]!;
    const opening = openingIn(part.text);
    if (opening !== undefined) best = { part: index, offset: part.start + opening.at, strength: strongest(opening.strength, best?.strength) };
    if (opening?.at !== 0 && !isInnerPart(part.text)) break;
  }
  return best;
}

const STRENGTH_ORDER: readonly Strength[] = ['bare', 'named', 'numbered', 'shape'];

function strongest(left: Strength, right: Strength | undefined): Strength {
  return right !== undefined && STRENGTH_ORDER.indexOf(right) > STRENGTH_ORDER.indexOf(left) ? right : left;
}

/** The opening that starts earliest in `part` ("Kampung Sukamaju RT 02/RW 05", not "RW 05"); on a tie, the strongest. */
function openingIn(part: string): { at: number; strength: Strength } | undefined {
  let best: { at: number; strength: Strength } | undefined;
  // Openings end their part: only its end is read, however long the sentence before it.
  const from = Math.max(0, part.length - OPENING_REACH);
  for (const found of openingsIn(part.slice(from))) {
    const opening = { at: found.at + from, strength: found.strength };
    if (best === undefined || opening.at < best.at || (opening.at === best.at && strongest(opening.strength, best.strength) === opening.strength)) best = opening;
  }
  return best;
}

function* openingsIn(part: string): Generator<{ at: number; strength: Strength }> {
  const grid = GRID_STREET.exec(part);
  if (grid !== null) yield { at: grid.index, strength: 'shape' };
  const labelled = LABELLED_NUMBER_STREET.exec(part);
  if (labelled !== null) yield { at: labelled.index + sentenceWordsBefore(labelled[0]), strength: 'shape' };
  const streetFirst = STREET_FIRST_THEN_NUMBER.exec(part);
  if (streetFirst !== null && hasNoGrammarWord(streetFirst[0])) yield { at: streetFirst.index, strength: 'numbered' };
  const designated = DESIGNATED.exec(part);
  if (designated !== null && AREA_LETTERS.test(designated[1]!) && hasNoGrammarWord(designated[2]!)) yield { at: designated.index, strength: 'numbered' };
  const named = NAME_THEN_NUMBER.exec(part);
  if (named !== null && hasForeignWord(named[1]!)) yield { at: named.index + sentenceBeforeName(named[0]), strength: 'bare' };
  const numbered = NUMBER_THEN_NAME.exec(part);
  if (numbered !== null && hasForeignWord(numbered[1]!)) yield { at: numbered.index, strength: 'bare' };
  const flat = FLAT_NUMBER.exec(part);
  // Alone it is any code ("A-100" in a stock list): the town must bring its postcode.
  if (flat !== null) yield { at: flat.index, strength: 'bare' };
  const locality = LOCALITY.exec(part);
  if (locality !== null && isPlaceNameWords(locality[1]!)) yield { at: locality.index, strength: 'named' };
}

/** The length of the lower-case English words a match took before the name: "he moved to " of "he moved to Bağdat Cd. No:214". */
function sentenceWordsBefore(value: string): number {
  let length = 0;
  for (const word of value.split(' ')) {
    const lower = word.toLowerCase();
    if (word !== lower || !(ENGLISH_FUNCTION_WORDS.has(lower) || isDictionaryWord(lower))) break;
    length += word.length + 1;
  }
  return length;
}

/** A locality's name: capitalised words, particles, words no English dictionary lists ("El Tablón", "Los Pinos"; not "Roma office"). */
function isPlaceNameWords(words: string): boolean {
  return CAPITALISED.test(words) && words.split(/\s+/u).every((word) => CAPITALISED.test(word) || PARTICLE.test(word) || !isDictionaryWord(word.toLowerCase()));
}

/** The sentence a name-and-number match took first: up to its first capitalised word ("habite " of "habite Avenue Brugmann 120"), or its English words when all is lower case. */
function sentenceBeforeName(value: string): number {
  const capital = FIRST_CAPITAL.exec(value);
  if (capital === null) return sentenceWordsBefore(value);
  return capital.index + (capital[0].length - 1);
}

/** Only address words, a capitalised grammar word allowed ("The Maltings", "Al Khuwair"). */
function isInnerPart(part: string): boolean {
  const words = part.split(/\s+/u);
  return part !== '' && words.length <= MOST_WORDS_IN_PART && words.every((word) => PART_WORD.test(word)) && hasNoGrammarWord(part);
}

function hasNoGrammarWord(value: string): boolean {
  return value
    .split(/\s+/u)
    .every((word) => !ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()) || CAPITALISED.test(word) || PARTICLE.test(word));
}

/** A name word no English dictionary lists: "Oroño", "Dorf", "Odeku", "erdbergstraße" — not "Sprint", "Gate", "Version". */
function hasForeignWord(words: string): boolean {
  return words
    .trim()
    .split(/\s+/u)
    .some((word) => {
      const bare = word.replace(/[.'’-]+$/u, '').toLowerCase();
      return bare.length > 1 && !isDictionaryWord(bare) && !ENGLISH_FUNCTION_WORDS.has(bare);
    });
}

/** Every word of a town's name is a name, none an English word: "Bruxelles", "wien", "Freiburg im Breisgau". */
function isForeignName(name: string): boolean {
  const words = name.split(' ');
  return words.every((word) => PARTICLE.test(word) || !isDictionaryWord(word.toLowerCase())) && hasForeignWord(name);
}
