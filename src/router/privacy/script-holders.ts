import { foldArabicScript, isArabicScriptGivenName } from './arabic-script-names.ts';
import { isBrandName } from './known-brands.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * Whose value it is, in Arabic, Persian, Urdu and Hebrew, which write no capitals: the word right before a
 * value the guard found, after "of" or after the value's own noun — "رقم محمود ٠١٠…" (Mahmoud's number),
 * "لـ ميثاء: 784-…" (for Maitha), "خونه‌ی علی 5.119.203.88" (Ali's home, with the Persian ezafe), "של ציפי 03-6491287"
 * (Tsipi's), "דרכון של גלעד: 32719408" (Gilad's passport). In Arabic script only a given name of the names table counts
 * after a value's noun (no capitals tell "رقم الطلب" — the order number — from a name) or the Persian ezafe ("شماره‌ی
 * تماس" is the contact number), and never a word with the article; after "of" any word without the article, in Hebrew only after של and
 * without the article's ה ("טלפון משרד" is the office's phone); never a brand ("של בזק").
 */
const HELD: ReadonlySet<Candidate['type']> = new Set(['ID_NUMBER', 'EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'US_SSN', 'IBAN', 'CREDIT_CARD', 'IP_ADDRESS', 'ADDRESS']);
/** The last two words before the value, on its line, with a colon or dash between them and the value or not. */
const WORDS_BEFORE = /(?:^|[\s(])([\p{Script=Arabic}\p{Script=Hebrew}\p{M}\u200c\u0640"״׳'-]+)[ \t]+([\p{Script=Arabic}\p{Script=Hebrew}\p{M}\u200c]+)[ \t]*[:：-]?[ \t]*$/u;
const ARABIC = /\p{Script=Arabic}/u;
const HOLDER_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
/** "of" before a name: Hebrew של, Arabic لـ / ل (written apart), the dialects' حق, مال, تبع, بتاع, Urdu کا / کی / کے. */
const OF_WORDS: ReadonlySet<string> = new Set(['של', 'لـ', 'ل', 'حق', 'مال', 'تبع', 'بتاع', 'کا', 'کی', 'کے']);
/**
 * The value's own nouns, the word right before the holder: number, phone, mobile, card, e-mail, IP, birth, passport, id,
 * address, national (code), IBAN, salary, licence, residence permit, laptop, home. Not "account" or Persian "salary", which
 * head other nouns as often ("حساب جاری", a current account; "حقوق بشر", human rights).
 */
const VALUE_NOUNS: ReadonlySet<string> = new Set(
  `رقم نمرة نمبر شماره شمارہ تلفن تليفون تلفون هاتف موبايل موبایل جوال كارت کارت بطاقة ايميل ایمیل إيميل بريد آیپی ایپی آيبي ميلاد تولد پیدائش جواز پاسپورت گذرنامه هوية آدرس ادرس عنوان
   ملی شبا ايبان آيبان راتب رخصة اقامة لابتوب لپ‌تاپ منزل خونه خانه
   מספר טלפון הטלפון נייד הנייד דרכון הדרכון ת"ז ת״ז זהות כתובת הכתובת מייל המייל כרטיס הכרטיס`
    .split(/\s+/u)
    .map(foldArabicScript),
);
/** The Persian ezafe joined to the word before a name: "خونه‌ی نیلوفر", "شماره‌ی علی". */
const EZAFE = /\u200c[یي]$/u;
const ARTICLE = /^(?:ال|لل)/u;

/** A value's own noun in Arabic script, with or without the article or the Persian ezafe: "الرقم", "خونه‌ی". */
export function isArabicScriptValueNoun(word: string): boolean {
  const folded = foldArabicScript(word).replace(ARTICLE, '');
  return VALUE_NOUNS.has(folded) || VALUE_NOUNS.has(folded.replace(EZAFE, ''));
}

export function withScriptHolders(text: string, entities: readonly Candidate[]): Candidate[] {
  if (!HOLDER_SCRIPT.test(text)) return [...entities];
  const added: Candidate[] = [];
  for (const value of entities) {
    if (!HELD.has(value.type)) continue;
    const lineStart = text.lastIndexOf('\n', value.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, value.start - 60), value.start);
    const match = WORDS_BEFORE.exec(before);
    if (match === null) continue;
    const [, previous, holder] = match as unknown as [string, string, string];
    if (!isHolder(previous, holder)) continue;
    const start = value.start - before.length + match.index + match[0].lastIndexOf(holder);
    if (entities.some((entity) => entity.start < start + holder.length && start < entity.end) || added.some((entity) => entity.start === start)) continue;
    added.push(personAt(start, holder));
  }
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

function isHolder(previous: string, holder: string): boolean {
  if (isBrandName(holder)) return false;
  if (ARABIC.test(holder)) {
    if (ARTICLE.test(foldArabicScript(holder)) || VALUE_NOUNS.has(foldArabicScript(holder))) return false;
    if (OF_WORDS.has(previous)) return true;
    // After the ezafe or the value's noun any noun may follow ("شماره‌ی تماس", the contact number): a given name only.
    return (EZAFE.test(previous) || VALUE_NOUNS.has(foldArabicScript(previous))) && isArabicScriptGivenName(holder);
  }
  // Hebrew only after של: "טלפון משרד", "טלפון בית" are the office's and the home's phone.
  return !holder.startsWith('ה') && !VALUE_NOUNS.has(holder) && holder.length >= 2 && OF_WORDS.has(previous);
}
