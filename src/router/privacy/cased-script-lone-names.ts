import { foldName, isHumanName } from './human-names.ts';
import { isBrandName } from './known-brands.ts';
import { isPlaceName } from './place-names.ts';
import { matchesOf } from './regex-matches.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * One capitalised word in a message written in Cyrillic, Greek or Armenian, when it is a name of the names list read in
 * Latin letters with its case ending taken off or turned back ("Богданом" → Bogdan, "Андрія" → Andriy, "Зіни" → Zina,
 * "Тарасе" → Taras; "Γιώργο" → Giorgos, "Πέτρου" → Petros; "Տիգրանի" → Tigran, "Նարեկը" → Narek): "рев'ю з Богданом",
 * "чекаю доступ від Андрія", "у Ивана отпуск", "Πες στον Γιώργο", "Տիգրանի հետ խոսեցի". These languages capitalise more
 * than names inside a sentence — holidays ("С Новым годом"), a contract's parties ("с Заказчиком"), firms, bodies and
 * tools ("от Госуслуг", "Постгрес") — so the list decides. Not:
 * - after a preposition only places take ("в Москве", "из Алматы", "під Києвом") or a road's word ("λεωφόρο Αλεξάνδρας"), or
 *   a firm's legal form ("ООО Ромашка");
 * - the polite "you" that letters capitalise ("благодарим Вас", "надсилаємо Вам");
 * - a brand ("оплатил через Сбербанк"), or a word in capitals ("ТОВ", "ИНН").
 * A sentence's first word only when it stands alone before a comma — someone addressed ("Тарасе, якщо світла не
 * буде…"); "Коллеги,", "Привет,", "Короче," open sentences the same way and are no names of the list — or when "and" and
 * another such name follow it ("Оксана і Соломія сьогодні…", "Անին ու Նարեկը…"): a word and a name are not joined so.
 */
const LONE_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}'’]{2,}(?![\p{L}\p{M}'’-])/gu;
const LETTER = /\p{L}/gu;
/** Where a word before stands: the last word, and whether a sentence ends between it and the capital. */
const WORD_BEFORE = /([\p{L}\p{M}'’-]+)([^\p{L}\p{M}]*)$/u;
const SENTENCE_BREAK = /[.!?…:;\n«"“„(—–-]/u;
const words = (list: string): ReadonlySet<string> => new Set(list.split(' ').filter(Boolean));

/** What a script's languages need for the rule: its words, cases, prepositions of place, and its letters in Latin. */
interface CasedScript {
  word: RegExp;
  letter: RegExp;
  placePrepositions: ReadonlySet<string>;
  legalForms: ReadonlySet<string>;
  politeYou: ReadonlySet<string>;
  kinWords: ReadonlySet<string>;
  /** Vocative and case endings, longest first, taken off a name before it is read in Latin letters. */
  caseEndings: readonly string[];
  /** Endings a name has in the nominative, put back on a stem. */
  nominativeEndings: readonly string[];
  and: ReadonlySet<string>;
  inLatinLetters(word: string): readonly string[];
  /** The word as its endings and kin words are compared: Greek without its accents ("Χριστέ" ends in "ε"). */
  plain(word: string): string;
  /**
   * Whether every form read may name a town ("Киев-е" is Kyiv's), or only the word as written: Greek's restored forms meet
   * towns by chance ("Κώστα" → Kostis → Kosti, Sudan).
   */
  placesFromEveryForm: boolean;
}

/**
 * Whether a capitalised Cyrillic, Greek or Armenian word is a name of the list read in Latin letters, in any of its cases —
 * a town's name too ("Наталья" reads Natal, "Γεωργία" Georgia): it opens a full name as often as a place.
 */
export function isListedCasedScriptName(word: string): boolean {
  return SCRIPTS.some((script) => script.word.test(word) && formsOf(word, script).some((form) => isHumanName(form)));
}

export function detectCasedScriptLoneNames(text: string): Candidate[] {
  return SCRIPTS.flatMap((script) => loneNames(text, script));
}

function loneNames(text: string, script: CasedScript): Candidate[] {
  if (!isMostlyIn(text, script)) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(LONE_WORD, text)) {
    const word = match[0];
    const start = match.index;
    if (!script.word.test(word) || script.politeYou.has(word.toLowerCase()) || isInCapitalisedRun(text, start, word) || isBrandName(word)) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    const opensSentence = before === null || SENTENCE_BREAK.test(before[2]!);
    const placed = !opensSentence && (script.placePrepositions.has(before[1]!.toLowerCase()) || script.legalForms.has(before[1]!.toLowerCase()));
    if (placed || !isListedName(word, script)) continue;
    if (!opensSentence || text[start + word.length] === ',' || isJoinedToAName(text, start + word.length, script)) found.push(personAt(start, word));
  }
  return found;
}

/** "Оксана і Соломія", "Անին ու Նարեկը": the script's "and", then a capitalised name of the list. */
function isJoinedToAName(text: string, end: number, script: CasedScript): boolean {
  const next = AND_THEN_WORD.exec(text.slice(end, end + 40));
  return next !== null && script.and.has(next[1]!.toLowerCase()) && script.word.test(next[2]!) && isListedName(next[2]!, script);
}

const AND_THEN_WORD = /^[ \u00a0]+([\p{L}]+)[ \u00a0]+(\p{Lu}[\p{Ll}\p{M}'’]{2,})(?![\p{L}\p{M}])/u;

function isMostlyIn(text: string, script: CasedScript): boolean {
  const own = text.match(script.letter)?.length ?? 0;
  return own > 0 && own * 2 >= (text.match(LETTER)?.length ?? 0);
}

/** A run of capitalised words is the two-word pass's (detect-person-script-text.ts): "Иваном Петровым". */
function isInCapitalisedRun(text: string, start: number, word: string): boolean {
  return CAPITAL_NEXT.test(text.slice(start + word.length, start + word.length + 2)) || CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** Kept out of the function: bundlers compile an inline literal with a \p{…} escape again on every call. */
const CAPITAL_NEXT = /^[ \u00a0]\p{Lu}/u;
const CAPITALISED_BEFORE = /\p{Lu}[\p{Ll}\p{M}'’]+[ \u00a0]$/u;

/** A name of the list read in Latin letters as written, or with its case ending off, or turned back to the nominative. */
function isListedName(word: string, script: CasedScript): boolean {
  const lower = script.plain(word.toLowerCase());
  if (isKinWord(lower, script)) return false;
  const forms = formsOf(word, script);
  // "Казань", "Киев" are towns the list holds as surnames.
  const placed = script.placesFromEveryForm ? forms : script.inLatinLetters(lower).map(foldName);
  if (placed.some((form) => isPlaceName(form))) return false;
  return forms.some((form) => isHumanName(form));
}

const PLAIN_KIN_WORDS = new Map<CasedScript, ReadonlySet<string>>();

/** A kin word, a day, a feast or God, in any case: "Χριστέ μου" (Christ, vocative) is no Christos. */
function isKinWord(lower: string, script: CasedScript): boolean {
  let kin = PLAIN_KIN_WORDS.get(script);
  if (kin === undefined) {
    kin = new Set([...script.kinWords].map((word) => script.plain(word)));
    PLAIN_KIN_WORDS.set(script, kin);
  }
  const words = kin;
  return words.has(lower) || script.caseEndings.some((ending) => lower.endsWith(ending) && script.nominativeEndings.some((nominative) => words.has(lower.slice(0, -ending.length) + nominative)));
}

/** The word in Latin letters as written, without its case ending, and turned back to the nominative. */
function formsOf(word: string, script: CasedScript): string[] {
  const lower = script.plain(word.toLowerCase());
  // A stem of three letters only under a vowel ending ("Дим-у"); "Нов-ым" is an adjective's.
  const stems = script.caseEndings.filter((ending) => lower.endsWith(ending) && lower.length - ending.length >= (ending.length === 1 ? 3 : 4)).map((ending) => lower.slice(0, -ending.length));
  return [lower, ...stems, ...stems.flatMap((stem) => script.nominativeEndings.map((ending) => stem + ending))].flatMap((form) => script.inLatinLetters(form).map(foldName));
}

const CYRILLIC_LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya', ў: 'u', қ: 'k', ғ: 'g', ң: 'n', ү: 'u', ұ: 'u', һ: 'h', ә: 'a', ө: 'o', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
};

/**
 * Greek in Latin letters the two ways names are spelt: letter by letter as passports do (ELOT: "Γιώργος" → giorgos, "Χαρά" →
 * chara) and as the words sound ("ει", "οι", "υ" → i, "χ" → h, "μπ" → b: "Ειρήνη" → irini, "Χαρά" → hara).
 */
const GREEK_LETTERS: Readonly<Record<string, string>> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r',
  σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const GREEK_SOUNDS: ReadonlyArray<readonly [RegExp, string]> = [[/ει|οι|υ/gu, 'i'], [/ου/gu, 'ou'], [/αι/gu, 'e'], [/μπ/gu, 'b'], [/ντ/gu, 'nt'], [/γγ|γκ/gu, 'g'], [/χ/gu, 'h']];

function greekInLatinLetters(word: string): readonly string[] {
  const plain = foldName(word);
  const spell = (form: string) => [...form].map((letter) => GREEK_LETTERS[letter] ?? letter).join('');
  let sounded = plain;
  for (const [pattern, sound] of GREEK_SOUNDS) sounded = sounded.replace(pattern, sound);
  return [spell(plain), spell(sounded)];
}

/** Armenian letter by letter, "ու" as u and "և" as ev: "Տիգրան" → tigran, "Շուշան" → shushan. */
const ARMENIAN_LETTERS: Readonly<Record<string, string>> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'e', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz',
  ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', փ: 'p',
  ք: 'k', օ: 'o', ֆ: 'f', և: 'ev',
};

function armenianInLatinLetters(word: string): readonly string[] {
  return [[...word.replace(/ու/gu, 'u')].map((letter) => (letter === 'u' ? 'u' : ARMENIAN_LETTERS[letter] ?? letter)).join('')];
}

const SCRIPTS: readonly CasedScript[] = [
  {
    word: /^\p{Script=Cyrillic}+$/u,
    letter: /\p{Script=Cyrillic}/gu,
    /** Not "у", "на", "до", "через", "по": "у Ивана отпуск", "повесь задачу на Диму", "напиши до Андрія" are about people. */
    placePrepositions: words('в во из із зі під под над около біля возле из-за из-под'),
    legalForms: words('ооо оао зао пао ао ип тов пп прат пат ат еоод оод ад тоо'),
    politeYou: words('вы вас вам вами ваш ваша ваше ваши вашего вашей вашим ваших ви вие вашої вашому'),
    /** What a family calls its own, capitalised when addressed ("Мама, я дома"): no one's name. */
    kinWords: words('мама мам папа пап мамо тато баба бабушка бабуля деда дедушка дід тётя тетя тітка дядя дядько брат сестра сынок доча'),
    caseEndings: ['ою', 'ею', 'ом', 'ем', 'ой', 'ей', 'ові', 'еві', 'ым', 'им', 'у', 'ю', 'е', 'і', 'и', 'ы', 'я', 'а'],
    /** "Андрі-я" → Андрій, "Зін-и" → Зіна, "Дим-у" → Дима. */
    nominativeEndings: ['а', 'я', 'й'],
    and: words('и і й та'),
    inLatinLetters: (word) => [[...word].map((letter) => CYRILLIC_LETTERS[letter] ?? letter).join('')],
    placesFromEveryForm: true,
    plain: (word) => word,
  },
  {
    word: /^[\p{Script=Greek}\p{M}]+$/u,
    letter: /\p{Script=Greek}/gu,
    /**
     * Words for a road or a square before a name ("στη λεωφόρο Αλεξάνδρας", "οδός Ερμού"): a street named after someone. "στην"
     * goes before women as before towns ("στην Κατερίνα", "στην Αθήνα"), so the towns list decides there.
     */
    placePrepositions: words('λεωφόρο λεωφόρος λεωφόρου οδό οδός οδού πλατεία πλατείας'),
    legalForms: words('αε επε ικε οε εε'),
    politeYou: words('εσείς εσάς σας'),
    /** Kin, the days, the months, the feasts, God and the interjections that open a sentence capitalised ("Έλα,", "Αμάν,"). */
    kinWords: words(
      'μαμά μπαμπά μπαμπάς γιαγιά παππού παππούς θεία θείε θείος δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή κυριακής ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος πάσχα χριστούγεννα θεός θεού θεώ χριστός χριστού παναγία έλα αμάν άντε ορίστε',
    ),
    /** "Γιώργο", "Πέτρου", "Νικολάκη", "Μαρίας", "Κώστα". */
    caseEndings: ['ου', 'ας', 'ης', 'ος', 'ο', 'ε', 'η', 'α'],
    nominativeEndings: ['ος', 'ης', 'ας', 'α', 'η'],
    and: words('και κι'),
    inLatinLetters: greekInLatinLetters,
    placesFromEveryForm: false,
    plain: foldName,
  },
  {
    word: /^\p{Script=Armenian}+$/u,
    letter: /\p{Script=Armenian}/gu,
    placePrepositions: words(''),
    legalForms: words('սպը փբը'),
    politeYou: words('դուք ձեզ ձեր'),
    kinWords: words('մամա պապա տատիկ պապիկ'),
    /** The article and the cases: "Նարեկը", "Անին", "Տիգրանի", "Արամին", "Լիանայի", "Սոնայից"; not "-ում", a place's. */
    caseEndings: ['յին', 'յից', 'յով', 'ին', 'ից', 'ով', 'յի', 'ը', 'ն', 'ի'],
    nominativeEndings: [],
    and: words('ու և եւ'),
    inLatinLetters: armenianInLatinLetters,
    placesFromEveryForm: true,
    plain: (word) => word,
  },
];
