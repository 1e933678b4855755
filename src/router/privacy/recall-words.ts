import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isFrequentLowercaseWord } from './frequent-words.ts';
import { scanLatinWords } from './latin-word-scan.ts';
import { wordKind, type WordKind } from './name-word-kinds.ts';
import { WordTable } from './word-table.ts';

/**
 * The words of a message as the recall-first name pass reads them, with what it needs to know about
 * each (its case, whether it is an ordinary word, a particle). Those facts depend on the word alone,
 * so they are worked out once per distinct word and shared by every message that contains it: a
 * message's words mostly repeat ("the", "ask", "deploy"), and the pass reads every word of every message.
 */
export type CaseStyle = 'lower' | 'upper' | 'title' | 'mixed';

export interface WordFacts {
  lower: string;
  kind: WordKind;
  /** "Priya", not "PRIYA" or "priya": case that carries information. */
  titleCase: boolean;
  style: CaseStyle;
  particle: boolean;
  /** Written in capitals and not in the English word list ("FEEST"): continues a shouted name. */
  shoutedRareWord: boolean;
  /** Not English but short, accented or frequent on the web ("und", "für", "gracias"): a sign of another language. */
  foreign: boolean;
}

export interface Token extends WordFacts {
  start: number;
  end: number;
  text: string;
}

export const PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'da', 'del', 'der', 'den', 'di', 'la', 'le', 'bin', 'binti', 'al', 'el', 'ibn', 'dos', 'das', 'du', 'ter', 'ten', 'ní', 'nic', 'mac', 'ben', 'abu', 'e', 'y']);

const facts = new WordTable<WordFacts>(65_536, classify);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const bounds = scanLatinWords(text);
  for (let index = 0; index < bounds.length; index += 2) {
    const start = bounds[index]!;
    const rawEnd = bounds[index + 1]!;
    // A possessive is not part of the name: "Raman's laptop" masks "Raman".
    const possessive = rawEnd - start > 3 && text.charCodeAt(rawEnd - 1) === 115 && (text.charCodeAt(rawEnd - 2) === 39 || text.charCodeAt(rawEnd - 2) === 0x2019);
    const end = possessive ? rawEnd - 2 : rawEnd;
    const { word, value: known } = facts.entry(text, start, end);
    tokens.push({
      start,
      end,
      text: word,
      lower: known.lower,
      kind: known.kind,
      titleCase: known.titleCase,
      style: known.style,
      particle: known.particle,
      shoutedRareWord: known.shoutedRareWord,
      foreign: known.foreign,
    });
  }
  return tokens;
}

export function factsOf(word: string): WordFacts {
  return facts.entry(word, 0, word.length).value;
}

function classify(word: string): WordFacts {
  const lower = word.toLowerCase();
  const style = caseStyle(word, lower);
  const particle = PARTICLES.has(lower);
  return {
    lower,
    kind: particle || (style === 'mixed' && isCodeOrAcronymShape(word)) ? 'ordinary' : wordKind(word),
    titleCase: style === 'title' || (style === 'mixed' && /^\p{Lu}\p{Ll}/u.test(word)),
    style,
    particle,
    shoutedRareWord: style === 'upper' && !isDictionaryWord(lower),
    foreign: !isDictionaryWord(lower) && !CHAT_OPS_WORDS.has(lower) && (lower.length <= 3 || /[^\x00-\x7f]/.test(lower) || isFrequentLowercaseWord(lower)),
  };
}

/**
 * "meterProvider", "ClearLine", "AbstractSingletonProxyFactoryBean": a capital after a lower-case letter
 * is how code identifiers and product names are written; names do it only after a prefix ("McDonald",
 * "DeShawn", "LaToya", "MacKenzie"). "DTOs", "APIs": an acronym's plural.
 */
const NAME_PREFIX_CAMEL = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St|O|D)\p{Lu}\p{Ll}+$/u;

function isCodeOrAcronymShape(word: string): boolean {
  if (/^\p{Lu}{2,}s$/u.test(word)) return true;
  return /\p{Ll}\p{Lu}/u.test(word) && !NAME_PREFIX_CAMEL.test(word.replace(/['’-]/g, ''));
}

function caseStyle(word: string, lower: string): CaseStyle {
  if (word === lower) return 'lower';
  // Most capitalised words are "Title": one capital, then lower case (checked without a Unicode regex).
  if (word.slice(1) === lower.slice(1) && word.length > 1) return 'title';
  if (word === word.toUpperCase()) return 'upper';
  return /^\p{Lu}[^\p{Lu}]*(?:[-'’]\p{Lu}[^\p{Lu}]*)*$/u.test(word) ? 'title' : 'mixed';
}

const MINIMUM_FOREIGN_WORDS = 4;

/**
 * A message mostly in another Latin-script language ("Gracias por todo, nos vemos en enero", "Dziękuję za
 * szybką odpowiedź"): there, words the English list lacks are that language's words, not names. Names in an
 * English message are a minority of its words, so half the words, and at least four, must look foreign.
 */
export function isMostlyAnotherLanguage(tokens: readonly Token[]): boolean {
  let foreign = 0;
  for (const token of tokens) if (token.foreign) foreign += 1;
  return foreign >= MINIMUM_FOREIGN_WORDS && foreign * 2 >= tokens.length;
}
