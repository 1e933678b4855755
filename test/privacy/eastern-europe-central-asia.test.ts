import { beforeAll, describe, expect, it } from 'vitest';
import { redact, warmGuard } from '../../src/router/privacy/index.ts';

const masked = (text: string) => redact(text).text;

beforeAll(() => warmGuard());

/** Families from chat at offices in Central and Eastern Europe, Turkey, the Caucasus and Central Asia (the twenty-seventh set's development half). */
describe('the guard on chat from Eastern European, Caucasian and Central Asian offices', () => {
  it("masks the numbers after the region's id papers, in Latin, Cyrillic and Georgian script", () => {
    expect(masked('finance needs her adóazonosító jel: 8470470876')).toBe('finance needs her adóazonosító jel: [ID_NUMBER]');
    expect(masked('IDNP 2002004127538 pentru viză')).toBe('IDNP [ID_NUMBER] pentru viză');
    expect(masked('PINFL 31203880450178, he joined on the 1st')).toBe('PINFL [ID_NUMBER], he joined on the 1st');
    expect(masked('the landlord wants IIN 880409333071')).toBe('the landlord wants IIN [ID_NUMBER]');
    expect(masked('ИИН 931127421501, для договора')).toBe('ИИН [ID_NUMBER], для договора');
    expect(masked('ЕГН 7612016543 за застраховката')).toBe('ЕГН [ID_NUMBER] за застраховката');
    expect(masked('РНОКПП 3328203729, у довідці')).toBe('РНОКПП [ID_NUMBER], у довідці');
    expect(masked('პირადი ნომერი 01024085731')).toBe('პირადი ნომერი [ID_NUMBER]');
    // Chat writes them in lower case, with "of a private person" or "№"/"номер" before the number.
    expect(masked('скинь свой инн 500100732259')).toBe('скинь свой инн [ID_NUMBER]');
    expect(masked('ИНН физлица 500100732259')).toBe('ИНН физлица [ID_NUMBER]');
    expect(masked('ИИН номер 870412300123')).toBe('ИИН номер [ID_NUMBER]');
    // A card's IIN is its issuer's six or eight digits, a firm's ИНН ten: no one's.
    expect(masked('card IIN 411111 is Visa')).toBe('card IIN 411111 is Visa');
    expect(masked('инн 7701234567 у ООО')).toBe('инн 7701234567 у ООО');
  });

  it("reads an id paper's name written where a name goes as no one's, and the UK's NINO as no reason to release Nino", () => {
    expect(redact('JSHSHIR (ПИНФЛ): 41805960270316, Karimova Dilnoza').entities.map((entity) => entity.value)).toEqual(['41805960270316', 'Karimova Dilnoza']);
    expect(masked('Gogi and Nino are hosting the supra on friday')).toBe('[PERSON] and [PERSON] are hosting the supra on friday');
  });

  it("masks a birth date after the region's birth words, and before Ukrainian and Russian forms' р.н. / г.р.", () => {
    expect(masked('CNP 1870203430251, născut 03.02.1987')).toContain('născut [DATE_OF_BIRTH]');
    expect(masked('IDNP 2002004127538, data nașterii 07.05.1992')).toContain('data nașterii [DATE_OF_BIRTH]');
    expect(masked('Jan Nowak, ur. 12.03.1990 w Krakowie')).toContain('ur. [DATE_OF_BIRTH]');
    expect(masked('дата народження: 04.04.1979')).toContain('[DATE_OF_BIRTH]');
    expect(masked('Коваленко Олена, 14.02.1991 р.н.')).toContain('[DATE_OF_BIRTH] р.н.');
    expect(masked('დაბადების თარიღი 12.03.1992')).toContain('[DATE_OF_BIRTH]');
  });

  it("takes a name before or after the region's forms of address, and leaves APA style alone", () => {
    expect(masked('Saule apa is the one who approves the Almaty expense claims')).toContain('[PERSON] is the one');
    expect(masked('Rauf aga said the Baku visit moved to tuesday')).toBe('[PERSON] said the Baku visit moved to tuesday');
    expect(masked('Laci bácsi still has root on the backup box')).toBe('[PERSON] still has root on the backup box');
    expect(masked('kalbatono Eka asked for a call back')).toBe('kalbatono [PERSON] asked for a call back');
    expect(masked('use APA format for the citations')).toBe('use APA format for the citations');
  });

  it('takes one capitalised word inside a Cyrillic sentence that is a listed name in Latin letters, and a name addressed before a comma', () => {
    expect(masked("сьогодні: рев'ю з Богданом; блокер: чекаю доступ від Андрія")).toBe("сьогодні: рев'ю з [PERSON]; блокер: чекаю доступ від [PERSON]");
    expect(masked('у Ивана отпуск, повесь задачу на Диму')).toBe('у [PERSON] отпуск, повесь задачу на [PERSON]');
    expect(masked('Тарасе, якщо світла знову не буде — дзвони мені')).toBe('[PERSON], якщо світла знову не буде — дзвони мені');
  });

  it('leaves places after their prepositions, the polite "you", brands and a greeting to a group', () => {
    expect(masked('Коллеги, встреча в Москве переносится, благодарим Вас')).toBe('Коллеги, встреча в Москве переносится, благодарим Вас');
    expect(masked('оплатил через Сбербанк вчера')).toBe('оплатил через Сбербанк вчера');
    expect(masked('Привет, в Алматы снег')).toBe('Привет, в Алматы снег');
  });

  it("takes a given name before a Turkish case ending set off by an apostrophe, not a place's or a tool's", () => {
    expect(masked("Zeynep'in TC'si lazım")).toContain("[PERSON]'in");
    expect(masked("Mehmet'e söyle, raporu Ayşe'den alsın")).toBe("[PERSON]'e söyle, raporu [PERSON]'den alsın");
    expect(masked("Ankara'ya gidiyoruz, İstanbul'da toplantı var")).toBe("Ankara'ya gidiyoruz, İstanbul'da toplantı var");
    expect(masked("Jira'ya bak")).toBe("Jira'ya bak");
  });
});

