/**
 * Text the patterns cannot vouch for. In Latin, Cyrillic, Greek and Armenian a name is capitalised,
 * and the guard reads that; in Arabic, Hebrew, Chinese, Japanese, Korean, Thai, the Indic scripts and
 * the other scripts without capitals, a name looks like any other word, and the guard finds only the
 * names their own marks give away (an honorific, a list joined by "and" — detect-person-script-text.ts; in the Arabic
 * script a family name after listed given names, a kunya — detect-person-arabic-script.ts) and the listed given names
 * it can read in Latin letters where the grammar puts a person (detect-person-indic-given.ts,
 * detect-person-arabic-script-given.ts, detect-person-georgian-given.ts), and Hebrew names by Israel's name tables
 * (detect-person-hebrew-given.ts). A short run of such a script in a Latin message is masked whole (detect-person-script.ts),
 * but for a Hebrew word the tables do not know and, in a message that writes that script more than once, a Devanagari or
 * Bengali word or clause no names list reads as a name, so what is left in outgoing text is a stretch the guard read without
 * being able to tell all its names: only the local model can check it, and when it has not, the text does not go
 * (guard-cloud-messages.ts).
 */
const UNCASED_SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Chinese', /\p{Script=Han}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];
/** A letter of any script that has no capitals: not Latin, not one of the cased scripts, not a symbol-like common letter. */
const UNCASED_LETTER = /(?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Common}\p{Script=Inherited}])\p{L}/gu;
/** Cheap pre-check: anything from Greek onwards outside the Latin blocks. */
const OTHER_SCRIPT_HINT = /[\u0370-\u1cff\u2e80-\ud7ff\uf900-\uffef]|[\ud800-\udbff]/;
/** Two letters make a word; one is a symbol ("µ", a stray "の" in a pasted emoticon). */
const LETTERS_TO_COUNT = 2;

/** The script of the first stretch of uncased-script words left in `text`, or undefined when there is none. */
export function unreadScriptIn(text: string): string | undefined {
  if (!OTHER_SCRIPT_HINT.test(text)) return undefined;
  // The outgoing text holds the whole prompt: stop at the second letter instead of collecting them all.
  let first: string | undefined;
  let count = 0;
  for (const [letter] of text.matchAll(UNCASED_LETTER)) {
    first ??= letter;
    count += 1;
    if (count === LETTERS_TO_COUNT) return UNCASED_SCRIPTS.find(([, pattern]) => pattern.test(first!))?.[0] ?? 'another';
  }
  return undefined;
}
