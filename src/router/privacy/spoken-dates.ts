/**
 * Dates said aloud, as identity checks on a call go: "twenty second of november nineteen seventy nine", "june ninth
 * nineteen fifty two", "the fifth of may, ninety three", "ninth of the ninth, eighty-two". Each is given back written as
 * the date detectors read dates ("22 november 1979", "june 9 1952", "9/9/82"), for the spoken view (spoken-numbers.ts).
 */
import { digitsOfNumberWords } from './number-words.ts';

export interface SpokenDate {
  start: number;
  end: number;
  written: string;
}

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_VALUES: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((word, index): [string, number] => [word, index + 1]),
  ...['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'].map((word, index): [string, number] => [word, index + 10]),
  ['twentieth', 20],
  ['thirtieth', 30],
]);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ORDINAL = String.raw`(?:(?:twenty|thirty)[ -](?:${UNITS.join('|')})|${[...ORDINAL_VALUES.keys()].join('|')})`;
const MONTH = `(?:${MONTHS.join('|')})`;
const DIGIT = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const TEEN = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
/** "seventy nine", "eighty-two", "nineteen sixty", "nineteen oh five": two digits, after the century or alone. */
const YEAR_END = String.raw`(?:${TENS}(?:[ -]${DIGIT})?|${TEEN}|oh[ -]${DIGIT})`;
const YEAR = String.raw`(?:(?:nineteen|eighteen)[ -])?${YEAR_END}`;
const SPOKEN_DATE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:the[ \t]+)?(${ORDINAL})(?:[ \t]+of)?[ \t]+(${MONTH})|(${MONTH})[ \t]+(?:the[ \t]+)?(${ORDINAL})|(?:the[ \t]+)?(${ORDINAL})[ \t]+of[ \t]+the[ \t]+(${ORDINAL}))[ \t]*,?[ \t]+(${YEAR})(?![\p{L}])`,
  'giu',
);

/** Every spoken date holds an ordinal word; most messages hold none ("with", "month" end in "th" too). */
const ANY_ORDINAL = /(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth)(?![\p{L}])/iu;

export function spokenDates(text: string): SpokenDate[] {
  if (!ANY_ORDINAL.test(text)) return [];
  const found: SpokenDate[] = [];
  for (const match of text.matchAll(SPOKEN_DATE)) {
    const [, dayBefore, monthAfter, monthBefore, dayAfter, dayOfNumbered, monthNumbered, yearWords = ''] = match;
    const year = digitsOfNumberWords(yearWords.toLowerCase().split(/[ -]+/u));
    if (year === undefined || (year.length !== 2 && year.length !== 4)) continue;
    const day = ordinalValue(dayBefore ?? dayAfter ?? dayOfNumbered ?? '');
    if (day === undefined || day > 31) continue;
    let written: string;
    if (monthNumbered !== undefined) {
      const month = ordinalValue(monthNumbered);
      if (month === undefined || month > 12) continue;
      written = `${day}/${month}/${year}`;
    } else written = `${day} ${(monthAfter ?? monthBefore ?? '').toLowerCase()} ${year}`;
    found.push({ start: match.index, end: match.index + match[0].length, written });
  }
  return found;
}

function ordinalValue(words: string): number | undefined {
  const parts = words.toLowerCase().split(/[ -]+/u);
  if (parts.length === 2) {
    const tens = parts[0] === 'twenty' ? 20 : parts[0] === 'thirty' ? 30 : undefined;
    const unit = ORDINAL_VALUES.get(parts[1]!);
    return tens === undefined || unit === undefined || unit > 9 ? undefined : tens + unit;
  }
  return ORDINAL_VALUES.get(parts[0]!);
}
