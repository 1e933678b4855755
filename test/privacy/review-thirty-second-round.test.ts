import { beforeAll, describe, expect, it } from 'vitest';
import { detectEntities, warmGuard } from '../../src/router/privacy/index.ts';

const people = (text: string): string[] => detectEntities(text).filter((entity) => entity.type === 'PERSON').map((entity) => entity.value);

beforeAll(() => warmGuard());

/**
 * What a fresh-eyes review of the thirty-second round found, with about 500 messages of its own written as traps for the
 * round's rules (names read in Latin letters where the grammar puts a person): the first versions masked half its
 * PII-free messages. Each family narrowed, its messages kept here.
 */
describe('the thirty-second round, as a reviewer tried it', () => {
  it('reads a genitive joined to a name only before what a person has', () => {
    for (const text of ['সোনার দাম আবার বাড়লো 😩', 'বসন্তের শুভেচ্ছা সবাইকে 🌸', 'विकासको काम ढिलो भयो, सडक अझै बनेन', 'পূজার ছুটি কবে থেকে শুরু?']) {
      expect(people(text), text).toEqual([]);
    }
    expect(people('তানিয়ার নম্বর টা দাও')).toEqual(['তানিয়ার']);
  });

  it("reads Marathi's and Nepali's -ला/-ने/-ले only in their text, and no weekday as a name", () => {
    expect(people('किसी ने पुराना config निकाला')).toEqual([]);
    expect(people('शुक्र को छुट्टी है सबकी')).toEqual([]);
    expect(people('جمعہ کو آفس بند ہے')).toEqual([]);
  });

  it('takes no greeting, thanks, kin or role before a form of address, nor the address word itself', () => {
    for (const text of ['سلام آقا، وقتتون بخیر', 'مرسی جان، عالی بود', 'سیٹھ صاحب نے payment روک دی ہے', 'عمو جان گفت فردا میاد']) {
      expect(people(text), text).toEqual([]);
    }
  });

  it('takes no interjection, imperative or kin word addressed before a comma', () => {
    for (const text of ['Αμάν, πάλι κόλλησε το Jira', 'শোনো, আজকের deploy কখন?', 'გოგო, რა ლამაზი დიზაინია', 'ख़ैर, कल देखते हैं']) {
      expect(people(text), text).toEqual([]);
    }
  });

  it('takes no epithet after يا, no adjective after أنا, and no noun after a thanks or a word that is also news', () => {
    for (const text of ['يا كبير، الـ deploy عدى', 'أنا آسف على التأخير', 'ده خبر سعيد جدا', 'مبروك نجاح الإطلاق', 'کسی خبر داره؟', 'شكرا كتير على الشغل']) {
      expect(people(text), text).toEqual([]);
    }
  });

  it('takes no time, feast, God or kin word as the subject of a verb, and reads Urdu "کھا" (eat) as no "کہا" (said)', () => {
    for (const text of ['مرة بيشتغل ومرة لأ', 'رمضان جاي الأسبوع الجاي', 'ربي غادي يسهل', 'ماما گفت زود بیا', 'کھانا کھا لو']) {
      expect(people(text), text).toEqual([]);
    }
  });

  it('takes no pair of things before a preposition or a vocative', () => {
    for (const text of ['ورد وياسمين على مكاتبكم', 'صحة وعافية لكل الزملاء', 'صبر وإيمان يا جماعة']) {
      expect(people(text), text).toEqual([]);
    }
  });

  it('reads a Georgian name by the ergative only, and a list of them in the nominative', () => {
    for (const text of ['კურიერი მოდის 3 საათზე', 'პაროლის ვადა გადის ამ კვირაში', 'ნატოს სამიტზე ვიყავით', 'ბოლოს და ბოლოს ტესტები გავიდა']) {
      expect(people(text), text).toEqual([]);
    }
  });

  it("takes no Greek day, feast or God in any case, reads a road's name as the road's, and women's names after στην", () => {
    for (const text of ['την Κυριακή έχουμε release', 'ωχ Χριστέ μου, πάλι έπεσε το VPN', 'κίνηση στη λεωφόρο Αλεξάνδρας']) {
      expect(people(text), text).toEqual([]);
    }
    expect(people('Στείλε το αρχείο στην Κατερίνα')).toEqual(['Κατερίνα']);
  });

  it('keeps a full name opening a sentence whose words no list holds', () => {
    expect(people('Айгерим Жумабекова прислала счёт')).toEqual(['Айгерим Жумабекова']);
  });
});
