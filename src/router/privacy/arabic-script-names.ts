import { createRequire } from 'node:module';

/**
 * Given names as the Arabic script writes them: the 2,500 names of `arabic-name-to-en`'s name table (Arabic names, with
 * the Persian and Kurdish ones Iraq uses), folded as foldArabicScript folds them so that the Persian and Urdu letters of
 * the same name ("علی", "فاطمہ") are found too. Read once, on the first Arabic-script name that needs it.
 *
 * The table also holds words that are names only sometimes ("فريق" team, "على" on, "لازم" must): a name is read
 * from it only beside a family name (detect-person-arabic-script.ts), never alone.
 */
let names: ReadonlySet<string> | undefined;

export function isArabicScriptGivenName(word: string): boolean {
  names ??= loadNames();
  const folded = foldArabicScript(word);
  return names.has(folded) || isCompoundOfNames(folded, names);
}

/** Persian joins two given names into one with a zero-width non-joiner: "علی‌رضا", "محمد‌حسین", "امیر‌علی". */
function isCompoundOfNames(folded: string, table: ReadonlySet<string>): boolean {
  if (!folded.includes('\u200c')) return false;
  const parts = folded.split('\u200c');
  return parts.length === 2 && parts.every((part) => part.length >= 2 && table.has(part));
}

/** Marks, tatweel and the letters written several ways: alefs with hamza or madda, Persian yeh and kaf, Urdu heh, teh marbuta. */
const MARKS = /[\u064b-\u065f\u0670\u0640]/gu;
const FOLDS: Readonly<Record<string, string>> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ک': 'ك', 'ہ': 'ه', 'ۀ': 'ه', 'ة': 'ه', 'ھ': 'ه' };
const FOLDED_LETTERS = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');

export function foldArabicScript(word: string): string {
  return word.replace(MARKS, '').replace(FOLDED_LETTERS, (letter) => FOLDS[letter]!);
}

function loadNames(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const table = require('arabic-name-to-en/cases/fullnamedb.js') as Readonly<Record<string, string>>;
  return new Set(Object.keys(table).map(foldArabicScript));
}
