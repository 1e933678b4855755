import { foldName, isHumanName } from './human-names.ts';
import { isBrandName } from './known-brands.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * One capitalised word in a message written in Cyrillic. The script capitalises nothing inside a sentence but names,
 * places and firms, so a lone capitalised word there is someone, in whatever case the sentence puts it: "рев'ю з
 * Богданом", "чекаю доступ від Андрія", "перешли Шахзоде договор", "зарплату Даурену переводим". Not:
 * - after a preposition of place ("в Москве", "у Києві", "из Алматы", "до Львова", "під Києвом");
 * - the polite "you" that letters capitalise ("благодарим Вас", "надсилаємо Вам");
 * - a brand ("оплатил через Сбербанк"), or a word in capitals ("ТОВ", "ИНН").
 * A sentence's first word is someone only when it stands alone before a comma — someone addressed ("Дильноза, перешли…",
 * "Тарасе, якщо світла не буде…") — and, read in Latin letters without its case ending, is a name of the names list:
 * "Коллеги,", "Привет,", "Короче," open sentences the same way.
 */
const LONE_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}'’]{2,}(?![\p{L}\p{M}'’-])/gu;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/gu;
const LETTER = /\p{L}/gu;
/** Where a word before stands: the last word, and whether a sentence ends between it and the capital. */
const WORD_BEFORE = /([\p{L}\p{M}'’-]+)([^\p{L}\p{M}]*)$/u;
const SENTENCE_BREAK = /[.!?…:;\n«"“„(—–-]/u;
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set('в во у на из із зі по під под над до через около біля возле из-за из-под'.split(' '));
const POLITE_YOU: ReadonlySet<string> = new Set('вы вас вам вами ваш ваша ваше ваши вашего вашей вашим ваших ви вие вашої вашому'.split(' '));
/** Vocative and case endings, longest first, taken off a name before it is read in Latin letters: "Тарасе" → Taras, "Андрія" → Andri(y). */
const CASE_ENDINGS = ['ою', 'ею', 'ом', 'ем', 'ой', 'ей', 'ові', 'еві', 'у', 'ю', 'е', 'і', 'и', 'ы', 'я', 'а'];

export function detectCyrillicLoneNames(text: string): Candidate[] {
  if (!isMostlyCyrillic(text)) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(LONE_WORD)) {
    const word = match[0];
    const start = match.index;
    if (!CYRILLIC_WORD.test(word) || POLITE_YOU.has(word.toLowerCase()) || isInCapitalisedRun(text, start, word) || isBrandName(word)) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    const opensSentence = before === null || SENTENCE_BREAK.test(before[2]!);
    if (opensSentence ? isAddressed(text, start, word) : !PLACE_PREPOSITIONS.has(before[1]!.toLowerCase())) found.push(personAt(start, word));
  }
  return found;
}

function isMostlyCyrillic(text: string): boolean {
  const cyrillic = text.match(CYRILLIC_LETTER)?.length ?? 0;
  return cyrillic > 0 && cyrillic * 2 >= (text.match(LETTER)?.length ?? 0);
}

/** A run of capitalised words is the two-word pass's (detect-person-script-text.ts): "Иваном Петровым". */
function isInCapitalisedRun(text: string, start: number, word: string): boolean {
  const next = /^[ \u00a0](\p{Lu})/u.exec(text.slice(start + word.length, start + word.length + 2));
  const previous = /(\p{Lu}[\p{Ll}\p{M}'’]+)[ \u00a0]$/u.exec(text.slice(Math.max(0, start - 30), start));
  return next !== null || previous !== null;
}

/** "Дильноза, перешли…": the word alone before a comma, and a name of the list when read in Latin letters without its ending. */
function isAddressed(text: string, start: number, word: string): boolean {
  if (text[start + word.length] !== ',') return false;
  const lower = word.toLowerCase();
  const stems = [lower, ...CASE_ENDINGS.filter((ending) => lower.endsWith(ending) && lower.length - ending.length >= 3).map((ending) => lower.slice(0, -ending.length))];
  return stems.some((stem) => isHumanName(foldName(inLatinLetters(stem))));
}

const LATIN_LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya', ў: 'u', қ: 'k', ғ: 'g', ң: 'n', ү: 'u', ұ: 'u', һ: 'h', ә: 'a', ө: 'o', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
};

function inLatinLetters(word: string): string {
  return [...word].map((letter) => LATIN_LETTERS[letter] ?? letter).join('');
}
