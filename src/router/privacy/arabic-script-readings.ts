import { createBoundedCache } from './bounded-cache.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isGivenNameInAnyLanguage } from './locale-given-names.ts';

/**
 * How a word in Arabic, Persian or Urdu script may be spelt in Latin letters, the way people write their own names in
 * English: "مهسا" → mahsa, "پریسا" → parisa, "سكينة" → sakina, "كارلا" → karla. The script writes consonants and long
 * vowels and leaves the short vowels out, so the readings put "a", "e" or nothing between two consonants; "و" and "ي"
 * are read as vowels or as consonants, "ه" at the end as "a", "e", "eh" or "ah", an opening alef as any vowel. Folded
 * forms come in (foldArabicScript): Persian and Urdu letters of the same sound are already one. A word of more than
 * seven letters, or one with a letter outside the table, has no reading.
 */
const CONSONANTS: Readonly<Record<string, readonly string[]>> = {
  'ب': ['b'], 'پ': ['p'], 'ت': ['t'], 'ث': ['th', 's'], 'ج': ['j', 'g'], 'چ': ['ch'], 'ح': ['h'], 'خ': ['kh'], 'د': ['d'],
  'ذ': ['z', 'dh'], 'ر': ['r'], 'ز': ['z'], 'ژ': ['zh', 'j'], 'س': ['s'], 'ش': ['sh'], 'ص': ['s'], 'ض': ['d', 'z'], 'ط': ['t'],
  'ظ': ['z'], 'غ': ['gh'], 'ف': ['f'], 'ق': ['q', 'gh', 'k'], 'ك': ['k'], 'گ': ['g'], 'ل': ['l'], 'م': ['m'], 'ن': ['n'],
  'ٹ': ['t'], 'ڈ': ['d'], 'ڑ': ['r'], 'ں': ['n'],
};
/** Letters read as a vowel, or as the consonant they also write. */
const VOWEL_LETTERS: Readonly<Record<string, { vowels: readonly string[]; consonants: readonly string[] }>> = {
  'ا': { vowels: ['a'], consonants: [] },
  'و': { vowels: ['u', 'o', 'ou'], consonants: ['w', 'v'] },
  'ي': { vowels: ['i', 'e', 'ee'], consonants: ['y'] },
  'ے': { vowels: ['e', 'ay'], consonants: [] },
  'ع': { vowels: ['a', ''], consonants: [] },
  'ء': { vowels: [''], consonants: [] },
  'ئ': { vowels: ['', 'i'], consonants: ['y'] },
  'ؤ': { vowels: ['', 'u'], consonants: [] },
};
/** "ه" (and teh marbuta, folded to it) closing a word: a vowel or the "h" written after one ("سپیده" → sepideh). */
const FINAL_HEH: readonly string[] = ['a', 'e', 'ah', 'eh', 'h'];
const OPENING_ALEF: readonly string[] = ['a', 'e', 'i', 'o'];
/** Short vowels the script leaves out between two consonants. */
const SHORT_VOWELS: readonly string[] = ['', 'a', 'e'];
const MOST_LETTERS = 7;
const MOST_READINGS = 400;

export function latinReadingsOfArabicScript(folded: string): readonly string[] {
  const letters = [...folded.replace(/\u200c/gu, '')];
  if (letters.length < 2 || letters.length > MOST_LETTERS) return [];
  let readings: Array<{ text: string; endsInConsonant: boolean }> = [{ text: '', endsInConsonant: false }];
  for (const [index, letter] of letters.entries()) {
    const options = optionsFor(letter, index, letters.length);
    if (options === undefined) return [];
    const next: Array<{ text: string; endsInConsonant: boolean }> = [];
    for (const reading of readings) {
      for (const option of options) {
        // Arabic and Persian open no word with two consonants ("مهسا" is mahsa, not mhsa), and two letters never make one
        // of the Latin digraphs ("تحكي" is no "thaki"): a short vowel stands between them.
        const between = !reading.endsInConsonant || !option.consonant ? [''] : !/[aeiou]/u.test(reading.text) || makesDigraph(reading.text, option.text) ? SHORT_VOWELS.slice(1) : SHORT_VOWELS;
        for (const vowel of between) next.push({ text: reading.text + vowel + option.text, endsInConsonant: option.consonant || (reading.endsInConsonant && option.text === '') });
      }
    }
    if (next.length > MOST_READINGS) return [];
    readings = next;
  }
  return [...new Set(readings.map((reading) => reading.text))];
}

function makesDigraph(before: string, after: string): boolean {
  return after.startsWith('h') && /[tskgdzcp]$/u.test(before);
}

function optionsFor(letter: string, index: number, length: number): Array<{ text: string; consonant: boolean }> | undefined {
  if (letter === 'ا' && index === 0) return OPENING_ALEF.map((text) => ({ text, consonant: false }));
  if (letter === 'ه') return index === length - 1 && index > 0 ? FINAL_HEH.map((text) => ({ text, consonant: false })) : [{ text: 'h', consonant: true }];
  const consonant = CONSONANTS[letter];
  if (consonant !== undefined) return consonant.map((text) => ({ text, consonant: true }));
  const vowel = VOWEL_LETTERS[letter];
  if (vowel === undefined) return undefined;
  // "و" and "ي" opening a word are consonants ("وليد", "ياسمين"); inside, either.
  const consonants = vowel.consonants.map((text) => ({ text, consonant: true }));
  return index === 0 && consonants.length > 0 ? consonants : [...vowel.vowels.map((text) => ({ text, consonant: false })), ...consonants];
}

const readings = createBoundedCache<boolean>(4096);

/**
 * A folded word of three letters or more that reads as a given name of the names lists in Latin letters ("مهسا" → Mahsa,
 * "سكينة" → Sakina, "زهرا" → Zahra, which the Arabic names table lacks) and as no English word.
 */
export function readsAsGivenName(folded: string): boolean {
  const known = readings.get(folded);
  if (known !== undefined) return known;
  const listed = [...folded].length >= 3 && latinReadingsOfArabicScript(folded).some((reading) => reading.length >= 3 && isGivenNameInAnyLanguage(reading) && !isDictionaryWord(reading));
  readings.set(folded, listed);
  return listed;
}
