import { scanLatinWords } from './latin-word-scan.ts';
import { ENGLISH } from './function-words.ts';
import { otherLanguageOf } from './message-language.ts';
import { PARTICLES, wordFactsAt, type CaseStyle, type WordFacts } from './name-word-facts.ts';
import type { WordKind } from './name-word-kinds.ts';

export { PARTICLES, factsOf, type CaseStyle, type WordFacts } from './name-word-facts.ts';

/**
 * The words of a message as the recall-first and given-name passes read them: one list per text, each
 * word pointing at its facts (name-word-facts.ts), which are shared by every message holding the word.
 * A token copies nothing but where it stands; the getters read the shared facts.
 */
export class Token {
  constructor(
    readonly start: number,
    /** Without a possessive "'s". */
    readonly end: number,
    readonly facts: WordFacts,
  ) {}

  get text(): string {
    return this.facts.word;
  }

  get lower(): string {
    return this.facts.lower;
  }

  get kind(): WordKind {
    return this.facts.kind;
  }

  get titleCase(): boolean {
    return this.facts.titleCase;
  }

  get style(): CaseStyle {
    return this.facts.style;
  }

  get particle(): boolean {
    return this.facts.particle;
  }

  get shoutedRareWord(): boolean {
    return this.facts.shoutedRareWord;
  }

  get foreign(): boolean {
    return this.facts.foreign;
  }

  get unlisted(): boolean {
    return this.facts.unlisted;
  }

  get functionLanguages(): readonly number[] {
    return this.facts.functionLanguages;
  }
}

export function tokenize(text: string): Token[] {
  const bounds = scanLatinWords(text);
  const tokens: Token[] = [];
  for (let index = 0; index < bounds.length; index += 2) {
    const start = bounds[index]!;
    const rawEnd = bounds[index + 1]!;
    // A possessive is not part of the name: "Raman's laptop" masks "Raman".
    const possessive = rawEnd - start > 3 && text.charCodeAt(rawEnd - 1) === 115 && (text.charCodeAt(rawEnd - 2) === 39 || text.charCodeAt(rawEnd - 2) === 0x2019);
    const end = possessive ? rawEnd - 2 : rawEnd;
    tokens.push(new Token(start, end, wordFactsAt(text, start, end)));
  }
  return tokens;
}

const MINIMUM_FOREIGN_WORDS = 4;
/** A short message ("Aino, voitko katsoa tämän?") has fewer words to show its language: three do there (isShortForeignMessage). */
const SHORT_MESSAGE_WORDS = 7;
const MINIMUM_FOREIGN_WORDS_WHEN_SHORT = 3;
/** English grammar in one word of five or more keeps a message English, whatever else it holds. */
const WORDS_PER_ENGLISH_WORD = 5;

/**
 * A message mostly in another Latin-script language ("Gracias por todo, nos vemos en enero", "Dziękuję za
 * szybką odpowiedź"): there, words the English list lacks are that language's words, not names. Names in an
 * English message are a minority of its words, so half the words, and at least four, must look foreign —
 * or its function words must say which other language it is (message-language.ts), as they do for
 * sentences whose nouns look like rare English words ("De release van vrijdag is uitgesteld").
 */
export function isMostlyAnotherLanguage(tokens: readonly Token[]): boolean {
  return looksMostlyForeign(tokens) || otherLanguageOf(tokens) !== undefined;
}

/**
 * The first half of the test above: half the words, and at least four, look foreign. Lower-case words no list
 * holds ("juhannusta", "kaikille") count too, unless English grammar is two words or more and a fifth of them: an
 * English message quoting a Finnish line ("can someone translate this for Iris Chen: '…'") keeps its own; a Finnish
 * "on" (is) alone does not make one English.
 */
export function looksMostlyForeign(tokens: readonly Token[]): boolean {
  let foreign = 0;
  let unlisted = 0;
  let english = 0;
  for (const token of tokens) {
    if (token.foreign) foreign += 1;
    else if (token.unlisted) unlisted += 1;
    if (token.functionLanguages.includes(ENGLISH)) english += 1;
  }
  if (foreign >= MINIMUM_FOREIGN_WORDS && foreign * 2 >= tokens.length) return true;
  const signs = foreign + unlisted;
  if (signs >= MINIMUM_FOREIGN_WORDS && signs * 2 >= tokens.length && (english < 2 || english * WORDS_PER_ENGLISH_WORD < tokens.length)) return true;
  return tokens.length <= SHORT_MESSAGE_WORDS && english === 0 && isShortForeignMessage(tokens);
}

/**
 * Three words that are not English and no name's particles, half the words or more, in a message of four to seven
 * words with no English grammar at all: "Aino, voitko katsoa tämän?", "dakujem, PR je mergnuty". One English
 * grammar word keeps a short message English ("thanks ravi, linh and thanh": its names are frequent words elsewhere).
 */
function isShortForeignMessage(tokens: readonly Token[]): boolean {
  if (tokens.length <= MINIMUM_FOREIGN_WORDS_WHEN_SHORT) return false;
  let signs = 0;
  // A name's particles are foreign words in an English message too ("cc: pieter van der meulen").
  for (const token of tokens) if ((token.foreign || token.unlisted) && !PARTICLES.has(token.lower)) signs += 1;
  return signs >= MINIMUM_FOREIGN_WORDS_WHEN_SHORT && signs * 2 >= tokens.length;
}
