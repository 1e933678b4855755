import { detectMarkedNames, detectNamesInOtherScriptText } from './detect-person-script-text.ts';
import { personAt, type Candidate } from './types.ts';
import { isHebrewScriptGivenName } from './hebrew-script-names.ts';
import { isScriptGrammarWord } from './script-grammar-words.ts';
import { matchesOf } from './regex-matches.ts';
import { functionWordLanguages } from './function-words.ts';
import { isIndicGivenName, joinedNameStem } from './indic-given-names.ts';
import { IMPERATIVE } from './detect-person-indic-honorifics.ts';

/**
 * Names in other scripts inside a Latin-script message ("customer name: 陈宇泽", "met كرم بن عثمان at the
 * conference", "visa letter for ავთო ვაჩნაძე"): a run of at most four words in any script but Latin
 * (Cyrillic, Greek, Georgian, Armenian, Hebrew, Arabic, Indic scripts, Thai, Hangul, CJK…). In an English chat message such a short run is a name far more often than anything else, and
 * masking a short foreign phrase costs little. A message mostly in another script is left to the
 * other detectors: there, every word is in that script.
 */
/** Any letter outside the Latin script (Georgian, Armenian, Ethiopic, Sinhala… as well as the common ones), marks, and the CJK joiners. */
const OTHER = String.raw`(?:(?!\p{Script=Latin})[\p{L}\p{M}]|[ー・])`;
/** A run starts on a non-ASCII character (ASCII letters are Latin): the leading look-ahead lets the scan skip ASCII fast. */
const RUN = new RegExp(String.raw`(?=[^\x00-\x7f])${OTHER}+(?:[ \u00a0\u3000]${OTHER}+){0,3}`, 'gu');
/** Any character from Greek onwards, outside the Latin blocks (Vietnamese lives in U+1E00–U+1EFF). */
const OTHER_SCRIPT_HINT = /[\u0370-\u1cff\u2e80-\ud7ff\uf900-\uffef]/;
const LATIN_LETTER = /\p{Script=Latin}/u;
const MAXIMUM_RUN_LENGTH = 40;

/** Patterns used per match, kept out of the functions: bundlers compile an inline literal with a \p{…} escape again on every call. */
const ANY_LETTER = /\p{L}/u;

export function detectOtherScriptNames(text: string): Candidate[] {
  if (!OTHER_SCRIPT_HINT.test(text)) return [];
  const runs = [...matchesOf(RUN, text)];
  if (runs.length === 0) return [];
  const otherLetters = runs.reduce((sum, run) => sum + run[0].length, 0);
  // A message in another script throughout — or with Latin words only sprinkled in, tech terms and no grammar ("commit
  // a3f9c21 كسر الـ build، رجعته"): only that script's own marks of a name count.
  if (!hasAtLeastLatinLetters(text, otherLetters) || isLatinSprinkled(text, runs)) return [...introducedByEnglish(text, runs, new Set(runs)), ...detectNamesInOtherScriptText(text)];
  const quoted = runsInQuotedText(text, runs);
  const mixedIndic = runs.filter((run) => INDIC_RUN.test(run[0])).length > 1;
  const lone = runs
    .filter((run) => run[0].length <= MAXIMUM_RUN_LENGTH && ANY_LETTER.test(run[0]) && !isLoneSymbolLetter(run[0]) && !quoted.has(run) && !touchesDigit(text, run) && !isUnlistedHebrew(text, run) && !isUnlistedIndic(text, run, mixedIndic))
    .flatMap((run): Candidate[] => {
      const names = namesInRun(run[0]).map((name): Candidate => ({ type: 'PERSON', start: run.index + name.offset, end: run.index + name.offset + name.value.length, value: name.value }));
      return names.length === 0 ? [] : [...names, ...transliterationAfter(text, run)];
    });
  if (quoted.size === 0) return lone;
  // A passage pasted to be translated is no name as a whole, but the names in it are marked as its own script marks them ("… 田中 優子 様"),
  // and its first words may be a person the English before it introduces ("invoice from יעל כהן, רחוב הרצל 22…").
  return [...lone, ...introducedByEnglish(text, runs, quoted), ...detectMarkedNames(text)];
}

/**
 * A run of Hebrew none of whose words Israel's tables know as a given name (a joined "and", "to", "from" or "the" taken
 * off), and that no person cue or field label stands before ("ping …", "name: …"), is a Hebrew word in an English
 * sentence ("check the דוח before EOD", "the סטנדאפ moved"): Hebrew has tables to read names by, so the run needs not
 * be masked whole as other scripts' are.
 */
const HEBREW_RUN = /^[\u05d0-\u05ea'׳"״ \u00a0-]+$/u;
const CUE_BEFORE = /(?:(?:^|[^\p{L}])(?:ask|ping|cc|tell|call|dm|message|with|from|by|to|for|and|thanks|thx|hi|hey|dear)[ \t]*|[@:][ \t]*)$/iu;

function isUnlistedHebrew(text: string, run: RegExpExecArray): boolean {
  if (!HEBREW_RUN.test(run[0]) || CUE_BEFORE.test(text.slice(Math.max(0, run.index - 12), run.index))) return false;
  return run[0].split(/[ \u00a0-]+/u).every((word) => {
    const bare = word.replace(/['׳"״]+$/u, '');
    // A grammar word is no name, whatever the tables hold ("אין", "לפני" — not "ל" + "פני").
    if (isScriptGrammarWord(bare)) return true;
    const stems = [bare, ...(/^[ולבמשה]/u.test(bare) ? [bare.slice(1)] : [])];
    // Given names only: the family table holds everyday words too ("דוח", "בית"); a family name alone needs a cue.
    return !stems.some((stem) => isHebrewScriptGivenName(stem));
  });
}

/**
 * A run of Devanagari or Bengali holding a grammar word of its language is the sentence going on between English words, not a
 * name: "client ले भन्यो" (the client said), "Zomato से order करें या Swiggy से?". A name holds none; one may stand right before
 * a postposition, which ends it ("अंशुल बंसल का personal mail", "ऋतु ने बताया", "आज खुशी का birthday").
 */
const INDIC_RUN = /^[\u0900-\u09ff \u00a0\u200c\u200d]+$/u;
const INDIC_WORD = /[^ \u00a0]+/gu;
/** Case markers written apart after a name: Hindi's, Marathi's, Nepali's and Bengali's. */
const POSTPOSITIONS_AFTER_NAME: ReadonlySet<string> = new Set(['का', 'की', 'के', 'को', 'ने', 'से', 'ले', 'लाई', 'ला', 'चा', 'ची', 'चे', 'এর', 'কে']);

function isIndicClause(run: string): boolean {
  return INDIC_RUN.test(run) && run.split(/[ \u00a0]+/u).some((word) => isScriptGrammarWord(word));
}

/**
 * The names a run is, where they are in it: the whole run, or in an Indic clause the words before each postposition that no
 * grammar word holds ("client को राहुल ने बोला" → "राहुल").
 */
function namesInRun(run: string): { offset: number; value: string }[] {
  if (!isIndicClause(run)) return [{ offset: 0, value: run }];
  const words = [...run.matchAll(INDIC_WORD)];
  const names: { offset: number; value: string }[] = [];
  words.forEach((word, marker) => {
    if (!POSTPOSITIONS_AFTER_NAME.has(word[0])) return;
    let first = marker;
    while (first > 0 && !isScriptGrammarWord(words[first - 1]![0])) first -= 1;
    if (first === marker) return;
    const start = words[first]!.index;
    const last = words[marker - 1]!;
    names.push({ offset: start, value: run.slice(start, last.index + last[0].length) });
  });
  return names;
}

/**
 * In a message that writes its own sentences in Devanagari or Bengali among English words — more than one run of them — a
 * word alone or a run holding a grammar word of its language, that no names list reads as a given name (with or without a case
 * ending joined; an imperative's "-ो" never does, though "karo" is a name) and that no person cue or field label stands before,
 * is a word of the language ("reboot करो, server hang है", "Zomato से order करें या Swiggy से?"): like Hebrew, these scripts are
 * read through the names lists (indic-given-names.ts). A lone run in an English message ("वत्सला approved the PR") and a run of
 * two or more other words ("the account is under लक्ष्मी प्रधान") are still masked whole. What stays needs the local model's check
 * before it may go to the cloud (unread-scripts.ts).
 */
function isUnlistedIndic(text: string, run: RegExpExecArray, mixed: boolean): boolean {
  if (!mixed || !INDIC_RUN.test(run[0]) || CUE_BEFORE.test(text.slice(Math.max(0, run.index - 12), run.index))) return false;
  const words = run[0].split(/[ \u00a0]+/u);
  if (words.length > 1 && !words.some((word) => isScriptGrammarWord(word))) return false;
  return words.every((word) => (IMPERATIVE.test(word) || !isIndicGivenName(word)) && joinedNameStem(word) === undefined);
}

function introducedByEnglish(text: string, runs: readonly RegExpExecArray[], inPassage: ReadonlySet<RegExpExecArray>): Candidate[] {
  return runs.filter((run, index) => inPassage.has(run) && !isIndicClause(run[0]) && isIntroducedByEnglish(text, run, runs[index - 1])).map((run) => personAt(run.index, run[0]));
}

/**
 * The English right before a passage's first run says a person follows: "from", "by", "cc", or a relation
 * ("my manager", "our landlord"), with no colon between (a colon introduces the passage: "from a customer:
 * Спасибо большое…"). Only a run of two or three words that a comma, a bracket or the line ends — a name, not
 * the opening of a sentence.
 */
const PERSON_SLOT_BEFORE = /(?:^|[^\p{L}])(?:from|by|cc|manager|boss|colleague|coworker|landlord|landlady|tenant|client|customer|candidate|doctor|lawyer|accountant|mum|mom|dad|wife|husband|partner)\s+$/iu;
/** In a cased script a name is capitalised word by word: "Спасибо большое" and "Добрый день" are greetings. */
const CASED_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;
const LOWER_CASE_WORD = /(?:^|[ \u00a0])\p{Ll}/u;
const NAME_RUN_END = /^\s*(?:[,，、،(（)\n]|$)/u;

function isIntroducedByEnglish(text: string, run: RegExpExecArray, previous: RegExpExecArray | undefined): boolean {
  if (previous !== undefined && SAME_PASSAGE_GAP.test(text.slice(previous.index + previous[0].length, run.index))) return false;
  const words = run[0].split(/[ \u00a0\u3000]+/u).length;
  if (words < 2 || words > 3 || !NAME_RUN_END.test(text.slice(run.index + run[0].length, run.index + run[0].length + 4))) return false;
  if (CASED_SCRIPT.test(run[0]) && LOWER_CASE_WORD.test(run[0])) return false;
  return PERSON_SLOT_BEFORE.test(text.slice(Math.max(0, run.index - 24), run.index));
}

/** The same name in Latin letters, in brackets right after it: "သီတာ (Thida)", "ලීලාවතී (Leelawathie)", "송지호 (Song Ji-ho)". */
const BRACKETED_LATIN = /^\s?\((\p{Lu}[\p{Script=Latin}\p{M}'’-]+(?: \p{Lu}[\p{Script=Latin}\p{M}'’-]+){0,3})\)/u;

function transliterationAfter(text: string, run: RegExpExecArray): Candidate[] {
  const end = run.index + run[0].length;
  const latin = BRACKETED_LATIN.exec(text.slice(end, end + 60));
  if (latin === null) return [];
  const start = end + latin[0].indexOf(latin[1]!);
  return [{ type: 'PERSON', start, end: start + latin[1]!.length, value: latin[1]! }];
}

/** "2024年5月1日", "10時", "3개": one character written against a number is its unit or a date's part; a name ("王伟13812345678") is longer. */
function touchesDigit(text: string, run: RegExpExecArray): boolean {
  if ([...run[0]].length > 1) return false;
  return isDigitCode(text.charCodeAt(run.index - 1)) || isDigitCode(text.charCodeAt(run.index + run[0].length));
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** More words than a name has, even with a title and a list of two: a sentence or a paragraph. */
const MOST_WORDS_OF_NAMES = 5;
/** Chinese and Japanese write no spaces: more characters than two names with an honorific ("佐々木さん、陈宇泽") is a sentence. */
const MOST_DENSE_CHARACTERS = 8;
const DENSE_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Between runs of one passage: digits, punctuation and spaces, but no Latin letter ("… 취소되었습니다. 내일 오전 10시에 …"). */
const SAME_PASSAGE_GAP = /^[^\p{L}\n]*$/u;

/**
 * Runs that belong to a passage in the other script — a sentence pasted to be translated or answered,
 * split into runs only by its digits and punctuation — together hold more words than any name. A name
 * stands alone among the Latin words around it.
 */
function runsInQuotedText(text: string, runs: readonly RegExpExecArray[]): Set<RegExpExecArray> {
  const inPassage = new Set<RegExpExecArray>();
  let group: RegExpExecArray[] = [];
  const close = () => {
    const words = group.reduce((sum, run) => sum + run[0].split(/[ \u00a0\u3000]+/u).length, 0);
    const dense = group.reduce((sum, run) => sum + (run[0].match(DENSE_CHARACTER)?.length ?? 0), 0);
    if (words > MOST_WORDS_OF_NAMES || dense > MOST_DENSE_CHARACTERS) for (const run of group) inPassage.add(run);
    group = [];
  };
  for (const run of runs) {
    const previous = group[group.length - 1];
    if (previous !== undefined && !SAME_PASSAGE_GAP.test(text.slice(previous.index + previous[0].length, run.index))) close();
    group.push(run);
  }
  close();
  return inPassage;
}

/** "Π(1 − w)", "Δt", "λ": a single Greek or Cyrillic letter is a symbol; a single Han or Hangul character may be a name. */
function isLoneSymbolLetter(run: string): boolean {
  return [...run].length === 1 && !/[\p{Script=Han}\p{Script=Hangul}]/u.test(run);
}

/**
 * Whether the text holds at least `enough` Latin-script letters, counted without building an array of
 * every letter (this runs on every message with a foreign word): ASCII by code, the rest by script.
 */
/** Latin-script words with their digits, dots and hyphens ("a3f9c21", "e2e", "pull-request"). */
const LATIN_WORD = /(?<![\p{L}\p{M}\d])[\p{Script=Latin}\d][\p{Script=Latin}\p{M}\d'’.-]*/gu;
/**
 * The scripts whose names the guard reads in their own text (the Arabic script's family names, kunyas and transcript
 * speakers, its tatweel included; Hebrew's titles, labels and found speakers). Text in the Indic scripts has only their
 * "ने"/"जी" marks, so a short run there stays masked whole, as in an English message: fail closed (on the twenty-third
 * set's dev half, reading Hindi and Bengali chat as its own text lost 14 of 29 names to spare 9 PII-free messages).
 */
const SPRINKLE_SCRIPTS = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{M}\u0640\u200c \u00a0-]+$/u;
/** Words of another script beside the sprinkled Latin ones: three or more make a sentence of that script, not a name in an English one. */
const SENTENCE_WORDS = 3;

/**
 * Chat in Arabic, Hebrew or Hindi borrows English's nouns ("الـ build", "ה-deploy", "PR", "VPN") but not its grammar;
 * an English message around a foreign name has "the", "for", "this", "pls". No Latin word is a function word of any
 * listed language, and the other script's words make a sentence.
 */
function isLatinSprinkled(text: string, runs: readonly RegExpExecArray[]): boolean {
  if (!runs.every((run) => SPRINKLE_SCRIPTS.test(run[0]))) return false;
  const otherWords = runs.reduce((sum, run) => sum + run[0].split(/[ \u00a0\u3000]+/u).length, 0);
  if (otherWords < SENTENCE_WORDS) return false;
  for (const word of matchesOf(LATIN_WORD, text)) if (functionWordLanguages(word[0].toLowerCase()).length > 0) return false;
  return true;
}

function hasAtLeastLatinLetters(text: string, enough: number): boolean {
  let count = 0;
  for (let index = 0; index < text.length && count < enough; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) count += 1;
      continue;
    }
    const point = text.codePointAt(index) ?? code;
    const character = String.fromCodePoint(point);
    if (point > 0xffff) index += 1;
    if (LATIN_LETTER.test(character)) count += 1;
  }
  return count >= enough;
}
