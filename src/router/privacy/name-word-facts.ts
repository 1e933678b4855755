import { isWeekdayWord } from './calendar-words.ts';
import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { isClippedDictionaryWord, isDictionaryWord, isOneSlipFromDictionaryWord } from './english-dictionary.ts';
import { isFrequentLowercaseWord } from './frequent-words.ts';
import { ENGLISH, functionWordLanguages } from './function-words.ts';
import { isHumanName } from './human-names.ts';
import { isProductWord } from './name-lexicon.ts';
import { wordKind, type WordKind } from './name-word-kinds.ts';
import { WordTable } from './word-table.ts';

/**
 * What the name passes need to know about one word as written: its case, whether it is an ordinary
 * word, a particle, a listed given name. Every fact depends on the word alone, so it is worked out once
 * per distinct word and read by every pass that meets the word: a message's words mostly repeat ("the",
 * "ask", "deploy"), and the passes read every word of every message. Before, each pass asked the same
 * questions again through its own cache, cutting the word out of the text and hashing it each time.
 */
export type CaseStyle = 'lower' | 'upper' | 'title' | 'mixed';

export interface WordFacts {
  /** The word as written. */
  word: string;
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
  /** Written in lower case and in no list, nor one typing slip from an English word ("juhannusta", "kaikille"): a weaker sign of one. */
  unlisted: boolean;
  /** The languages that have this word among their function words ("het" → Dutch), as indexes into LANGUAGES. */
  functionLanguages: readonly number[];
  /** In the `humannames` list as written (folded). */
  humanName: boolean;
  /** A given name for the given-name pass: listed, at least two letters; "Hyun-woo" part by part. */
  given: boolean;
  /** A product or chat-ops word ("Claude", "Jenkins"): a name only with a surname after it. */
  tool: boolean;
  /** A lower-case ordinary word: no given-name rule starts at one (most words are). */
  plain: boolean;
  /** Not an ordinary word, listed, not an acronym: "Emeka", "otieno", "Caoimhe". */
  strongGiven: boolean;
  /** An English word that is also a name, capitalised: "Hope", "Miles", "Violet". */
  wordGiven: boolean;
}

export const PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'da', 'del', 'der', 'den', 'di', 'la', 'le', 'bin', 'binti', 'al', 'el', 'ibn', 'dos', 'das', 'du', 'ter', 'ten', 'ní', 'nic', 'ó', 'ua', 'mac', 'ben', 'abu', 'e', 'y']);

const table = new WordTable<WordFacts>(65_536, describe);

/** The facts of `text.slice(start, end)`, found in place (no substring for a word seen before). */
export function wordFactsAt(text: string, start: number, end: number): WordFacts {
  return table.entry(text, start, end).value;
}

export function factsOf(word: string): WordFacts {
  return wordFactsAt(word, 0, word.length);
}

/** A lower-case word the dictionary has that is no English grammar word: "share", "signed" — not "the", "me". */
export function isEnglishContentWord(lower: string): boolean {
  return isDictionaryWord(lower) && !factsOf(lower).functionLanguages.includes(ENGLISH);
}

function describe(word: string): WordFacts {
  const lower = word.toLowerCase();
  const style = caseStyle(word, lower);
  const particle = PARTICLES.has(lower);
  const kind = particle || (style === 'mixed' && isCodeOrAcronymShape(word)) ? 'ordinary' : wordKind(word);
  const titleCase = style === 'title' || (style === 'mixed' && /^\p{Lu}\p{Ll}/u.test(word));
  const humanName = isHumanName(word);
  // "Hyun-woo", "Jun-ho": a capitalised hyphenated given name is in the list part by part ("hi-vis" is not one).
  // "tue", "Sat" are listed names, but in chat they are days ("pilates, tue - zumba").
  const given = word.length >= 2 && !isWeekdayWord(lower) && (humanName || (titleCase && word.includes('-') && word.split('-').every((part) => part.length >= 2 && isHumanName(part))));
  const tool = isProductWord(word) || CHAT_OPS_WORDS.has(lower);
  return {
    word,
    lower,
    kind,
    titleCase,
    style,
    particle,
    shoutedRareWord: style === 'upper' && !isDictionaryWord(lower),
    // Chat's weekdays ("mon - kwame, tue - faith") are English however short, not another language's words.
    foreign:
      !isDictionaryWord(lower) &&
      !CHAT_OPS_WORDS.has(lower) &&
      !isWeekdayWord(lower) &&
      (lower.length <= 3 || /[^\x00-\x7f]/.test(lower) || isFrequentLowercaseWord(lower)) &&
      (humanName || !isClippedDictionaryWord(lower)),
    unlisted: isUnlistedLowerCaseWord(style, kind, humanName, lower),
    functionLanguages: functionWordLanguages(lower),
    humanName,
    given,
    tool,
    plain: kind === 'ordinary' && !titleCase,
    strongGiven: kind === 'name' && !tool && word.length >= 3 && style !== 'upper' && style !== 'mixed' && given,
    wordGiven: kind !== 'name' && !tool && titleCase && word.length >= 3 && !particle && given,
  };
}

/**
 * A lower-case word of four letters or more that no dictionary, jargon or names list holds and that is no
 * typing slip from an English word: in an English message such words are rare (a name typed in lower case),
 * in Finnish, Welsh or Somali they are most of the words (recall-words.ts counts them).
 */
const SHORTEST_UNLISTED_WORD = 4;

function isUnlistedLowerCaseWord(style: CaseStyle, kind: WordKind, humanName: boolean, lower: string): boolean {
  return style === 'lower' && kind === 'name' && !humanName && lower.length >= SHORTEST_UNLISTED_WORD && !isOneSlipFromDictionaryWord(lower);
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
