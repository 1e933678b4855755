import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

/**
 * A date next to a birth cue ("dob 03/04/1987", "born 3 march 1987", "birthday is mar 3, 1987").
 * Dates without a cue are meeting days and invoice dates, and stay.
 */
/** The Gregorian months as Hindi and Bengali write them ("5 जनवरी 1993", "১৭ আগস্ট ১৯৯৭"). */
const INDIC_MONTHS = String.raw`जनवरी|जानेवारी|(?:फ़|फ)रवरी|मार्च|अप्रैल|मई|जून|जुलाई|जुलै|अगस्त|सित(?:ं|म्)बर|अक्[टत]ूबर|नव(?:ं|म्)बर|दिस(?:ं|म्)बर|জানুয়ার[িী]|ফেব্রুয়ার[িী]|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর`;
/** Thai months, in full and as forms abbreviate them ("5 มี.ค. 2533", the year Buddhist). */
const THAI_MONTHS = String.raw`มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.`;
/** Indonesian, Malay and Filipino months not spelled as any language above spells them. */
const SOUTHEAST_ASIAN_MONTHS = String.raw`maret|agustus|desember|julai|ogos|disember|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre`;
/**
 * Months as the languages of Europe and Turkey write them in a date, most in the genitive ("12 marca 1988", "3 mája 1990",
 * "5 ožujka 1987", "12 марта 1988", "3 Μαΐου 1990", "3 Mayıs 1990", "3. toukokuuta 1990"), and the Catalan, Romanian and
 * Scandinavian names the list above does not spell; Turkish and Polish forms' three-letter short forms ("3 Eki 1990", "3 sty 1990").
 */
const EUROPEAN_MONTHS = String.raw`stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia|ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervna|[čc]ervence|srpna|z[áa][řr][íi]|[řr][íi]jna|listopadu|prosince|janu[áa]ra|febru[áa]ra|apr[íi]la|m[áa]ja|j[úu]na|j[úu]la|augusta|septembra|okt[óo]bra|novembra|decembra|sije[čc]nja|velja[čc]e|o[žz]ujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenog[a]?|prosinca|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|ιανουαρ[ίι]ου|φεβρουαρ[ίι]ου|μαρτ[ίι]ου|απριλ[ίι]ου|μα[ΐϊ]ου|ιουν[ίι]ου|ιουλ[ίι]ου|αυγο[ύυ]στου|σεπτεμβρ[ίι]ου|οκτωβρ[ίι]ου|νοεμβρ[ίι]ου|δεκεμβρ[ίι]ου|ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kes[äa]kuuta|hein[äa]kuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|gener|febrer|mar[çc]|maig|juny|juliol|agost|setembre|desembre|oca|[şs]ub|nis|haz|tem|a[ğg]u|eyl|eki|kas|ara|sty|lut|kwi|cze|lip|sie|wrz|pa[źz]|lis|gru|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|augusti|marts|maj|desember`;
/**
 * Arabic's month names — Egypt's and the Gulf's from the Gregorian ("1 يناير 1988"), the Levant's own ("12 آذار 1990") —
 * and the Hijri months, in Arabic and transliterated ("7 ramadan 1414", "15 شعبان 1410"): a Hijri year is well past.
 */
const ARABIC_MONTHS = String.raw`يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون[ \t]+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين[ \t]+الأول|تشرين[ \t]+الثاني|كانون[ \t]+الأول|muharram|safar|rabi['’]?[ \t-]al[ \t-](?:awwal|thani|akhir)|jumada[ \t-]al[ \t-](?:ula|akhira|awwal|thani)|rajab|sha['’]?ban|rama[dḍ]h?an|shawwal|dhu[ \t-]al[ \t-](?:qa['’]?dah|hijjah)|محرم|صفر|ربيع[ \t]+(?:الأول|الآخر|الثاني)|جمادى[ \t]+(?:الأولى|الآخرة)|رجب|شعبان|رمضان|شوال|ذو[ \t]+القعدة|ذو[ \t]+الحجة`;
/** A month in Roman numerals, as Polish and Italian forms write it: "ur. 2 VI 1985". */
const ROMAN_MONTH_DATE = String.raw`(?:0?[1-9]|[12]\d|3[01])[ \t.](?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})[ \t.](?:19|20)\d{2}`;
/** The pattern reads without case, so a Roman month is checked for its capitals: "30 x 1000", "2 v 2020" are no dates. */
const LOWER_CASE_ROMAN_MONTH = /^\d{1,2}[ \t.](?:[ivx]+)[ \t.]\d{4}$/u;
/** Hungarian writes the year first: "1990. május 3.", "1988. márc. 12". */
const HUNGARIAN_MONTH = String.raw`(?:janu[áa]r|febru[áa]r|m[áa]rcius|[áa]prilis|m[áa]jus|j[úu]nius|j[úu]lius|augusztus|szeptember|okt[óo]ber|november|december|jan|febr?|m[áa]rc|[áa]pr|m[áa]j|j[úu]n|j[úu]l|aug|szept|okt|nov|dec)\.?`;
/** Nepal's Bikram Sambat months, the year first and Nepali's own calendar ("२०५२ साउन १५"). */
const NEPALI_MONTH = String.raw`(?:बैशाख|वैशाख|जेठ|जेष्ठ|असार|आषाढ|साउन|श्रावण|भदौ|भाद्र|असोज|आश्विन|कात्तिक|कार्तिक|मंसिर|मङ्सिर|पुस|पौष|माघ|फागुन|फाल्गुन|चैत|चैत्र)`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|januari|februari|maart|mei|augustus|${SOUTHEAST_ASIAN_MONTHS}|${EUROPEAN_MONTHS}|${ARABIC_MONTHS}|${INDIC_MONTHS}|${THAI_MONTHS})\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th|\.)?`;
const YEAR = String.raw`(?:\d{4}|'?\d{2})`;
/**
 * Chinese, Japanese and Korean dates: "1996年4月12日", "1990년 3월 5일", and the years of an era as Japanese and Taiwanese
 * forms write them: "平成5年4月21日" (Heisei 5, 1993), "民國85年3月9日" (the Republic's 85th year, 1996), "令和元年".
 */
const CJK_DATE = String.raw`(?:\d{4}|(?:平成|昭和|令和|大正|民國|民国)\s?(?:\d{1,3}|元))\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]`;
/** Airlines' and travel documents' dates run together: "12JUN81", "03MAR1995" (APIS, passenger name records). */
const AIRLINE_MONTH = String.raw`(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)`;
/**
 * A date with spaces for separators, as forms and OCR give it ("FECHA DE NACIMIENTO 17 03 1991"): a day and a month that can be
 * one, and a four-digit year — read only beside a birth cue, as every date here is.
 */
const SPACED_DATE = String.raw`(?:0?[1-9]|[12]\d|3[01])[ \t](?:0?[1-9]|1[0-2])[ \t](?:19|20)\d{2}`;
/** Vietnamese: "ngày 3 tháng 5 năm 1990", "3 tháng 5, 1990", and a passport's "12 THG 8 1990". */
const VIETNAMESE_DATE = String.raw`\d{1,2}[ \t]+th(?:[áa]ng|g)[ \t]+\d{1,2},?[ \t]+(?:n[ăa]m[ \t]+)?\d{4}`;
const DATE = new RegExp(
  // Not inside a longer number ("1990-05-12", "ID-12/03/1990"); after a Hebrew or Arabic prefix's hyphen it starts ("ב-22/07/1990").
  String.raw`(?<![\w/.])(?<![\w/.]-)(?:${CJK_DATE}|\d{1,2}\.[ \t]\d{1,2}\.[ \t]?\d{4}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2}|${DAY}-${MONTH}-(?:\d{4}|\d{2})|\d{2}${AIRLINE_MONTH}(?:\d{4}|\d{2})|${DAY}(?:\s+(?:of|de))?\s+${MONTH},?\s+(?:(?:de|del)\s+)?${YEAR}|${MONTH}\s+${DAY},?\s+${YEAR}|${SPACED_DATE}|${ROMAN_MONTH_DATE}|\d{4}\.?\s+${HUNGARIAN_MONTH}\s+\d{1,2}\.?|${VIETNAMESE_DATE}|\d{4}\s+${NEPALI_MONTH}\s+\d{1,2})(?![\w/-]|\.\d)`,
  'giu',
);
/**
 * Birth in more of Europe's and Africa's languages, as forms and chat write it: Czech and Slovak "nar.",
 * "narozen", "narodený", "datum narození"; Croatian, Serbian, Bosnian "rođen(a)", "datum rođenja"; Slovenian
 * "rojen(a)"; Lithuanian "gimęs", "gimusi", "gimimo data"; Latvian "dzimis", "dzimšanas"; Estonian "sündinud",
 * "sünniaeg"; Icelandic "fæddur", "fædd", "fæðingar"; Albanian "lindur", "datëlindja"; Uzbek "tug'ilgan";
 * Azerbaijani "doğum" (Turkish's word); Galician "nado/nada o" before the date, "nacemento"; Catalan "naixement", "nascut";
 * Basque "jaiotze", "jaio"; Welsh "dyddiad geni"; Irish "breithe"; Maltese "twelid"; Afrikaans "gebore";
 * Dutch "geboortedatum"; Swahili "kuzaliwa"; Hausa "haihuwa"; Yoruba "ọjọ́ ibi"/"ojo ibi"; Somali
 * "dhalashada"; Zulu "lokuzalwa"; Filipino "kapanganakan"; Romanian "născut(ă)", "data nașterii"; Polish "ur.";
 * Hungarian "szül."; Ukrainian "народження", "народився" ("р.н." after the date: BIRTH_MARK_AFTER); Bulgarian "роден(а)", "дата на
 * раждане"; Serbian "рођен", "датум рођења"; Kazakh "туған", Kyrgyz "туулган"; Georgian "დაბადების", "დაიბადა";
 * Armenian "ծննդյան", "ծնվել".
 */
const BIRTH_WORDS_ABROAD = String.raw`(?<![\p{L}\p{M}])(?:nar\.|narozen|narodil|narodený|narodená|narodenia|rođen|rodjen|rojen|gimęs|gimes|gimusi|gimimo|dzimis|dzimusi|dzimšanas|sündinud|sünniaeg|fæddur|fædd|fæðingar|lindur|lindje|datëlindj|tug['’‘]?ilgan|nad[oa]\s+o(?=\s+(?:\d|$))|nacemento|naixement|nascut|nascuda|jaiotze|jaio\b|dyddiad geni|breithe|twelid|gebore|geboortedatum|kuzaliwa|haihuwa|ọjọ́ ibi|ojo ibi|dhalash|lokuzalwa|kapanganakan|n[ăa]scut[ăa]?|na[șşs]terii|ur\.|szül\.|народжен|народив|народил|роден[аи]?(?![\p{L}])|раждане|рођен|рођења|туған|туылған|туулган|დაბადების|დაიბადა|ծննդյան|ծնվել)`;

/**
 * Birth said in the languages whose forms reach the bot: "geb.", "né le", "nació el", "nata il", "data urodzenia",
 * "data de nascimento", "fødselsdato", "född", "syntynyt", "születési", "ngày sinh", "tanggal lahir",
 * "дата рождения", "生年月日", "出生日期", "생년월일", and as forms cut them short: "fecha de nac", "dt nasc", "date de naiss.".
 */
/**
 * Birth in the scripts without capitals, as a phrase that says the person's own birth: Arabic "تاريخ الميلاد", Levantine
 * "تاريخ الولادة", "عيد ميلاد", "مواليد", Moroccan "مزداد" (not "التقويم الميلادي", the Gregorian calendar, "عيد الميلاد",
 * Christmas, a company's birthday, "مولود", a newborn whose party has a date, nor "وُلدت/متولد", which ideas are too:
 * "ولدت فكرة التطبيق في…"); Persian "تاریخ تولد", "روز تولد"; Urdu "پیدائش"; Hebrew "תאריך לידה", "מועד לידה", "נולד/ה",
 * "יום הולדת" (not "חופשת לידה", maternity leave); Hindi "जन्म", "जन्मदिन" (a word of its own: not "जन्माष्टमी", a
 * feast); Bengali "জন্ম", "জন্মদিন".
 */
const BIRTH_WORDS_IN_SCRIPTS = String.raw`(?:تاريخ[ \t]+(?:ال)?(?:ميلاد|ولادة|ولاده)|عيد[ \t]+ميلاد|تاریخ[ \t]+تولد|روز[ \t]+تولد)(?![ \t]+(?:ال)?(?:شركة|شركه|شرکت|مؤسسة|منصة))|مواليد|مزداد|تاریخ[ \t]+پیدائش|پیدائش|מועד[ \t]+לידה|תאריך[ \t]+(?:ה)?לידה|נולד|הולדת|जन्म(?:तिथि|दिन)?(?![\p{L}\p{M}])|জন্ম(?:তারিখ|দিন)?(?![\p{L}\p{M}])`;
const BIRTH_CUE = new RegExp(String.raw`(?:${BIRTH_WORDS_IN_SCRIPTS}|(?<![A-Za-z])dob\b|d\.o\.b|\bborn\b|birth|bday|b-day|\bb\.|\bgeb\.?|geboren|geburtsdatum|\bnée?(?![a-zà-ÿ])|naissance|date[ \t]+de[ \t]+naiss\.?|nacimiento|(?:fecha[ \t]+|fec\.[ \t]*|\bf\.[ \t]*)(?:de[ \t]+)?nac\.?(?![\p{L}])|(?:data|dt\.?)[ \t]*(?:de[ \t]+)?nasc\.?(?![\p{L}])|naci(?:ó|o|da|do)(?=\s)|nascita|nascimento|nascid[oa](?=\s)|urodzon|urodzenia|urodzi(?:ł|l)a?(?=[ \t]+si)|nasceu|doğum|fødsels|\bfödd\b|födelse|syntynyt|syntymä|születés|ngày sinh|sinh ngày|sinh năm|(?<![\p{L}])γεν\.|γεννήθηκ|γέννησ|tanggal lahir|tarikh lahir|рождени|родил|生年月日|出生|생년월일|วันเกิด|เกิดวันที่|\blahir\b|ipinanganak|생일|\bage\b|${BIRTH_WORDS_ABROAD})`, 'u');
/** Italian "nato il", "nata a Roma il": in lower case or capitalised only, never NATO. */
const ITALIAN_BORN = /\b[Nn]at[oa][ \t]+(?:il|a|nel)\b/;

/**
 * The cues are tested on the text in lower case rather than with the `i` flag: a case-insensitive Unicode
 * pattern of this many words is tried several times slower at every character, and most messages have no cue.
 */
function hasBirthCue(text: string): boolean {
  return BIRTH_CUE.test(text.toLowerCase()) || ITALIAN_BORN.test(text);
}

/**
 * A table column's header, as words in lower case, that names a birth date in any language the cues read ("ngày sinh",
 * "تاريخ الميلاد", "fecha nac", "doğum tarihi"), and as keys cut short write it ("dogum", "data ur", "geb datum"); not an
 * age, and not "born" alone heading a place ("born in").
 */
export function isBirthHeader(words: string): boolean {
  if (/^(?:age|b|born in|birth ?place|place of birth|birth country)$/u.test(words)) return false;
  return hasBirthCue(words) || /^(?:dogum(?: tarihi)?|data ur|geb datum|fec nac|f nac|dt nasc)$/u.test(words);
}

/**
 * A country's, a company's or a child's birth in Hindi and Bengali ("भारत का जन्म 15 अगस्त 1947", "कंपनी का जन्मदिन",
 * "बच्चे के जन्म के बाद … leave"): not the date of birth of the person the message is about.
 */
const NOT_A_PERSONS_BIRTH = /(?:भारत|देश|राष्ट्र|कंपनी|संस्था|बच्चे|বাংলাদেশ|দেশ|কোম্পানি|প্রতিষ্ঠান|শিশুর)(?:ের|র)?[ \t]+(?:का|की|के)?[ \t]*(?:जन्म|জন্ম)|जन्म[ \t]+के[ \t]+बाद/u;

/** How far back the cue may be, within the same sentence ("DOB check failed for Bogumiła Stępień — she typed 04/12/1992"). */
const CUE_REACH = 64;

export function detectDatesOfBirth(text: string): Candidate[] {
  const found: Candidate[] = [];
  // Birth cues are rare; without one anywhere there is nothing to look for. Dates are rarer still in chat, so the
  // text is searched for a cue only once it holds a date.
  let cueAnywhere: boolean | undefined;
  for (const match of matchesOf(DATE, text)) {
    cueAnywhere ??= hasBirthCue(text) || BIRTH_MARK.test(text);
    if (!cueAnywhere) return [];
    const before = text.slice(Math.max(0, match.index - CUE_REACH), match.index);
    // The cue must be in the same line (a CSV header counts through the column detector instead) and sentence.
    const line = before.slice(before.lastIndexOf('\n') + 1);
    const sentence = line.slice(lastSentenceEnd(line));
    const cued = hasBirthCue(sentence) || isListedUnderBirthCue(text, match.index) || BIRTH_MARK_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8));
    if (!cued || !isPastBirthYear(match[0], sentence) || NOT_A_PERSONS_BIRTH.test(sentence) || LOWER_CASE_ROMAN_MONTH.test(match[0])) continue;
    if (isRecent(match[0]) && !PERSONS_BIRTH.test(sentence.toLowerCase())) continue;
    found.push({ type: 'DATE_OF_BIRTH', start: match.index, end: match.index + match[0].length, value: match[0] });
  }
  return found;
}

/** Birth marked right after the date, as Ukrainian and Russian forms write it: "14.02.1991 р.н.", "1990 г.р.". */
const BIRTH_MARK = /р\.[ \t]?н\.|г\.[ \t]?р\.|生まれ/u;
const BIRTH_MARK_AFTER = new RegExp(String.raw`^[ \t]*(?:${BIRTH_MARK.source})`, 'u');

/** A list item or a table row: "1. FALEOLO, Tavita — 02/11/1990 — …", "- Ana | 1990-01-02", tab-separated cells. */
const ROW_LINE = /^[ \t]*(?:\d{1,3}[.)]|[-*•·]|\|)|\t|\s[—–|]\s/u;
const LIST_REACH = 400;

/**
 * A request for birth dates over a list ("need name exactly as on passport + dob pls⏎1. FALEOLO, …
 * — 02/11/1990 — NZ passport…"): the cue is on an earlier line, and the date stands in a row below it.
 * A child's date counts as any other (no age is required): a schedule date under such a line is masked
 * too, the cheaper mistake.
 */
function isListedUnderBirthCue(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0) return false;
  const lineEnd = text.indexOf('\n', start);
  if (!ROW_LINE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return false;
  return hasBirthCue(text.slice(Math.max(0, lineStart - LIST_REACH), lineStart));
}

/** Where the last sentence in `text` starts: after a full stop, question or exclamation mark and a space. */
function lastSentenceEnd(text: string): number {
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) start = match.index + match[0].length;
  return start;
}

/** Not the last dot of "d.o.b.": "d.o.b. - 04-06-1990" goes on. ("born in the U.S. The report dated …" ends, and so does a Devanagari danda: "…जन्मदिन अगले हफ्ते है। 15 अगस्त…".) */
/** A sentence's end; not the full stop of a birth label cut short ("d.o.b. ", "dt. nasc. ", "f. nac. ", "fec. nac. "). */
const SENTENCE_END = /(?<!d\.o\.b)(?<!(?:^|[^\p{L}])(?:dt|f|fec|nac|nasc|naiss|geb))[.!?]\s+(?=\S)|[।॥]\s*/giu;

/** A four-digit year, when written, is not in the future (a child born this year has a birth date too); two-digit years cannot be told. */
function isPastBirthYear(date: string, sentence: string): boolean {
  const year = /\d{4}/u.exec(date)?.[0];
  if (year === undefined) return true;
  // Thai dates count their years from the Buddha's death, 543 before the common era ("5 มี.ค. 2533", "05/03/2533" are
  // 1990): a year past 2400 can only be one of those. Nepal's Bikram Sambat runs 56 or 57 years ahead ("जन्म मिति
  // 2052/04/15" is 1995): in a sentence written in Devanagari a year that far ahead is one of its.
  const common = Number(year) > BUDDHIST_ERA_FLOOR ? Number(year) - BUDDHIST_ERA_OFFSET : Number(year);
  const thisYear = new Date().getUTCFullYear();
  if (common <= thisYear) return true;
  return common - BIKRAM_SAMBAT_OFFSET <= thisYear && DEVANAGARI.test(`${sentence}${date}`);
}

/**
 * A date of the last two years beside "birthday", "birth" or "age" is as often a product's, an idea's or a promotion's ("birthday
 * promo runs 3 de mayo de 2025", "age verification goes live 15 Mayıs 2025", "rebirth sprint ends …"): it is a person's only
 * where the sentence says someone was born or labels a birth date ("baby born 3 May 2025", "dob", "fecha de nacimiento"), and
 * not as a thing's "born in the cloud".
 */
const PERSONS_BIRTH = /(?<![\p{L}-])(?:dob|d\.o\.b|date of birth|birth ?date|born(?![ \t-](?:in[ \t-]the|digital))|geb\.|geboren|geburtsdatum|née?|naci(?:ó|do|da)|fecha de nac\p{L}*|data (?:de )?nasc\p{L}*|nasceu|nascid[oa]|urodzi\p{L}*|data urodzenia|doğ(?:du|um tarihi)|ngày sinh|sinh ngày|生年月日|出生日期|생년월일|تاريخ الميلاد)(?![\p{L}])/u;
const RECENT_YEARS = 2;

function isRecent(date: string): boolean {
  const year = /\d{4}/u.exec(date)?.[0];
  if (year === undefined) return false;
  const thisYear = new Date().getUTCFullYear();
  return Number(year) >= thisYear - RECENT_YEARS && Number(year) <= thisYear;
}

const BIKRAM_SAMBAT_OFFSET = 57;
const DEVANAGARI = /\p{Script=Devanagari}/u;

const BUDDHIST_ERA_FLOOR = 2400;
const BUDDHIST_ERA_OFFSET = 543;
