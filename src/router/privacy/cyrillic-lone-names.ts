import { foldName, isHumanName } from './human-names.ts';
import { isBrandName } from './known-brands.ts';
import { isPlaceName } from './place-names.ts';
import { matchesOf } from './regex-matches.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * One capitalised word in a message written in Cyrillic, when it is a name of the names list read in Latin letters
 * with its case ending taken off or turned back ("Богданом" → Bogdan, "Андрія" → Andriy, "Зіни" → Zina, "Тарасе" →
 * Taras): "рев'ю з Богданом", "чекаю доступ від Андрія", "у Ивана отпуск". Russian and Ukrainian capitalise more than
 * names inside a sentence — holidays ("С Новым годом"), a contract's parties ("с Заказчиком"), firms, bodies and tools
 * ("от Госуслуг", "Постгрес") — so the list decides. Not:
 * - after a preposition only places take ("в Москве", "из Алматы", "під Києвом"), or a firm's legal form ("ООО Ромашка");
 * - the polite "you" that letters capitalise ("благодарим Вас", "надсилаємо Вам");
 * - a brand ("оплатил через Сбербанк"), or a word in capitals ("ТОВ", "ИНН").
 * A sentence's first word only when it stands alone before a comma — someone addressed ("Тарасе, якщо світла не
 * буде…"); "Коллеги,", "Привет,", "Короче," open sentences the same way and are no names of the list.
 */
const LONE_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}'’]{2,}(?![\p{L}\p{M}'’-])/gu;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/gu;
const LETTER = /\p{L}/gu;
/** Where a word before stands: the last word, and whether a sentence ends between it and the capital. */
const WORD_BEFORE = /([\p{L}\p{M}'’-]+)([^\p{L}\p{M}]*)$/u;
const SENTENCE_BREAK = /[.!?…:;\n«"“„(—–-]/u;
/** Not "у", "на", "до", "через", "по": "у Ивана отпуск", "повесь задачу на Диму", "напиши до Андрія" are about people. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set('в во из із зі під под над около біля возле из-за из-под'.split(' '));
const LEGAL_FORMS: ReadonlySet<string> = new Set('ооо оао зао пао ао ип тов пп прат пат ат еоод оод ад тоо'.split(' '));
const POLITE_YOU: ReadonlySet<string> = new Set('вы вас вам вами ваш ваша ваше ваши вашего вашей вашим ваших ви вие вашої вашому'.split(' '));
/** Vocative and case endings, longest first, taken off a name before it is read in Latin letters: "Тарасе" → Taras, "Андрія" → Andri(y). */
const CASE_ENDINGS = ['ою', 'ею', 'ом', 'ем', 'ой', 'ей', 'ові', 'еві', 'ым', 'им', 'у', 'ю', 'е', 'і', 'и', 'ы', 'я', 'а'];

export function detectCyrillicLoneNames(text: string): Candidate[] {
  if (!isMostlyCyrillic(text)) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(LONE_WORD, text)) {
    const word = match[0];
    const start = match.index;
    if (!CYRILLIC_WORD.test(word) || POLITE_YOU.has(word.toLowerCase()) || isInCapitalisedRun(text, start, word) || isBrandName(word)) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    const opensSentence = before === null || SENTENCE_BREAK.test(before[2]!);
    const placed = !opensSentence && (PLACE_PREPOSITIONS.has(before[1]!.toLowerCase()) || LEGAL_FORMS.has(before[1]!.toLowerCase()));
    if (!placed && (!opensSentence || text[start + word.length] === ',') && isListedName(word)) found.push(personAt(start, word));
  }
  return found;
}

function isMostlyCyrillic(text: string): boolean {
  const cyrillic = text.match(CYRILLIC_LETTER)?.length ?? 0;
  return cyrillic > 0 && cyrillic * 2 >= (text.match(LETTER)?.length ?? 0);
}

/** A run of capitalised words is the two-word pass's (detect-person-script-text.ts): "Иваном Петровым". */
function isInCapitalisedRun(text: string, start: number, word: string): boolean {
  return CAPITAL_NEXT.test(text.slice(start + word.length, start + word.length + 2)) || CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** Kept out of the function: bundlers compile an inline literal with a \p{…} escape again on every call. */
const CAPITAL_NEXT = /^[ \u00a0]\p{Lu}/u;
const CAPITALISED_BEFORE = /\p{Lu}[\p{Ll}\p{M}'’]+[ \u00a0]$/u;

/** A name of the list read in Latin letters as written, or with its case ending off, or turned back to -а, -я, -й. */
function isListedName(word: string): boolean {
  const lower = word.toLowerCase();
  if (KIN_WORDS.has(lower)) return false;
  // A stem of three letters only under a vowel ending ("Дим-у"); "Нов-ым" is an adjective's.
  const stems = CASE_ENDINGS.filter((ending) => lower.endsWith(ending) && lower.length - ending.length >= (ending.length === 1 ? 3 : 4)).map((ending) => lower.slice(0, -ending.length));
  const forms = [lower, ...stems, ...stems.flatMap((stem) => NOMINATIVE_ENDINGS.map((ending) => stem + ending))].map((form) => foldName(inLatinLetters(form)));
  // "Казань", "Киев" are towns the list holds as surnames.
  if (forms.some((form) => isPlaceName(form))) return false;
  return forms.some((form) => isHumanName(form));
}

/** What a family calls its own, capitalised when addressed ("Мама, я дома"): no one's name. */
const KIN_WORDS: ReadonlySet<string> = new Set('мама мам папа пап мамо тато баба бабушка бабуля деда дедушка дід тётя тетя тітка дядя дядько брат сестра сынок доча'.split(' '));

/** Endings a name has in the nominative, put back on a stem: "Андрі-я" → Андрій, "Зін-и" → Зіна, "Дим-у" → Дима. */
const NOMINATIVE_ENDINGS = ['а', 'я', 'й'];

const LATIN_LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya', ў: 'u', қ: 'k', ғ: 'g', ң: 'n', ү: 'u', ұ: 'u', һ: 'h', ә: 'a', ө: 'o', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
};

function inLatinLetters(word: string): string {
  return [...word].map((letter) => LATIN_LETTERS[letter] ?? letter).join('');
}
