/**
 * Numbers said aloud, as call transcripts and voicemail transcriptions write them: "four one five, five five five",
 * "oh seven seven double four", "nineteen seventy nine", "seventy six". Read digit by digit the way people read
 * numbers out — each word its digits, in order — so a phone number, a card or a year comes out as written.
 */
const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  nought: '0',
  nil: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const TEEN_WORDS: Readonly<Record<string, string>> = {
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
};
const TENS_WORDS: Readonly<Record<string, string>> = {
  twenty: '2',
  thirty: '3',
  forty: '4',
  fourty: '4',
  fifty: '5',
  sixty: '6',
  seventy: '7',
  eighty: '8',
  ninety: '9',
};
/** "double four" is 44, "triple zero" 000. */
const REPEATS: Readonly<Record<string, number>> = { double: 2, triple: 3 };

/** Whether a lower-case word says one digit ("seven", "oh") or repeats one ("double"): how phone and card numbers are read out. */
export function isDigitWord(lower: string): boolean {
  return lower in DIGIT_WORDS || lower in REPEATS;
}

/** Whether a lower-case word is one a number is said with (a digit, a teen, a ten, "double", "hundred"). */
export function isNumberWord(lower: string): boolean {
  return lower in DIGIT_WORDS || lower in TEEN_WORDS || lower in TENS_WORDS || lower in REPEATS || lower === 'hundred' || (lower.includes('-') && lower.split('-').every((part) => part in TENS_WORDS || part in DIGIT_WORDS));
}

/**
 * The digits a run of number words says, or undefined when the run is not a number as people read one out ("double"
 * with nothing to double). Words are lower case; a hyphenated ten ("seventy-six") is one word.
 */
export function digitsOfNumberWords(words: readonly string[]): string | undefined {
  const parts = words.flatMap((word) => (word.includes('-') ? word.split('-') : [word]));
  let digits = '';
  for (let index = 0; index < parts.length; index += 1) {
    const word = parts[index]!;
    const repeat = REPEATS[word];
    if (repeat !== undefined) {
      const repeated = DIGIT_WORDS[parts[index + 1] ?? ''];
      if (repeated === undefined) return undefined;
      digits += repeated.repeat(repeat);
      index += 1;
    } else if (word in TENS_WORDS) {
      const unit = DIGIT_WORDS[parts[index + 1] ?? ''];
      // "seventy six" is 76; "seventy" alone 70; "seventy oh" is not said.
      if (unit !== undefined && unit !== '0' && parts[index + 1] !== 'oh') {
        digits += TENS_WORDS[word]! + unit;
        index += 1;
      } else digits += `${TENS_WORDS[word]!}0`;
    } else if (word === 'hundred') {
      // "six hundred" after its digit: the digit is already written, two zeros unless tens or units follow.
      if (digits === '') return undefined;
      const next = parts[index + 1] ?? '';
      if (!(next in TENS_WORDS || next in TEEN_WORDS || (next in DIGIT_WORDS && next !== 'oh'))) digits += '00';
      else if (next in DIGIT_WORDS) digits += '0';
    } else {
      const value = TEEN_WORDS[word] ?? DIGIT_WORDS[word];
      if (value === undefined) return undefined;
      digits += value;
    }
  }
  return digits === '' ? undefined : digits;
}
