import { beforeAll, describe, expect, it } from 'vitest';
import { detectEntities, warmGuard } from '../../src/router/privacy/index.ts';
import { latinReadingsOf } from '../../src/router/privacy/indic-readings.ts';
import { latinReadingsOfArabicScript } from '../../src/router/privacy/arabic-script-readings.ts';
import { foldArabicScript } from '../../src/router/privacy/arabic-script-names.ts';
import { scanLatinWords } from '../../src/router/privacy/latin-word-scan.ts';

const people = (text: string): string[] => detectEntities(text).filter((entity) => entity.type === 'PERSON').map((entity) => entity.value);

beforeAll(() => warmGuard());

/**
 * A given name alone in a script without capitals (the twenty-second, twenty-third and twenty-eighth sets' development
 * halves): read in Latin letters against the names lists, it counts where the sentence puts a person.
 */
describe('names read from Devanagari and Bengali', () => {
  it('spells a word the ways people write their names in English', () => {
    expect(latinReadingsOf('प्रियंका')).toContain('priyanka');
    expect(latinReadingsOf('रचना')).toContain('rachna');
    expect(latinReadingsOf('फ़रहाना')).toContain('farhana');
    expect(latinReadingsOf('স্বাতী')).toContain('swati');
    expect(latinReadingsOf('তানভীর')).toContain('tanvir');
    expect(latinReadingsOf('सूर्य')).toContain('surya');
    expect(latinReadingsOf('गुरुङ')).toContain('gurung');
    // Another script's letters: no reading.
    expect(latinReadingsOf('प्रियंकाx')).toEqual([]);
  });

  it('finds a given name before the ergative, the dative, a kin word or a form of address', () => {
    expect(people('अनुराग ने नया build deploy किया')).toEqual(['अनुराग']);
    expect(people('कल मीनाक्षी को invoice भेज देना')).toEqual(['मीनाक्षी']);
    expect(people('विवेक भैया, VPN फिर से बंद है')).toEqual(['विवेक']);
    expect(people('সোহেল ভাই আজ অফিসে আসবে না')).toEqual(['সোহেল']);
    expect(people('অনিতা দির laptop টা খারাপ')).toEqual(['অনিতা']);
  });

  it('finds one with a case ending or kin word joined to it, the whole word masked', () => {
    expect(people('তানিয়ার PR টা merge করো')).toEqual(['তানিয়ার']);
    expect(people('রাজীবকে ফোন করো, server down')).toEqual(['রাজীবকে']);
    expect(people('सुनिताको ल्यापटप अफिसमा छ')).toEqual(['सुनिताको']);
    expect(people('अश्विनीला सांग की meeting 4 ला आहे')).toEqual(['अश्विनीला']);
  });

  it('finds one addressed before a comma, in a pair joined by "and", and introducing themselves', () => {
    expect(people('नितिन, तुम्हारा ticket close कर दिया')).toEqual(['नितिन']);
    expect(people('रोहन और स्नेहा कल से notice period पे हैं')).toEqual(['रोहन', 'स्नेहा']);
    expect(people('নমস্কার, আমি দেবযানী, HR থেকে বলছি')).toEqual(['দেবযানী']);
    expect(people('मैं कविता शर्मा बोल रही हूँ, billing से')).toEqual(['कविता शर्मा']);
    // Addressed at a line's start, however far it is indented; a run of spaces after a word opens nothing.
    expect(people('नमस्ते\n    तरुण, तुम्हारा IP बदल गया है')).toEqual(['तरुण']);
    expect(people('कल की बात      तरुण, ठीक है')).toEqual([]);
  });

  it('leaves words that are names elsewhere alone where nothing puts a person', () => {
    for (const text of [
      'आशा है कल तक fix हो जाएगा',
      'दीपक जलाओ, दीवाली है',
      'पूजा की तैयारी हो गई?',
      'কমল ফুলটা সুন্দর',
      'बच्चों के लिए छुट्टी है',
      'शांत रहो भाई, सब ठीक है',
      'দুর্গা পূজার ছুটি কবে থেকে?',
      'আজকের মিটিং বাতিল',
      'महीने के आखिर में salary आएगी',
    ]) {
      expect(people(text), text).toEqual([]);
    }
  });
});

/**
 * A given name and the listed names after it ("रवि कुमार सिंह"), where a form, a signature or the grammar puts a person, and
 * the Devanagari or Bengali words of a mixed message that are no names. Sentences of our own, written for these rules.
 */
describe('full names in Devanagari and Bengali, and the words around them', () => {
  it('finds a full name on its own line, in a row of comma-separated fields, or after "name"', () => {
    expect(people('धन्यवाद,\nअनिल कुमार यादव\nSales, Lucknow\n+91 98390 11223')).toEqual(['अनिल कुमार यादव']);
    expect(people('id,name,city\n2201,राजेश पाटील,Nagpur')).toEqual(['राजेश पाटील']);
    expect(people('माझं नाव स्नेहा पाटील, मी पुण्यात असते')).toEqual(['स्नेहा पाटील']);
    expect(people('नाव: अमोल पवार')).toEqual(['अमोल पवार']);
    // "Name" reads as a listed name too; it is the label, not part of the name.
    expect(people('নাম রাহুল দাস, ফোন 01712-345678')).toEqual(['রাহুল দাস']);
  });

  it('finds one with its case joined to the surname, a respectful form, or "sir" in Latin letters after it', () => {
    expect(people('सुनील शर्माको घर कहाँ हो?')).toEqual(['सुनील शर्माको']);
    expect(people('प्रकाश वर्मा यांना invoice पाठवा')).toEqual(['प्रकाश वर्मा']);
    expect(people('संदीप गुप्ता sir ने call किया था')).toEqual(['संदीप गुप्ता']);
  });

  it('finds a given name on whose behalf something is said, or asked "with" in Nepali', () => {
    expect(people('अंकिता की तरफ़ से sorry बोल देना')).toEqual(['अंकिता']);
    expect(people('सुनिल थापा सँग सोध्नुस्, उहाँलाई थाहा छ')).toEqual(['सुनिल थापा']);
  });

  it('masks the name before a postposition in a mixed message, not the clause after it, and a lone word of the script whole', () => {
    expect(people('ask about the PR, ऋतु ने approve किया')).toEqual(['ऋतु']);
    expect(people('client को राहुल ने बोला था, check the logs')).toEqual(['राहुल']);
    expect(people('the account is under लक्ष्मी प्रधान')).toEqual(['लक्ष्मी प्रधान']);
    expect(people('वत्सला approved the PR yesterday')).toEqual(['वत्सला']);
    // A birth anniversary after a name is a day; "जयंती" alone is someone.
    expect(people('गांधी जयंती पर office बंद है')).toEqual([]);
    expect(people('कल जयंती जी आएंगी')).toEqual(['जयंती']);
  });

  it('leaves greetings, days named after someone, word-names with "with", and words of a mixed message alone', () => {
    for (const text of [
      'আল্লাহ হাফেজ, আমি বের হচ্ছি',
      'सूरज की किरण के साथ निकलना है',
      'reboot करो, server hang है',
      'Zomato से order करें या Swiggy से?',
      // A manner adverb ("calmly"), "towards", two listed words alone on a line with no form's number, a padded heading.
      'आराम से बात करो, जल्दी नहीं है',
      'सूरज की तरफ देखो',
      'धन्यवाद,\nशुभ प्रभात',
      'विषय        सूर्य ग्रहण        तारीख 12',
    ]) {
      expect(people(text), text).toEqual([]);
    }
  });
});

describe('names read from the Arabic script', () => {
  it('spells a word with the short vowels the script leaves out, never two consonants first', () => {
    expect(latinReadingsOfArabicScript(foldArabicScript('مهسا'))).toContain('mahsa');
    expect(latinReadingsOfArabicScript(foldArabicScript('سكينة'))).toContain('sakina');
    expect(latinReadingsOfArabicScript(foldArabicScript('ستاره'))).toContain('setareh');
    expect(latinReadingsOfArabicScript(foldArabicScript('مهسا'))).not.toContain('mhsa');
    // Two letters make no Latin digraph: "تحكي" (she tells) is no "thaki".
    expect(latinReadingsOfArabicScript(foldArabicScript('تحكي')).some((reading) => reading.startsWith('th'))).toBe(false);
  });

  it('finds a given name where the sentence puts a person', () => {
    expect(people('شهد جان فایل رو فرستادی؟')).toEqual(['شهد']);
    expect(people('طارق بھائی کل چھٹی پر ہیں')).toEqual(['طارق']);
    expect(people('يا وائل الاجتماع بدأ')).toEqual(['وائل']);
    expect(people('شكرا لـ رنا على المساعدة')).toEqual(['رنا']);
    expect(people('أنا هبة من فريق الدعم')).toEqual(['هبة']);
    expect(people('رغد من الـ finance team بعتت الملف')).toEqual(['رغد']);
    expect(people('لبنى قالت إن العميل وافق')).toEqual(['لبنى']);
    expect(people('بكرة نادر رح يجي بكير')).toEqual(['نادر']);
    expect(people('ناصر و هالة بيشتغلوا على الـ release')).toEqual(['ناصر', 'هالة']);
  });

  it("finds one the table lacks by its Latin reading, in a person's place", () => {
    expect(people('مهسا و نگار امروز جلسه دارن')).toEqual(['مهسا', 'نگار']);
    // Right before a Persian family name made from a given name: "Zahra Karimi", "Elnaz Sadeghi".
    expect(people('زهرا کریمی فردا نمیاد')).toEqual(['زهرا کریمی']);
    expect(people('قرار با پریسا صادقی ساعت ۳')).toEqual(['پریسا صادقی']);
    // The names of languages and nations in -ی are no family names: "Persian digits".
    expect(people('تابع برای ورودی با ارقام فارسی کار نمیکنه')).toEqual([]);
  });

  it('finds a Persian family name after a title that is a job too, not the job', () => {
    expect(people('دکتر کریمی فردا نیست')).toEqual(['کریمی']);
    expect(people('مهندس حسین‌زاده پروژه رو تحویل داد')).toEqual(['حسین‌زاده']);
    expect(people('ڈاکٹر فاروقی نے چھٹی منظور کر دی')).toEqual(['فاروقی']);
    expect(people('دیروز دکتر رفتم، حالم بهتره')).toEqual([]);
    expect(people('یه مهندس نرم‌افزاری لازم داریم')).toEqual([]);
  });

  it("finds the owner of a number, an address or an ID whose value the message gives, not the thing's own words", () => {
    expect(people('کد ملی رضا رو بفرست: 0012345679')).toEqual(['رضا']);
    // Two given names joined into one by the zero-width non-joiner: "Ali-Reza".
    expect(people('کد ملی علی‌رضا اشتباه وارد شده: 1271935848')).toEqual(['علی‌رضا']);
    expect(people('بغيت الرقم ديال حنان: 06 61 22 33 44')).toEqual(['حنان']);
    expect(people('رقم جوال خالد تغير، الجديد 0551234567')).toEqual(['خالد']);
    expect(people('شماره تلفن همراه سارا 09121234567')).toEqual(['سارا']);
    expect(people('آیپی خونه‌ی مریم تو firewall بلاک شده: 5.119.20.88')).toEqual(['مریم']);
    // After the noun alone, a name of the table: "شماره‌ی تماس" is the contact number, though "تماس" reads "Tamás".
    expect(people('شماره تماس دفتر رو عوض کنید: 02188776655')).toEqual([]);
    // A word that describes the thing is nobody: "a landline".
    expect(people('شماره ثابت دفتر: 021-88776655')).toEqual([]);
  });

  it('leaves set phrases, places, greetings and question words alone', () => {
    for (const text of [
      'السلام عليكم ورحمة الله وبركاته',
      'ابن سينا وابن خلدون كانوا علماء',
      'اصفهان یا شیراز برای سفر؟',
      'مين جاي المكتب اليوم؟',
      'الفرع الجديد قريب من الميناء',
      'تابع ورودی کار نمیکنه',
      'يا جماعة الاجتماع بعد ساعة',
      'عيد مبارك للجميع',
    ]) {
      expect(people(text), text).toEqual([]);
    }
  });
});

describe('Latin words after a Hebrew prefix', () => {
  it('starts a Latin word after the hyphen Hebrew joins its one-letter prefixes with', () => {
    const text = 'שלחתי ל-Maya את הקובץ';
    const bounds = scanLatinWords(text);
    expect(text.slice(bounds[0], bounds[1])).toBe('Maya');
    expect(people('תעבירו ל-Daniel Cohen את החוזה')).toEqual(['Daniel Cohen']);
  });
});

describe('Arabic-script subjects of a spoken-dialect verb', () => {
  it('finds a listed name opening a clause before a present or future verb, not a noun with its article', () => {
    expect(people('وليد بيحاول يرجع السيرفر')).toEqual(['وليد']);
    expect(people('السيرفر بيرد ببطء من امبارح')).toEqual([]);
  });
});

describe('lone names in Cyrillic, Greek and Armenian, read in Latin letters with their case endings', () => {
  it('finds a name opening a sentence when "and" and another name follow it', () => {
    expect(people('Ирина и Павел сегодня на удалёнке')).toEqual(['Ирина', 'Павел']);
    expect(people('Тарас та Олена вже в офісі')).toEqual(['Тарас', 'Олена']);
  });

  it('finds Greek and Armenian names inside a sentence in their cases', () => {
    expect(people('Στείλε το αρχείο στον Δημήτρη σήμερα')).toEqual(['Δημήτρη']);
    expect(people('Το laptop του Κώστα είναι στο γραφείο')).toEqual(['Κώστα']);
    expect(people('Խնդրում եմ, ասեք Արմենին, որ հանդիպումը 3-ին է')).toEqual(['Արմենին']);
  });

  it('leaves a place after a preposition of place, and a sentence that opens with a word alone', () => {
    expect(people('Η συνάντηση είναι στη Θεσσαλονίκη')).toEqual([]);
    expect(people('Вера в себя важнее всего')).toEqual([]);
  });
});

describe('Georgian given names', () => {
  it('finds a name with the ergative or dative, addressed, or in a list closed by "და"', () => {
    expect(people('გიორგიმ გადაიხადა ლანჩი')).toEqual(['გიორგიმ']);
    // "davit" is also an English word (a ship's crane): a name the lists hold that spells one is not read so.
    expect(people('დავითმა გადაიხადა ლანჩი')).toEqual([]);
    expect(people('ნინო, ფაილი გამომიგზავნე')).toEqual(['ნინო']);
    expect(people('ლაშა, ნიკა და თამარი ხვალ მოვლენ')).toEqual(['ლაშა', 'ნიკა', 'თამარი']);
  });

  it('leaves everyday words and lists of things alone, and never grows a name over the words after it', () => {
    expect(people('მზე, მთვარე და ვარსკვლავები')).toEqual([]);
    expect(people('გამარჯობა, როგორ ხარ?')).toEqual([]);
    expect(people('ლევანმა მომწერა დილით')).toEqual(['ლევანმა']);
  });
});

describe('Latin names with a case ending of another script joined by a hyphen', () => {
  it('ends the Latin word at the hyphen', () => {
    const text = 'Google-ში ვერ შევედი';
    const bounds = scanLatinWords(text);
    expect(text.slice(bounds[0], bounds[1])).toBe('Google');
  });
});

describe('papers, passwords and name labels in the scripts of these offices', () => {
  const masked = (text: string): string => detectEntities(text).map((entity) => `${entity.type}:${entity.value}`).join(' ');

  it("masks the number after Greece's, Thailand's and Kazakhstan's id papers", () => {
    expect(masked('ΑΦΜ: 090000045 για το τιμολόγιο')).toContain('ID_NUMBER:090000045');
    expect(masked('ΑΜΚΑ 12038512345 για την ασφάλιση')).toContain('ID_NUMBER:12038512345');
    expect(masked('เลขบัตรประชาชน 3101200456789 ค่ะ')).toContain('ID_NUMBER:3101200456789');
    expect(masked('ЖСН 850412300567 керек')).toContain('ID_NUMBER:850412300567');
  });

  it('masks a password after its word in Russian, Greek, Georgian, Armenian and Thai', () => {
    expect(masked('пароль от тестовой базы: Qa!2kLm9x')).toContain('SECRET:Qa!2kLm9x');
    expect(masked('κωδικός: Zx8#mQ2p!')).toContain('SECRET:Zx8#mQ2p!');
    expect(masked('რადიუსის პაროლი: Tb7!qLx2')).toContain('SECRET:Tb7!qLx2');
    expect(masked('รหัสผ่าน: Bk9$wPz1')).toContain('SECRET:Bk9$wPz1');
    expect(masked('сменил пароль вчера')).toBe('');
  });

  it('reads the name after a form\'s "name" without a colon only in a form', () => {
    expect(people('नाम सुरेश पाटिल, मोबाइल 98220 12345')).toEqual(['सुरेश पाटिल']);
    expect(people('इसका नाम बदल दो')).toEqual([]);
    expect(people('ชื่อ สมหญิง ใจดี เลขบัตร 3101200456789')).toEqual(['สมหญิง ใจดี']);
    expect(people('เปลี่ยน ชื่อ ไฟล์ ด้วย')).toEqual([]);
  });
});

describe("the function words of more Latin-script languages", () => {
  it('tells a Basque message by its words, so a name in its case is read as one', () => {
    expect(people('eskerrik asko Mikeli eta Ainhoari gaur')).toEqual(['Mikeli', 'Ainhoari']);
  });

  it("keeps a Turkish name that is a Hungarian word a name ('mert', because), and English messages English", () => {
    expect(people("Teşekkürler Deniz Hanım, raporu Mert Bey'e ilettim")).toContain('Mert Bey');
    expect(people('ask Maya about the van, it is in the garage')).toEqual(['Maya']);
  });
});

describe('the genitive written apart, before what a person has', () => {
  it('reads a name before का/की/के or Urdu کا/کی/کے when a number, a home, a birth date or a device follows', () => {
    expect(people('अनुराधा का laptop IT के पास है')).toEqual(['अनुराधा']);
    expect(people('नीरज के घर का wifi बंद है')).toEqual(['नीरज']);
    expect(people('ثناء کی تاریخ پیدائش غلط لکھی ہے')).toEqual(['ثناء']);
    expect(people('حارث کا نیا نمبر آ گیا ہے')).toEqual(['حارث']);
  });

  it('leaves one before anything else', () => {
    expect(people('पूजा की तैयारी हो गई?')).toEqual([]);
    expect(people('कमल का फूल सुंदर है')).toEqual([]);
    expect(people('محرم کی چھٹیاں کب ہیں')).toEqual([]);
  });
});
