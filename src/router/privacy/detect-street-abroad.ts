import { isDictionaryWord } from './english-dictionary.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { isTownWords } from './settlement-names.ts';
import { matchesOf } from './regex-matches.ts';
import { addressBetween, type Candidate } from './types.ts';

/**
 * Street addresses as written in Eastern Europe, Latin America, Iberia, Scandinavia, the Netherlands and
 * Hungary, where the street-type word is not an English suffix:
 * - before the name: "vul. Saksahanskoho 41", "ul. Długa 5", "prosp. Nauky 12", "Av. Corrientes 1234",
 *   "Calle de Alcalá 42", "Rua Oscar Freire 379", "Al. Jerozolimskie 65";
 * - after the name, as a word of its own ("Karl Johans gate 8", "Váci utca 12", "Andrássy út 5") or
 *   joined to it ("Drottninggatan 12", "Vesterbrogade 4", "Keizersgracht 123", "Aleksanterinkatu 52");
 * then the house number and the unit markers after it ("kv. 12", "Dpto 803", "piso 3", "lgh 1102", "2º izq").
 * The postcode and city that follow are joined by the address pass, as for every other street.
 */
const HOUSE_NUMBER = /(?<![\w/.,:-])\d{1,5}(?:[A-Za-z](?![\p{L}\d]))?(?:[/-]\d{1,4}(?!\d))?/gu;
const WINDOW = 60;

/** Street-type words written before the name: full words (capitalised) and abbreviations (any case, with a dot). */
const PREFIX_WORDS = String.raw`jalan|lorong|soi|thanon|rue|avenue|boulevard|chaussée|via|urbanización|urbanizacion|οδός|οδος|λεωφόρος|vulytsia|vulytsya|vulitsa|ulitsa|ulica|ulice|prospekt|prospect|avenida|avinguda|calle|carrera|carretera|camino|jirón|jiron|rua|travessa|alameda|estrada|rodovia|viale|piazza|corso|strada|calea|bulevar|bulevardul|bulvar|aleja|plac|rruga|sokak|caddesi|paseo|pasaje|ronda|praça|praca|largo|carrer|passeig|náměstí|namesti|třída|trida|rynek|osiedle|nábřeží`;
const PREFIX_ABBREVIATIONS = String.raw`jl|jln|lor|bv|blvd|urb|vul|ul|pr|prosp|pr-t|av|avda|c|cl|cra|jr|r|tv|str|bd|bul|bld|al|pl|rr|sok|cad|os|ctra|nám|tř`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*\.?`;
/** The small words inside a street's name ("Calle de la Paz", "via dei mille"); Russian "im." / "imeni" (named after) only in the pattern. */
const PARTICLES = 'de del della delle dei degli da das do dos di la las los el y e i';
const NAME_PARTICLE = String.raw`(?:${PARTICLES.replaceAll(' ', '|')}|im\.?|imeni)`;
/**
 * "Av. de Mayo", "Calle de Alcalá", "C/ del Pez", "Rua Oscar Freire", "vul. Saksahanskoho": the type word in any case, the
 * name capitalised; Brazil and Portugal put a comma before the number ("Av. Paulista, 1578").
 */
const PREFIX_FORM = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?<word>${caseless(PREFIX_WORDS)})\s|(?<abbreviation>${caseless(PREFIX_ABBREVIATIONS)})\.\s?|(?<slashed>[cC])\/\s?)((?:${NAME_PARTICLE}\s){0,2}${NAME_WORD}(?:\s(?:${NAME_PARTICLE}\s)?${NAME_WORD}){0,2})(?:\s(?:No|N[°º])\.?)?,?\s$`,
  'u',
);
/** Street-type words written after the name, as a word of their own. */
const SUFFIX_WORDS = new Set('gate gata gatan gade vej vejen vei veien väg vägen utca út körút tér sétány allé straat gracht kade steeg plein iela gatvė tänav'.split(' '));
/** The same words joined to the name, and Finnish and Baltic endings that only come joined. */
const JOINED_ENDING = /\p{Lu}\p{Ll}{2,}(?:gatan|gata|gate|gade|vejen|vej|veien|vägen|vegur|stræti|braut|straat|gracht|laan|kade|katu|tie|iela)$/u;
const CAPITALISED = /^\p{Lu}/u;
const SUFFIX_NAME = new RegExp(String.raw`(?<![\p{L}\d])(${NAME_WORD}(?:\s${NAME_WORD}){0,2})\s$`, 'u');

/**
 * Units after the house number: Ukrainian/Russian "kv." (kvartira), Polish "m."/"lok.", Spanish "piso",
 * "dpto", "depto", "of.", Portuguese "apto", "ap.", Swedish "lgh", Romanian "ap."/"et.", and the English ones;
 * a Finnish staircase and flat straight after the number ("Mannerheimintie 12 B 7").
 */
const UNIT = /^(?:\s[A-H](?:\s\d{1,3})?(?![\p{L}\d]))?(?:,?\s\d{1,2}[º°ª]\.?(?:\s?(?:izq(?:da)?|dcha|der|dto|esq|andar|piso|[A-H])\.?)?(?![\p{L}\d]))?(?:,?\s(?:kv|kw|m|lok|lokal|dpto|depto|dep|dept|piso|p|of|oficina|int|interior|apto|ap|app|apt|et|etaj|sc|bl|blok|bloque|esc|lgh|leil|whg|flat|unit|suite|ste|nº|n°|#)\.?\s?(?:\d[\w-]{0,5}|[A-Za-z]\d{0,3}(?![\p{L}\d])))*/iu;

export function detectStreetsAbroad(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const number of matchesOf(HOUSE_NUMBER, text)) {
    if (number.index === 0 || text[number.index - 1] !== ' ') continue;
    const before = text.slice(Math.max(0, number.index - WINDOW), number.index);
    const numberEnd = number.index + number[0].length;
    const nameStart = Math.max(streetNameStart(before), gridStreetStart(text, before, numberEnd), lowerCaseStreetStart(text, before, numberEnd));
    if (nameStart < 0 || isCountAfter(text, number.index + number[0].length)) continue;
    const start = number.index - before.length + nameStart;
    let end = number.index + number[0].length;
    end += GRID_AFTER.exec(text.slice(end, end + 16))?.[0].length ?? 0;
    const unit = UNIT.exec(text.slice(end, end + 40));
    if (unit !== null) end += unit[0].length;
    found.push(addressBetween(text, start, end));
  }
  return [...found, ...streetsWithDoorAfterType(text)];
}

/** The door first ("No:245", "no 4", "Numara 7"), found cheaply; the street type is then read right before it. */
const DOOR = /(?<![\p{L}\d])(?:no|numara)([ \t]?[:.]?)[ \t]?\d{1,4}[a-z]?(?:\/\d{1,4}[a-z]?)?(?![\p{L}\d])/giu;
/** The longest type word ("caddesi", "sokağı") with its dot, comma and the spaces a pasted form leaves before "No". */
const TYPE_REACH = 40;
const TYPE_BEFORE_DOOR = /(?<![\p{L}\d])(?:cad(?:de|desi)?|cd|sok(?:ak|ağı|agi)?|sk|bulvar[ıi]?|blv|bul|yolu)\.?,?[ \t]*$/iu;
/** The flat, floor and block after the door ("D:7", "daire 3", "Kat 2", "İç Kapı: 3"), then "district/city" with its postcode and neighbourhood ("Caddebostan Kadıköy/İstanbul"). */
const DOOR_UNITS = /^(?:,?[ \t]*(?:d|daire|kat|k|blok|[iİ]ç[ \t]?kap[ıiIİ])[ \t]?[:.]?[ \t]?\d{1,3}[a-z]?(?![\p{L}\d]))*/iu;
const DISTRICT_AND_CITY = /^,?[ \t]*(?:\d{5}[ \t]+)?(?:[\p{L}\p{M}]+[ \t]+)?[\p{L}\p{M}]+[ \t]?\/[ \t]?[\p{L}\p{M}]+(?![\p{L}\d])/u;
const QUARTER_BEFORE = /(?<![\p{L}\d])(?:mah(?:alle(?:si)?)?|mh)\.?,?[ \t]+$/iu;
const MOST_NAME_WORDS = 4;
const NAME_WORD_BEFORE = /(?:^|[ \t])([\p{L}\p{M}\d'’.-]+)[ \t]+$/u;

/**
 * Turkey writes the street's type after its name and the door after "No": "Halaskargazi Cad. No:145/3",
 * "1453 sok. no:12 daire 3", "Atatürk Blv. No 112 D:4", with the quarter before the street ("Cumhuriyet
 * Mah.", "Esentepe Mahallesi,") and "district/city" after it ("Şişli/İstanbul", "34394 Şişli/İstanbul").
 */
function streetsWithDoorAfterType(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const door of matchesOf(DOOR, text)) {
    const type = TYPE_BEFORE_DOOR.exec(text.slice(Math.max(0, door.index - TYPE_REACH), door.index));
    if (type === null) continue;
    const typeStart = door.index - type[0].length;
    const streetStart = nameWordsStart(text, typeStart);
    if (streetStart === typeStart) continue;
    const quarter = QUARTER_BEFORE.exec(text.slice(Math.max(0, streetStart - 14), streetStart));
    const start = quarter === null ? streetStart : nameWordsStart(text, streetStart - quarter[0].length);
    const doorEnd = door.index + door[0].length;
    const units = DOOR_UNITS.exec(text.slice(doorEnd, doorEnd + 40))![0].length;
    const city = DISTRICT_AND_CITY.exec(text.slice(doorEnd + units, doorEnd + units + 48))?.[0].length ?? 0;
    // "Pink Floyd CD No. 2", "Galaxy SK No 5": a product's number has none of a Turkish door's company — the quarter, "No:", a flat or floor, "district/city".
    if (quarter === null && !door[1]!.includes(':') && units === 0 && city === 0) continue;
    found.push(addressBetween(text, start, doorEnd + units + city));
  }
  return found;
}

/**
 * Where the name before a street or quarter type word (at `end`, after a space) starts: up to four words
 * on its line, none of them an English grammar word or an English word in lower case ("burn the cd no 2").
 */
function nameWordsStart(text: string, end: number): number {
  let start = end;
  let capitalised = false;
  for (let words = 0; words < MOST_NAME_WORDS; words += 1) {
    const word = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
    if (word === null) break;
    const bare = word[1]!.replace(/\.$/u, '');
    const lower = bare.toLowerCase();
    const numbered = /\d/u.test(bare);
    if (ENGLISH_FUNCTION_WORDS.has(lower) || (bare === lower && !numbered && (capitalised || isDictionaryWord(lower)))) break;
    // A capitalised name is written in one style: "iade adresi Gazi Osman Paşa Sk." starts at "Gazi".
    capitalised ||= bare !== lower;
    start -= word[0].length - (word[0].length - word[0].trimStart().length);
  }
  return start;
}

/**
 * Colombian grid addresses name the street by its number and the house by the crossing street and the
 * distance from it: "Carrera 7 # 71-21", "Cl. 100 No. 19-54". Returns where the street type starts, or -1.
 */
const GRID_AFTER = /^\s?(?:#|No\.?|N[°º])\s?\d{1,3}[A-Z]?-\d{1,3}(?!\d)/u;
const GRID_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(?:${caseless('calle|carrera|avenida|transversal|diagonal')}|(?:${caseless('cra|cl|av|tv|dg|kr')})\.?)\s$`, 'u');

function gridStreetStart(text: string, before: string, numberEnd: number): number {
  const crossing = GRID_AFTER.exec(text.slice(numberEnd, numberEnd + 16));
  if (crossing === null) return -1;
  const type = GRID_BEFORE.exec(before);
  return type === null ? -1 : type.index;
}

/** Where the street name ending in `before` (which ends in the space before the number) starts, or -1. */
function streetNameStart(before: string): number {
  const lastWord = wordBefore(before);
  if (SUFFIX_WORDS.has(lastWord)) return suffixNameStart(before, before.length - 1 - lastWord.length);
  if (JOINED_ENDING.test(lastWord)) return before.length - 1 - lastWord.length;
  // The name before the number is capitalised: most numbers follow a lower-case word and skip the long pattern.
  if (!CAPITALISED.test(lastWord)) return -1;
  const prefixed = PREFIX_FORM.exec(before);
  if (prefixed === null) return -1;
  // "Via Email 2", "Plaza Hotel 5": an English word before English words is no street abroad.
  const typeWord = (prefixed.groups?.['word'] ?? '').toLowerCase();
  if (typeWord !== '' && isDictionaryWord(typeWord) && allEnglish(prefixed[4] ?? '')) return -1;
  return prefixed.index;
}

/**
 * The same streets typed in lower case ("via giuseppe garibaldi 12, int. 4, 20121 milano", "los leones
 * 1520 dpto 34, providencia, santiago" has no type word and stays out): the type word, one to four words
 * that are not all English and hold no English grammar word, the number — and, since lower case says
 * nothing more, a postcode or a known town in the next parts of the line.
 */
const LOWER_PREFIX_FORM = new RegExp(String.raw`(?<![\p{L}\d])(?:${PREFIX_WORDS}|(?:${PREFIX_ABBREVIATIONS})\.)\s((?:[\p{Ll}\p{M}'’-]+\s){1,4})$`, 'u');
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}'’-]*$/u;
const POSTCODE_IN_PART = /(?<![\w-])\d{4,6}(?:-\d{3,4})?(?![\w-])/u;
const PARTS_READ = 4;

/** The type words in lower case, for a cheap look at the words before a number before the pattern runs. */
const LOWER_TYPE_WORDS: ReadonlySet<string> = new Set([...PREFIX_WORDS.split('|'), ...PREFIX_ABBREVIATIONS.split('|').map((word) => `${word}.`)]);
const WORDS_BEFORE_NUMBER = 6;

function lowerCaseStreetStart(text: string, before: string, numberEnd: number): number {
  if (!LOWER_WORD.test(wordBefore(before))) return -1;
  // Split where the pattern's own boundary would be: "deliver:ul. długa 17", "(via manzoni 41".
  if (!lastWords(before, WORDS_BEFORE_NUMBER).some((word) => LOWER_TYPE_WORDS.has(word))) return -1;
  const street = LOWER_PREFIX_FORM.exec(before);
  if (street === null) return -1;
  const words = street[1]!.trim().split(/\s+/u);
  if (words.some((word) => ENGLISH_FUNCTION_WORDS.has(word) && !PARTICLE_WORDS.has(word)) || words.every((word) => PARTICLE_WORDS.has(word) || isDictionaryWord(word))) return -1;
  return isPlaceSoonAfter(text.slice(numberEnd, numberEnd + 80)) ? street.index : -1;
}

/** Runs of letters, marks, dots, apostrophes and hyphens: where the pattern's own boundary splits ("deliver:ul. długa 17", "(via manzoni 41"). */
const WORD_PARTS = /[\p{L}\p{M}.'’-]+/gu;

/**
 * The words among the last `count` parts of `text` split at those boundaries, empty parts left out (no type
 * word is empty). Matched with a global pattern rather than split: splitting tries a Unicode pattern at every
 * character, and this runs at most numbers of a message.
 */
function lastWords(text: string, count: number): string[] {
  const words = text.match(WORD_PARTS) ?? [];
  // A separator at the end is one more (empty) part.
  const endsInSeparator = text.length > 0 && !text.endsWith(words[words.length - 1] ?? '');
  const kept = endsInSeparator ? count - 1 : count;
  return kept > 0 ? words.slice(-kept) : [];
}

const PARTICLE_WORDS: ReadonlySet<string> = new Set(PARTICLES.split(' '));

/** A postcode or a town in the comma-separated parts after a house number: ", int. 4, 20121 milano", ", providencia, santiago". */
function isPlaceSoonAfter(after: string): boolean {
  // The line's clause: abbreviations' dots ("int. 4") do not end it.
  const line = after.split(/[\n!?;]|\.\s+(?=\p{Lu})|\s[—–]\s/u)[0] ?? '';
  return line
    .split(',')
    .slice(0, PARTS_READ)
    .some((part) => {
      const trimmed = part.trim();
      if (POSTCODE_IN_PART.test(trimmed)) return true;
      const words = trimmed.split(/\s+/u).slice(0, 3);
      for (let count = words.length; count > 0; count -= 1) {
        if (isTownWords(words.slice(0, count))) return true;
      }
      return false;
    });
}

/** "Karl Johans gate": capitalised words before a lower-case street word, not all of them English ("Release gate 3"). */
function suffixNameStart(before: string, suffixStart: number): number {
  const name = SUFFIX_NAME.exec(before.slice(0, suffixStart));
  if (name === null || allEnglish(name[1] ?? '')) return -1;
  return name.index;
}

/** "Soi Cowboy 2 bars", "Jalan Besar 3 times": a number followed by an English word counts it; a house number is followed by a comma, a unit or the line's end. */
const WORD_AFTER = /^[ \t]+(\p{Ll}+)/u;
/** Words that are English too but mark a door or box after a house number: "Kerkstraat 24 bus 3", "Rua Augusta 900 casa 2". */
const UNIT_MARKERS: ReadonlySet<string> = new Set(['bus', 'top', 'casa', 'piso', 'int', 'app', 'apt', 'interior', 'bajo', 'flat', 'unit', 'suite', 'lot']);

function isCountAfter(text: string, end: number): boolean {
  const word = WORD_AFTER.exec(text.slice(end, end + 24))?.[1];
  return word !== undefined && word.length > 2 && !UNIT_MARKERS.has(word) && isDictionaryWord(word);
}

function allEnglish(words: string): boolean {
  return words.split(/\s+/).every((word) => isDictionaryWord(word.replace(/[.'’]+$/, '').toLowerCase()));
}

/** "vul|av" → "[vV][uU][lL]|[aA][vV]": the type words in any case while the name words stay capitalised (no /i on the whole pattern). */
function caseless(alternatives: string): string {
  return alternatives.replace(/\p{L}/gu, (letter) => {
    const upper = letter.toUpperCase();
    return upper === letter.toLowerCase() || upper.length !== 1 ? letter : `[${letter.toLowerCase()}${upper}]`;
  });
}

function wordBefore(before: string): string {
  const end = before.length - 1;
  let start = end;
  while (start > 0 && before[start - 1] !== ' ' && before[start - 1] !== '\n') start -= 1;
  return before.slice(start, end);
}
