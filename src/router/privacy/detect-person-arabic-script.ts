import { foldArabicScript, isArabicScriptGivenName } from './arabic-script-names.ts';
import { ARABIC_GRAMMAR, PERSIAN_GRAMMAR } from './detect-person-script-titles.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Names in Arabic, Persian and Urdu text with no title before them ("ياسمين الحسيني ستنضم إلى الفريق", "مع خالد
 * العتيبي", "محمد عبدالله القحطاني"): the script has no capitals, so a name is known by its family name standing after
 * given names the names table holds (arabic-script-names.ts):
 * - an Arabic family name with its article in the nisba form, -ي ("العتيبي", "الحسيني"). Not the article on a given name
 *   ("الأحمد"): the table's everyday words take it too, and "صباح الخير" is good morning;
 * - a Persian or Urdu one in -زاده/-پور ("حسین‌زاده", "علی‌پور"), or in -ی made from a given name ("کریمی", "محمدی");
 * - or a father's name after "بن", "بنت", "ابن" ("خالد بن سعيد").
 * A given name alone says nothing: the table holds everyday words too ("أمل" hope, "فريق" team, "على" on). Not a
 * place named after someone ("شارع خالد بن الوليد", "مسجد محمد الأمين"), nor a ruler ("الأمير محمد بن سلمان", "مطار الملك
 * خالد الدولي") or a king's ordinal ("عبدالله الثاني").
 */
/** Arabic-script letters, marks and the zero-width non-joiner of Persian words; not the Arabic-Indic digits. */
const ARABIC_LETTERS = /(?:(?![\u0660-\u0669\u06f0-\u06f9])[\p{Script=Arabic}\p{M}\u200c])+/gu;
const HINT = /\p{Script=Arabic}/u;
/** Given names before the family name: the person's own, the father's and the grandfather's. */
const MOST_GIVEN = 3;
const LINEAGE: ReadonlySet<string> = new Set(['بن', 'بنت', 'ابن']);
/** Words for what is named after a person: a street, road, square, mosque, school, university, hospital, airport, hall, tower, prize. */
const NAMED_AFTER: ReadonlySet<string> = new Set(
  'شارع طريق ميدان مسجد جامع مدرسة جامعة مستشفى مطار قاعة برج جائزة مدينة حي مركز مؤسسة خیابان میدان دانشگاه مدرسه بیمارستان فرودگاه مسجد سڑک روڈ'
    .split(' ')
    .map(foldArabicScript),
);
/** A ruler's title: "مطار الملك خالد الدولي" is an airport named after a king, "الأمير محمد بن سلمان" a public figure. */
const RULERS: ReadonlySet<string> = new Set('الملك الامير الاميره السلطان الشيخ ملك امير سلطان شاه'.split(' '));
/** Ordinals that follow a king's name: "الثاني" also ends like a nisba. */
const ORDINALS: ReadonlySet<string> = new Set('الاول الثاني الثالث الرابع الخامس السادس السابع الثامن'.split(' '));
const GRAMMAR: ReadonlySet<string> = new Set([...ARABIC_GRAMMAR, ...PERSIAN_GRAMMAR].map(foldArabicScript));
const PERSIAN_FATHERS = /(?:زاده|پور)$/u;
const PERSIAN_NISBA = /ی$/u;

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
}

export function detectArabicScriptNames(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const words: Word[] = [...text.matchAll(ARABIC_LETTERS)].map((match) => ({ text: match[0], folded: foldArabicScript(match[0]), start: match.index, end: match.index + match[0].length }));
  const found: Candidate[] = [];
  for (let index = 1; index < words.length; index += 1) {
    const first = firstNameBefore(text, words, index);
    if (first === undefined) continue;
    found.push(personBetween(text, givenStart(words[first]!), words[index]!.end));
  }
  return [...found, ...markedNames(text, words)];
}

/**
 * A listed given name that the words around it mark as a person's:
 * - a kunya, "father of" or "mother of" a given name ("أبو خالد", "أم يوسف", Gulf "بو راشد");
 * - an owner after the dialects' possessive word ("الرقم حق علي", "اللابتوب بتاع شريف", "الملف ديال حنان"): what belongs
 *   to an everyday word takes its article ("حق الكورس");
 * - in Urdu, the ergative after it ("سدرہ نے بتایا": only a doer takes it).
 * Not two listed words joined by "and" ("خير وبركة" is a blessing), nor the Urdu genitive ("سلام کا جواب", the answer to
 * a greeting): the table's everyday words take both.
 */
const KUNYA: ReadonlySet<string> = new Set(['ابو', 'ام', 'بو']);
const POSSESSIVE: ReadonlySet<string> = new Set(['حق', 'حقت', 'تبع', 'تبعت', 'بتاع', 'بتاعه', 'بتاعت', 'ديال', 'متاع']);
const URDU_ERGATIVE = 'نے';

function markedNames(text: string, words: readonly Word[]): Candidate[] {
  const found: Candidate[] = [];
  const joined = (index: number): boolean => index + 1 < words.length && isJoined(text, words[index]!, words[index + 1]!);
  const given = (index: number): boolean => index < words.length && isGiven(words[index]!);
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (KUNYA.has(word.folded) && joined(index) && given(index + 1)) found.push(personBetween(text, word.start, words[index + 1]!.end));
    else if (POSSESSIVE.has(word.folded) && joined(index) && given(index + 1)) {
      const last = joined(index + 1) && given(index + 2) ? index + 2 : index + 1;
      found.push(personBetween(text, givenStart(words[index + 1]!), words[last]!.end));
    } else if (given(index) && joined(index) && words[index + 1]!.text === URDU_ERGATIVE) found.push(personBetween(text, givenStart(word), word.end));
  }
  return found;
}

/**
 * Where the given names before `words[index]` begin, when that word is a family name (or a father's name after "بن")
 * and at least one listed given name stands right before it; a lineage word may stand between given names.
 */
function firstNameBefore(text: string, words: readonly Word[], index: number): number | undefined {
  const family = words[index]!;
  let at = index - 1;
  if (!isFamilyName(family)) {
    if (!isGiven(family) || at < 1 || !LINEAGE.has(words[at]!.folded) || !isJoined(text, words[at]!, family)) return undefined;
    at -= 1;
  }
  let first: number | undefined;
  for (let given = 0; at >= 0 && given < MOST_GIVEN; at -= 1) {
    const word = words[at]!;
    if (!isJoined(text, word, words[at + 1]!)) break;
    if (first !== undefined && LINEAGE.has(word.folded)) continue;
    if (!isGiven(word)) break;
    first = at;
    given += 1;
  }
  if (first === undefined) return undefined;
  const before = words[first - 1];
  return before !== undefined && isJoined(text, before, words[first]!) && (NAMED_AFTER.has(before.folded) || RULERS.has(before.folded)) ? undefined : first;
}

function isFamilyName(word: Word): boolean {
  if (GRAMMAR.has(word.folded) || ORDINALS.has(word.folded)) return false;
  if (word.folded.startsWith('ال') && word.folded.length >= 4) return word.folded.endsWith('ي');
  if (PERSIAN_FATHERS.test(word.text)) return word.text.length >= 5;
  // -ی also makes adjectives ("سرور اصلی", main server): a family name only when it is made from a given name ("محمدی", "کریمی").
  return PERSIAN_NISBA.test(word.text) && word.text.length >= 4 && isArabicScriptGivenName(word.text.slice(0, -1));
}

/** A listed given name that is no grammar word and has no article; "and", "to", "with" joined before it ("وخالد", "لهالة") are left off. */
function isGiven(word: Word): boolean {
  const name = bareName(word);
  return name.length >= 2 && !name.startsWith('ال') && !GRAMMAR.has(name) && isArabicScriptGivenName(name);
}

const JOINED_BEFORE = /^[وفلب]/u;

function bareName(word: Word): string {
  return JOINED_BEFORE.test(word.folded) && word.folded.length >= 4 && !isArabicScriptGivenName(word.folded) ? word.folded.slice(1) : word.folded;
}

function givenStart(word: Word): number {
  return bareName(word) === word.folded ? word.start : word.start + 1;
}

/** Two words of one name: a space or two between them, no comma or stop. */
function isJoined(text: string, left: Word, right: Word): boolean {
  return /^[ \t\u00a0]{1,2}$/u.test(text.slice(left.end, right.start));
}
