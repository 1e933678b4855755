import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';

/**
 * Whether a word is frequent in lower case in English text, so that a capitalised "Socket",
 * "Gateway" or "Cascade" reads as an ordinary word. Compromise's lexicon cannot tell: it lists
 * irregular and ambiguous words only and guesses regular nouns from context. The o200k vocabulary
 * can: a byte-pair vocabulary learned from web text keeps a word whole, leading space included
 * (" gateway"), only when it is frequent in exactly that form. Names are written capitalised, so
 * rarer ones split in lower case (" priya" → " pri" + "ya", " okafor", " ngozi"). Short words are
 * left out because many short surnames ("Lim", "Han", "Kim") are frequent syllables too.
 */
const MINIMUM_LENGTH = 4;
/**
 * No word this long is one token (the longest whole words are under 20 letters), and byte-pair
 * encoding is quadratic in a run with no split: a pasted 100 kB string of one letter took 15 s.
 */
const MAXIMUM_LENGTH = 40;
const ASCII_WORD = /^[a-z]+$/;

/** About 2 µs a word; callers cache the verdict. */
export function isFrequentLowercaseWord(lower: string): boolean {
  return lower.length >= MINIMUM_LENGTH && lower.length <= MAXIMUM_LENGTH && ASCII_WORD.test(lower) && countTokens(` ${lower}`) === 1;
}

const LETTERS = /^\p{Ll}+$/u;

/**
 * The same test for a word written with its accents and its tilde, as the byte-pair vocabulary keeps the frequent words of other
 * languages whole too (" manhã", " irmã", " montaña"): words, not names, in those languages' chat.
 */
export function isFrequentLowercaseLetterWord(lower: string): boolean {
  return lower.length >= MINIMUM_LENGTH && lower.length <= MAXIMUM_LENGTH && LETTERS.test(lower) && countTokens(` ${lower}`) === 1;
}
