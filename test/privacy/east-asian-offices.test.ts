import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

/** Families from chat at offices in East and Southeast Asia (the twenty-fifth evaluation set's development half). */
describe('PERSON: a Japanese honorific joined by a hyphen follows a person', () => {
  it.each([
    ['Nishida-sama from the Kobe distributor called again about the invoice', 'Nishida'],
    ['pls loop in ogawa-san before friday', 'ogawa'],
    ['Aoki-sensei signed off the translation', 'Aoki'],
  ])('finds the name in %j', (text, name) => {
    expect(foundOfType(text, 'PERSON').some((found) => found.includes(name))).toBe(true);
  });
});

describe('PERSON: a street named after someone is a street', () => {
  it('leaves streets that end in Road, Avenue, Boulevard or a numbered Soi', () => {
    expect(foundOfType('Gloucester Road to Queensway is a short walk, skip the cab', 'PERSON')).toEqual([]);
    expect(foundOfType('Taft Avenue and Quirino Boulevard are closed for the parade', 'PERSON')).toEqual([]);
    expect(foundOfType('Sukhumvit Soi 11 for drinks after the offsite', 'PERSON')).toEqual([]);
  });

  it('keeps a person wherever anything says person: a field, a title, a role, an address, a list, a doing, "to"', () => {
    for (const [text, name] of [
      ['Bonnie Street called, she wants the signed copy back', 'Bonnie Street'],
      ['Reviewer: Tom Road', 'Tom Road'],
      ['Dr. Kevin Road will see you now', 'Kevin Road'],
      ['New ticket from customer Emma Road: refund not received', 'Emma Road'],
      ['From: Kevin Road <k.road@example.org>', 'Kevin Road'],
      ['Attendees: Tom Road, Ann Lee, Bob Cruz', 'Tom Road'],
      ['Please send the NDA to Jordan Road before friday', 'Jordan Road'],
      ['Our new hire is Kim Soi, she starts Monday', 'Kim Soi'],
    ] as const) {
      expect(foundOfType(text, 'PERSON').some((found) => found.includes(name)), text).toBe(true);
    }
  });
});

describe('ID_NUMBER: Taiwan and Singapore ids by their check digits, with no id word', () => {
  it('takes a valid number and leaves one whose check fails', () => {
    expect(foundOfType('S8263589J is on the onboarding form, pls mask it', 'ID_NUMBER')).toEqual(['S8263589J']);
    expect(foundOfType('S8263588J is on the onboarding form', 'ID_NUMBER')).toEqual([]);
    expect(foundOfType('新同事資料：F180715159', 'ID_NUMBER')).toEqual(['F180715159']);
  });
});

describe('PHONE: eight-digit local numbers', () => {
  it('finds a Hong Kong or Singapore number after a phone word', () => {
    expect(foundOfType('his mobile is 6123 4587 if the courier is late', 'PHONE')).toEqual(['6123 4587']);
  });
});

describe('DATE_OF_BIRTH: era years, Thai dates and Southeast Asian months', () => {
  it.each([
    ['生年月日: 昭和62年11月2日', '昭和62年11月2日'],
    ['出生日期：民國79年6月30日', '民國79年6月30日'],
    ['วันเกิด 12 ก.ย. 2530', '12 ก.ย. 2530'],
    ['เกิดวันที่ 05/03/2533', '05/03/2533'],
    ['Petsa ng kapanganakan: Setyembre 9, 1991', 'Setyembre 9, 1991'],
    ['tgl. lahir 03-08-1992', '03-08-1992'],
  ])('finds the date of birth in %j', (text, date) => {
    expect(foundOfType(text, 'DATE_OF_BIRTH')).toEqual([date]);
  });

  it('does not read a Thai date with no birth word as a birth, nor a Buddhist year still to come as one', () => {
    expect(foundOfType('ประชุม 12 ก.ย. 2568 ที่ออฟฟิศ', 'DATE_OF_BIRTH')).toEqual([]);
    expect(foundOfType('วันเกิด 12 ก.ย. 2590', 'DATE_OF_BIRTH')).toEqual([]);
  });
});

describe('PERSON: a name under a form label in Thai and Korean', () => {
  it('takes the name after ชื่อ: and after 성함', () => {
    expect(foundOfType('ชื่อ: สมชาย ใจดี\nแผนก: บัญชี', 'PERSON')).toEqual(['สมชาย ใจดี']);
    expect(foundOfType('고객 성함 박지훈, 환불 요청 건', 'PERSON')).toEqual(['박지훈']);
  });
});

describe('PERSON: a name after an Indonesian or Filipino form of address', () => {
  it('takes the name after "Bang", "Kak", "Ate", "Kuya" or "Tita", not the form', () => {
    expect(foundOfType('selamat ulang tahun Bang Yusuf, dari tim Surabaya', 'PERSON')).toEqual(['Yusuf']);
    expect(foundOfType('pakisabi kay Ate Rowena na late ako', 'PERSON').some((found) => found.includes('Rowena'))).toBe(true);
  });
});
