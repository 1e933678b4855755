/**
 * A view of a text with its numbers said aloud written as digits — "call me on oh seven seven double oh, nine one two"
 * becomes "call me on 07700 912" — so the detectors that read digits (phones, cards, identifiers) read what a caller
 * said as they read what a caller typed. A pause (a comma) stays a space, as people group digits when they write them.
 * Spans found in the view map back to the words in the text.
 */
import { digitsOfNumberWords, isDigitWord, isNumberWord } from './number-words.ts';
import { spokenDates } from './spoken-dates.ts';
import { digitsOnly } from './text-scan.ts';

export interface SpokenNumberView {
  /** The text with each run of number words replaced by its digits. */
  text: string;
  /** Maps a span of the view back to the text: the whole words of any run it touches. */
  toText(start: number, end: number): { start: number; end: number };
  /** Whether a span of the view touches a run of number words. */
  touchesSpoken(start: number, end: number): boolean;
}

interface Rewrite {
  textStart: number;
  textEnd: number;
  viewStart: number;
  viewEnd: number;
}

/** A number said aloud long enough to be someone's: a phone's, a card's, an account's. */
const FEWEST_DIGITS = 6;
const FEWEST_DIGIT_WORDS = 4;
const DIGIT_WORD_SHARE = 0.6;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** Between two words of one spoken number: spaces, or a pause written as a comma, a dash or a full stop. */
const PAUSE = /^(?:[ \t]+|[ \t]*[,.–—-][ \t]*)$/u;
const COMMA_PAUSE = /[,.–—-]/u;

/** The view, or undefined when the text says no number or date aloud. */
export function spokenNumberView(text: string): SpokenNumberView | undefined {
  const dates = spokenDates(text);
  const said = [...dates, ...numbersSaid(text).filter((run) => !dates.some((date) => run.start < date.end && date.start < run.end))].sort((left, right) => left.start - right.start);
  if (said.length === 0) return undefined;
  const rewrites: Rewrite[] = [];
  let view = '';
  let copied = 0;
  for (const { start, end, written } of said) {
    view += text.slice(copied, start);
    rewrites.push({ textStart: start, textEnd: end, viewStart: view.length, viewEnd: view.length + written.length });
    view += written;
    copied = end;
  }
  view += text.slice(copied);
  return {
    text: view,
    toText: (start, end) => ({ start: toTextPosition(rewrites, start, 'start'), end: toTextPosition(rewrites, end, 'end') }),
    touchesSpoken: (start, end) => rewrites.some((rewrite) => start < rewrite.viewEnd && rewrite.viewStart < end),
  };
}

/** Each run of number words long enough to be someone's number, with its digits as people write them. */
function numbersSaid(text: string): Array<{ start: number; end: number; written: string }> {
  if (!NUMBER_WORD_THEN_SEPARATOR.test(text) || !CHEAP_LOOK.test(text)) return [];
  const said: Array<{ start: number; end: number; written: string }> = [];
  for (const run of numberRuns(text)) {
    // Someone's number is read digit by digit, or in small groups: mostly single digits. Times, prices and versions said
    // aloud are tens and teens ("nine thirty, ten fifteen", "three eleven").
    const words = run.groups.flat();
    const digitWords = words.filter(isDigitWord).length;
    if (digitWords < FEWEST_DIGIT_WORDS || digitWords < words.length * DIGIT_WORD_SHARE) continue;
    const digits = run.groups.map((group) => digitsOfNumberWords(group)).filter((group): group is string => group !== undefined);
    if (digits.length !== run.groups.length) continue;
    const written = `${run.plus ? '+' : ''}${digits.join(' ')}`;
    if (digitsOnly(written).length >= FEWEST_DIGITS) said.push({ start: run.start, end: run.end, written });
  }
  return said;
}

/** Only a text with three digit words in a row is read word by word. */
const CHEAP_LOOK = /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)[ ,.-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/iu;
/** CHEAP_LOOK's first word and separator without its \b: found faster, and most messages have none. */
const NUMBER_WORD_THEN_SEPARATOR = /(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)[ ,.-]/iu;

interface NumberRun {
  start: number;
  end: number;
  plus: boolean;
  /** The words of each group between pauses. */
  groups: string[][];
}

function numberRuns(text: string): NumberRun[] {
  const words = [...text.matchAll(WORD)].map((match) => ({ lower: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length }));
  const runs: NumberRun[] = [];
  let index = 0;
  while (index < words.length) {
    if (!isNumberWord(words[index]!.lower)) {
      index += 1;
      continue;
    }
    const plus = index > 0 && words[index - 1]!.lower === 'plus' && /^[ \t]+$/u.test(text.slice(words[index - 1]!.end, words[index]!.start));
    const run: NumberRun = { start: plus ? words[index - 1]!.start : words[index]!.start, end: words[index]!.end, plus, groups: [[words[index]!.lower]] };
    let next = index + 1;
    while (next < words.length && isNumberWord(words[next]!.lower)) {
      const gap = text.slice(words[next - 1]!.end, words[next]!.start);
      if (!PAUSE.test(gap)) break;
      if (COMMA_PAUSE.test(gap)) run.groups.push([]);
      run.groups[run.groups.length - 1]!.push(words[next]!.lower);
      run.end = words[next]!.end;
      next += 1;
    }
    runs.push(run);
    index = next;
  }
  return runs;
}

function toTextPosition(rewrites: readonly Rewrite[], position: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const rewrite of rewrites) {
    if (position < rewrite.viewStart || (side === 'end' && position === rewrite.viewStart)) break;
    if (position < rewrite.viewEnd || (side === 'end' && position === rewrite.viewEnd)) return side === 'start' ? rewrite.textStart : rewrite.textEnd;
    shift = rewrite.textEnd - rewrite.viewEnd;
  }
  return position + shift;
}
