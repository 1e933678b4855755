import { isArabicScriptGivenName } from './arabic-script-names.ts';
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
 * address only with a street-level word and either another unit word in one run of parts or its own number and a part
 * after it (addressOf). The parts without a unit word that follow (the district, the town, the postcode) are taken
 * while each is a short run of words; a town of one word before the first unit when it opens the line ("تهران، خیابان…").
 */
interface ScriptUnits {
  /** A letter of the script: without one the text is not scanned. */
  readonly hint: RegExp;
  readonly letters: string;
  readonly digits: string;
  /** Streets, roads, lanes, districts, villages, sectors, postal boxes: one of these and a number make an address. */
  readonly streetWords: readonly string[];
  /** Buildings, floors, flats, plots: an address only beside a street-level word (alone they direct to a floor of the office). */
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
    // Urdu: lane, neighbourhood, sector, road, colony, town, district, sub-district, post office.
    'گلی', 'محلہ', 'سیکٹر', 'روڈ', 'کالونی', 'ٹاؤن', 'ضلع', 'تحصیل', 'ڈاکخانہ',
  ],
  otherWords: [
    // Arabic: building, block of flats, flat, floor, villa, plot. Not "رقم" (number): "رقم الطلب ٤٥٦٧٨٩" is an order.
    'مبنى', 'عمارة', 'بناية', 'شقة', 'الطابق', 'طابق', 'فيلا', 'قطعة',
    // Persian: plate (house number), unit, floor, building; Urdu: house, flat, floor, block, phase ("بلاک" is also
    // "blocked", "فیز" a project's phase: beside a street-level word only).
    'پلاک', 'واحد', 'طبقه', 'ساختمان', 'مکان', 'ہاؤس', 'فلیٹ', 'منزل', 'بلاک', 'فیز',
  ],
  prefixes: 'وبف',
};

const DEVANAGARI: ScriptUnits = {
  hint: /\p{Script=Devanagari}/u,
  letters: String.raw`\p{Script=Devanagari}`,
  digits: '0-9०-९',
  // Lane, sector, neighbourhood, Nepal's ward (before its number only: "वडा पाव" is a snack) and municipalities, village,
  // post office, sub-district, district, police station, road, colony; the
  // PIN code only before its six digits (a "पिन" alone is a GPIO pin or a PIN).
  streetWords: ['गली', 'सेक्टर', 'मोहल्ला', 'वडा(?=[ \\t.नं]*[0-9०-९])', 'वार्ड', 'उपमहानगरपालिका', 'महानगरपालिका', 'नगरपालिका', 'गाउँपालिका', 'गांव', 'गाँव', 'ग्राम', 'पोस्ट', 'डाकघर', 'तहसील', 'जिला', 'ज़िला', 'थाना', 'रोड', 'मार्ग', 'कॉलोनी', 'पिन(?:[ \\t]*कोड)?(?=[ \\t:-]*\\d{6})'],
  // House, flat, block, floor.
  otherWords: ['मकान', 'हाउस', 'फ्लैट', 'ब्लॉक', 'मंजिल'],
  prefixes: '',
};

const BENGALI: ScriptUnits = {
  hint: /\p{Script=Bengali}/u,
  letters: String.raw`\p{Script=Bengali}`,
  digits: '0-9০-৯',
  // Road, road, lane, lane, village, post office, police station, sub-district, district, sector, neighbourhood, ward.
  streetWords: ['রোড', 'সড়ক', 'লেন', 'গলি', 'গ্রাম', 'ডাকঘর', 'থানা', 'উপজেলা', 'জেলা', 'সেক্টর', 'মহল্লা', 'ওয়ার্ড'],
  // House, home, flat, block, floor, post office ("পোস্ট" is also a post on social media: beside a street-level word only).
  otherWords: ['বাড়ি', 'বাসা', 'হাউজ', 'ফ্ল্যাট', 'ব্লক', 'তলা', 'পোস্ট'],
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
  /** A town of one word opening the line before the first unit word, as Persian writes the largest part first: "تهران، ". */
  readonly partBefore: RegExp;
  /** What may stand between two unit parts of one address: a comma, and maybe a part or two without a unit word (district, town). */
  readonly gap: RegExp;
  readonly digit: RegExp;
  /** A part that ends in a postcode: four to six digits, after the town or alone. */
  readonly postcodeEnd: RegExp;
}

const LOOK_AHEAD = /\(\?=[^)]*\)/gu;
const MOST_WORDS_IN_PART = 4;
/** A comma part after the units that is longer than this is a clause, not a town. */
const MOST_WORDS_AFTER = 3;
const MOST_PARTS_AFTER = 2;
/** Parts end at a line, a full stop, a question mark, a semicolon, a colon, a bracket, a quote, a dash or a pipe in any script. */
const PART_STOP = String.raw`\n.!?؟؛;:()"“”«»'—–|`;

function compile(script: ScriptUnits): CompiledScript {
  const letter = `[${script.letters}\\p{M}]`;
  const word = `${letter}+`;
  // A number as addresses write it: "12", "١٢٣", "14ب", "G-9/2", "7/3", or a block's letter ("ब्लॉक C").
  const number = String.raw`(?:(?:[A-Za-z]{1,2}-?)?[${script.digits}]+(?:[/-][${script.digits}A-Za-z]+)*(?:${letter}(?!${letter}))?|[A-Za-z]{1,2}(?![A-Za-z\d]))`;
  // "नं." and "No." abbreviate "number" before a house or ward number: their dot ends no part.
  const token = `(?:(?:नं|No|no)\\.|${word}|${number})`;
  const prefix = script.prefixes === '' ? '' : `[${script.prefixes}]?`;
  const units = [...script.streetWords, ...script.otherWords].sort((left, right) => right.length - left.length).join('|');
  const separator = String.raw`[ \t]*[،,][ \t]*`;
  return {
    hint: script.hint,
    // No look-behind for the word's start: V8 would try it at every character (six times slower); addressesIn checks it.
    unit: new RegExp(String.raw`${prefix}(?:${units})(?!${letter})`, 'gu'),
    letter: new RegExp(letter, 'u'),
    // Tested on the word found, so without the look-ahead a word may carry ("पिन" before its six digits).
    streetWord: new RegExp(String.raw`^${prefix}(?:${script.streetWords.map((word) => word.replace(LOOK_AHEAD, '')).join('|')})$`, 'u'),
    // A unit may be written as a label, its name after a colon: "থানা: মিরপুর".
    partRest: new RegExp(String.raw`^:?(?:[ \t]+${token}){0,${MOST_WORDS_IN_PART}}(?=[ \t]*(?:$|[،,${PART_STOP}]))|^:?(?:[ \t]+${token}){0,${MOST_WORDS_IN_PART}}`, 'u'),
    numberBefore: new RegExp(String.raw`(?<![${script.digits}])${number}[ \t]+$`, 'u'),
    partAfter: new RegExp(String.raw`^${separator}(${token}(?:[ \t]+${token}){0,${MOST_WORDS_AFTER - 1}})(?=[ \t]*(?:$|[،,${PART_STOP}]))`, 'u'),
    partBefore: new RegExp(String.raw`(?:^|[\n:"“«'])[ \t]*(${word})${separator}$`, 'u'),
    gap: new RegExp(String.raw`^(?:${separator}|[ \t]+)(?:${token}(?:[ \t]+${token}){0,2}${separator}){0,2}$`, 'u'),
    digit: new RegExp(`[${script.digits}]`, 'u'),
    postcodeEnd: new RegExp(`(?:^|[ \\t])[${script.digits}]{4,6}$`, 'u'),
  };
}

const SCRIPTS: readonly CompiledScript[] = [ARABIC_SCRIPT, DEVANAGARI, BENGALI].map(compile);

interface Part {
  start: number;
  end: number;
  /** A street, road, lane, district or village word opens the part or stands in it. */
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
    if (isCompound(text, match.index, match.index + match[0].length)) continue;
    const previous = group.at(-1);
    // A unit word inside the part before ("عمارة ٣٤ شارع عباس العقاد") makes that part a street's if it is one.
    if (previous !== undefined && match.index < previous.end) {
      previous.street ||= script.streetWord.test(match[0]);
      continue;
    }
    if (previous !== undefined && !script.gap.test(text.slice(previous.end, match.index))) close();
    const restStart = match.index + match[0].length;
    const rest = script.partRest.exec(text.slice(restStart, restStart + 120))?.[0] ?? '';
    group.push({ start: match.index, end: restStart + rest.length, street: script.streetWord.test(match[0]) });
  }
  close();
  return found;
}

/**
 * "عن طريق" (by way of), "خارطة طريق", "روڈ میپ", "रोड मैप", "রোড ম্যাপ" (a roadmap): a unit word inside another word's phrase,
 * or one of Urdu's in text that is not Urdu, or one a preposition follows.
 */
const COMPOUND_BEFORE = /(?:^|[^\p{L}\p{M}])(?:عن|خارطة|خارطه|خريطة|خريطه)[ \t]+$/u;
const COMPOUND_AFTER = /^[ \t]+(?:میپ|مپ|ماپ|मैप|ম্যাপ)(?![\p{L}\p{M}])/u;

/**
 * A preposition or case marker right after the word makes it a verb or a noun of a phrase: "حي على الصلاة" is the call to
 * prayer, "नगरपालिका ने…" the municipality doing something.
 */
const GRAMMAR_AFTER = /^[ \t]+(?:على|علي|إلى|الى|في|من|عن|ने|का|की|के|को|से|में|ले|मा|लाई)(?![\p{L}\p{M}])/u;
/**
 * Urdu's district and road words are Arabic's "side" and nothing ("ضلع مربع", a square's side): they count only in text
 * written with Urdu's own letters.
 */
const URDU_ONLY: ReadonlySet<string> = new Set(['ضلع', 'تحصیل', 'ڈاکخانہ', 'روڈ', 'ٹاؤن', 'سیکٹر', 'کالونی', 'محلہ', 'گلی']);
const URDU_LETTER = /[ٹڈڑںےہ]/u;

function isCompound(text: string, start: number, end: number): boolean {
  if (URDU_ONLY.has(text.slice(start, end)) && !URDU_LETTER.test(text)) return true;
  return COMPOUND_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || COMPOUND_AFTER.test(text.slice(end, end + 8)) || GRAMMAR_AFTER.test(text.slice(end, end + 8));
}

/**
 * The group's span with its number before and parts around it. A street-level word is needed (a floor and a building
 * alone direct to a room of the office: "الطابق 3، مبنى B"), and either another unit word, or its own number (a house
 * before it, a number in its part, a postcode after the town) with a part after it: "خارطة طريق ٢٠٢٥" is a roadmap,
 * "پروجیکٹ کا فیز 2" a project's phase.
 */
function addressOf(text: string, script: CompiledScript, group: readonly Part[]): Candidate | undefined {
  if (!group.some((part) => part.street)) return undefined;
  let start = group[0]!.start;
  start -= script.numberBefore.exec(text.slice(Math.max(0, start - 16), start))?.[0].length ?? 0;
  let end = group.at(-1)!.end;
  // The units' own numbers count, and a postcode after them; "عالق بزحمة شارع الحمرا، متأخر ١٠ دقايق" is ten minutes late.
  let numbered = script.digit.test(text.slice(start, end));
  let partsAfter = 0;
  for (; partsAfter < MOST_PARTS_AFTER; partsAfter += 1) {
    const part = script.partAfter.exec(text.slice(end, end + 80));
    if (part === null || !isPlacePart(part[1]!)) break;
    end += part[0].length;
    numbered ||= script.postcodeEnd.test(part[1]!);
  }
  if (group.length < 2 && !(numbered && partsAfter > 0)) return undefined;
  const from = Math.max(0, start - 40);
  const before = script.partBefore.exec(text.slice(from, start));
  if (before !== null && !isArabicScriptGivenName(before[1]!)) start = from + before.index + before[0].lastIndexOf(before[1]!, before[0].length - before[1]!.length);
  return addressBetween(text, start, end);
}

/**
 * A phone number ("موبايل 0501112233") or a name joined to "to" ("سلّمه لخالد", "لـ سارة") is the message going on, not
 * a town ("لاہور", "لندن" open with the same letter).
 */
const PHONE_LENGTH = /\d{7}/u;
const TO_JOINED = /(?:^|[ \t])لـ|(?:^|[ \t])ل(\p{Script=Arabic}+)/u;

function isPlacePart(part: string): boolean {
  if (PHONE_LENGTH.test(part)) return false;
  const joined = TO_JOINED.exec(part);
  return joined === null || (joined[1] !== undefined && !isArabicScriptGivenName(joined[1]));
}
