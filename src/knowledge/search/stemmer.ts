/**
 * Martin Porter's 1980 stemming algorithm — the one SQLite's `porter` tokenizer applies to the
 * index. Query analysis uses it to look up synonyms and to check which query words a retrieved
 * chunk really contains (for confidence), comparing stems with stems on both sides.
 */
const STEP2: Record<string, string> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al', entli: 'ent',
  eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful',
  ousness: 'ous', aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP3: Record<string, string> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };

const CONSONANT = '[^aeiou]';
const VOWEL = '[aeiouy]';
const CONSONANTS = `${CONSONANT}[^aeiouy]*`;
const VOWELS = `${VOWEL}[aeiou]*`;
/** measure > 0, measure = 1, measure > 1, and "stem contains a vowel", in Porter's notation. */
const M_GT_0 = new RegExp(`^(${CONSONANTS})?${VOWELS}${CONSONANTS}`);
const M_EQ_1 = new RegExp(`^(${CONSONANTS})?${VOWELS}${CONSONANTS}(${VOWELS})?$`);
const M_GT_1 = new RegExp(`^(${CONSONANTS})?${VOWELS}${CONSONANTS}${VOWELS}${CONSONANTS}`);
const HAS_VOWEL = new RegExp(`^(${CONSONANTS})?${VOWEL}`);
const CVC = new RegExp(`^${CONSONANTS}${VOWEL}[^aeiouwxy]$`);

/**
 * Every candidate passage is stemmed on every query (evidence and rescoring), and words repeat across
 * passages and questions (Zipf): a map lookup is far cheaper than the Porter steps. Large enough for a
 * 100k-passage index's working vocabulary; it starts over when full.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** Stems one lower-case word. Words of fewer than three letters are returned unchanged. */
export function stem(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = word.length < 3 || !/^[a-z]+$/.test(word) ? word : porter(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

/**
 * The term SQLite's porter tokenizer indexes for one token of ASCII letters and digits ("1887ms" →
 * "1887m"), which stem() leaves alone when it holds a digit: the same steps, with digits as
 * consonants, as SQLite reads them. Checked against SQLite on the SCOWL word lists and on random
 * letter-and-digit tokens.
 */
/** ASCII letters and digits, well short of the length beyond which FTS5's porter step leaves a token unstemmed (64). */
const PLAIN_WORD = /^[a-z0-9]{1,40}$/;

/** The term FTS5 holds for a word it reads as one token (lower-case ASCII letters and digits); undefined for any other word. */
export function plainIndexTerm(word: string): string | undefined {
  return PLAIN_WORD.test(word) ? indexTerm(word) : undefined;
}

export function indexTerm(token: string): string {
  return /\d/.test(token) && /[a-z]/.test(token) && token.length >= 3 ? porter(token) : stem(token);
}

function porter(input: string): string {
  // A leading y is a consonant; upper-casing it keeps the vowel patterns from treating it as one.
  const leadingY = input.startsWith('y');
  let word = leadingY ? `Y${input.slice(1)}` : input;
  word = step1a(word);
  word = step1b(word);
  word = step1c(word);
  word = replaceSuffix(word, /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/, STEP2);
  word = replaceSuffix(word, /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/, STEP3);
  word = step4(word);
  word = step5(word);
  return leadingY ? `y${word.slice(1)}` : word;
}

function step1a(word: string): string {
  if (/^(.+?)(ss|i)es$/.test(word)) return word.replace(/^(.+?)(ss|i)es$/, '$1$2');
  if (/^(.+?)([^s])s$/.test(word)) return word.replace(/^(.+?)([^s])s$/, '$1$2');
  return word;
}

function step1b(word: string): string {
  const eed = /^(.+?)eed$/.exec(word);
  if (eed) return M_GT_0.test(eed[1]!) ? word.slice(0, -1) : word;
  const edIng = /^(.+?)(ed|ing)$/.exec(word);
  if (!edIng || !HAS_VOWEL.test(edIng[1]!)) return word;
  const stemmed = edIng[1]!;
  if (/(at|bl|iz)$/.test(stemmed)) return `${stemmed}e`;
  if (/([^aeiouylsz])\1$/.test(stemmed)) return stemmed.slice(0, -1);
  if (CVC.test(stemmed)) return `${stemmed}e`;
  return stemmed;
}

function step1c(word: string): string {
  const match = /^(.+?)y$/.exec(word);
  return match && HAS_VOWEL.test(match[1]!) ? `${match[1]}i` : word;
}

function replaceSuffix(word: string, pattern: RegExp, table: Record<string, string>): string {
  const match = pattern.exec(word);
  if (!match || !M_GT_0.test(match[1]!)) return word;
  return match[1]! + (table[match[2]!] ?? '');
}

function step4(word: string): string {
  const suffix = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/.exec(word);
  if (suffix) return M_GT_1.test(suffix[1]!) ? suffix[1]! : word;
  const ion = /^(.+?)(s|t)(ion)$/.exec(word);
  if (ion && M_GT_1.test(ion[1]! + ion[2]!)) return ion[1]! + ion[2]!;
  return word;
}

function step5(word: string): string {
  let result = word;
  const finalE = /^(.+?)e$/.exec(result);
  if (finalE) {
    const base = finalE[1]!;
    if (M_GT_1.test(base) || (M_EQ_1.test(base) && !CVC.test(base))) result = base;
  }
  if (/ll$/.test(result) && M_GT_1.test(result)) result = result.slice(0, -1);
  return result;
}
