import { isHebrewScriptFamilyName, isHebrewScriptGivenName } from './hebrew-script-names.ts';
import { isScriptGrammarWord } from './script-grammar-words.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A given name alone in Hebrew text, with its family name when one follows. Hebrew has no capitals: Israel's name tables
 * (hebrew-script-names.ts) say which words are names, and many names are words too ("אור" light, "טל" dew, "שקד"
 * almond; NAME_WORDS below), so a listed word counts only where the sentence puts a person:
 * - after a verb of sending, telling or thanking, with "to": "שלחתי לאלון ולמורן", "תודה רבה לשרון", "תגיד ל-נדב";
 * - after a verb of hearing or receiving, with "from": "שמעתי מרון", "קיבלתי מאלעד"; after "depends on": "תלוי במוטי";
 * - after "with", "at someone's", "for the attention of", "instead of": "עם נדב ואורית", "אצל תמר", "לידי עידו";
 *   and after the object marker "את" with no article — Hebrew marks a definite object so, and a common noun after it
 *   takes "ה": "ראה את אור" is a person, "ראה את האור" the light;
 * - the owner after "של": of a personal thing or kin ("הכרטיס של שירה", "אבא של יצחק"), or any name that is no word;
 * - opening a clause, before what people do or are ("נועה לוי בחופש", "טל כהן מתקשר", "אבי לא יכול"), before "from the
 *   …" ("צביקה מהמחסן"), after "that"/"when" before the same ("שאביגיל תטפל", "כשתמר חוזרת"); a name that is no word
 *   before anything but an article's noun ("איציק תעשה כבר merge"), or alone before a question mark ("אולי מאיה?");
 * - called, greeted, signed: "ליאת, הקוד…", "שי תתקשר אליי", "בוקר טוב אור!", "בברכה, אבנר";
 * - two or more joined by commas and "and", or in a text's rows: "איתי, רז, ענת וגלית", "נוי ושירה מחפשות",
 *   "[09:14] אביגיל: …", "א' – אליעזר";
 * - a full name alone in a field or between commas: "השוכרת: אורית לנדאו, ת.ז. …".
 * Hebrew joins its prepositions and "and" to the word ("לאלון", "ולמורן", "כשתמר"): the name is masked without them.
 */
const HINT = /[\u05d0-\u05ea]/u;
const WORD = /[\u05d0-\u05ea](?:[\u05d0-\u05ea]|['׳"״](?=[\u05d0-\u05ea]))*['׳]?/gu;
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

interface HebrewWord {
  text: string;
  start: number;
  end: number;
  /** A prefix written apart with a hyphen or maqaf ("ל-נדב", "מה-QA"), read as part of this word. */
  hyphenPrefix: string;
}

/** Verbs that take a person with "ל" (to): sending, passing on, telling, writing, calling, reminding, translating, helping, thanking. */
const TO_VERBS = set(`
  שלחתי שלחנו שלח שלחה תשלח תשלחי תשלחו לשלוח העברתי העברנו העביר העבירה תעביר תעבירי תעבירו להעביר אמרתי אמרנו תגיד תגידי
  תגידו להגיד כתבתי כתבנו תכתוב תכתבי תכתבו לכתוב התקשרתי התקשרנו תתקשר תתקשרי תתקשרו להתקשר תזכיר תזכירי תזכירו להזכיר
  תתרגם תתרגמי תתרגמו לתרגם תסביר תסבירי תסבירו הסברתי נתתי תן תני תנו לתת תחזיר תחזירו החזרתי עזרתי תעזור תעזרי תעזרו לעזור
  תודה תודות רבה ברכות הכבוד שמח טוב הודעתי תודיע תודיעו להודיע הצעתי תציע סיפרתי תספר תספרו העברה ההעברה
  אמר אמרה כתב כתבה סיפר סיפרה הודיע הודיעה נתן נתנה תפנה תפני תפנו לפנות פניתי פנה פנתה`);
/** Before "טוב" and "שמח", the thanks and wishes that take "ל": "מזל טוב ל…", "יום הולדת שמח ל…". */
const WISH_OPENERS = set('מזל הולדת');
/** Verbs that take a person with "מ" (from): receiving, hearing, asking for. */
const FROM_VERBS = set('קיבלתי קיבלנו קיבל קיבלה שמעתי שמענו שמע שמעה ביקשתי ביקשנו תבקש תבקשי תבקשו לבקש קניתי לקחתי');
/** "Depends on", which takes a person with "ב". */
const DEPENDS = set('תלוי תלויה תלויים תלויות חושד חושדת חושדים נתקלתי');
/** Prepositions a person follows with no article: with, at someone's, for the attention of, for, without. */
const BEFORE_PERSON = set('עם אצל לידי בשביל בלי במקום ע"ש ע״ש');
/** Standing up "with" the dawn ("קמתי עם שחר") is the idiom, not a person. */
const ROSE = set('קם קמה קמתי קמנו קמו קמים');
/** Where a family name alone is a person too: the object marker (a name after it has no article), "with", "at". */
const FAMILY_TOO = set('את עם אצל');
/** Epithets after a name that only the Bible's and history's people bear: Moses our teacher, the prophet, the king. */
const EPITHETS = set('רבנו הנביא הנביאה המלך המלכה אבינו אמנו הצדיק');
/** Possessive pronouns after a word make it a common noun ("את אבא שלי", "עם דוד שלי"). */
const POSSESSIVES = set('שלי שלך שלו שלה שלנו שלכם שלכן שלהם שלהן');
/** What a person has, before "של": card, address, phone, number, e-mail, password, token, pay, account, laptop, CV, ID, passport, contract, payslip, details. */
const PERSONAL_THINGS = set(`
  כרטיס הכרטיס כתובת הכתובת טלפון הטלפון מספר המספר נייד הנייד מייל המייל אימייל האימייל סיסמה הסיסמה סיסמא הסיסמא טוקן
  הטוקן משכורת המשכורת חשבון החשבון לפטופ הלפטופ מחשב המחשב החיים ת.ז הת.ז ת.ז. הת.ז. ת"ז הת"ז תעודת דרכון הדרכון חוזה החוזה
  תלוש התלוש פרטים הפרטים פרטי רכב הרכב שם השם יום הולדת ההולדת`);
const OF = 'של';
/** Pronouns with "to" before "or" and a name: "תשלחו לה או לחנה". */
const TO_PRONOUNS = set('לו לה לי לנו להם להן');
/** What people do or are right after their name: said, asked, needs, wants, can, knows, on leave, ill, in the reserves, calls, left, came, is back, replaces, will handle, works, starts, finished, is here. */
const SUBJECT_VERBS = set(`
  אמר אמרה אמרו ביקש ביקשה ביקשו כתב כתבה כתבו שאל שאלה שאלו צריך צריכה צריכים צריכות רוצה רוצים רוצות יכול יכולה יכולים
  יודע יודעת יודעים בחופש בחופשה חולה חולים במילואים מתקשר מתקשרת יצא יצאה יצאו הגיע הגיעה הגיעו חוזר חוזרת חוזרים מחליף
  מחליפה מחליפים יטפל תטפל יטפלו מטפל מטפלת יעביר תעביר יעבירו יוביל תוביל יובילו מוביל מובילה יציג תציג אישר אישרה אישרו
  שלח שלחה שלחו עובד עובדת עובדים עובדות מתחיל מתחילה מתחילים מתחילות סיים סיימה סיימו עזב עזבה יעזור תעזור עוזר עוזרת
  יחליף תחליף יגיע תגיע יחזור תחזור מראיין מראיינת ביטל ביטלה מנהל מנהלת פה כאן אתה מחכה מחכים נמצא נמצאת בפנים בדרך
  במשרד דיבר דיברה התקשר התקשרה העלה העלתה תיקן תיקנה פתח פתחה סגר סגרה נולד נולדה בחופשת קיבל קיבלה הוביל הובילה עשה
  עשתה בדק בדקה מצא מצאה החליט החליטה הזמין הזמינה נסע נסעה טס טסה הלך הלכה בא באה ישב ישבה מחפש מחפשת מחפשים מחפשות מארגן
  מארגנת מארגנים מארגנות עבר עברה עברו סגרו עשו הלכו באו נסעו טסו שואל שואלת מבקש מבקשת מחכה מחכות`);
/** Where a person is or who is speaking: not what a "that" clause's subject does ("שאכתוב פה" is "that I write here"). */
const NOT_AFTER_THAT = set('פה כאן אתה בפנים בדרך במשרד');
/** Who is in charge: "על ה-release אחראי יוסי", "אחראית: שקד". */
const IN_CHARGE = set('אחראי אחראית אחראים');
/** People a possessive and then a name describe: "העמית שלי עידו", "המנהלת שלה רוני". */
/** Kin before "של": "אבא של יצחק". Kin with its possessive ending before a name: "ואחותה אביה", "בעלה רון". */
const KIN_OF = set('אבא אמא אח אחות בן בת בעל אשת סבא סבתא דוד דודה ההורים הילדים הבן הבת');
const KIN_POSSESSED = set('אחיו אחותו אחיה אחותה ואחיו ואחותו ואחיה ואחותה בנו בתו בנה בתה בעלה אשתו אביו אמו אביה אמה');
const RELATIONS = set(`
  עמית העמית עמיתה העמיתה חבר החבר חברה החברה המנהל המנהלת מנהל מנהלת הבוס השותף השותפה השכן השכנה אח אחות האח האחות הבן הבת
  הבעל האישה`);
/** Words that open a clause after them: but, so, maybe, because, if, then. */
const CLAUSE_WORDS = set('אבל אז אולי כי אם ואז ואולי אלא');
/** A signature's closing: "בברכה, אבנר". */
const CLOSINGS = set('בברכה בתודה תודה');
/**
 * Given names that are everyday Hebrew words too — light, dew, dawn, charm, peace, sea, joy, wave, song, almond, date
 * palm, jewel, these, secret, beauty, poetry, myrtle, sapphire, coral, lake, glow, spring, jubilee, lightning, rock,
 * gift, second, good, night, luck, rose, pearl, ray, oak, cedar, pine, colleague, happiness, friendship, faith, hope,
 * life, dove, deer, wolf, bear, lion, sapling, Eden, horizon, generation, autumn, strength, bud… A word of this list is a
 * person only in the strong places (a verb's "to", "with", the object marker, a greeting, a list of names); the weaker
 * ones (the owner after "של", a clause's opening word before any verb, a comma after it) take the other names only.
 */
const NAME_WORDS = set(`
  אור טל שחר חן שלום ים שמחה גל רון דן שקד תמר עדי אלה רז נוי שירה הדס ספיר אלמוג אגם נגה אביב יובל ברק צור מעיין שי שני טובה
  לילה מזל יפה ורד פנינה כרמל שיר קרן בר גפן דקל אלון ארז אורן זיו עמית אושר רעות אמונה ברכה גאולה תקווה תקוה שושנה חיים נחמה
  יונה צבי זאב דב אריה אייל יעל עופר אילן נטע לבנה פז עדן נועם הלל גיל רינה דליה סיגל מור קשת ענבל ענבר רותם עלמה מיכל בת בן
  נתן עמוס ישראל ציון עומר ירדן כנרת גדי אביה אופק זוהר להב סתיו ליבי מלכה דור דורון מתן סלע עוז ניצן יסמין תום אמיר דבורה
  צפורה ציפורה שמש חגית מאיר מרום ארבל שובל שוהם ירדנה אלונה ענת חנה כוכב מגן`);
/** The few given names that open with "ה", which is the article on every other word ("הדוח", "הלינק"). */
const NAMES_WITH_HE = set('הילה הדס הדר הראל הגר הלל הודיה הדסה הילית הניה הדרה');
/** Adverbs between a subject and its verb: "אבי לא יכול", "רוני גם בחופש", "מקס כבר בפנים". */
const ADVERBS = set('לא גם כבר עוד עדיין היום מחר אתמול עכשיו רק');
/** Greetings that a name follows: hi, hello, morning, evening, thanks, congratulations. */
const GREETINGS = set('היי הי הלו שלום אהלן אהלנ');
const GREETING_PAIRS = set('בוקר_טוב ערב_טוב לילה_טוב צהריים_טובים תודה_רבה מזל_טוב');
/** Prefixes Hebrew joins to a word: and, to, in, from, that, when, and their pairs. */
const JOINED = { to: ['ל', 'ול'], from: ['מ', 'ומ'], in: ['ב', 'וב'], that: ['ש', 'כש', 'וכש'], and: ['ו'] } as const;
const HYPHEN = /^[-־]$/u;
/** Words that the slots above put where people go, and are not people: kin, roles, the team, God, everyone. */
const NOT_PEOPLE = set(`
  אבא אמא סבא סבתא אחי אחותי בעלי אשתי הבוס בוס הלקוח לקוח הלקוחה הצוות צוות כולם כולכם חברים החברים חבר חברה המנהל המנהלת
  מנהל מנהלת השם אלוהים הספק ספק המשרד משרד הבנק בנק מישהו מישהי מישהם אחד אחת אף
  יום שבוע חודש שנה בוקר ערב ראשון שלישי רביעי חמישי שישי שבת`);

export function detectGivenHebrewNames(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const words = hebrewWords(text);
  const found: Candidate[] = [];
  const taken = new Set<number>();
  const add = (index: number, stemStart: number): void => {
    if (taken.has(index) || EPITHETS.has(joinedAfter(text, words, index)?.text ?? '')) return;
    taken.add(index);
    const surname = surnameAfter(text, words, index);
    found.push(personBetween(text, stemStart, (surname ?? words[index]!).end));
    if (surname !== undefined) taken.add(index + 1);
  };
  for (let index = 0; index < words.length; index += 1) {
    const stem = personStem(text, words, index);
    if (stem === undefined) continue;
    add(index, stem);
    // A name joined by "and" to this one is one too: "עם נדב ואורית", "שלחתי לאלון ולמורן".
    for (let next = index + 1; next < words.length && isNextTo(text, words[next - 1]!, words[next]!); next += 1) {
      // "… או לרעות": "or" stands apart, its name after it keeps the slot's prefix.
      if (words[next]!.text === 'או') continue;
      const joined = stemAfterPrefix(words[next]!, [...JOINED.and, ...JOINED.to, ...JOINED.from, ...JOINED.in]);
      if (joined === undefined || !(words[next]!.text.startsWith('ו') || words[next - 1]!.text === 'או')) break;
      add(next, joined);
    }
  }
  for (const list of nameLists(text, words)) for (const [index, start] of list) add(index, start);
  for (const index of rowNames(text, words)) add(index, words[index]!.start);
  return found;
}

function hebrewWords(text: string): HebrewWord[] {
  const words: HebrewWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const previous = words[words.length - 1];
    // "ל-נדב": the prefix and its hyphen belong to the word after them.
    const hyphenPrefix = previous !== undefined && previous.end + 1 === start && HYPHEN.test(text[previous.end]!) && isPrefixOnly(previous.text) ? previous.text : '';
    if (hyphenPrefix !== '') words.pop();
    words.push({ text: match[0], start, end: start + match[0].length, hyphenPrefix });
  }
  return words;
}

function isPrefixOnly(word: string): boolean {
  return /^(?:ו?(?:[לבמש]|כש|מה|לה|בה|ה)|ה)$/u.test(word);
}

/** A name of the lists, with nothing joined before it: not grammar, not a word the slots hold for others. */
function isNameWord(word: string, grammarToo = false, listed: (name: string) => boolean = isHebrewScriptGivenName): boolean {
  const letters = [...word].length;
  if (letters < 2 || NOT_PEOPLE.has(word) || SUBJECT_VERBS.has(word) || ADVERBS.has(word) || (!grammarToo && isScriptGrammarWord(word))) return false;
  if (word.startsWith('ה') && !NAMES_WITH_HE.has(word)) return false;
  // Plurals and reflexive verbs ("שולחים", "מתחילות", "התקשרתי") are no names, whatever they read as.
  if (letters >= 5 && (/(?:ים|ות)$/u.test(word) || /^(?:מת|הת|להת|ית|נת|תת)/u.test(word))) return false;
  return listed(word) || (/['׳]$/u.test(word) && listed(word.slice(0, -1)));
}

/** Where the name starts when the word is one of `prefixes` and a name, written joined or with a hyphen. */
function stemAfterPrefix(word: HebrewWord, prefixes: readonly string[]): number | undefined {
  if (word.hyphenPrefix !== '') return prefixes.includes(word.hyphenPrefix) && isNameWord(word.text) ? word.start : undefined;
  // The shortest prefix first: "ומרים" is "and Miriam", not "and from Reem".
  for (const prefix of [...prefixes].sort((left, right) => left.length - right.length)) {
    if (word.text.startsWith(prefix) && isNameWord(word.text.slice(prefix.length))) return word.start + prefix.length;
  }
  return undefined;
}

function bareName(word: HebrewWord): number | undefined {
  return word.hyphenPrefix === '' && isNameWord(word.text) ? word.start : undefined;
}

/** In the strong places a family name alone is a person too, and the lists keep some given names only as family names ("עמרי"). */
function bareNameOrFamily(word: HebrewWord): number | undefined {
  return word.hyphenPrefix === '' && (isNameWord(word.text) || isNameWord(word.text, false, isHebrewScriptFamilyName)) ? word.start : undefined;
}

/** Where the name in this word starts, when the sentence puts a person here; undefined otherwise. */
function personStem(text: string, words: readonly HebrewWord[], index: number): number | undefined {
  const word = words[index]!;
  const before = joinedBefore(text, words, index);
  const twoBefore = before === undefined ? undefined : joinedBefore(text, words, index - 1);
  if (before !== undefined) {
    const prefixed = prefixedSlot(word, before, twoBefore);
    if (prefixed !== undefined) return prefixed;
    // A family name alone after "with", "at", the object marker or "in charge" ("את עמרי": the lists keep some given names
    // only as family names); after "without" or "instead of" a noun's construct form reads as one ("בלי שלבי שחזור").
    const strong = bareNameOrFamily(word);
    if (strong !== undefined && !hasPossessiveAfter(text, words, index) && (FAMILY_TOO.has(before.text) || IN_CHARGE.has(before.text))) {
      if (!(before.text === 'עם' && twoBefore !== undefined && ROSE.has(twoBefore.text))) return strong;
    }
    const bare = bareName(word);
    if (bare !== undefined && !hasPossessiveAfter(text, words, index)) {
      if (BEFORE_PERSON.has(before.text) && !(before.text === 'עם' && twoBefore !== undefined && ROSE.has(twoBefore.text))) return bare;
      if (before.text === OF && (ownsThing(text.slice(Math.max(0, before.start - 40), before.start)) || (twoBefore !== undefined && KIN_OF.has(twoBefore.text)) || !NAME_WORDS.has(word.text))) return bare;
      if (KIN_POSSESSED.has(before.text)) return bare;
      if (POSSESSIVES.has(before.text) && twoBefore !== undefined && RELATIONS.has(twoBefore.text)) return bare;
      if (isGreeting(before, twoBefore) && endsGreeting(text, words, index)) return bare;
    }
  }
  const bare = bareName(word);
  if (bare !== undefined && (isSigned(text, words, index) || isLabelledFullName(text, words, index))) return bare;
  if (bare !== undefined && (opensClause(text, words, index) || isAfterGreeting(text, words, index))) {
    // "אביב כבר פה" is spring: a name that is a word needs a deed after it, not a place.
    if (actsAfter(text, words, index, NAME_WORDS.has(word.text) ? NOT_AFTER_THAT : EMPTY) || isVocative(text, words, index)) return bare;
    // A name no word is, opening a clause before anything but an article's noun: "איציק תעשה כבר merge", "קובי בטלפון",
    // "ספיר ואלמוג עברו"; a name that is a word needs what people do after it.
    if (!NAME_WORDS.has(word.text) && (opensWithoutArticle(text, words, index) || ENDS_QUESTION.test(text.slice(word.end)))) return bare;
    // "אגם ואני נוסעים": a name and "I" together.
    if (joinedAfter(text, words, index)?.text === 'ואני') return bare;
    const pair = pairedOpening(text, words, index);
    if (pair) return bare;
  }
  // A family name alone before "from the …": "גולדברג מהלקוח ביקש".
  if (word.hyphenPrefix === '' && opensClause(text, words, index) && isNameWord(word.text, false, isHebrewScriptFamilyName) && !NAME_WORDS.has(word.text)) {
    const next = joinedAfter(text, words, index);
    if (next !== undefined && isFromThe(next)) return word.start;
  }
  // An apposition after a role with its article: "הפרילנסר, בוריס, שלח…".
  if (bare !== undefined && !NAME_WORDS.has(word.text) && isApposition(text, words, index)) return bare;
  // "…ושלומי מחכה לזה": "and" and a name that is no word, before what people do.
  const joinedByAnd = stemAfterPrefix(word, JOINED.and);
  if (joinedByAnd !== undefined && !NAME_WORDS.has(text.slice(joinedByAnd, word.end)) && actsAfter(text, words, index)) return joinedByAnd;
  const subordinate = stemAfterPrefix(word, JOINED.that);
  if (subordinate !== undefined && actsAfter(text, words, index, NOT_AFTER_THAT)) return subordinate;
  return undefined;
}

/**
 * A name called: opening a line before a comma and a clause ("ליאת, הקוד לכספת…", "טל, יש טל על האוטו" — not a list,
 * "אור, מים וחשמל"), or before a verb in the second person or "יש לך" ("שי תתקשר אליי", "גל יש לך דקה?").
 */
function isVocative(text: string, words: readonly HebrewWord[], index: number): boolean {
  const word = words[index]!;
  // "שלום, מה שלומך?" greets; "תודה, …" thanks.
  if (GREETINGS.has(word.text) || CLOSINGS.has(word.text)) return false;
  if (!/(?:^|\n|[.!?][ \t])[ \t]*(?:[\p{Extended_Pictographic}@][^\n]*?[ \t])?$/u.test(text.slice(Math.max(0, word.start - 40), word.start))) return false;
  const rest = text.slice(word.end);
  if (/^,[ \t]*ת[\u05d0-\u05ea]{2,}(?:[ \t?!.]|$)/u.test(rest)) return true;
  if (/^,[ \t]*[^,\n]+?[ \t][^,\n]+/u.test(rest) && !/^,[ \t]*[\u05d0-\u05ea'׳]+(?:[ \t]*,|[ \t]+ו)/u.test(rest)) return true;
  const next = joinedAfter(text, words, index);
  if (next === undefined) return false;
  return (next.text === 'יש' && /^[ \t]+לך/u.test(text.slice(next.end))) || /^ת[\u05d0-\u05ea]{3,}$/u.test(next.text);
}

/** A name alone before a question mark, an answer to "who": "אולי מאיה?". */
const ENDS_QUESTION = /^[ \t]*\?/u;

/**
 * "ספיר ואלמוג עברו לחיפה", "נוי ושירה מחפשות", "מאיה ואליעד בחדר": two names joined by "and" open the clause; when
 * either is also a word ("טל ומטר", dew and rain) the word after them must be a verb in the plural — past or future
 * ending "ו", or a present participle ("מחפשות").
 */
function pairedOpening(text: string, words: readonly HebrewWord[], index: number): boolean {
  const second = joinedAfter(text, words, index);
  if (second === undefined || stemAfterPrefix(second, JOINED.and) === undefined) return false;
  const secondName = second.text.slice(1);
  const after = joinedAfter(text, words, index + 1);
  if (after === undefined) return false;
  if (!NAME_WORDS.has(words[index]!.text) && !NAME_WORDS.has(secondName)) return after.hyphenPrefix === '' && !after.text.startsWith('ה') && !isScriptGrammarWord(after.text) || isFromThe(after);
  return after.hyphenPrefix === '' && (/^[\u05d0-\u05ea]{2,}ו$/u.test(after.text) || /^מ[\u05d0-\u05ea]{2,}(?:ים|ות)$/u.test(after.text));
}

/** Between commas after a role with its article: "הפרילנסר, בוריס, שלח", "הנהג, יוסי, מחכה". */
function isApposition(text: string, words: readonly HebrewWord[], index: number): boolean {
  const before = words[index - 1];
  if (before === undefined || !before.text.startsWith('ה') || !/^[ \t]*,[ \t]*$/u.test(text.slice(before.end, words[index]!.start))) return false;
  return /^[ \t]*,/u.test(text.slice(words[index]!.end));
}

/** The next word is Hebrew with no article, or in Latin letters, on the same clause. */
function opensWithoutArticle(text: string, words: readonly HebrewWord[], index: number): boolean {
  const next = joinedAfter(text, words, index);
  if (next !== undefined) return next.hyphenPrefix === '' && !next.text.startsWith('ה') && !isScriptGrammarWord(next.text) || isFromThe(next);
  return false;
}

/** A name after a verb that takes a person with "to", "from" or "on": "שלחתי לאלון", "שמעתי מרון", "תלוי במוטי". */
function prefixedSlot(word: HebrewWord, before: HebrewWord, twoBefore: HebrewWord | undefined): number | undefined {
  const wish = before.text === 'טוב' || before.text === 'שמח';
  if (TO_VERBS.has(before.text) && (!wish || (twoBefore !== undefined && WISH_OPENERS.has(twoBefore.text)))) return stemAfterPrefix(word, JOINED.to);
  // "חן חן לאלון" (thanks), "תשלחו לה או לחנה".
  if ((before.text === 'חן' && twoBefore?.text === 'חן') || (before.text === 'או' && twoBefore !== undefined && TO_PRONOUNS.has(twoBefore.text))) return stemAfterPrefix(word, JOINED.to);
  if (FROM_VERBS.has(before.text)) return stemAfterPrefix(word, JOINED.from);
  if (DEPENDS.has(before.text)) return stemAfterPrefix(word, JOINED.in);
  return undefined;
}

/**
 * What comes before "של" is a personal thing: a word of the list ("הכרטיס", "הת.ז."), a word in Latin letters ("ה-IBAN",
 * "ה-API key") or a number ("ת.ז. 308823855 של …").
 */
const THING_BEFORE_OF = new RegExp(String.raw`(?:(?:^|[^\u05d0-\u05ea])(?:${[...PERSONAL_THINGS].map((thing) => thing.replace(/[.]/gu, '\\.')).join('|')})|[A-Za-z][\w.-]*|\d)[ \t]+$`, 'u');

function ownsThing(before: string): boolean {
  return THING_BEFORE_OF.test(`${before} `.replace(/[ \t]+$/u, ' '));
}

function hasPossessiveAfter(text: string, words: readonly HebrewWord[], index: number): boolean {
  const next = joinedAfter(text, words, index);
  return next !== undefined && POSSESSIVES.has(next.text);
}

function isGreeting(before: HebrewWord, twoBefore: HebrewWord | undefined): boolean {
  return GREETINGS.has(before.text) || (twoBefore !== undefined && GREETING_PAIRS.has(`${twoBefore.text}_${before.text}`));
}

/** A greeted name ends its clause: "בוקר טוב אור!", "שלום דוד,"; "שלום עולם" is no one, nor "תודה רבה לכולם". */
function endsGreeting(text: string, words: readonly HebrewWord[], index: number): boolean {
  return ENDS_CLAUSE.test(text.slice(words[index]!.end)) || surnameAfter(text, words, index) !== undefined;
}

const ENDS_CLAUSE = /^[ \t]*(?:$|[!?,.:;\n—–-]|\p{Extended_Pictographic})/u;

/** After a greeting and a comma: "בוקר טוב, נועה לוי בחופש". */
function isAfterGreeting(text: string, words: readonly HebrewWord[], index: number): boolean {
  const before = words[index - 1];
  const twoBefore = words[index - 2];
  if (before === undefined || !/^[ \t]*,[ \t]*$/u.test(text.slice(before.end, words[index]!.start))) return false;
  return GREETINGS.has(before.text) || (twoBefore !== undefined && GREETING_PAIRS.has(`${twoBefore.text}_${before.text}`));
}

/** A signature: "בברכה, אבנר" at the end of a line or of the text. */
function isSigned(text: string, words: readonly HebrewWord[], index: number): boolean {
  const before = words[index - 1];
  if (before === undefined || !CLOSINGS.has(before.text) || !/^[ \t]*,?[ \t\n]*$/u.test(text.slice(before.end, words[index]!.start))) return false;
  const end = (surnameAfter(text, words, index) ?? words[index]!).end;
  return /^[ \t]*(?:$|[\n"'״”.])/u.test(text.slice(end));
}

/**
 * A full name opening a line or a field, and closing it: "השוכרת: אורית לנדאו, ת.ז. …", a signature's "ליאת גולדברג |
 * מנהלת לקוחות". Family names are words too ("קטן", "בוקר"), so the pair must stand alone in its field.
 */
function isLabelledFullName(text: string, words: readonly HebrewWord[], index: number): boolean {
  const start = words[index]!.start;
  if (!/(?:^|\n|[:,(–—])[ \t]*$/u.test(text.slice(Math.max(0, start - 40), start))) return false;
  const surname = surnameAfter(text, words, index);
  return surname !== undefined && isHebrewScriptFamilyName(surname.text) && /^[ \t]*(?:$|[\n,|().—–!?]|[-–][ \t]|\p{Extended_Pictographic})/u.test(text.slice(surname.end));
}

/**
 * What follows the name (and its family name, or an "and" and a second name with its own) is what people do, possibly
 * after an adverb, or "from the …" ("מהצוות", "מה-QA").
 */
function actsAfter(text: string, words: readonly HebrewWord[], index: number, unless: ReadonlySet<string> = EMPTY): boolean {
  let next = index + 1;
  if (surnameAfter(text, words, index) !== undefined) next += 1;
  else if (words[next] !== undefined && isNextTo(text, words[next - 1]!, words[next]!) && stemAfterPrefix(words[next]!, JOINED.and) !== undefined) {
    next += surnameAfter(text, words, next) === undefined ? 1 : 2;
  }
  const after = words[next];
  if (after === undefined || !isNextTo(text, words[next - 1]!, after) || unless.has(after.text)) return false;
  if (isFromThe(after) || SUBJECT_VERBS.has(after.text)) return true;
  const third = words[next + 1];
  return ADVERBS.has(after.text) && third !== undefined && isNextTo(text, after, third) && SUBJECT_VERBS.has(third.text) && !unless.has(third.text);
}

const EMPTY: ReadonlySet<string> = new Set();

/** "מהצוות", "מה-QA", "מהנהלת": "from the". "מה" alone is "what". */
function isFromThe(word: HebrewWord): boolean {
  return word.hyphenPrefix === 'מה' || (word.hyphenPrefix === '' && word.text.startsWith('מה') && [...word.text].length >= 4);
}

function isFamilyOrGiven(word: string): boolean {
  return isHebrewScriptFamilyName(word) || isHebrewScriptGivenName(word);
}

/** A family name right after a given name: a name of the lists with nothing joined before it, and no verb or adverb. */
function surnameAfter(text: string, words: readonly HebrewWord[], index: number): HebrewWord | undefined {
  const next = joinedAfter(text, words, index);
  if (next === undefined || next.hyphenPrefix !== '' || next.text.startsWith('ו') || isFromThe(next)) return undefined;
  return isNameWord(next.text, false, isFamilyOrGiven) ? next : undefined;
}

/**
 * Three or more names of the lists in a row, joined by commas and a last "and": "איתי, רז, ענת וגלית", "מיכל, דנה ועמית".
 * Returns each list's names as [word index, name start].
 */
function nameLists(text: string, words: readonly HebrewWord[]): Array<Array<[number, number]>> {
  const lists: Array<Array<[number, number]>> = [];
  let run: Array<[number, number]> = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const commaBefore = run.length > 0 && /^[ \t]*,[ \t]*$/u.test(text.slice(words[index - 1]!.end, word.start));
    const andBefore = run.length > 0 && isNextTo(text, words[index - 1]!, word) && stemAfterPrefix(word, JOINED.and) !== undefined;
    if (andBefore) {
      run.push([index, stemAfterPrefix(word, JOINED.and)!]);
      // A grammar word may be one of them ("איתי", with me, is also Itai) when two others are names only.
      const names = run.filter(([item]) => !isScriptGrammarWord(words[item]!.text)).length;
      if ((run.length >= 3 && names >= 2) || (run.length === 2 && names === 2 && actsAfter(text, words, index - 1))) lists.push(run);
      run = [];
      continue;
    }
    const bare = word.hyphenPrefix === '' && isNameWord(word.text, true) ? word.start : undefined;
    const opens = run.length === 0 && bare !== undefined && (opensClause(text, words, index) || /[:：][ \t]*$/u.test(text.slice(0, word.start)));
    if (bare !== undefined && (commaBefore || opens) && /^[ \t]*,|^[ \t]+ו/u.test(text.slice(word.end))) run = commaBefore ? [...run, [index, bare]] : [[index, bare]];
    else {
      // A list with no "and" closes at the line's end: "משתתפים: נועה, אליעד, גלעד, שני".
      if (bare !== undefined && commaBefore && /^[ \t]*(?:$|\n)/u.test(text.slice(word.end))) {
        const closed: Array<[number, number]> = [...run, [index, bare]];
        if (closed.length >= 3 && closed.filter(([item]) => !isScriptGrammarWord(words[item]!.text) && !NAME_WORDS.has(words[item]!.text)).length >= 2) lists.push(closed);
      }
      run = [];
    }
  }
  return lists;
}

/**
 * The people of a text's rows: a name opening two or more lines before a colon or a dash ("[09:14] אביגיל: …", "אלון –
 * ממשיך על ה-SSO"), or closing two or more lines after one ("א' – אליעזר", "ב' – טל"). Returns word indexes.
 */
function rowNames(text: string, words: readonly HebrewWord[]): number[] {
  const opening: number[] = [];
  const closing: number[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (word.hyphenPrefix !== '' || !isNameWord(word.text, true)) continue;
    // A row's label and a name's tail are short: read at most 40 characters either side, so a long line costs no more.
    const near = text.slice(Math.max(0, word.start - 40), word.start);
    const before = near.slice(near.lastIndexOf('\n') + 1);
    const following = text.slice(word.end, word.end + 40);
    const after = following.includes('\n') ? following.slice(0, following.indexOf('\n')) : following;
    if (/^[ \t]*(?:[-*•][ \t]*)?(?:\[?\d{1,2}[:.]\d{2}\]?[ \t]*)?$/u.test(before) && /^[ \t]*(?::|[-–—][ \t])/u.test(after)) opening.push(index);
    else if (/(?::|[ \t][-–—])[ \t]*$/u.test(before) && /^[ \t]*$/u.test(after) && (following.includes('\n') || word.end + 40 >= text.length)) closing.push(index);
  }
  return [...(opening.length >= 2 ? opening : []), ...(closing.length >= 2 ? closing : [])];
}

/** At the text's start, or after a stop, a comma, a colon, a dash or a line break. */
function opensClause(text: string, words: readonly HebrewWord[], index: number): boolean {
  const start = words[index]!.start - words[index]!.hyphenPrefix.length - (words[index]!.hyphenPrefix === '' ? 0 : 1);
  if (/(?:^|[\n.!?,:;—–"'״(\]+])[ \t]*$/u.test(text.slice(Math.max(0, start - 8), start))) return true;
  const before = words[index - 1];
  return before !== undefined && CLAUSE_WORDS.has(before.text) && isNextTo(text, before, words[index]!);
}

/** Two words apart by spaces only. */
function isNextTo(text: string, left: HebrewWord, right: HebrewWord): boolean {
  const from = left.end;
  const to = right.start - (right.hyphenPrefix === '' ? 0 : right.hyphenPrefix.length + 1);
  return to > from && /^[ \t\u00a0]+$/u.test(text.slice(from, to));
}

function joinedAfter(text: string, words: readonly HebrewWord[], index: number): HebrewWord | undefined {
  const next = words[index + 1];
  return next !== undefined && isNextTo(text, words[index]!, next) ? next : undefined;
}

function joinedBefore(text: string, words: readonly HebrewWord[], index: number): HebrewWord | undefined {
  const before = words[index - 1];
  return before !== undefined && isNextTo(text, before, words[index]!) ? before : undefined;
}
