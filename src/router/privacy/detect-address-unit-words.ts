import { matchesOf } from './regex-matches.ts';
import { addressBetween, type Candidate } from './types.ts';

/**
 * Addresses in the Arabic script (Arabic, Persian, Urdu) and in the Indic scripts most written in chat (Hindi and
 * Bengali), which have neither capitals nor the Latin street shapes: each part is marked by a word of its own — a
 * street, lane or road (شارع، زنقة، خیابان، کوچه، گلی، गली، রোড), a district, village or sector (حي، محله، سیکٹر،
 * गांव، গ্রাম), a building, floor or flat (عمارة، شقة، پلاک، طبقه، मकान، বাড়ি) — and the parts are
 * separated by commas, the Arabic "،" as often as ",": "٣٤٥٦ شارع العليا، حي المروج، الرياض ١٢٢٨٣", "تهران، خیابان
 * ولیعصر، کوچه بهار، پلاک ۱۲", "گلی نمبر 7، سیکٹر G-9/2، اسلام آباد", "গ্রাম রামপুর, পোস্ট বিলারী, জেলা কুমিল্লা".
 *
 * One unit word says little ("شارع الملك فهد" is a famous road, "الطابق 3" a floor of the office), so a span is an
 * address only with two unit words in one run of parts, or a street-level word with a number (a house, a building,
 * a postcode). The parts without a unit word that follow (the district, the town, the postcode) are taken while
 * each is a short run of words; one before the first unit is taken when it opens the line ("تهران، خیابان…").
 */
interface ScriptUnits {
  /** A letter of the script: without one the text is not scanned. */
  readonly hint: RegExp;
  readonly letters: string;
  readonly digits: string;
  /** Streets, roads, lanes, districts, villages, sectors, postal boxes: one of these and a number make an address. */
  readonly streetWords: readonly string[];
  /** Buildings, floors, flats, plots and number words: an address only beside another unit word. */
  readonly otherWords: readonly string[];
  /** Letters joined before a word ("بشارع", on the street; "وشقة", and flat). */
  readonly prefixes: string;
}

const ARABIC_SCRIPT: ScriptUnits = {
  hint: /\p{Script=Arabic}/u,
  letters: String.raw`\p{Script=Arabic}\u200c`,
  digits: '0-9٠-٩۰-۹',
  streetWords: [
    // Arabic: street, road, avenue, Maghreb street and alley, district, quarter, square, postal box.
    'شارع', 'ش\\.', 'طريق', 'جادة', 'زنقة', 'درب', 'حي', 'حارة', 'ميدان', 'ص\\.ب', 'صندوق بريد', 'الرمز البريدي',
    // Persian: street, alley, boulevard, dead end, square, expressway, neighbourhood, township, postcode.
    'خیابان', 'خ\\.', 'کوچه', 'بلوار', 'بن‌بست', 'میدان', 'بزرگراه', 'محله', 'شهرک', 'کد پستی',
    // Urdu: lane, neighbourhood, sector, road, block, phase, colony, town, district, post office.
    'گلی', 'محلہ', 'سیکٹر', 'روڈ', 'بلاک', 'فیز', 'کالونی', 'ٹاؤن', 'ضلع', 'تحصیل', 'ڈاکخانہ',
  ],
  otherWords: [
    // Arabic: building, block of flats, flat, floor, villa, plot, number.
    'مبنى', 'عمارة', 'بناية', 'شقة', 'الطابق', 'طابق', 'فيلا', 'قطعة', 'رقم',
    // Persian: plate (house number), unit, floor, building; Urdu: house, house number, flat, floor, number.
    'پلاک', 'واحد', 'طبقه', 'ساختمان', 'مکان', 'ہاؤس', 'فلیٹ', 'منزل', 'نمبر',
  ],
  prefixes: 'وبف',
};

const DEVANAGARI: ScriptUnits = {
  hint: /\p{Script=Devanagari}/u,
  letters: String.raw`\p{Script=Devanagari}`,
  digits: '0-9०-९',
  // Lane, sector, neighbourhood, village, post office, sub-district, district, police station, ward, road, colony, PIN.
  streetWords: ['गली', 'सेक्टर', 'मोहल्ला', 'गांव', 'गाँव', 'ग्राम', 'पोस्ट', 'डाकघर', 'तहसील', 'जिला', 'ज़िला', 'थाना', 'वार्ड', 'रोड', 'मार्ग', 'कॉलोनी', 'पिन'],
  // House, flat, block, floor, number.
  otherWords: ['मकान', 'फ्लैट', 'ब्लॉक', 'मंजिल', 'नं\\.?', 'नंबर'],
  prefixes: '',
};

const BENGALI: ScriptUnits = {
  hint: /\p{Script=Bengali}/u,
  letters: String.raw`\p{Script=Bengali}`,
  digits: '0-9০-৯',
  // Road, road, lane, lane, village, post office, police station, sub-district, district, sector, neighbourhood, ward.
  streetWords: ['রোড', 'সড়ক', 'লেন', 'গলি', 'গ্রাম', 'পোস্ট', 'ডাকঘর', 'থানা', 'উপজেলা', 'জেলা', 'সেক্টর', 'মহল্লা', 'ওয়ার্ড'],
  // House, home, flat, block, floor, number.
  otherWords: ['বাড়ি', 'বাসা', 'ফ্ল্যাট', 'ব্লক', 'তলা', 'নং'],
  prefixes: '',
};

interface CompiledScript {
  readonly hint: RegExp;
  readonly unit: RegExp;
  /** A letter or mark of the script: one right before a unit word makes it the end of another word ("الشارع"). */
  readonly letter: RegExp;
  readonly streetWord: RegExp;
  /** The words after a unit word, to the end of its part. */
  readonly partRest: RegExp;
  /** A house number right before the first unit word: "٣٤٥٦ شارع…". */
  readonly numberBefore: RegExp;
  /** One part after the address: a few words or a postcode, behind a comma. */
  readonly partAfter: RegExp;
  /** A short part opening the line before the first unit word: "تهران، ". */
  readonly partBefore: RegExp;
  /** What may stand between two unit parts of one address: a comma, and maybe one part without a unit word. */
  readonly gap: RegExp;
  readonly digit: RegExp;
  /** A part that ends in a postcode: four to six digits, after the town or alone. */
  readonly postcodeEnd: RegExp;
}

const MOST_WORDS_IN_PART = 4;
/** A comma part after the units that is longer than this is a clause, not a town. */
const MOST_WORDS_AFTER = 3;
const MOST_PARTS_AFTER = 3;
/** Parts end at a line, a full stop, a question mark, a semicolon, a colon, a bracket or a quote in any script. */
const PART_STOP = String.raw`\n.!?؟؛;:()"“”«»'`;

function compile(script: ScriptUnits): CompiledScript {
  const letter = `[${script.letters}\\p{M}]`;
  const word = `${letter}+`;
  // A number as addresses write it: "12", "١٢٣", "14ب", "G-9/2", "7/3".
  const number = String.raw`(?:[A-Za-z]{1,2}-?)?[${script.digits}]+(?:[/-][${script.digits}A-Za-z]+)*(?:${letter}(?!${letter}))?`;
  const token = `(?:${word}|${number})`;
  const prefix = script.prefixes === '' ? '' : `[${script.prefixes}]?`;
  const units = [...script.streetWords, ...script.otherWords].sort((left, right) => right.length - left.length).join('|');
  const separator = String.raw`[ \t]*[،,][ \t]*`;
  return {
    hint: script.hint,
    // No look-behind for the word's start: V8 would try it at every character (six times slower); addressesIn checks it.
    unit: new RegExp(String.raw`${prefix}(?:${units})(?!${letter})`, 'gu'),
    letter: new RegExp(letter, 'u'),
    streetWord: new RegExp(String.raw`^${prefix}(?:${script.streetWords.join('|')})$`, 'u'),
    partRest: new RegExp(String.raw`^(?:[ \t]+${token}){0,${MOST_WORDS_IN_PART}}(?=[ \t]*(?:$|[،,${PART_STOP}]))|^(?:[ \t]+${token}){0,${MOST_WORDS_IN_PART}}`, 'u'),
    numberBefore: new RegExp(String.raw`(?<![${script.digits}])${number}[ \t]+$`, 'u'),
    partAfter: new RegExp(String.raw`^${separator}(${token}(?:[ \t]+${token}){0,${MOST_WORDS_AFTER - 1}})(?=[ \t]*(?:$|[،,${PART_STOP}]))`, 'u'),
    partBefore: new RegExp(String.raw`(?:^|[\n:"“«'])[ \t]*(${word}(?:[ \t]+${word})?)${separator}$`, 'u'),
    gap: new RegExp(String.raw`^(?:${separator}|[ \t]+)(?:${token}(?:[ \t]+${token}){0,2}${separator})?$`, 'u'),
    digit: new RegExp(`[${script.digits}]`, 'u'),
    postcodeEnd: new RegExp(`(?:^|[ \\t])[${script.digits}]{4,6}$`, 'u'),
  };
}

const SCRIPTS: readonly CompiledScript[] = [ARABIC_SCRIPT, DEVANAGARI, BENGALI].map(compile);

interface Part {
  start: number;
  end: number;
  street: boolean;
}

/** A letter of any of the scripts, looked for once: most messages hold none. */
const ANY_SCRIPT = /[\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}]/u;

export function detectUnitWordAddresses(text: string): Candidate[] {
  if (!ANY_SCRIPT.test(text)) return [];
  const found: Candidate[] = [];
  for (const script of SCRIPTS) if (script.hint.test(text)) found.push(...addressesIn(text, script));
  return found;
}

function addressesIn(text: string, script: CompiledScript): Candidate[] {
  const found: Candidate[] = [];
  let group: Part[] = [];
  const close = (): void => {
    const address = group.length > 0 ? addressOf(text, script, group) : undefined;
    if (address !== undefined) found.push(address);
    group = [];
  };
  for (const match of matchesOf(script.unit, text)) {
    if (match.index > 0 && script.letter.test(text[match.index - 1]!)) continue;
    const previous = group.at(-1);
    if (previous !== undefined && match.index < previous.end) continue;
    if (previous !== undefined && !script.gap.test(text.slice(previous.end, match.index))) close();
    const restStart = match.index + match[0].length;
    const rest = script.partRest.exec(text.slice(restStart, restStart + 120))?.[0] ?? '';
    group.push({ start: match.index, end: restStart + rest.length, street: script.streetWord.test(match[0]) });
  }
  close();
  return found;
}

/** The group's span with its number before and parts around it, when two unit words or a street and a number make it an address. */
function addressOf(text: string, script: CompiledScript, group: readonly Part[]): Candidate | undefined {
  let start = group[0]!.start;
  start -= script.numberBefore.exec(text.slice(Math.max(0, start - 16), start))?.[0].length ?? 0;
  let end = group.at(-1)!.end;
  // The units' own numbers count, and a postcode after them; "عالق بزحمة شارع الحمرا، متأخر ١٠ دقايق" is ten minutes late.
  let numbered = script.digit.test(text.slice(start, end));
  for (let parts = 0; parts < MOST_PARTS_AFTER; parts += 1) {
    const part = script.partAfter.exec(text.slice(end, end + 80));
    if (part === null) break;
    end += part[0].length;
    numbered ||= script.postcodeEnd.test(part[1]!);
  }
  const streets = group.filter((part) => part.street).length;
  if (group.length < 2 && !(streets > 0 && numbered)) return undefined;
  if (streets === 0 && !numbered) return undefined;
  const from = Math.max(0, start - 40);
  const before = script.partBefore.exec(text.slice(from, start));
  if (before !== null) start = from + before.index + before[0].lastIndexOf(before[1]!, before[0].length - before[1]!.length);
  return addressBetween(text, start, end);
}
