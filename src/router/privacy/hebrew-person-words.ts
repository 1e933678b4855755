/**
 * The words the Hebrew name rules read around a name (detect-person-hebrew-given.ts): the verbs and prepositions that put
 * a person after them, what people do after their name, greetings and closings, kin and personal things, and the words
 * that look like names in those places and are not — Israel's given names that are everyday words too, interjections,
 * numbers, epithets. Hebrew words as written, without niqqud; a prefix joined to a word is read by the rules, not here.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Verbs that take a person with "ל" (to): sending, passing on, telling, writing, calling, reminding, translating, helping, thanking. */
export const TO_VERBS = set(`
  שלחתי שלחנו שלח שלחה תשלח תשלחי תשלחו לשלוח העברתי העברנו העביר העבירה תעביר תעבירי תעבירו להעביר אמרתי אמרנו תגיד תגידי
  תגידו להגיד כתבתי כתבנו תכתוב תכתבי תכתבו לכתוב התקשרתי התקשרנו תתקשר תתקשרי תתקשרו להתקשר תזכיר תזכירי תזכירו להזכיר
  תתרגם תתרגמי תתרגמו לתרגם תסביר תסבירי תסבירו הסברתי נתתי תן תני תנו לתת תחזיר תחזירו החזרתי עזרתי תעזור תעזרי תעזרו לעזור
  תודה תודות רבה ברכות הכבוד שמח טוב הודעתי תודיע תודיעו להודיע הצעתי תציע סיפרתי תספר תספרו העברה ההעברה
  אמר אמרה כתב כתבה סיפר סיפרה הודיע הודיעה נתן נתנה תפנה תפני תפנו לפנות פניתי פנה פנתה`);
/** Before "טוב" and "שמח", the thanks and wishes that take "ל": "מזל טוב ל…", "יום הולדת שמח ל…". */
export const WISH_OPENERS = set('מזל הולדת');
/** Verbs that take a person with "מ" (from): receiving, hearing, asking for. */
export const FROM_VERBS = set('קיבלתי קיבלנו קיבל קיבלה שמעתי שמענו שמע שמעה ביקשתי ביקשנו תבקש תבקשי תבקשו לבקש');
/** "Depends on", which takes a person with "ב". */
export const DEPENDS = set('תלוי תלויה תלויים תלויות חושד חושדת חושדים נתקלתי');
/** Prepositions a person follows with no article: with, at someone's, for the attention of, for, without. */
export const BEFORE_PERSON = set('עם אצל לידי ע"ש ע״ש');
/** For, without, instead of, according to: a name that is a word after them is the word ("במקום שני", second place). */
export const BEFORE_PERSON_WEAK = set('בשביל בלי במקום לפי');
/** Standing up "with" the dawn ("קמתי עם שחר") is the idiom, not a person. */
export const ROSE = set('קם קמה קמתי קמנו קמו קמים');
/** Time words with the article that may follow a name without making a construct pair ("ראיתי את נדב הבוקר"). */
export const TIMES_WITH_ARTICLE = set('הבוקר היום הערב הלילה השבוע החודש השנה הצהריים עכשיו');
/** Adjectives and the tails of greetings, never a family name after a given one ("מזל טוב", "שלום רב", "פסח שמח"). */
export const NOT_SURNAMES = set('טוב טובה טובים רב רבה שמח שמחה חדש חדשה גדול גדולה קטן קטנה יקר יקרה חם נעים ענק');
/** Nouns shaped like a verb in the second person ("ת…"): "טוב תודה" thanks, it calls no one. */
export const T_NOUNS = set('תודה תמונה תקלה תשובה תוכנית תכנית תאריך תשלום תור תקציב תפקיד תחום תהליך תוצאה תנאי תיק תיקון תמיכה תגובה תוכן תקופה תחנה');
/** Words that open a sentence before a comma as interjections: luckily, well, nice, okay. */
export const INTERJECTIONS = set('מזל שלום יופי נו טוב אוקיי סבבה בסדר אמן ברכה');
/** Names that are among the commonest words (luck, peace, blessing, faith, hope, life, joy, daughter, son, second, night): never after "from" or "on", never called. */
export const EVERYDAY_WORDS = set('מזל שלום ברכה אמונה תקווה תקוה חיים אושר שמחה יפה טובה בת בן שני ישראל לילה אדם');
/** A name that is also a number: "שני" (two, second). */
export const NUMERALS = set('שני');
/** Epithets after a name that only the Bible's and history's people bear: Moses our teacher, the prophet, the king. */
export const EPITHETS = set('רבנו הנביא הנביאה המלך המלכה אבינו אמנו הצדיק');
/** Possessive pronouns after a word make it a common noun ("את אבא שלי", "עם דוד שלי"). */
export const POSSESSIVES = set('שלי שלך שלו שלה שלנו שלכם שלכן שלהם שלהן');
/** What a person has, before "של": card, address, phone, number, e-mail, password, token, pay, account, laptop, CV, ID, passport, contract, payslip, details. */
export const PERSONAL_THINGS = set(`
  כרטיס הכרטיס כתובת הכתובת טלפון הטלפון מספר המספר נייד הנייד מייל המייל אימייל האימייל סיסמה הסיסמה סיסמא הסיסמא טוקן
  הטוקן משכורת המשכורת חשבון החשבון לפטופ הלפטופ מחשב המחשב החיים ת.ז הת.ז ת.ז. הת.ז. ת"ז הת"ז תעודת דרכון הדרכון חוזה החוזה
  תלוש התלוש פרטים הפרטים פרטי רכב הרכב שם השם יום הולדת ההולדת`);
/** Pronouns with "to" before "or" and a name: "תשלחו לה או לחנה". */
export const TO_PRONOUNS = set('לו לה לי לנו להם להן');
/** What people do or are right after their name: said, asked, needs, wants, can, knows, on leave, ill, in the reserves, calls, left, came, is back, replaces, will handle, works, starts, finished, is here. */
export const SUBJECT_VERBS = set(`
  אמר אמרה אמרו ביקש ביקשה ביקשו כתב כתבה כתבו שאל שאלה שאלו צריך צריכה צריכים צריכות רוצה רוצים רוצות יכול יכולה יכולים
  יודע יודעת יודעים בחופש בחופשה חולה חולים במילואים מתקשר מתקשרת יצא יצאה יצאו הגיע הגיעה הגיעו חוזר חוזרת חוזרים מחליף
  מחליפה מחליפים יטפל תטפל יטפלו מטפל מטפלת יעביר תעביר יעבירו יוביל תוביל יובילו מוביל מובילה יציג תציג אישר אישרה אישרו
  שלח שלחה שלחו עובד עובדת עובדים עובדות מתחיל מתחילה מתחילים מתחילות סיים סיימה סיימו עזב עזבה יעזור תעזור עוזר עוזרת
  יחליף תחליף יגיע תגיע יחזור תחזור מראיין מראיינת ביטל ביטלה מנהל מנהלת פה כאן אתה מחכה מחכים נמצא נמצאת בפנים בדרך
  במשרד דיבר דיברה התקשר התקשרה העלה העלתה תיקן תיקנה פתח פתחה סגר סגרה נולד נולדה בחופשת קיבל קיבלה הוביל הובילה עשה
  עשתה בדק בדקה מצא מצאה החליט החליטה הזמין הזמינה נסע נסעה טס טסה הלך הלכה בא באה ישב ישבה מחפש מחפשת מחפשים מחפשות מארגן
  מארגנת מארגנים מארגנות עבר עברה עברו סגרו עשו הלכו באו נסעו טסו שואל שואלת מבקש מבקשת מחכה מחכות הצטרף הצטרפה התחיל
  התחילה הספיק הספיקה הסכים הסכימה הכין הכינה הביא הביאה הציג הציגה`);
/** Where a person is or who is speaking: not what a "that" clause's subject does ("שאכתוב פה" is "that I write here"). */
export const NOT_AFTER_THAT = set('פה כאן אתה בפנים בדרך במשרד');
/** Who is in charge: "על ה-release אחראי יוסי", "אחראית: שקד". */
export const IN_CHARGE = set('אחראי אחראית אחראים');
/** Kin before "של": "אבא של יצחק". Kin with its possessive ending before a name: "ואחותה אביה", "בעלה רון". */
export const KIN_OF = set('אבא אמא אח אחות בן בת בעל אשת סבא סבתא דוד דודה ההורים הילדים הבן הבת');
export const KIN_POSSESSED = set('אחיו אחותו אחיה אחותה ואחיו ואחותו ואחיה ואחותה בנו בתו בנה בתה בעלה אשתו אביו אמו אביה אמה');
/** People a possessive and then a name describe: "העמית שלי עידו", "המנהלת שלה רוני". */
export const RELATIONS = set(`
  עמית העמית עמיתה העמיתה חבר החבר חברה החברה המנהל המנהלת מנהל מנהלת הבוס השותף השותפה השכן השכנה אח אחות האח האחות הבן הבת
  הבעל האישה`);
/** Personal things in Latin letters before "של": "ה-IBAN של ברק", "ה-API key של ענבל", "ה-laptop של …". */
export const LATIN_THINGS = /(?:IBAN|API(?: key)?|key|token|password|pass|laptop|e-?mail|mail|CV|ID|SSH(?: key)?|VPN|account|user|login|phone|passport|PR)[ \t]+$/iu;
/** Words that open a clause after them: but, so, maybe, because, if, then. */
export const CLAUSE_WORDS = set('אבל אז אולי כי אם ואז ואולי אלא אתמול היום מחר בסוף עכשיו בינתיים');
/** A signature's closing: "בברכה, אבנר". */
export const CLOSINGS = set('בברכה בתודה תודה');
/**
 * Given names that are everyday Hebrew words too — light, dew, dawn, charm, peace, sea, joy, wave, song, almond, date
 * palm, jewel, these, secret, beauty, poetry, myrtle, sapphire, coral, lake, glow, spring, jubilee, lightning, rock,
 * gift, second, good, night, luck, rose, pearl, ray, oak, cedar, pine, colleague, happiness, friendship, faith, hope,
 * life, dove, deer, wolf, bear, lion, sapling, Eden, horizon, generation, autumn, strength, bud… A word of this list is a
 * person only in the strong places (a verb's "to", "with", the object marker, a greeting, a list of names); the weaker
 * ones (the owner after "של", a clause's opening word before any verb, a comma after it) take the other names only.
 */
export const NAME_WORDS = set(`
  אור טל שחר חן שלום ים שמחה גל רון דן שקד תמר עדי אלה רז נוי שירה הדס ספיר אלמוג אגם נגה אביב יובל ברק צור מעיין שי שני טובה
  לילה מזל יפה ורד פנינה כרמל שיר קרן בר גפן דקל אלון ארז אורן זיו עמית אושר רעות אמונה ברכה גאולה תקווה תקוה שושנה חיים נחמה
  יונה צבי זאב דב אריה אייל אדם יעל עופר אילן נטע לבנה פז עדן נועם הלל גיל רינה דליה סיגל מור קשת ענבל ענבר רותם עלמה מיכל בת בן
  נתן עמוס ישראל ציון עומר ירדן כנרת גדי אביה אופק זוהר להב סתיו ליבי מלכה דור דורון מתן סלע עוז ניצן יסמין תום אמיר דבורה
  צפורה ציפורה שמש חגית מאיר מרום ארבל שובל שוהם ירדנה אלונה ענת חנה כוכב מגן`);
/** The few given names that open with "ה", which is the article on every other word ("הדוח", "הלינק"). */
export const NAMES_WITH_HE = set('הילה הדס הדר הראל הגר הלל הודיה הדסה הילית הניה הדרה');
/** Adverbs between a subject and its verb: "אבי לא יכול", "רוני גם בחופש", "מקס כבר בפנים". */
export const ADVERBS = set('לא גם כבר עוד עדיין היום מחר אתמול עכשיו רק');
/** Greetings that a name follows: hi, hello, morning, evening, thanks, congratulations. */
export const GREETINGS = set('היי הי הלו שלום אהלן אהלנ ביי יאללה');
export const GREETING_PAIRS = set('בוקר_טוב ערב_טוב לילה_טוב צהריים_טובים תודה_רבה מזל_טוב מה_נשמע מה_המצב מה_קורה מה_איתך');
/** Words that the slots above put where people go, and are not people: kin, roles, the team, God, everyone. */
export const NOT_PEOPLE = set(`
  אבא אמא סבא סבתא אחי אחותי בעלי אשתי הבוס בוס הלקוח לקוח הלקוחה הצוות צוות כולם כולכם חברים החברים חבר חברה המנהל המנהלת
  מנהל מנהלת השם אלוהים הספק ספק המשרד משרד הבנק בנק מישהו מישהי מישהם אחד אחת אף
  יום שבוע חודש שנה בוקר ערב ראשון שלישי רביעי חמישי שישי שבת משהו כלום הכל הכול`);
