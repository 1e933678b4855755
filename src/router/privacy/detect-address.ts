import { STATUS_CODES } from 'node:http';
import { withDesignatorBefore, withPartsAfter, withPartsBefore } from './address-continuation.ts';
import { detectStreetsAbroad } from './detect-street-abroad.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isOrdinaryWord } from './ordinary-words.ts';
import { isTownOrPlace, isTownWords } from './settlement-names.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isWhitespaceCode } from './text-scan.ts';
import { addressBetween, type Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';
import { filteredMatchesOf, startFiltered } from './start-filtered-matches.ts';

/**
 * Street addresses and postcodes in the shapes of the US, UK, Germany, France, Canada, India and
 * Australia. A street is a house number plus a street-type word ("12 Baker St", "2040 Boulevard Pierre
 * Charron", "Lindenstraße 5", "Am Weingarten 58a"). Postcodes with a distinctive shape (UK, Canada)
 * count alone; bare digit postcodes (US, DE, FR, IN, AU) only near a street or after a postcode cue.
 * A street, a city and a postcode on one line become one span: the city is part of the address.
 */
/** Street-type words as postal services list them (USPS suffixes, UK and Indian usage), plurals allowed. */
const STREET_TYPES = String.raw`(?:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|way|court|ct|place|pl|boulevard|blvd|crescent|cres|close|terrace|tce|parkway|pkwy|highway|hwy|square|sq|circle|cir|trail|trl|ridge|brook|meadow|grove|garden|gdns|mews|row|walk|hill|park|parade|promenade|view|vale|green|rise|height|point|crossing|loop|path|pike|alley|plaza|junction|motorway|wharf|quay|estate|field|manor|mount|villa|turnpike|causeway|expressway|freeway|bypass|creek|fall|glen|harbou?r|haven|hollow|knoll|landing|mill|orchard|ranch|shore|spring|station|summit|valley|vista|well|yard|centre|center|corner|cove|dale|flat|gateway|gate|common|chase|drove|fold|garth|nook|pine|shoal|spur|track|trace|wood|cliff|ferry|fort|port|inlet|island|isle|lake|plain|prairie|river|stream|throughway|tunnel|union|village|ville|bend|circuit|esplanade|glade|mall|outlook|retreat|reserve|strand|branch|divide|copse|lea|forge|via|viaduct|ford|pass|croft|burg|bluff|bottom|camp|canyon|cape|club|crest|curve|dam|extension|key|light|lock|lodge|loaf|neck|overpass|passage|radial|ramp|rapid|route|skyway|stravenue|trafficway|underpass|wall|mead|paddock|wynd|brae|side|nagar|marg|colony|enclave|sector|chowk|oval|circus|heath|lawn)(?:e?s)?`;
const STREET_TYPE = new RegExp(`^${STREET_TYPES}\\.?$`, 'i');

/** A word that is a street's type ("Road", "lane", "Terrace"), as the street shapes read it. */
export function isStreetTypeWord(word: string): boolean {
  return STREET_TYPE.test(word);
}
const UNIT = String.raw`(?:,?\s(?:apt|apartment|suite|ste|unit|flat|fl|floor|#)\.?\s?[\w-]{1,6})?`;
/** House number, one to four words, a street-type word: "327 Baumbach Drive", "14046 alden motorway apt. 3". */
const ENGLISH_STREET = new RegExp(String.raw`\d{1,6}(?:[/-]\d{1,5}){0,2}[A-Za-z]?,?(?:\s[\p{L}\d'’.-]+){1,4}?\s${STREET_TYPES}\.?(?![\p{L}\d])${UNIT}`, 'iuy');
/**
 * Street names hold street-type words ("Oak Hollow Dr", "Mill Rd", "Park Ave"), and the pattern takes
 * the first: a second type word right after it, with its unit, belongs to the street.
 */
const TYPE_AFTER = new RegExp(String.raw`^\s${STREET_TYPES}\.?(?![\p{L}\d])${UNIT}`, 'iu');
/**
 * Malay, Thai, Irish, Maltese, Albanian and several African languages put the type first too, and the
 * name is capitalised: "10 Jalan Besar", "56/8 Soi Ruamrudee", "14 Bóthar na Trá", "3 Sráid an Droichid",
 * "No 14 Titin Zaria", "12 Mtaa wa Uhuru", "5 Triq il-Kbira" — not "10 Jalan tickets". Small words of the
 * name's language may stand between its capitalised words ("na", "an", "wa", "ya", "il-").
 */
const TYPE_FIRST_WORDS = String.raw`Jalan|Jln\.?|Lorong|Soi|Bóthar|Bothar|Sráid|Sraid|Ascaill|Lána|Cearnóg|Plás|Céide|Titin|Hanyar|Opopona|Barabara|Mtaa|Waddada|Triq|Rruga`;
const TYPE_FIRST_STREET = new RegExp(
  String.raw`\d{1,5}(?:\/\d{1,4})?,?\s(?:${TYPE_FIRST_WORDS})\s(?:(?:na|an|wa|ya|la|il-|ta['’]|tal-)\s?)?\p{Lu}[\p{L}'’-]*(?:\s(?:(?:na|an|wa|ya|la|il-|ta['’]|tal-)\s?)?\p{Lu}[\p{L}'’-]*){0,3}`,
  'uy',
);
/**
 * "7 Place de Nesle", "2040 Boulevard Pierre Charron", "12 bis rue du Four", and a range or Québec's unit and civic
 * number joined by a hyphen: "12-14 rue Oberkampf", "305-1180 rue Saint-Denis".
 */
const FRENCH_STREET =
  /\d{1,5}(?:-\d{1,5})?(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|av\.|boulevard|bd|place|allée|allee|chemin|impasse|quai|route|cours|passage|square|voie|faubourg|rond-point|sentier|parvis)(?:\s(?:de|du|des|la|le|les|aux?|[dl]['’][\p{L}-]+|[\p{Lu}][\p{L}'’-]*|[\p{L}'’-]+(?=\s*(?:,|\n|$)))){1,5}/iuy;
/** "Lindenstraße 5", "Hauptstr. 12a", "Am Weingarten 58a", "Ober dem Hof 64", "Via Roma 10", "Calle Mayor 3". */
const GERMAN_STREET_NAME =
  /(?<![\p{L}\d])(?:(?:[\p{Lu}][\p{L}-]*\s){0,2}[\p{Lu}]?[\p{L}-]*(?:[Ss]tra(?:ß|ss)e|[Ss]tr\.|[Ww]eg|[Gg]asse|[Pp]latz|[Aa]llee|[Rr]ing|[Dd]amm|[Uu]fer|[Cc]haussee|[Ss]teig|[Pp]fad|[Hh]of|[Mm]arkt|[Bb]erg|[Gg]arten|[Ff]eld|[Ss]tieg|[Ww]all|[Gg]raben|[Tt]or|[Bb]rücke)|(?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Zum|Zur|Ober dem|Unter den|Hinter der|Vor dem|Bei der|Via|Viale|Piazza|Corso|Calle|Avenida|Rua|Travessa|Plaza|Paseo|Carrer|Ulica|ul\.|Straat|Laan|Gracht|Plein|Sokak|Caddesi)(?:\s[\p{Lu}][\p{L}'’-]*){1,3})\s$/u;
/** After "live at", "ship to", "address:", continental order needs no street word: "Halfenleimbach 28b". */
const CUED_STREET_NAME =
  /(?:live[sd]? at|ship (?:it )?to|deliver (?:it )?to|send (?:it )?to|mail (?:it |the \w+ )?to|address(?: on file)?:|addr:|adresse:|wohnhaft in)\s+([\p{L}][\p{L}'’-]+(?:\s[\p{L}][\p{L}'’-]+){0,3})\s$/iu;
/** "12", "58a", and the compound numbers of unit and house ("14/110", "2305-88", "47/2/14", "1511/230"). */
const HOUSE_NUMBER = /(?<![\w/.-])(?<!\d,)\d{1,6}(?:[/-]\d{1,5}){0,2}(?!\d|\/\d)(?:\s?[a-zA-Z](?![\p{L}\d]))?/gu;
const NAME_REACH = 70;
/** The word before a house number: a German street ending, or any capitalised word (the last name word). */
/**
 * What GERMAN_STREET_NAME needs, as plain strings: a street-word ending right before the final space, or
 * one of its leading words ("Am", "Via", "Calle"…) somewhere in the window. Without either the pattern
 * cannot match, and it is the costly one: it retries its endings at every letter of the 70 characters.
 */
const GERMAN_ENDINGS = ['straße', 'strasse', 'str.', 'weg', 'gasse', 'platz', 'allee', 'ring', 'damm', 'ufer', 'chaussee', 'steig', 'pfad', 'hof', 'markt', 'berg', 'garten', 'feld', 'stieg', 'wall', 'graben', 'tor', 'brücke'];
const GERMAN_LEADING_WORDS =
  /Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Zum|Zur|Ober dem|Unter den|Hinter der|Vor dem|Bei der|Via|Viale|Piazza|Corso|Calle|Avenida|Rua|Travessa|Plaza|Paseo|Carrer|Ulica|ul\.|Straat|Laan|Gracht|Plein|Sokak|Caddesi/;

/** False only when GERMAN_STREET_NAME cannot match `before` (which ends in the space before the house number). */
function mayEndInGermanStreetName(before: string): boolean {
  const end = before.length - 1;
  for (const ending of GERMAN_ENDINGS) {
    const start = end - ending.length;
    // The pattern takes the first letter of an ending in either case ("[Ss]traße").
    if (start >= 0 && before.startsWith(ending.slice(1), start + 1) && before[start]!.toLowerCase() === ending[0]) return true;
  }
  return GERMAN_LEADING_WORDS.test(before);
}
const CONTINENTAL_HINT = /^(?:\p{Lu}.*|.*(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|hof|markt|berg|garten|feld|stieg|wall|graben|tor|brücke))$/u;

function lastWord(before: string): string {
  const end = before.length - 1;
  let start = end;
  while (start > 0 && before[start - 1] !== ' ' && before[start - 1] !== '\n') start -= 1;
  return before.slice(start, end);
}
const ADDRESS_VERB_HINT = /(?:live|ship|deliver|send|mail|address|addr|adresse|wohnhaft)/i;
/** UK outward + inward code; the inward code is also accepted loosely written ("EC08 86Z"), as people mistype it. */
const UK_POSTCODE = /(?<![\w-])(?:GIR ?0AA|[A-Z]{1,2}\d{1,2}[A-Z]? ?\d(?:[A-Z]{2}|\d[A-Z]))(?![\w-])/gi;
/** Ireland's Eircode: a routing key and a unique identifier ("D02 X285", "T12 RK4P"). */
const EIRCODE = /(?<![\w-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[AC-FHKNPRTV-Y\d]{4}(?![\w-])/gi;
const CANADIAN_POSTCODE = /(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])/gi;
const DIGIT_POSTCODE = /(?<![\w.,:/$€£#-])(?:\d{5}(?:-\d{4}|-\d{3})?|\d{4}-\d{3}|\d{3} ?\d{3}|\d{3} \d{2}|\d{4}|\d{2}-\d{3})(?![\w.%:/-]|,\d)/g;
const POSTCODE_CUE = /(?:zip|post ?code|postal|plz|pin ?code|\bcp\b|\bcap\b|kod pocztowy)[\s:#-]*(?:is|code)?[\s:]*$/i;
/** Each cue opens a word: "mail" cues, "email" does not ("warning email to …, he missed 3 standups in a row"). */
const ADDRESS_CUE = /(?<![\p{L}])(?:address|addr\b|ship|deliver|live[sd]? (?:at|on)|mail|send|parcel|courier|billing|bill(?:ed)? to|sold to|invoice to|remit to|postal|zip|postcode|moving|moved|located|office|return|street|wohnhaft|adresse|dirección|indirizzo)|→/iu;
const STREET_TO_POSTCODE_REACH = 60;

/** Patterns used per match, kept out of the functions: bundlers compile an inline literal with a \p{…} escape again on every call. */
const ANY_LETTER = /\p{L}/u;
const WORD_AFTER_NUMBER = /^,?\s[\p{L}]/u;
const ORDINAL_AFTER = /^\s\d{1,3}(?:st|nd|rd|th)\b/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const CAPITALISED_OR_NUMBER = /^[\p{Lu}\d]/u;
const LETTERS_ONLY = /^[\p{L}\p{M}'’-]{4,}$/u;
const CITY_GAP = /^[\s,\p{L}'’.-]*$/u;

export function detectAddresses(text: string): Candidate[] {
  const streets = [...findStreets(text), ...detectStreetsAbroad(text), ...findUnitLedAddresses(text)].map((street) => withPartsAfter(text, withDesignatorBefore(text, street)));
  const postcodes = findPostcodes(text, streets);
  return joinLines(text, [...streets, ...postcodes].sort((left, right) => left.start - right.start)).map((address) =>
    withPartsAfter(text, withCityAfterPostcode(text, withPartsBefore(text, address))),
  );
}

/** Where a clause ends: a line, a comma or semicolon, a sentence, a bracket or quote, or a dash ("69003 Lyon — return label please"). */
const CLAUSE_END = String.raw`(?=[ \t]*(?:$|[\n,;!?()"'’”]|\.(?:\s|$)|[—–]|\s-\s))`;
/**
 * The city after a postcode: one to three capitalised words, with a district number ("75009 Paris
 * jusqu'à 18h", "1016 GV Amsterdam staat…", "100 00 Praha 10"), or one to three words of any case
 * closing the clause ("01270 west bastianstadt", "33228 nancy").
 */
const CITY_AFTER = new RegExp(
  String.raw`^[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t-]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}(?![\p{L}\p{M}])(?:[ \t]+\d{1,2}(?![\p{L}\d]))?|[\p{L}][\p{L}\p{M}'’.-]*(?:[ \t-]+[\p{L}][\p{L}\p{M}'’.-]*){0,2}${CLAUSE_END})`,
  'u',
);
/**
 * In continental order the city follows the postcode ("Voie Lepic 12, 97347 Caen"); an address that
 * ends in a digit postcode takes the words after it up to the end of the clause, as it takes a city
 * between street and postcode.
 */
function withCityAfterPostcode(text: string, address: Candidate): Candidate {
  if (!ANY_LETTER.test(address.value)) return address;
  const after = text.slice(address.end, address.end + 60);
  // Any words closing the clause only when nothing but the postcode follows the street's last comma or line: "…, 94043", "…, 00-238",
  // "…, 111 51" — never "Mountain View 94043 by friday".
  let city = /(?:^|[,\n])\s*(?:\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3} \d{2})$/.test(address.value) ? CITY_AFTER.exec(after)?.[0] : undefined;
  // Typed without commas, a town the lists know after the postcode ("14 rue des lilas 69003 lyon"), or after a postcode
  // that follows the door ("rue du marché 42 bte 3 1000 bruxelles").
  if (city === undefined && /[ \t](?:\d{4,5}|\d{2}-\d{3})$/.test(address.value)) city = townAfter(after);
  if (city === undefined) {
    const postcode = POSTCODE_AFTER.exec(after)?.[0];
    const town = postcode === undefined ? undefined : townAfter(after.slice(postcode.length));
    if (town !== undefined) city = postcode! + town;
  }
  if (city === undefined) return address;
  const end = address.end + city.length;
  return { ...address, end, value: text.slice(address.start, end) };
}

const POSTCODE_AFTER = /^[ \t]+\d{4,5}(?=[ \t])/u;
const WORD_AFTER = /^[ \t]+[\p{L}\p{M}'’-]+/u;
const MOST_TOWN_WORDS = 3;

/** The longest run of up to three words right after a postcode that the town lists hold ("lyon", "la roche-sur-yon"), with the space before it. */
function townAfter(after: string): string | undefined {
  const ends: number[] = [];
  const words: string[] = [];
  for (let end = 0; words.length < MOST_TOWN_WORDS; ) {
    const word = WORD_AFTER.exec(after.slice(end))?.[0];
    if (word === undefined) break;
    end += word.length;
    ends.push(end);
    words.push(word.trim());
  }
  for (let count = words.length; count > 0; count -= 1) {
    if (isTownWords(words.slice(0, count))) return after.slice(0, ends[count - 1]);
  }
  return undefined;
}

/**
 * Every street shape is anchored on a house number, so only digit runs are examined: English and French
 * streets read forward from the number, German, Italian and cued ones end at it.
 */
function findStreets(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const number of matchesOf(HOUSE_NUMBER, text)) {
    const numberEnd = number.index + number[0].length;
    // Streets read forward only when a word follows the number ("12 Baker St", "7, rue…").
    const wordFollows = isWordAfterNumber(text, numberEnd);
    for (const pattern of wordFollows ? [ENGLISH_STREET, FRENCH_STREET, TYPE_FIRST_STREET] : []) {
      if (pattern === ENGLISH_STREET && !mayHaveStreetTypeAfter(text, number.index)) continue;
      pattern.lastIndex = number.index;
      const match = pattern.exec(text);
      if (match === null) continue;
      const value = match[0].replace(/[,.]+$/, '');
      if (pattern === ENGLISH_STREET && (!isPlausibleEnglishStreet(text, match.index, value) || isStatusLine(value))) continue;
      const end = match.index + value.length;
      const typeAfter = pattern === ENGLISH_STREET ? TYPE_AFTER.exec(text.slice(end, end + 40)) : null;
      const streetEnd = typeAfter === null ? end : end + typeAfter[0].replace(/[,.]+$/, '').length;
      found.push(addressBetween(text, match.index, streetEnd));
    }
    const end = number.index + number[0].length;
    if (text[number.index - 1] !== ' ' || isLetterOrDigitAt(text, end)) continue;
    const before = text.slice(Math.max(0, number.index - NAME_REACH), number.index);
    // Cheap look at the word before the number first; the full patterns scan the whole window.
    const german = CONTINENTAL_HINT.test(lastWord(before)) && mayEndInGermanStreetName(before) ? GERMAN_STREET_NAME.exec(before) : null;
    const cuedMatch = german === null && ADDRESS_VERB_HINT.test(before) ? CUED_STREET_NAME.exec(before) : null;
    const cued = cuedMatch !== null && isCuedStreetName(cuedMatch[1]!) ? cuedMatch : null;
    const nameStart = german !== null ? (isEnglishWordBeforeNumber(german[0]) ? -1 : german.index) : cued !== null ? cued.index + cued[0].length - (cued[1]?.length ?? 0) - 1 : -1;
    if (nameStart < 0) continue;
    const start = number.index - before.length + nameStart;
    found.push(addressBetween(text, start, end));
  }
  return found;
}

/** Every spelling ENGLISH_STREET takes for its street-type word, lower case: each word, and its plurals in -s and -es. */
const STREET_TYPE_FORMS: ReadonlySet<string> = new Set(
  STREET_TYPES.slice('(?:'.length, STREET_TYPES.indexOf(')'))
    .split('|')
    .flatMap((word) => (word === 'harbou?r' ? ['harbor', 'harbour'] : [word]))
    .flatMap((word) => {
      if (!/^[a-z]+$/.test(word)) throw new SyntaxError(`street type is not a plain word: ${word}`);
      return [word, `${word}s`, `${word}es`];
    }),
);
const MOST_WORDS_BEFORE_TYPE = 4;

/**
 * False only when ENGLISH_STREET cannot match at the house number `start`: none of the second to fifth
 * words after it, each one space-like character after the last, is a street-type word. The pattern
 * tries some two hundred type words at each of those places (case-insensitively), and most numbers in
 * a message ("3 days", "500 errors") are no street. Read by code in ASCII; any other character there
 * leaves the answer to the pattern.
 */
function mayHaveStreetTypeAfter(text: string, start: number): boolean {
  let index = start;
  while (isDigitCode(text.charCodeAt(index))) index += 1;
  // A compound number, unit and house ("14/110", "2305-88", "47/2/14").
  while ((text.charCodeAt(index) === 47 || text.charCodeAt(index) === 45) && isDigitCode(text.charCodeAt(index + 1))) {
    index += 1;
    while (isDigitCode(text.charCodeAt(index))) index += 1;
  }
  // The pattern's optional letter and comma: taken when present, since a space must follow them.
  if (isAsciiLetter(text.charCodeAt(index))) index += 1;
  if (text.charCodeAt(index) === 44) index += 1;
  for (let word = 1; word <= MOST_WORDS_BEFORE_TYPE + 1; word += 1) {
    const space = text.charCodeAt(index);
    if (space >= 0x80) return true;
    if (!isWhitespaceCode(space)) return false;
    index += 1;
    if (word > 1 && mayBeStreetTypeAt(text, index)) return true;
    const wordStart = index;
    for (let code = text.charCodeAt(index); isStreetWordCode(code); code = text.charCodeAt(index)) {
      if (code >= 0x80) return true;
      index += 1;
    }
    if (index === wordStart) return false;
  }
  return false;
}

/** The letters at `index` are a street-type word followed by no digit (a non-ASCII letter leaves it open). */
function mayBeStreetTypeAt(text: string, index: number): boolean {
  let end = index;
  for (let code = text.charCodeAt(end); code >= 0x80 || isAsciiLetter(code); code = text.charCodeAt(end)) {
    if (code >= 0x80) return true;
    end += 1;
  }
  return end > index && !isDigitCode(text.charCodeAt(end)) && STREET_TYPE_FORMS.has(text.slice(index, end).toLowerCase());
}

/** A character of a street-name word (`[\p{L}\d'’.-]`): ASCII ones by code, and any non-ASCII one, for the caller to hand to the pattern. */
function isStreetWordCode(code: number): boolean {
  return code >= 0x80 || isAsciiLetter(code) || isDigitCode(code) || code === 39 || code === 46 || code === 45;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * WORD_AFTER_NUMBER at `end` (an optional comma, a space, a letter), read by code for ASCII text: this
 * runs for every number of every message (26 per bench message), most followed by plain ASCII.
 */
function isWordAfterNumber(text: string, end: number): boolean {
  const space = text.charCodeAt(end) === 44 ? end + 1 : end;
  // "4152 4th Ave", "210 12th Street": a numbered street after the house number.
  if (ORDINAL_AFTER.test(text.slice(space, space + 6))) return true;
  const letter = text.charCodeAt(space + 1);
  if (text.charCodeAt(space) >= 0x80 || letter >= 0x80 || Number.isNaN(letter)) return WORD_AFTER_NUMBER.test(text.slice(end, end + 3));
  return isWhitespaceCode(text.charCodeAt(space)) && isAsciiLetter(letter);
}

/** LETTER_OR_DIGIT on the character at `index`, by code when it is ASCII. */
function isLetterOrDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 0x80) return LETTER_OR_DIGIT.test(text[index]!);
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * "502 Bad Gateway", "301 Moved Permanently": an HTTP status code and its reason phrase, as servers and
 * proxies log them, has a number and capitalised words too. Node's own table of reason phrases says which.
 */
function isStatusLine(street: string): boolean {
  const status = STATUS_LINE.exec(street);
  const reason = status === null ? undefined : STATUS_CODES[status[1]!];
  return reason !== undefined && status![2]!.toLowerCase() === reason.toLowerCase();
}

const STATUS_LINE = /^([1-5]\d\d) (.+)$/;

/**
 * After "ship to", "live at", a street in any case ("halfenleimbach 28b", "Oberdorf 12") — not a count
 * ("ship to all 50 states", "send to the 3 teams"): no grammar word, and not only English words in
 * lower case.
 */
function isCuedStreetName(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.some((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()))) return false;
  return words.some((word) => word !== word.toLowerCase() || !isDictionaryWord(word));
}

/**
 * "hiring 10", "during 2024", "monitor 3", "Firewall 2": one English word ending like a German street
 * ("-ring", "-tor", "-wall", "-garten") before a number is a verb or a thing, not "Lindenstraße 5".
 */
function isEnglishWordBeforeNumber(streetName: string): boolean {
  const name = streetName.trim();
  return !name.includes(' ') && isDictionaryWord(name.toLowerCase());
}

/**
 * A UK, Irish, Canadian, US (state and ZIP) or Australian (state and four digits) postcode a place or two later
 * on the same line, after a comma or, for a state's, a space: "23 newcastle park, galway h91 e2k3", "418 w pine st
 * tulsa ok 74103", "9 rose st, paddington nsw 2021".
 */
const POSTCODE_SOON = /^,[^\n]{0,40}?(?<![\w-])(?:[a-z]{1,2}\d{1,2}[a-z]? ?\d[a-z]{2}|[a-z]\d{2} ?[a-z\d]{4}|[a-z]\d[a-z] ?\d[a-z]\d)(?![\w-])/iu;
/** Typed without commas ("14 beech grove leeds ls6 2ab"): a town the lists know, then a British postcode, both whole. */
const TOWN_AND_UK_POSTCODE_SOON = /^[ \t]+([\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+){0,2})[ \t]+[a-z]{1,2}\d{1,2}[a-z]? \d[a-z]{2}(?![\w-])/iu;
/** A state's code and its ZIP or four digits, in the same clause: the code must be a state's, and one that is an English word ("in", "or", "ok") in capitals or after its town. */
const STATE_AND_POSTCODE_SOON = /^[, ][^\n,.;!?]{0,40}?(?<![\w-])(?:(\p{L}+)[ \t,]+)?([a-z]{2,3}) (\d{5}(?:-\d{4})?|\d{4})(?![\w-])/iu;
const US_STATES: ReadonlySet<string> = new Set(
  'al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa pr ri sc sd tn tx ut vt va wa wv wi wy'.split(' '),
);
const AUSTRALIAN_STATES: ReadonlySet<string> = new Set('nsw vic qld wa sa tas act nt'.split(' '));
/** A town and its postcode right after a comma: "…, durban 4001", "…, umhlanga 4319", "…, lahore 54000"; not a year ("…, paris 2024"). */
const TOWN_AND_POSTCODE_AFTER = /^,[ \t]*(\p{L}[\p{L}\p{M}'’-]*(?:[ \t]\p{L}[\p{L}\p{M}'’-]*){0,2})[ \t]+(?!(?:19[5-9]|20[0-3])\d(?!\d))\d{4,6}(?![\w-])/u;

function isPostcodeSoon(afterStreet: string): boolean {
  // "31 ocean view rd, durban 4001": the pattern stops at the first type word, the street at the second.
  const typeAfter = TYPE_AFTER.exec(afterStreet);
  const after = typeAfter === null ? afterStreet : afterStreet.slice(typeAfter[0].length);
  if (POSTCODE_SOON.test(after) || isStateAndPostcodeSoon(after)) return true;
  const ukTown = TOWN_AND_UK_POSTCODE_SOON.exec(after)?.[1];
  if (ukTown !== undefined && isTownWords(ukTown.split(/[ \t]+/u))) return true;
  const townMatch = TOWN_AND_POSTCODE_AFTER.exec(after);
  const town = townMatch?.[1];
  if (town === undefined) return false;
  if (isTownOrPlace(town)) return true;
  // A town the lists lack is still one when no word of it is English and the postcode ends the clause ("…, umhlanga
  // 4319. key is…"; not "…, build 18422", "…, whsec 44712 left", "…, jfrog 8081 mirror").
  return CLAUSE_ENDS.test(after.slice(townMatch![0].length)) && town.split(/[ \t]/u).every((word) => LETTERS_ONLY.test(word) && !isDictionaryWord(word.toLowerCase()) && !isOrdinaryWord(word));
}

const CLAUSE_ENDS = /^[ \t]*(?:$|[\n.,;!?)]|[—–-][ \t])/u;

function isStateAndPostcodeSoon(after: string): boolean {
  const match = STATE_AND_POSTCODE_SOON.exec(after);
  if (match === null) return false;
  const [town, code, digits] = [match[1], match[2]!, match[3]!];
  const lower = code.toLowerCase();
  const state = digits.length === 4 ? AUSTRALIAN_STATES.has(lower) : US_STATES.has(lower);
  // "tulsa ok 74103": a code that is an English word in lower case needs its town before it.
  return state && (code === code.toUpperCase() || !isDictionaryWord(lower) || (town !== undefined && isTownOrPlace(town)));
}

/**
 * "5 min walk" and "3 new Park passes" have the shape too. A street name is capitalised (or the whole
 * message shouts), or an address word comes before it ("deliver to 12 baker st"), or a postcode
 * follows it on the line and no grammar word is in it ("build 18422 is green, 18421…" has one).
 */
function isPlausibleEnglishStreet(text: string, start: number, value: string): boolean {
  const words = value.replace(/,?\s(?:apt|apartment|suite|ste|unit|flat|fl|floor|#)\.?\s?[\w-]{1,6}$/i, '').split(/\s+/).slice(1);
  const nameWords = words.slice(0, -1);
  if (nameWords.length === 0 || !STREET_TYPE.test(words[words.length - 1] ?? '')) return false;
  const capitalised = nameWords.every((word) => CAPITALISED_OR_NUMBER.test(word));
  if (capitalised) return true;
  // Written in lower case, a street's name is names, not a phrase: "3 standups in a row", "2 parcels on the way" have
  // a grammar word after a word of their own. Leading ones are street names ("14 the crescent", "9 all saints road"), and
  // so is "of" ("12 church of england road").
  if (isPhrase(nameWords)) return false;
  if (ADDRESS_CUE.test(text.slice(Math.max(0, start - 60), start))) return true;
  // A compass letter before the name ("2281 n milwaukee ave", "418 w pine st") is no grammar word ("n" for "and").
  if (nameWords.some((word, index) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()) && !(index === 0 && COMPASS.test(word)))) return false;
  // Named after people or places, typed in lower case: "23 adeola odeku street", "8 kwame nkrumah rd" — words no
  // dictionary holds and no jargon (not "4 kubectl way", "5 min walk").
  if (nameWords.every((word) => LETTERS_ONLY.test(word) && !isDictionaryWord(word.toLowerCase()) && !isOrdinaryWord(word))) return true;
  return isPostcodeSoon(text.slice(start + value.length, start + value.length + 50));
}

const COMPASS = /^(?:n|s|e|w|ne|nw|se|sw)\.?$/i;

function isPhrase(nameWords: readonly string[]): boolean {
  const grammar = nameWords.map((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()));
  return nameWords.some((word, index) => index > 0 && grammar[index] === true && grammar[index - 1] === false && word.toLowerCase() !== 'of');
}

/**
 * An address that opens with its flat or unit ("Flat 402, Sai Residency, 14th Cross, Indiranagar,
 * Bengaluru 560038", "Apt 1207, 1250 Rue Guy, Montréal QC H3H 2L3", "Unit 5/23 Smith Street, Fitzroy
 * VIC 3065"): whatever the street is called in that country, the unit and a postcode on the same line,
 * with only address words between, bound it.
 */
const UNIT_START =
  /(?<![\p{L}\d])(?:(?:apt|apartment|unit|flat|suite|ste|room|rm|office|villa|plot|hse|house|house no|h\.\s?no|block|blk|bldg|building|shop|stand|lot|no|n[°º]|p\.?\s?o\.?\s?box|private bag)\.?\s?(?:no\.?\s?)?#?\s?|#)[A-Z]?\d{1,5}[A-Za-z]?(?:[/-](?:\d{1,5}[A-Za-z]?|[A-Z]))*(?:\s(?:lot|blk|block)\s\d{1,4})?(?![\p{L}\d])/giu;
const UNIT_STARTS = startFiltered(UNIT_START);
const UNIT_TO_POSTCODE_REACH = 120;
const ADDRESS_PART_WORDS = 4;
/** "4 failures", "duration 12000", "floor 2": a count or a measure, not a part of an address. */
const COUNTED = /^(?:\d+\s+\p{Ll}+|\p{Ll}+\s+\d+)$/u;
/** Between the unit and the postcode: names, numbers, ordinals and commas on one line ("14th Cross", "QC"). */
const ADDRESS_BODY = /^[,\s\p{L}\p{M}\d'’./-]*$/u;
const POSTCODE_AT_END = /(?:[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d|[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}|\d{3} ?\d{3}|\d{4,5}(?:-\d{4})?)(?![\w-])/gu;

/**
 * Comma-separated parts of a few words each, no sentence end, and a place right before the postcode:
 * "402, Sai Residency, 14th Cross, Indiranagar, Bengaluru ", "…, Montréal QC ". A count ("120 tests, 4
 * failures, duration 12000", "Room 4, floor 2, budget 5000") has parts that read "word number" and no
 * place: capitalised words no dictionary lists.
 */
function isAddressBody(body: string): boolean {
  if (!body.includes(',') || !ADDRESS_BODY.test(body) || /\.\s/u.test(body)) return false;
  const parts = body.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.some((part) => part.split(/\s+/u).length > ADDRESS_PART_WORDS || COUNTED.test(part))) return false;
  const last = parts[parts.length - 1];
  if (last === undefined) return false;
  return last.split(/\s+/u).some((word) => /^\p{Lu}/u.test(word) && !isDictionaryWord(word.toLowerCase()));
}

/**
 * Without a postcode ("Office 1204, Al Shafar Tower 1, Barsha Heights, Dubai", "Plot 22, Sakumono
 * Estates, Tema"), the unit must be a home or plot, its parts two or more (one for a box) with a street or
 * estate word among them, and one of them a place: a single capitalised word no dictionary lists.
 * "Room 4, floor 2", "Unit 3, Lesson 2, Review" and "House 2, Season 4, Netflix" are none.
 */
const PLACE_POSTCODE_END = /(?:\p{Lu}[\p{L}\p{M}.'’]*(?:[ \t]*[-–][ \t]*|[ \t]+)\d{4,6}|\([^()]*\d[^()]*\))$/u;
/** Units that are homes or plots, which alone may open an address with no postcode; not "#", "No.", "room". */
const DWELLING = /^(?:apt|apartment|unit|flat|suite|ste|office|villa|plot|hse|house|block|blk|bldg|building|shop|stand|lot|p\.?\s?o\.?\s?box|private bag)/iu;

function closesOnPlace(parts: string, box: boolean): boolean {
  if ((parts.match(/,/gu)?.length ?? 0) < (box ? 1 : 2)) return false;
  // A place's postcode closes it, after a space or a dash or bracketed ("Cavite 4102", "Coimbatore - 641002", "Karachi-75500", "Accra (GA-183-8164)"); never "budget 5000".
  if (PLACE_POSTCODE_END.test(parts)) return true;
  // Without one, a box needs only its town ("P.O. Box 1234-00200, Nairobi"); other units a street or estate word among their parts ("House 2, Season 4, Netflix" has none).
  if (!box && !parts.split(/[\s,]+/u).some((word) => STREET_TYPE.test(word))) return false;
  // A place among the parts, last or before the flat ("…, Giza, flat 3"): a capitalised word no dictionary lists.
  return parts.split(/,/u).some((part) => {
    const place = /^[ \t]*(\p{Lu}[\p{L}\p{M}'’.-]*)[ \t]*$/u.exec(part)?.[1];
    return place !== undefined && !isDictionaryWord(place.toLowerCase());
  });
}

function findUnitLedAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const unit of filteredMatchesOf(UNIT_STARTS, text)) {
    const from = unit.index + unit[0].length;
    const lineEnd = text.indexOf('\n', from);
    const window = text.slice(from, Math.min(lineEnd < 0 ? text.length : lineEnd, from + UNIT_TO_POSTCODE_REACH));
    let end = -1;
    for (const postcode of matchesOf(POSTCODE_AT_END, window)) {
      // The postcode closes a place after at least one comma-separated part: "…, Bengaluru 560038".
      if (isAddressBody(window.slice(0, postcode.index))) end = from + postcode.index + postcode[0].length;
    }
    if (end > 0) found.push(addressBetween(text, unit.index, end));
    else {
      const unitOnly = addressBetween(text, unit.index, from);
      const withParts = withPartsAfter(text, unitOnly);
      const parts = withParts.value.slice(unit[0].length);
      // "No. 8", "#45" open an address only when it closes on a place's postcode ("…, Chennai - 600017").
      if (DWELLING.test(unit[0]) ? closesOnPlace(parts, /box|bag/iu.test(unit[0])) : (parts.match(/,/gu)?.length ?? 0) >= 2 && PLACE_POSTCODE_END.test(parts)) found.push(withParts);
    }
  }
  return found;
}

function findPostcodes(text: string, streets: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const nearStreet = (index: number): boolean => streets.some((street) => index >= street.end && index - street.end <= STREET_TO_POSTCODE_REACH);
  const cued = (index: number): boolean => POSTCODE_CUE.test(text.slice(Math.max(0, index - 24), index));
  for (const pattern of [UK_POSTCODE, CANADIAN_POSTCODE, EIRCODE]) {
    for (const match of matchesOf(pattern, text)) {
      // Lower-case or unspaced shapes ("b52kh") are too close to ids to count without context, and so is a UK
      // inward code written loosely ("R16 91V" is a tyre size): alone, only the canonical digit and two letters.
      const distinctive = /^[A-Z\d]+ [A-Z\d]+$/.test(match[0]) && (pattern !== UK_POSTCODE || /\d[A-Z]{2}$/.test(match[0]));
      if (distinctive || nearStreet(match.index) || cued(match.index)) found.push(addressBetween(text, match.index, match.index + match[0].length));
    }
  }
  for (const match of matchesOf(DIGIT_POSTCODE, text)) {
    if (nearStreet(match.index) || cued(match.index)) found.push(addressBetween(text, match.index, match.index + match[0].length));
  }
  return found;
}

/** A street and a postcode on one line (or consecutive lines) with at most a city between them: one address. */
function joinLines(text: string, parts: readonly Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (const part of parts) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && part.start >= previous.end) {
      const gap = text.slice(previous.end, part.start);
      if (gap.length <= 40 && CITY_GAP.test(gap) && (gap.match(/\n/g)?.length ?? 0) <= 2) {
        previous.end = Math.max(previous.end, part.end);
        previous.value = text.slice(previous.start, previous.end);
        continue;
      }
    }
    if (previous !== undefined && part.start < previous.end) {
      previous.end = Math.max(previous.end, part.end);
      previous.value = text.slice(previous.start, previous.end);
      continue;
    }
    joined.push({ ...part });
  }
  return joined;
}
