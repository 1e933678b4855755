import { foldArabicScript, isArabicScriptGivenName } from './arabic-script-names.ts';
import { readsAsGivenName } from './arabic-script-readings.ts';
import { ARABIC_GRAMMAR, PERSIAN_GRAMMAR } from './detect-person-script-titles.ts';
import { isScriptGrammarWord } from './script-grammar-words.ts';
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
 * place named after someone ("شارع خالد بن الوليد", "مطار بيروت رفيق الحريري"), nor a ruler ("الأمير محمد بن سلمان",
 * "مطار الملك خالد الدولي") or a king's ordinal ("عبدالله الثاني"); not a word in -ى ("عيد الأضحى", "فريق المحتوى"), nor the
 * commonest nouns and adjectives in -ي ("رئيس النادي", "مختار الحي", "خليفة الدولي").
 */
/** Arabic-script letters, marks and the zero-width non-joiner of Persian words; not the Arabic-Indic digits. */
const ARABIC_LETTERS = /(?:(?![\u0660-\u0669\u06f0-\u06f9])[\p{Script=Arabic}\p{M}\u200c])+/gu;
const HINT = /\p{Script=Arabic}/u;
/** Given names before the family name: the person's own, the father's and the grandfather's. */
const MOST_GIVEN = 3;
const LINEAGE: ReadonlySet<string> = new Set(['بن', 'بنت', 'ابن']);
/**
 * Words for what is named after a person: a street, road, square, roundabout, bridge, mosque, school, high school,
 * college, institute, university, library, museum, hospital, airport, port, stadium, park, palace, hotel, hall,
 * tower, prize, city, district, centre, foundation, complex, and the businesses named after their owner's kunya — a
 * company, restaurant, café, sweet shop, bakery, grocery, pharmacy ("مطعم أبو كمال", "حلويات أبو سعيد") — in Arabic,
 * Persian and Urdu.
 */
const NAMED_AFTER: ReadonlySet<string> = new Set(
  `شارع طريق ميدان دوار جسر نفق مسجد جامع مدرسة ثانوية كلية معهد جامعة مكتبة متحف مستشفى مطار ميناء ستاد استاد ملعب حديقة قصر فندق
   قاعة برج جائزة مدينة حي مركز مؤسسة مجمع شركة مطعم مقهى كافيه حلويات كشري فول مخبز بقالة محل صيدلية سوبرماركت
   خیابان میدان پل دانشگاه مدرسه بیمارستان فرودگاه ورزشگاه پارک ایستگاه رستوران سڑک روڈ ہسپتال یونیورسٹی`
    .split(/\s+/u)
    .map(foldArabicScript),
);
/** How far back the words of a place named after someone may stand: "مطار بيروت رفيق الحريري", "جامعة الإمام محمد بن سعود". */
const NAMED_AFTER_REACH = 3;
/** A ruler's or an imam's title: "مطار الملك خالد الدولي" is an airport named after a king, "الأمير محمد بن سلمان" a public figure. */
const RULERS: ReadonlySet<string> = new Set('الملك الملكه الامير الاميره السلطان الشيخ الامام الرئيس سمو ملك امير سلطان شاه'.split(' '));
/**
 * Words the names table holds that stand before a definite noun as a role, a preposition or a quantity far more often
 * than as a given name: "رئيس النادي", "مختار الحي", "أمام المبنى", "كامل المحتوى", "فريق الدعم", "صاحب المقهى";
 * "باسم" is "in the name of" before one.
 */
const NOT_GIVEN: ReadonlySet<string> = new Set('امام كامل فريق رئيس صاحب مختار مدير شيخ سيد حاج باسم عيد'.split(' ').map(foldArabicScript));
/**
 * Words that end in -ي and are no family name: nouns with the article (the club, the district, the prophet, the past,
 * the chair, the valley, the tea, the opinion) and the commonest adjectives in -ي after a noun (current, next,
 * international, global, official, main, basic, technical, financial, personal, internal, external, local, national,
 * electronic, annual, daily, weekly, final, real, medical, administrative); Persian adjectives and nouns in -ی made
 * from words the names table holds (spring's, freedom, joy, youth, life: "نسیم بهاری", "بهار آزادی"), and the names of
 * languages and nations in -ی ("ارقام فارسی", Persian digits; "هندی", "ترکی"), whose stems are given names too, and the medical
 * specialties a doctor is called by ("دکتر داخلی", an internist; "دکتر روانی"). Not "الشهري" or
 * "القاضي": monthly and the judge are common surnames too.
 */
const NOT_FAMILY: ReadonlySet<string> = new Set(
  `النادي الحي النبي المحامي الماضي الكرسي الوادي الشاي الراي المشي الوعي السعي الهدي الاهالي الليالي الاغاني المباني المعاني
   الحالي التالي الدولي العالمي الرسمي الرئيسي الاساسي الفني المالي الشخصي الداخلي الخارجي المحلي الوطني الالكتروني السنوي
   اليومي الاسبوعي النهائي الحقيقي الطبي الاداري الامني التقني الصحي الذكي العالي الثانوي
   بهاري ازادي شادي جواني زندگي
   فارسي عربي تركي كردي هندي روسي چيني ژاپني الماني فرانسوي انگليسي ايراني افغاني عراقي سوري مصري پاكستاني
   داخلي رواني عمومي جراحي قلبي پوستي عصبي چشمي اطفالي زناني`
    .split(/\s+/u),
);
/** Ordinals that follow a king's name: "الثاني" also ends like a nisba. */
const ORDINALS: ReadonlySet<string> = new Set('الاول الثاني الثالث الرابع الخامس السادس السابع الثامن'.split(' '));
/** Read as written, not folded: "على" (on) folds to "علي" (Ali). */
const GRAMMAR: ReadonlySet<string> = new Set([...ARABIC_GRAMMAR, ...PERSIAN_GRAMMAR, ...'أنا انا أنت انت هو هي نحن هم'.split(' ')]);
/** The nisba's own letter: Arabic yeh or Persian yeh, not alef maqsura ("المبنى", "الأضحى", "المحتوى" are no family names). */
const NISBA_END = /[يی]$/u;
const PERSIAN_FATHERS = /(?:زاده|پور)$/u;
const PERSIAN_NISBA = /ی$/u;

export interface ArabicScriptWord {
  text: string;
  folded: string;
  start: number;
  end: number;
}

/** The Arabic-script words of a text, each with its folded form. */
export function arabicScriptWords(text: string): ArabicScriptWord[] {
  return [...text.matchAll(ARABIC_LETTERS)].map((match) => ({ text: match[0], folded: foldArabicScript(match[0]), start: match.index, end: match.index + match[0].length }));
}

export function detectArabicScriptNames(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const words = arabicScriptWords(text);
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
 * - a kunya, "father of" or "mother of" a given name ("أبو خالد", "أم يوسف", Gulf "بو راشد"), not after "in" (towns are
 *   named so: "في أم صلال");
 * - an owner after the dialects' possessive word ("الرقم حق علي", "اللابتوب بتاع شريف", "الملف ديال حنان"): what belongs
 *   to an everyday word takes its article ("حق الكورس"), and a noun that heads another is no owner ("بتاع رئيس القسم").
 * - a doer before the Urdu ergative "نے" ("عمران نے بتایا"), not a noun the table holds ("ملک نے", the country);
 * - a given name and the father's (isFirstOfTwoGiven).
 * Not "أم" in a question (also "or": "حرب أم سلام؟"), two listed words joined by "and" ("خير وبركة" is a blessing), nor
 * the Urdu genitive ("سلام کا جواب"): the table's everyday words take them all.
 */
const KUNYA: ReadonlySet<string> = new Set(['ابو', 'بو', 'ام']);
/** "أم" is also "or" in a question: "حرب أم سلام؟", "هل نبدأ بـ X أم Y". */
const QUESTION = /[؟?]|(?:^|[^\p{L}])هل(?![\p{L}])/u;
const URDU_ERGATIVE = 'نے';
/** Nouns the table holds that take the ergative as doers: the country, Islam, the imam, spring, the government. */
const ERGATIVE_NOUNS: ReadonlySet<string> = new Set(['ملک', 'اسلام', 'امام', 'بہار', 'شیخ', 'سید', 'حکومت', 'قوم', 'دنیا', 'ایمان', 'قدرت', 'وقت', 'زندگی', 'عوام', 'عدالت'].map(foldArabicScript));
/** "حق" is also "a right" ("حق ثابت"): it owns only after a thing with its article ("الرقم حق علي"). */
const RIGHT = 'حق';
/** A narrator's chain or a companion's blessing: "عن عبدالله بن عمر رضي الله عنهما", "حديث أنس بن مالك". */
const NARRATION_BEFORE: ReadonlySet<string> = new Set(['عن', 'حديث', 'رواه', 'روى', 'الصحابي', 'الصحابية', 'سيدنا', 'النبي']);
const BLESSING_AFTER = /^[ \t]*[(（]?(?:رضي[ \t]+الله|عليه[ \t]+السلام|عليها[ \t]+السلام|صلى[ \t]+الله|رحمه[ \t]+الله)/u;
const POSSESSIVE: ReadonlySet<string> = new Set(['حق', 'حقت', 'تبع', 'تبعت', 'بتاع', 'بتاعه', 'بتاعت', 'ديال', 'متاع']);
/** Feasts and Friday, which the names table holds: owned by no one, and before a word of blessing they greet ("عيد مبارك"). */
const FEASTS = ['عيد', 'جمعه', 'رمضان'];
/** Times of day and feasts: "الكار ديال صباح" is the morning's car. */
const TIMES: ReadonlySet<string> = new Set(['صباح', 'مساء', 'ليل', ...FEASTS]);
/** Hijri months, feasts and times of day: no given name opens with one ("رمضان كريم", "شعبان مبارك", "صباح جميل"). */
const NOT_FIRST_OF_TWO: ReadonlySet<string> = new Set([...'محرم صفر ربيع جمادى رجب شعبان شوال'.split(' '), ...TIMES]);

/**
 * Persian and Urdu titles that are jobs too ("دکتر رفتم", I went to the doctor; "مهندس نرم‌افزار", a software engineer): before
 * a Persian family name — in -ی made from a given name, -زاده, -پور — they mark a person ("دکتر صالحی", "مهندس تهرانی‌پور",
 * "ڈاکٹر قریشی"). After "آقای" and "خانم" any word is a name (detect-person-script-titles.ts).
 */
const JOB_TITLES: ReadonlySet<string> = new Set('دکتر مهندس ڈاکٹر انجینئر پروفیسور پروفسور استاد'.split(' ').map(foldArabicScript));

function markedNames(text: string, words: readonly ArabicScriptWord[]): Candidate[] {
  const found: Candidate[] = [];
  const joined = (index: number): boolean => index + 1 < words.length && isJoined(text, words[index]!, words[index + 1]!);
  const given = (index: number): boolean => index < words.length && isGiven(words[index]!);
  const isOwnerWord = (index: number): boolean =>
    POSSESSIVE.has(words[index]!.folded) && (words[index]!.text !== RIGHT || (index > 0 && words[index - 1]!.folded.startsWith('ال')));
  // A kunya after "in" is a place: "في أم صلال", "في أبو حمد".
  const isAfterIn = (index: number): boolean => index > 0 && words[index - 1]!.text === 'في' && isJoined(text, words[index - 1]!, words[index]!);
  const headsNoun = (index: number): boolean => joined(index) && words[index + 1]!.folded.startsWith('ال') && !isFamilyName(words[index + 1]!);
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (KUNYA.has(word.folded) && joined(index) && given(index + 1) && !(word.folded === 'ام' && isInQuestion(text, word.start)) && !isAfterIn(index) && !isNamedAfter(text, words, index)) {
      found.push(personBetween(text, word.start, words[index + 1]!.end));
    } else if (given(index) && joined(index) && words[index + 1]!.text === URDU_ERGATIVE && !ERGATIVE_NOUNS.has(bareName(word))) {
      // "بلال اشرف نے": a given name before it belongs to the doer too.
      const first = index > 0 && isJoined(text, words[index - 1]!, word) && given(index - 1) ? index - 1 : index;
      found.push(personBetween(text, givenStart(words[first]!), word.end));
    } else if (isOwnerWord(index) && joined(index) && given(index + 1) && !TIMES.has(bareName(words[index + 1]!)) && !headsNoun(index + 1)) {
      const last = joined(index + 1) && given(index + 2) ? index + 2 : index + 1;
      found.push(personBetween(text, givenStart(words[index + 1]!), words[last]!.end));
    } else if (JOB_TITLES.has(word.folded) && joined(index) && isPersianFamilyName(words[index + 1]!)) {
      found.push(personBetween(text, words[index + 1]!.start, words[index + 1]!.end));
    } else if (isFirstOfTwoGiven(text, words, index)) {
      found.push(personBetween(text, givenStart(word), words[index + 1]!.end));
      index += 1;
    }
  }
  return found;
}

/**
 * A given name and the father's, as Egypt and the Levant write a full name ("كريم عادل", "إسلام مصطفى"): both in the
 * table, the second with no "and" joined to it ("كريم وليد" is Karim Walid, "خير وبركة" a blessing), the first no month,
 * feast or time of day ("رمضان كريم", "صباح جميل") and no word after a kunya, a possessive, a place named after someone
 * or another given name (those are read above).
 */
function isFirstOfTwoGiven(text: string, words: readonly ArabicScriptWord[], index: number): boolean {
  const word = words[index]!;
  const next = words[index + 1];
  if (next === undefined || !isJoined(text, word, next) || bareName(next) !== next.folded || !isGiven(word) || !isGiven(next)) return false;
  if (NOT_FIRST_OF_TWO.has(bareName(word)) || KUNYA.has(next.folded) || LINEAGE.has(next.folded)) return false;
  const before = words[index - 1];
  if (before !== undefined && isJoined(text, before, word) && (KUNYA.has(before.folded) || POSSESSIVE.has(before.folded) || isGiven(before))) return false;
  return !isNamedAfter(text, words, index);
}

/**
 * Where the given names before `words[index]` begin, when that word is a family name (or a father's name after "بن")
 * and at least one listed given name stands right before it; a lineage word may stand between given names.
 */
function firstNameBefore(text: string, words: readonly ArabicScriptWord[], index: number): number | undefined {
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
    // The table lacks many Persian and Urdu given names ("زهرا", "مهسا"): right before a family name, one that reads as a
    // given name in Latin letters stands for it.
    if (!isGiven(word) && !(given === 0 && at === index - 1 && isFamilyName(family) && isGivenByReading(word))) break;
    first = at;
    given += 1;
  }
  if (first === undefined) return undefined;
  return isNamedAfter(text, words, first) || isNarrated(text, words, first, index) ? undefined : first;
}

/** A companion in a narrator's chain or under a blessing: "عن عبدالله بن عمر رضي الله عنهما". */
function isNarrated(text: string, words: readonly ArabicScriptWord[], first: number, last: number): boolean {
  const before = words[first - 1];
  if (before !== undefined && NARRATION_BEFORE.has(before.text) && isJoined(text, before, words[first]!)) return true;
  return BLESSING_AFTER.test(text.slice(words[last]!.end, words[last]!.end + 24));
}

/** The sentence around `index` asks a question, where "أم" is "or". */
function isInQuestion(text: string, index: number): boolean {
  const start = Math.max(text.lastIndexOf('\n', index), text.lastIndexOf('.', index), text.lastIndexOf('،', index)) + 1;
  const stops = [text.indexOf('\n', index), text.indexOf('.', index)].filter((at) => at >= 0);
  return QUESTION.test(text.slice(start, stops.length > 0 ? Math.min(...stops) : text.length));
}

/** A place named after the person or a ruler's title stands within a few joined words before the name. */
function isNamedAfter(text: string, words: readonly ArabicScriptWord[], first: number): boolean {
  for (let at = first - 1; at >= 0 && first - at <= NAMED_AFTER_REACH; at -= 1) {
    const word = words[at]!;
    if (!isJoined(text, word, words[at + 1]!)) return false;
    if (NAMED_AFTER.has(word.folded) || RULERS.has(word.folded)) return true;
  }
  return false;
}

/** A family name of Persian form: no article, and not the nisba of Arabic ("العتيبي"), which job titles precede as adjectives. */
function isPersianFamilyName(word: ArabicScriptWord): boolean {
  return !word.folded.startsWith('ال') && isFamilyName(word);
}

function isFamilyName(word: ArabicScriptWord): boolean {
  if (GRAMMAR.has(word.text) || ORDINALS.has(word.folded) || NOT_FAMILY.has(word.folded)) return false;
  if (word.folded.startsWith('ال') && word.folded.length >= 4) return NISBA_END.test(word.text);
  if (PERSIAN_FATHERS.test(word.text)) return word.text.length >= 5;
  // -ی also makes adjectives ("سرور اصلی", main server): a family name only when it is made from a given name ("محمدی",
  // "کریمی", "رضایی" from Reza, "موسوی" from Musa).
  if (!PERSIAN_NISBA.test(word.text) || word.text.length < 4) return false;
  const stem = word.text.slice(0, -1);
  return isArabicScriptGivenName(stem) || (/[یو]$/u.test(stem) && (isArabicScriptGivenName(stem.slice(0, -1)) || isArabicScriptGivenName(`${stem.slice(0, -1)}ی`)));
}

/** A word that is no grammar word and no word with the article, and reads as a given name in Latin letters. */
function isGivenByReading(word: ArabicScriptWord): boolean {
  return !GRAMMAR.has(word.text) && !isScriptGrammarWord(word.text) && !word.folded.startsWith('ال') && readsAsGivenName(word.folded);
}

/** A listed given name that is no grammar word and has no article; "and", "to", "with" joined before it ("وخالد", "لهالة") are left off. */
export function isGiven(word: ArabicScriptWord): boolean {
  const name = bareName(word);
  const written = name === word.folded ? word.text : word.text.slice(1);
  return name.length >= 2 && !name.startsWith('ال') && !GRAMMAR.has(written) && !NOT_GIVEN.has(name) && isArabicScriptGivenName(name);
}

const JOINED_BEFORE = /^[وفلب]/u;

function bareName(word: ArabicScriptWord): string {
  return JOINED_BEFORE.test(word.folded) && word.folded.length >= 4 && !isArabicScriptGivenName(word.folded) ? word.folded.slice(1) : word.folded;
}

export function givenStart(word: ArabicScriptWord): number {
  return bareName(word) === word.folded ? word.start : word.start + 1;
}

/** Two words of one name: a space or two between them, no comma or stop. */
const NAME_GAP = /^[ \t\u00a0]{1,2}$/u;

export function isJoined(text: string, left: ArabicScriptWord, right: ArabicScriptWord): boolean {
  return NAME_GAP.test(text.slice(left.end, right.start));
}
