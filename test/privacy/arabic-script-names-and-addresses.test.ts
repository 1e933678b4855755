/**
 * Arabic, Persian, Urdu, Hindi, Bengali and Hebrew text with no capitals and no Latin street shapes: addresses known by
 * their unit words, and Arabic-script names known by a family name after listed given names. Written before the rules,
 * in sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { found, foundOfType } from './helpers.ts';

describe('ADDRESS: the parts of an address marked by their own words', () => {
  it.each([
    // Saudi national address: building number, street, district, city, postcode — in Arabic-Indic digits too.
    ['العنوان: ٧٧٢١ شارع الأمير سلطان، حي الروضة، جدة ٢٣٤٣٥', '٧٧٢١ شارع الأمير سلطان، حي الروضة، جدة ٢٣٤٣٥'],
    // Cairo: block of flats, flat, street, district — the comma written as the Latin one.
    ['سيبلي الطرد في عمارة 8, شقة 14, شارع مصدق, الدقي', 'عمارة 8, شقة 14, شارع مصدق, الدقي'],
    // Casablanca: a Maghreb street word and a house number word, with no digits in the district.
    ['انا ساكن ف زنقة 7 رقم 19، حي الفرح، الدار البيضاء', 'زنقة 7 رقم 19، حي الفرح، الدار البيضاء'],
    // Two unit words and no number at all.
    ['التسليم إلى حي النرجس، شارع الأمير محمد', 'حي النرجس، شارع الأمير محمد'],
    // Persian, largest part first: the town that opens the line is taken.
    ['اصفهان، خیابان چهارباغ، کوچه نسترن، پلاک ۳۱', 'اصفهان، خیابان چهارباغ، کوچه نسترن، پلاک ۳۱'],
    // Urdu: house number, lane, sector with its Latin code, town.
    ['میرا پتہ: مکان نمبر 12، گلی نمبر 3، سیکٹر F-7/2، اسلام آباد', 'مکان نمبر 12، گلی نمبر 3، سیکٹر F-7/2، اسلام آباد'],
    // Hindi: village, post office and district, with the PIN code.
    ['पार्सल भेजना: गाँव सिकंदरपुर, पोस्ट जलालाबाद, जिला शाहजहांपुर 242221', 'गाँव सिकंदरपुर, पोस्ट जलालाबाद, जिला शाहजहांपुर 242221'],
    // Bengali: house, road, area, city and postcode in Bengali digits.
    ['ঠিকানা: বাসা ১২, রোড ৭, উত্তরা, ঢাকা ১২৩০', 'বাসা ১২, রোড ৭, উত্তরা, ঢাকা ১২৩০'],
    // Hebrew: the flat and the town after the street and number, and the street word with "on" joined to it.
    ['שלחו לרחוב אחד העם 9, דירה 12, חיפה', 'לרחוב אחד העם 9, דירה 12, חיפה'],
    ['נפגשים אצלי ברחוב סוקולוב 40 בערב', 'ברחוב סוקולוב 40'],
    ['תשלחו לרחוב הנביאים 31 קומה 2, ירושלים', 'לרחוב הנביאים 31 קומה 2, ירושלים'],
    // A street and a town with only a postcode for a number.
    ['الشحنة لـ شارع بلس، بيروت 1107', 'شارع بلس، بيروت 1107'],
  ])('finds the address in %j', (text, address) => {
    expect(foundOfType(text, 'ADDRESS')).toEqual([address]);
  });

  it.each([
    // One unit word: a famous road, a floor of the office, the call to prayer ("حي على الصلاة"), a time zone.
    'المكتب الجديد على طريق الملك فهد',
    'الاجتماع في الطابق 4 بعد الظهر',
    'حي على الصلاة حي على الفلاح',
    'جلسه ساعت ۳ در ساختمان مرکزی',
    'मीटिंग 3 बजे रोड शो के बाद',
    'আজ ৫টায় রোড শো',
    'אני בדרך הביתה עוד 20 דקות',
    // A street and a clause with a number after the comma: minutes late, not a house.
    'واقف في زحمة طريق المطار، بوصل بعد ٢٠ دقيقة',
    // A fresh-eyes review's families: order and invoice numbers, a roadmap, a project's phase, office directions,
    // the town of Sderot after "in".
    'رقم الطلب ٧٨٢٢١٣، رقم الشحنة ٥٥١',
    'خارطة طريق ٢٠٢٦ للمنتج',
    'اس پروجیکٹ کا فیز 3 اگلے مہینے',
    'الاجتماع في الطابق 2، مبنى C',
    'גרתי בשדרות כמעט 5 שנים',
    // A second review's: the call to prayer, "blocked" and a phase in Urdu, Arabic's "side" (Urdu's district), a GPIO pin.
    'حي على الفلاح',
    'اکاؤنٹ بلاک ہو گیا، فیز 3 بعد میں',
    'ضلع المثلث ٥ سم، طريق الحل واضح',
    'पिन 7 को हाई करो, मार्ग 2 से जोड़ो',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'ADDRESS')).toEqual([]);
  });

  it.each([
    // The clause after the town, and a phone after the address, are not part of it; a block's letter is.
    ['רחוב בן יהודה 8, חולון, תתקשרו כשאתם למטה', 'רחוב בן יהודה 8, חולון'],
    ['فيلا ٧، شارع ١٩، الخوانيج، موبايل 0509988776', 'فيلا ٧، شارع ١٩، الخوانيج'],
    // A street word inside the building's part, the district and the town between the street and the flat, a town that
    // opens with the letter of "to".
    ['شقة ٤، الدور الثالث، عمارة ١٨ شارع النيل، الزمالك', 'شقة ٤، الدور الثالث، عمارة ١٨ شارع النيل، الزمالك'],
    ['٢٢ شارع الجلاء، العجوزة، الجيزة، شقة ٩', '٢٢ شارع الجلاء، العجوزة، الجيزة، شقة ٩'],
    ['مکان 14، گلی 9، اقبال ٹاؤن، لاہور', 'مکان 14، گلی 9، اقبال ٹاؤن، لاہور'],
    // Nepal's ward and municipality after "नं.", a Bengali house in its English loan word and a police station as a label.
    ['ठेगाना: वडा नं. ७, गोकर्णेश्वर नगरपालिका, काठमाडौं', 'वडा नं. ७, गोकर्णेश्वर नगरपालिका, काठमाडौं'],
    ['হাউজ ১৮, রোড ৩, সেক্টর ৪, উত্তরা', 'হাউজ ১৮, রোড ৩, সেক্টর ৪, উত্তরা'],
    ['বাসা ৯, রোড ২, থানা: ধানমন্ডি', 'বাসা ৯, রোড ২, থানা: ধানমন্ডি'],
    // A dash ends the address.
    ['ارسلوها إلى حي الياسمين، شارع الأمل، جدة ٢٣٤٥١ — شكراً', 'حي الياسمين، شارع الأمل، جدة ٢٣٤٥١'],
    ['फ्लैट 12, ब्लॉक D, सेक्टर 18, गुड़गांव', 'फ्लैट 12, ब्लॉक D, सेक्टर 18, गुड़गांव'],
  ])('ends the address in %j where it ends', (text, address) => {
    expect(foundOfType(text, 'ADDRESS')).toEqual([address]);
  });
});

describe('PERSON: Arabic-script names by their family name', () => {
  it.each([
    ['سلمى القرشي رح تستلم المهمة من بكرة', ['سلمى القرشي']],
    ['ممكن حد يكلم فيصل الزهراني بخصوص الفاتورة؟', ['فيصل الزهراني']],
    ['شكرا لعمر والمهندسين، وشكرا خاصة لهالة الشمري', ['هالة الشمري']],
    ['الموافقة من أحمد سالم الغامدي وصلت', ['أحمد سالم الغامدي']],
    ['التقرير أعده يوسف بن ناصر', ['يوسف بن ناصر']],
    ['جلسه با مریم کریمی فردا است', ['مریم کریمی']],
    // A kunya, an owner after a dialect's possessive word.
    ['كلمت أبو سلطان وقال الشحنة بكرة', ['أبو سلطان']],
    ['الشاحن تبع غدير ضايع من امبارح', ['غدير']],
    ['كلمت أم فهد وأكدت الموعد', ['أم فهد']],
    // A doer before the Urdu ergative.
    ['عمران نے رپورٹ بھیج دی ہے', ['عمران']],
    // "علي" is a name, though "على" (on) folds to it.
    ['علي الزعبي مسؤول عن الـ release', ['علي الزعبي']],
    // A surname that is also an adjective (monthly), a Persian one made from a given name with -یی, a pronoun before
    // the name, a given name before the Urdu doer's.
    ['تقرير من ماجد الشهري وصل', ['ماجد الشهري']],
    ['با آقای مهدی رضایی هماهنگ کنید', ['مهدی رضایی']],
    ['أنا هالة الزهراني من فريق المبيعات', ['هالة الزهراني']],
    ['فیصل اقبال نے فائل بھیجی', ['فیصل اقبال']],
    // A given name and the father's, with no family name.
    ['مراد سليمان مش هيقدر يحضر النهاردة', ['مراد سليمان']],
  ])('finds the person in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each([
    // Everyday words the names table holds, beside a word with the article.
    'فريق الدعم الفني متاح طول اليوم',
    'أمل الجميع أن ينتهي المشروع بسرعة',
    'نور الشمس قوي اليوم في المكتب',
    // A greeting: both words are in the names table, and the article on a given name is no family name.
    'صباح النور يا جماعة، الاجتماع بعد ساعة',
    // Two names-table words that greet or say a time of day, not a given name and a father's.
    'شعبان مبارك على الجميع',
    'صباح جميل في المكتب اليوم',
    'عندي ايمان كامل بالخطة',
    // Persian -ی makes adjectives too: "our main hope" after a word the names table holds.
    'امید اصلی ما این پروژه است',
    // Named after someone, or a ruler: a street, an airport, a king with his ordinal.
    'الزحمة في شارع خالد بن الوليد',
    'رحلتي من مطار الملك عبدالعزيز الدولي',
    'كلمة الملك عبدالله الثاني في المؤتمر',
    // Two listed words joined by "and", an Urdu genitive after one: a blessing, the answer to a greeting.
    'الله يعطيك خير وبركة',
    'سلام کا جواب دینا ضروری ہے',
    // A city named as a kunya, and the possessive before a word with its article.
    'الرحلة من أبو ظبي الساعة ٣',
    'الكتاب حق الكورس عند السكرتيرة',
    // A fresh-eyes review's families: a word in -ى, a noun or an adjective in -ي after a role the table holds, a
    // place named after someone a word further back, "أم" as "or", a possessive before a noun that heads another,
    // a time of day after one, the Urdu ergative after "the country".
    'صلاة عيد الأضحى الساعة ٦',
    'اجتماع مع رئيس النادي بكرة',
    'الفريق التقني والفريق المالي',
    'رحلتي من مطار دبي راشد الدولي',
    'قهوة أم شاي؟',
    'الفرع الجديد في أم سعيد قريب من الميناء',
    'المفتاح حق مدير المكتب',
    'الباص تبع صباح بيتأخر',
    'ملک نے ترقی کی ہے',
    // A second review's families: a business named after its owner's kunya, a companion in a narrator's chain, a
    // right (not a possessive), an abstract doer in Urdu, a Persian adjective from a names-table word.
    'نطلب غدا من مطعم أبو فهد؟',
    'روى عن سعد بن معاذ رضي الله عنه',
    'هذا حق مشروع للموظف',
    'زندگی نے بہت کچھ سکھایا',
    'نسیم بهاری امروز خیلی خوب است',
  ])('leaves %j alone', (text) => {
    expect(found(text).filter((value) => value.startsWith('PERSON:'))).toEqual([]);
  });
});

describe('PERSON: speakers of a pasted transcript in a script without capitals', () => {
  it.each([
    ['[08:41] ليلى: وصلت المكتب\n[08:43] أبو حمد: تمام، الاجتماع ٩', ['ليلى', 'أبو حمد']],
    // Stamps in Arabic-Indic digits.
    ['[٠٩:١٥] نوف: وصل الملف؟\n[٠٩:١٦] طلال: ايه', ['نوف', 'طلال']],
    // No stamps: two names of the table speak.
    ['سلمان: خلصت؟\nرنا: باقي شوي', ['سلمان', 'رنا']],
  ])('finds the speakers in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each([
    '[10:00] النظام: بدأ النسخ الاحتياطي\n[10:20] النظام: انتهى النسخ الاحتياطي',
    // Bots and alerts log under words, several of them; no label is a name.
    '[06:00] تنبيه: الذاكرة ممتلئة\n[06:02] إشعار: تمت إعادة التشغيل',
    '[06:00] התראה: הזיכרון מלא\n[06:02] עדכון: השרת עלה מחדש',
  ])('leaves a log of systems alone: %j', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});

describe('PERSON: chat in another script that borrows English nouns is not an English message around a name', () => {
  it.each([
    // Tech words sprinkled in, no English grammar: the other script's own marks decide.
    'الـ merge request اتعمل revert بسبب الـ tests',
    'ה-deployment pipeline של ה-microservice נכשל שוב',
    'staging server دوباره down شده، logs رو check کنید',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });

  it.each([
    // An English sentence around a name in another script still masks the name.
    ['can you send the invoice to مريم الشمري today', ['مريم الشمري']],
    ['ask דנה רוזן about the staging keys', ['דנה רוזן']],
  ])('finds the person in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it('keeps masking short runs of Hindi among English nouns: the guard reads no Hindi names of its own (fail closed)', () => {
    expect(foundOfType('deploy कल सुरेश करेगा, staging ready', 'PERSON')).toEqual(['कल सुरेश करेगा']);
  });
});
