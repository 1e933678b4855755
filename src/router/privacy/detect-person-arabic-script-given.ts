import { foldArabicScript } from './arabic-script-names.ts';
import { arabicScriptWords, givenStart, isGiven, isJoined, type ArabicScriptWord } from './detect-person-arabic-script.ts';
import { isScriptGrammarWord } from './script-grammar-words.ts';
import { readsAsGivenName } from './arabic-script-readings.ts';
import { isArabicScriptValueNoun } from './script-holders.ts';
import { opensAfter } from './text-scan.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A given name alone in Arabic, Persian or Urdu text. The names table (arabic-script-names.ts) holds everyday words too
 * ("أمل" hope, "نور" light, "بهار" spring), so a listed name counts only where the sentence puts a person:
 * - a kin word or form of address after it: "بهار جان", "فیصل بھائی", "مریم خانم", "عمران صاحب", "شريف باشا";
 * - called: "يا بسام";
 * - thanked or congratulated: "مبروك لـ إيمان", "شكرا خالد", "مرسی سارا", "شکریہ عمران";
 * - introducing oneself: "أنا تالا من فريق المبيعات";
 * - from a team: "كريم من الـ data team", "سارا از تیم فروش";
 * - saying or asked: "حنان قالت ليا", "سألت جميل", "بكلم نوال", "کریم گفت";
 * - wanting, coming, going, ill right after it: "رامي بدو يأجل", "مهدي غادي يدير", "هدى مريضة"; at someone's: "المفتاح
 *   عند شمسة"; the Urdu dative ("صائمہ کو"), and the genitive before what a person has ("سدرہ کی تاریخ پیدائش");
 * - joined by "and" to another listed name, and the pair doing something: "مهسا و پریسا دارن…", "زينب اور حسن کو…",
 *   "شيماء ومي هيعملوا…" — not a pair that ends its sentence or stands alone ("خير وبركة" is a blessing).
 */
const HINT = /[\u0600-\u06ff]/u;
const fold = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter(Boolean).map(foldArabicScript));
/** After a name: Persian, Urdu and Arabic dialects' kin words and forms of address. */
const ADDRESS_AFTER = fold('جان جون خانم آقا عزیز عزیزم بھائی بھائي بھیا صاحب صاحبہ باجی آپا جی بیگم بھابھی باشا بيه هانم افندي أفندي');
/** Arabic's vocative, written with the Arabic yeh: Persian "یا" is "or" ("اصفهان یا شیراز"). */
const VOCATIVE = 'يا';
/**
 * What follows "يا" that is no one: God's names, the interjections the table's words make ("يا سلام", wow; "يا ريت", if only)
 * and the epithets people are called by ("يا كبير", "يا غالي", "يا ملك", "يا بطل", "يا حبيب قلبي").
 */
const CALLED_NOT_NAMES = fold(
  'الله رب كريم رحمن رحيم لطيف ستار سلام ريت حرام خسارة عيب جماعة شباب بنات حبيبي حبيبتي عيني جميل كبير غالي غالية ملك أمير امير حبيب بطل ريس معلم باشا حج حاج شيخ عم خال استاذ دكتور عسل قمر',
);
/** After a name called so, an endearment makes it one too: "يا حبيب قلبي", "يا نور عيني". */
const ENDEARMENT_AFTER = fold('قلبي عيني روحي');
/**
 * Words the table or the readings take for names that the slots above follow as often as people: greetings and thanks
 * ("سلام آقا", "مرسی جان"), kin and roles ("ماما گفت", "رئیس گفت", "سیٹھ صاحب", "عمو جان"), God ("ربي غادي يسهل"), people
 * ("ناس بتقول"), and the times, feasts and seasons ("رمضان جاي", "مرة بيشتغل", "ديما كيطيح", "بهار اومده"). The
 * forms of address after a name are no names themselves.
 */
const NOT_PEOPLE = fold(`
  سلام مرحبا اهلا هلا شكرا مرسی مرسي ممنون شکریہ مبروك مبارك مبارک تبريك كمال کمال عالی عالي
  ماما مامان بابا امی ابو ام اخويا اختي خالو خاله عمو عمه نانی نانا دادی دادا حاجی حاج سیٹھ رئیس رئيس مدير مدیر استاد استاذ دکتر دكتور امام شيخ
  الله ربي ربنا رب خدا خداوند ناس الناس مردم لوگ
  مرة مره ديما دايما دائما رمضان عيد محرم بهار تابستان پاییز زمستان صيف شتا ربيع خريف صبح صباح مسا مساء ليلة يوم جمعة جمعہ
  جان جون خانم آقا عزیز عزیزم بھائی صاحب صاحبہ باجی آپا جی بیگم باشا بيه هانم افندي`);
/** Thanks and congratulations, then an optional "to" ("لـ", "ل", "به", "از"). */
const THANKS = fold('شكرا شكراً مشكور مشكورة مرسي مرسی ممنون تشکر شکریہ مبروك مبارك مبارک تبريك');
const TO = fold('لـ ل به از');
/** "I" in Arabic: Persian "من" is also Arabic's "from", Urdu "میں" also "in". */
const I_WORDS = fold('أنا انا');
/** "from" then a team: "من الـ data team", "من فريق", "از تیم", "سے". */
const FROM = fold('من از');
/** A team after "from": its word, or a loan marked with "الـ" ("من الـ data team"); "من الميناء" is from the port. */
const TEAM_AFTER = /^[ \t]*(?:الـ|فريق|قسم|تيم|تیم|team|ادارة|إدارة|ادارہ)/u;
/** Verbs of saying after a person, and of asking or telling before one. */
const SAID_AFTER = fold('قال قالت بيقول بتقول يقول تقول قاللي قالتلي گفت گفته میگه می‌گه کہا کہتا کہتی بولا بولی');
/** Asked or told before: Arabic verbs only ("خبر" is also news, "بلغ" also reached). */
const ASKED_BEFORE = fold('سألت سالت اسأل اسال كلم كلمت بكلم هكلم حكلم قول قولي');
/** After a name thanked or congratulated: the sentence ends, or "for" follows ("شكرا خالد على المساعدة"); "مبروك نجاح الإطلاق" is success. */
const AFTER_THANKED = /^[ \t]*(?:$|[^\p{L}\p{M}\s]|(?:على|ع|عال|لل|يا|بابت|برای|کا|کی)(?![\p{L}\p{M}]))/u;
/** After "I am" and a name: "from", a comma or the end ("أنا تالا من فريق…", "أنا هبة،"); "أنا آسف على التأخير" is sorry. */
const AFTER_INTRODUCED = /^[ \t]*(?:$|[،,.!؟?\n]|من(?![\p{L}\p{M}]))/u;
/** What follows a pair of things, not people: a preposition ("ورد وياسمين على مكاتبكم", "صحة وعافية لكل الزملاء"). */
const PREPOSITION_AFTER = fold('على علي عن في من مع الى إلى لكل لك لكم بكل به از با در برای تا کے کی کا سے میں پر');
const AND = fold('و اور');
/**
 * Urdu's dative after a person ("صائمہ ملک کو خوش آمدید"); the genitive "کا/کی/کے" only before what a person has ("سدرہ کی
 * تاریخ پیدائش", "عاطف کا گھر", "ولید کا نیا نمبر"): it follows the table's everyday words as often ("محرم کی چھٹیاں",
 * Muharram's holidays; "جاز کا سگنل").
 */
const URDU_DATIVE = 'کو';
const URDU_GENITIVES: ReadonlySet<string> = new Set(['کا', 'کی', 'کے']);
/** What a person has, in Urdu: number, birth date, home, address, identity card, passport, e-mail, pay, account, card, phone. */
const URDU_PERSONAL_THINGS: readonly string[] = ['نمبر', 'نیا نمبر', 'تاریخ', 'گھر', 'پتہ', 'پتا', 'شناختی', 'پاسپورٹ', 'ای میل', 'تنخواہ', 'اکاؤنٹ', 'کارڈ', 'فون', 'موبائل', 'لیپ ٹاپ', 'سی این آئی سی'];
const WORD_AFTER = /^[ \t]*(\S+(?:[ \t]\S+)?)/u;
const LATIN_LETTER_FIRST = /^[A-Za-z]/u;

/** The words after `end` are what a person has, or a word in Latin letters ("کا IP", "کی CNIC"). */
function ownsAPersonalThing(text: string, end: number): boolean {
  const owned = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
  return owned !== undefined && (LATIN_LETTER_FIRST.test(owned) || URDU_PERSONAL_THINGS.some((thing) => owned.startsWith(thing)));
}
/**
 * A person's wants, comings and goings and health right after the name, in the dialects' own words: "رامي بدو يأجل" (wants),
 * "سمر تبي" (Gulf), "مهدي غادي يدير" (Moroccan "will"), "سامي رح يجي", "هدى مريضة", "مریم میخواد".
 */
const AUXILIARY_AFTER = fold('بدو بدها بده تبي يبي تبغى يبغى عايز عايزة عاوز عاوزة غادي غادية رح راح جاي جاية مسافر مسافرة تعبان تعبانة مريض مريضة بيجي بتيجي هيجي هتيجي میخواد می‌خواد میاد رفته اومده');
/**
 * A verb in the spoken dialects' present or future right after a name opening a clause: "أحمد بيحاول يصلحه", "أمل بتسلم
 * عليكم", "نادين عم تشتغل", "يونس كيتسناه". A common noun opening a clause as the subject takes the article ("السيرفر بيرد").
 */
const DIALECT_VERB = /^(?:بي|بت|بن|عم|رح|هي|هت|كي|كت|كن)[\p{Script=Arabic}]/u;

/** At someone's: Arabic "عند" ("المفتاح عند شمسة"). Not Persian "برای" (for): "برای سفر", for a trip. */
const FOR_OR_AT = fold('عند');
/**
 * A verb of saying, compared as written where folding would join two words: Urdu "کھا" (eat) folds to "کہا" (said), so a
 * word with "ھ" is never read as one.
 */
function isSaying(word: ArabicScriptWord): boolean {
  return SAID_AFTER.has(word.folded) && !word.text.includes('ھ');
}

/** Son of, daughter of, father of, mother of: words of a name, no name themselves. */
const LINEAGE = fold('ابن بن بنت ابو بو ام');

/** The folded word without the "and", "to", "with" joined before it. */
function bareFolded(word: ArabicScriptWord): string {
  return givenStart(word) > word.start ? word.folded.slice(1) : word.folded;
}

export function detectGivenArabicScriptNames(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const words = arabicScriptWords(text);
  const found: Candidate[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (!isLoneGiven(word) || !isPersonPlace(text, words, index)) continue;
    // A prefix is taken off a name of the table only ("وسكينة" → سكينة); a word read in Latin letters is masked whole.
    found.push(personBetween(text, isGiven(word) ? givenStart(word) : word.start, word.end));
  }
  return found;
}

/**
 * A given name of the table, or a word of three letters or more that reads as a given name of the names lists in Latin
 * letters (arabic-script-readings.ts: "مهسا" → Mahsa, "سكينة" → Sakina, which the table lacks) and as no English word.
 */
function isLoneGiven(word: ArabicScriptWord): boolean {
  if (isScriptGrammarWord(word.text) || word.folded.startsWith('ال') || NOT_PEOPLE.has(bareFolded(word)) || NOT_PEOPLE.has(word.folded)) return false;
  if (isGiven(word)) return true;
  // Read whole: a letter joined before a word the table lacks may be its own ("ورودی", input, is no "و" + "رودی").
  return [...word.folded].length >= 3 && readsAsGivenName(word.folded);
}

/**
 * Words after a value's noun that describe it, names too in the tables or their Latin readings: fixed (a landline), new,
 * old, personal, official, full, correct, main, second, temporary, mobile ("تلفن همراه").
 */
const THING_WORDS = fold('ثابت جديد جدید قديم قدیم شخصي شخصی رسمي رسمی كامل کامل صحيح درست اصلي اصلی دوم ثاني موقت مؤقت همراه');
/** The dialects' word for "of" between a thing and its owner: "الرقم ديال سكينة", "الايميل تبع ريم". */
const OF_WORDS = fold('ديال تبع تبعت حق حقت بتاع بتاعت متاع مال');
/** The message gives the thing's value: six digits or more in any script, or an e-mail address. */
const GIVES_A_VALUE = /(?:\p{Nd}\D{0,2}){6}|@/u;

/**
 * The owner of what a person has, its value given anywhere in the message ("کد ملی سحر رو لازم داره: 0064829170", "تاريخ
 * ميلاد جود 2001-05-19 غلط", "بغيت الرقم ديال سكينة: 06 62…"): after the value's noun (script-holders.ts, which takes the
 * holder right before the value) and the words that describe it, a given name of the table; after "of", one that reads as a
 * given name too — "شماره‌ی تماس" is the contact number, "تماس" read "Tamás".
 */
function isOwnerOfAValue(text: string, words: readonly ArabicScriptWord[], index: number): boolean {
  const word = words[index]!;
  if (isArabicScriptValueNoun(word.text) || THING_WORDS.has(word.folded)) return false;
  let at = index - 1;
  let afterOf = false;
  for (let hops = 0; hops < 2 && at > 0 && joinedBefore(text, words, at + 1) !== undefined; hops += 1) {
    if (!OF_WORDS.has(words[at]!.folded) && !THING_WORDS.has(words[at]!.folded)) break;
    afterOf ||= OF_WORDS.has(words[at]!.folded);
    at -= 1;
  }
  // The whole text is read for a value last, and only after a value's noun: this runs for every listed word of a long paste.
  return joinedBefore(text, words, at + 1) !== undefined && isArabicScriptValueNoun(words[at]!.text) && (afterOf || isGiven(word)) && GIVES_A_VALUE.test(text);
}

function isPersonPlace(text: string, words: readonly ArabicScriptWord[], index: number): boolean {
  const next = joinedAfter(text, words, index);
  const before = joinedBefore(text, words, index);
  const word = words[index]!;
  // A name's lineage words and what follows them are the family passes' (detect-person-arabic-script.ts): "ابن سينا" is one name.
  if (LINEAGE.has(bareFolded(word)) || (before !== undefined && LINEAGE.has(bareFolded(before)))) return false;
  if (next !== undefined && (ADDRESS_AFTER.has(next.folded) || isSaying(next) || AUXILIARY_AFTER.has(next.folded) || next.text === URDU_DATIVE)) return true;
  if (next !== undefined && URDU_GENITIVES.has(next.text) && ownsAPersonalThing(text, next.end)) return true;
  if (before !== undefined && FOR_OR_AT.has(before.folded)) return true;
  if (isOwnerOfAValue(text, words, index)) return true;
  if (next !== undefined && opensClause(text, words, index) && DIALECT_VERB.test(next.text) && [...next.text].length >= 4) return true;
  if (next !== undefined && FROM.has(next.folded) && TEAM_AFTER.test(text.slice(next.end))) return true;
  // "يا حبيب قلبي", "يا نور عيني": an endearment after the word makes it one too.
  if (before !== undefined && before.text === VOCATIVE) return !CALLED_NOT_NAMES.has(bareFolded(word)) && !(next !== undefined && ENDEARMENT_AFTER.has(next.folded));
  const rest = text.slice(word.end);
  if (before !== undefined && I_WORDS.has(before.folded)) return AFTER_INTRODUCED.test(rest);
  if (before !== undefined && ASKED_BEFORE.has(before.folded)) return true;
  if (before !== undefined && THANKS.has(before.folded)) return AFTER_THANKED.test(rest);
  const beforeTo = before !== undefined && TO.has(before.folded) ? joinedBefore(text, words, index - 1) : undefined;
  if (beforeTo !== undefined && THANKS.has(beforeTo.folded)) return AFTER_THANKED.test(rest);
  if (beforeTo !== undefined && ASKED_BEFORE.has(beforeTo.folded)) return true;
  return isPairedName(text, words, index);
}

/**
 * "مهسا و پریسا دارن", "زکریا وسکینة غادي": an "and" between two listed names, and a word after the pair that is no
 * preposition ("ورد وياسمين على مكاتبكم" are roses and jasmine); not a pair called with "يا" or before it ("صبر وإيمان يا جماعة").
 */
function isPairedName(text: string, words: readonly ArabicScriptWord[], index: number): boolean {
  const second = pairPartner(text, words, index);
  if (second === undefined) return false;
  const [first, last] = second > index ? [index, second] : [second, index];
  const before = joinedBefore(text, words, first);
  const after = joinedAfter(text, words, last);
  return !(before !== undefined && before.text === VOCATIVE) && !(after !== undefined && (PREPOSITION_AFTER.has(after.folded) || after.text === VOCATIVE));
}

/** The index of the other name of an "and" pair this word is in, or undefined. */
function pairPartner(text: string, words: readonly ArabicScriptWord[], index: number): number | undefined {
  const word = words[index]!;
  const next = joinedAfter(text, words, index);
  // "X و Y …" or "X وY …": this is the first of the pair.
  if (next !== undefined && AND.has(next.folded)) {
    const other = joinedAfter(text, words, index + 1);
    return other !== undefined && isLoneGiven(other) && hasWordAfter(text, words, index + 2) ? index + 2 : undefined;
  }
  if (next !== undefined && next.folded.startsWith('و') && next.folded !== word.folded && isLoneGiven(next) && givenStart(next) > next.start) return hasWordAfter(text, words, index + 1) ? index + 1 : undefined;
  // This is the second: "… و Y" or "… وY".
  const before = joinedBefore(text, words, index);
  if (before !== undefined && AND.has(before.folded)) {
    const other = joinedBefore(text, words, index - 1);
    return other !== undefined && isLoneGiven(other) && hasWordAfter(text, words, index) ? index - 2 : undefined;
  }
  if (givenStart(word) > word.start && word.folded.startsWith('و') && before !== undefined && isLoneGiven(before)) return hasWordAfter(text, words, index) ? index - 1 : undefined;
  return undefined;
}

/** At the text's start, or after a stop, a comma, a colon, a dash or a line break. */
function opensClause(text: string, words: readonly ArabicScriptWord[], index: number): boolean {
  return opensAfter(text, words[index]!.start, ' \t"\'«“(', '\n.!?؟،,:;—–-');
}

/** A word follows on the same clause: the pair is the subject or object of something, not a phrase standing alone. */
function hasWordAfter(text: string, words: readonly ArabicScriptWord[], index: number): boolean {
  const rest = text.slice(words[index]!.end);
  return /^[ \t\u00a0]+[\p{L}]/u.test(rest);
}

/** Two words apart by spaces, or by the tatweel a prefix is written with ("لـ إيمان"). */
function isNextTo(text: string, left: ArabicScriptWord, right: ArabicScriptWord): boolean {
  return isJoined(text, left, right) || /^\u0640[ \t\u00a0]{0,2}$/u.test(text.slice(left.end, right.start));
}

function joinedAfter(text: string, words: readonly ArabicScriptWord[], index: number): ArabicScriptWord | undefined {
  const next = words[index + 1];
  return next !== undefined && isNextTo(text, words[index]!, next) ? next : undefined;
}

function joinedBefore(text: string, words: readonly ArabicScriptWord[], index: number): ArabicScriptWord | undefined {
  const before = words[index - 1];
  return before !== undefined && isNextTo(text, before, words[index]!) ? before : undefined;
}
