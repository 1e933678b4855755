/**
 * How a word in Devanagari (Hindi, Marathi, Nepali) or Bengali script is spelt in Latin letters, the way people there
 * write their own names in English: "प्रियंका" → priyanka, "ऋषभ" → rishabh, "তানভীর" → tanvir, "ফাহিম" → fahim. The
 * names lists are in Latin letters, so a name in these scripts is looked up through its readings.
 *
 * The scripts write every consonant with a vowel "a" unless a sign says otherwise; Hindi and Bengali speech drops that
 * vowel at the end of a word and, often, in the middle (रचना is "rachna", not "rachana"). Which middle one is dropped
 * depends on the word, so the readings are the few the rule allows: with every such vowel, with the last dropped, and
 * with the middle ones dropped after a sounded vowel too. Each is spelt the ways names are ("ee" and "i", "oo" and "u",
 * "v" and "w", "ph" and "f", "sh" and "s"). A word with a letter outside these tables has no reading.
 */
const CONSONANTS: Readonly<Record<string, string>> = {
  // Devanagari
  'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'ng', 'च': 'ch', 'छ': 'chh', 'ज': 'j', 'झ': 'jh', 'ञ': 'n',
  'ट': 't', 'ठ': 'th', 'ड': 'd', 'ढ': 'dh', 'ण': 'n', 'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n',
  'प': 'p', 'फ': 'ph', 'ब': 'b', 'भ': 'bh', 'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'ळ': 'l', 'व': 'v',
  'श': 'sh', 'ष': 'sh', 'स': 's', 'ह': 'h',
  'क़': 'q', 'ख़': 'kh', 'ग़': 'gh', 'ज़': 'z', 'ड़': 'r', 'ढ़': 'rh', 'फ़': 'f', 'य़': 'y',
  // Bengali: য is "j" opening a syllable, "y" after another consonant (the ya-phala of "সূর্য", surya)
  'ক': 'k', 'খ': 'kh', 'গ': 'g', 'ঘ': 'gh', 'ঙ': 'ng', 'চ': 'ch', 'ছ': 'chh', 'জ': 'j', 'ঝ': 'jh', 'ঞ': 'n',
  'ট': 't', 'ঠ': 'th', 'ড': 'd', 'ঢ': 'dh', 'ণ': 'n', 'ত': 't', 'থ': 'th', 'দ': 'd', 'ধ': 'dh', 'ন': 'n',
  'প': 'p', 'ফ': 'ph', 'ব': 'b', 'ভ': 'bh', 'ম': 'm', 'য': 'j', 'র': 'r', 'ল': 'l', 'শ': 'sh', 'ষ': 'sh',
  'স': 's', 'হ': 'h', 'ড়': 'r', 'ঢ়': 'rh', 'য়': 'y', 'ৎ': 't',
};
/** A consonant's letter with the nukta under it, for text that writes the two apart. */
const WITH_NUKTA: Readonly<Record<string, string>> = { 'क': 'q', 'ख': 'kh', 'ग': 'gh', 'ज': 'z', 'ड': 'r', 'ढ': 'rh', 'फ': 'f', 'य': 'y', 'ড': 'r', 'ঢ': 'rh', 'য': 'y' };
const NUKTA = new Set(['\u093c', '\u09bc']);
const VOWELS: Readonly<Record<string, string>> = {
  'अ': 'a', 'आ': 'aa', 'इ': 'i', 'ई': 'ee', 'उ': 'u', 'ऊ': 'oo', 'ऋ': 'ri', 'ए': 'e', 'ऐ': 'ai', 'ओ': 'o', 'औ': 'au', 'ऑ': 'o',
  'অ': 'a', 'আ': 'aa', 'ই': 'i', 'ঈ': 'ee', 'উ': 'u', 'ঊ': 'oo', 'ঋ': 'ri', 'এ': 'e', 'ঐ': 'oi', 'ও': 'o', 'ঔ': 'ou',
};
const VOWEL_SIGNS: Readonly<Record<string, string>> = {
  '\u093e': 'aa', '\u093f': 'i', '\u0940': 'ee', '\u0941': 'u', '\u0942': 'oo', '\u0943': 'ri', '\u0945': 'e', '\u0947': 'e', '\u0948': 'ai', '\u0949': 'o', '\u094b': 'o', '\u094c': 'au',
  '\u09be': 'aa', '\u09bf': 'i', '\u09c0': 'ee', '\u09c1': 'u', '\u09c2': 'oo', '\u09c3': 'ri', '\u09c7': 'e', '\u09c8': 'oi', '\u09cb': 'o', '\u09cc': 'ou',
};
const VIRAMA = new Set(['\u094d', '\u09cd']);
/** Anusvara and chandrabindu: a nasal, spelt "n" ("प्रियंका" → priyanka). Visarga is not spelt. */
const NASALS = new Set(['\u0902', '\u0901', '\u0982', '\u0981']);
const SILENT = new Set(['\u0903', '\u0983', '\u200c', '\u200d']);
/** More readings than this are not worth a lookup each: a long compound is no given name. */
const MOST_SYLLABLES = 8;

interface Syllable {
  consonants: string;
  vowel: string;
  /** The vowel is the one every consonant carries, which speech may drop. */
  inherent: boolean;
}

export function latinReadingsOf(word: string): readonly string[] {
  const syllables = syllablesOf(word.normalize('NFC'));
  if (syllables === undefined || syllables.length === 0 || syllables.length > MOST_SYLLABLES) return [];
  const spellings = new Set<string>();
  for (const dropped of [droppingLast, droppingAfterVowels, droppingNone]) {
    const reading = syllables.map((syllable, index) => syllable.consonants + (syllable.inherent && dropped(syllables, index) ? '' : syllable.vowel)).join('');
    for (const spelling of spellingsOf(reading, BENGALI.test(word))) spellings.add(spelling);
  }
  return [...spellings];
}

function syllablesOf(word: string): Syllable[] | undefined {
  const letters = [...word];
  const syllables: Syllable[] = [];
  let cluster = '';
  for (let index = 0; index < letters.length; index += 1) {
    const letter = letters[index]!;
    const next = letters[index + 1];
    let consonant = CONSONANTS[letter];
    if (consonant !== undefined && next !== undefined && NUKTA.has(next)) {
      consonant = WITH_NUKTA[letter] ?? consonant;
      index += 1;
    }
    if (consonant !== undefined) {
      // The ya-phala of Bengali reads "y" ("সূর্য", "অনিন্দ্য"), the ba-phala "w" ("বিশ্বজিৎ" → biswajit).
      if (cluster.length > 0 && letter === 'য') consonant = 'y';
      else if (cluster.length > 0 && letter === 'ব') consonant = 'w';
      cluster += consonant;
      const after = letters[index + 1];
      if (after !== undefined && VIRAMA.has(after)) {
        index += 1;
        continue;
      }
      if (after !== undefined && after in VOWEL_SIGNS) continue;
      syllables.push({ consonants: cluster, vowel: letter === 'ৎ' ? '' : 'a', inherent: letter !== 'ৎ' });
      cluster = '';
    } else if (letter in VOWEL_SIGNS) {
      syllables.push({ consonants: cluster, vowel: VOWEL_SIGNS[letter]!, inherent: false });
      cluster = '';
    } else if (letter in VOWELS) {
      if (cluster.length > 0) syllables.push({ consonants: cluster, vowel: '', inherent: false });
      syllables.push({ consonants: '', vowel: VOWELS[letter]!, inherent: false });
      cluster = '';
    } else if (NASALS.has(letter)) {
      const last = syllables.at(-1);
      if (last === undefined) return undefined;
      last.vowel += 'n';
      last.inherent = false;
    } else if (!SILENT.has(letter)) {
      return undefined;
    }
  }
  if (cluster.length > 0) syllables.push({ consonants: cluster, vowel: '', inherent: false });
  return syllables;
}

function droppingLast(syllables: readonly Syllable[], index: number): boolean {
  return index === syllables.length - 1 && index > 0;
}

/**
 * The last, and each middle one after a syllable whose vowel is sounded and before one that has a vowel, read from the
 * left ("रचना" → rachna, "सपना" → sapna, "फ़रहाना" → farhana): the first syllable keeps its vowel.
 */
function droppingAfterVowels(syllables: readonly Syllable[], index: number): boolean {
  if (droppingLast(syllables, index)) return true;
  if (index === 0 || index >= syllables.length - 1 || syllables[index + 1]!.vowel.length === 0) return false;
  return !droppingAfterVowels(syllables, index - 1);
}

function droppingNone(): boolean {
  return false;
}

/**
 * The ways a reading is spelt in names, each change alone or with the others: long vowels doubled or not ("ee"/"i",
 * "oo"/"u"), "v"/"w", Bengali's "bh" as "v" ("তানভীর", Tanvir), "ph"/"f", "sh"/"s", "chh"/"ch", "jn"/"gy", "au"/"ow".
 */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ee/gu, 'i'], [/oo/gu, 'u'], [/v/gu, 'w'], [/bh/gu, 'v'], [/ph/gu, 'f'], [/sh/gu, 's'], [/chh/gu, 'ch'], [/jn/gu, 'gy'], [/[ao]u/gu, 'ow'],
];

/** Bengali's "ব" is spelt "v" in names too ("রাজীব", Rajiv), and its "য" "y" ("দেবযানী", Devyani). */
const BENGALI_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [[/b/gu, 'v'], [/j/gu, 'y']];
const BENGALI = /[\u0980-\u09ff]/u;

function spellingsOf(reading: string, bengali: boolean): string[] {
  // A long "ee" inside a name and a short "i" at its end ("मीनाक्षी", Meenakshi) are spelt so together.
  let spellings = new Set([reading, reading.replace(/aa/gu, 'a'), reading.replace(/aa/gu, 'a').replace(/ee$/u, 'i')]);
  for (const [pattern, replacement] of bengali ? [...SPELLINGS, ...BENGALI_SPELLINGS] : SPELLINGS) {
    pattern.lastIndex = 0;
    if (![...spellings].some((spelling) => spelling.search(pattern) >= 0)) continue;
    spellings = new Set([...spellings, ...[...spellings].map((spelling) => spelling.replace(pattern, replacement))]);
  }
  return [...spellings];
}
