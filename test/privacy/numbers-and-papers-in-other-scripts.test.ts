/**
 * Numbers written in the Arabic-Indic, Persian, Devanagari and Bengali digits, and the words for birth and identity
 * papers in Arabic, Persian, Urdu, Hebrew, Hindi and Bengali: the number detectors read every numbering system's
 * digits as ASCII ones, and the cues of these languages as their own. Written before the rules, in sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

describe('numbers in other digits and papers in other scripts', () => {
  it.each([
    // A Saudi mobile in Arabic-Indic digits, a Tehran landline in Persian ones.
    ['جوال أبو حمد ٠٥٥٣٢١٧٨٤٠ اذا احتجته', 'PHONE:٠٥٥٣٢١٧٨٤٠'],
    ['تلفن دفتر ۰۲۱-۶۶۴۱۲۳۸۷ هست', 'PHONE:۰۲۱-۶۶۴۱۲۳۸۷'],
    // Birth said in each language, the date in its own digits or after a prefix's hyphen.
    ['تاريخ الميلاد ١٩٩٢/٠٤/١٧ مكتوب خطأ', 'DATE_OF_BIRTH:١٩٩٢/٠٤/١٧'],
    ['تاریخ تولد من ۱۳۷۱/۰۶/۱۵ است', 'DATE_OF_BIRTH:۱۳۷۱/۰۶/۱۵'],
    ['تاریخ پیدائش 03-11-1994 غلط درج ہے', 'DATE_OF_BIRTH:03-11-1994'],
    ['היא נולדה ב-14/02/1989 בחיפה', 'DATE_OF_BIRTH:14/02/1989'],
    ['जन्म तिथि 21/09/1990 सही कर दें', 'DATE_OF_BIRTH:21/09/1990'],
    ['राहुल का जन्म १२/०३/१९९१ को हुआ', 'DATE_OF_BIRTH:१२/०३/१९९१'],
    // Identity papers: a label's colon, "its number", the holder's name between the paper and its number.
    ['תעודת זהות: 039337423 נא לעדכן', 'ID_NUMBER:039337423'],
    ['جواز السفر رقمه P83320571 وينتهي السنة الجاية', 'ID_NUMBER:P83320571'],
    ['شناسنامه رضا کریمی 0079431106 گم شده', 'ID_NUMBER:0079431106'],
    // IBANs of countries outside SWIFT's registry: an Iranian Sheba number, a Moroccan one.
    ['واریز به شبا IR260120000000003391472805 انجام شد', 'IBAN:IR260120000000003391472805'],
    ['virement sur MA84011780000012300001234567 svp', 'IBAN:MA84011780000012300001234567'],
    // A password named in Arabic, Persian, Hebrew.
    ['كلمة المرور الجديدة للراوتر: Ns!7Rq2wLp', 'SECRET:Ns!7Rq2wLp'],
    ['رمز عبور پنل ادمین: Zx9!kT4mQw', 'SECRET:Zx9!kT4mQw'],
    ['הסיסמה לשרת הבדיקות: Lm4$vB8nQz', 'SECRET:Lm4$vB8nQz'],
    // A second review's: a password said with "is", Levantine and Moroccan birth words, a full-name label, Morocco's card.
    ['كلمة المرور الجديدة هي Tz7!qWp93k', 'SECRET:Tz7!qWp93k'],
    ['الباسوورد الجديد: Rk8#mQ2vXz', 'SECRET:Rk8#mQ2vXz'],
    ['تاريخ الولادة 07/07/1995 لازم ينعدل', 'DATE_OF_BIRTH:07/07/1995'],
    ['مزداد 1988-02-14 فالدار البيضاء', 'DATE_OF_BIRTH:1988-02-14'],
    ['الاسم بالكامل: نورة فهد العنزي', 'PERSON:نورة فهد العنزي'],
    ['البطاقة الوطنية: BK482913', 'ID_NUMBER:BK482913'],
    // "Number" written in the paper's language before it, Nepal's citizenship, Bangladesh's NID, a month's name in
    // Hindi and Bengali after a birth word.
    ['passport नं. Z7719243 visa form के लिए', 'ID_NUMBER:Z7719243'],
    ['नागरिकता नं. ३१-०२-७४-०११८७ भेज दो', 'ID_NUMBER:३१-०२-७४-०११८७'],
    ['NID: 19885512038847213', 'ID_NUMBER:19885512038847213'],
    ['सौरभ का जन्म 12 मार्च 1994 को हुआ', 'DATE_OF_BIRTH:12 मार्च 1994'],
    ['জন্ম তারিখ ৩ নভেম্বর ১৯৯২ লিখে দিন', 'DATE_OF_BIRTH:৩ নভেম্বর ১৯৯২'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    // A year after "identity", a version after "passport photo", a date with no birth word.
    'الهوية الوطنية ٢٠٣٠ من أولويات الشركة',
    'الاجتماع يوم ١٤/٠٢/٢٠٢٥ الساعة ١٠',
    'פגישה ב-14/02/2025 במשרד',
    // A password's rules, not a password.
    'كلمة السر لازم تكون ١٢ حرف على الأقل',
    // A fresh-eyes review's families: dates after the Gregorian calendar, Christmas, maternity leave and a feast named
    // for a birth; "basis", and a brand's identity.
    'بالتقويم الميلادي 2025/03/30 يوافق العيد',
    'إجازة عيد الميلاد من 24/12/2025',
    'חופשת לידה עד 30/06/2025',
    'जन्माष्टमी 16/08/2025 को छुट्टी रहेगी',
    'इस आधार पर 2500000 का बजट बना',
    'الهوية البصرية الجديدة رقم 2025118',
    // A company's birthday, an idea's birth, a passport's fee.
    'عيد ميلاد الشركة الخامس 15/09/2025 🎂',
    'ولدت فكرة المنتج في 2019/11/02 باجتماع',
    'رسوم جواز السفر 1250000 دينار',
    // A country's, a company's and a child's birth with a month's name, not a person's date of birth.
    'देश का जन्म 26 जनवरी 1950 को गणतंत्र के रूप में हुआ',
    'কোম্পানির জন্মদিন ৫ মার্চ ২০১২',
    'बच्चे के जन्म के बाद छुट्टी 3 जून 2025 से',
  ])('leaves %j alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});
