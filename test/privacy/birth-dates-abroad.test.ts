import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const births = (text: string) => foundOfType(text, 'DATE_OF_BIRTH');

describe('DATE_OF_BIRTH: birth said in other languages and dates written the CJK way', () => {
  it.each([
    ['氏名: 山田 花子\n生年月日: 1991年7月3日', '1991年7月3日'],
    ['생년월일: 1988년 11월 20일', '1988년 11월 20일'],
    ['Lucía nació el 14/02/1990 en Rosario', '14/02/1990'],
    ['data de nascimento: 03/08/1985', '03/08/1985'],
  ])('finds the date of birth in %j', (text, date) => {
    expect(births(text)).toEqual([date]);
  });

  it('reads a CJK date without a birth cue as a date, and its characters as no name', () => {
    const text = 'the tokyo offsite is on 2025年5月1日, rooms are booked';
    expect(births(text)).toEqual([]);
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});

describe('DATE_OF_BIRTH: dates in a list under a request for birth dates', () => {
  it('takes the dates in the rows below a line that asks for dates of birth, a child\'s too, and no date without such a line', () => {
    const list = 'travel desk needs full names + date of birth for the visa letters\n\n1. OKORO, Chidi — 14/06/1988 — NG passport A09871234\n2. LINDQVIST, Maja — 3 Feb 1992 — SE passport 91234567';
    expect(births(list)).toEqual(['14/06/1988', '3 Feb 1992']);
    expect(births('adding dependants, need their date of birth\n- Amara — 02/04/2019')).toEqual(['02/04/2019']);
    expect(births('schedule for the offsite\n- standup moved to 03/04/2025\n- retro on 10/04/2025')).toEqual([]);
  });
});

describe('DATE_OF_BIRTH: Italian, French and Dutch birth words and months, and a cue written with dots', () => {
  it.each([
    ['codice fiscale ok? nata il 14/09/1987 a Bari', '14/09/1987'],
    ['nato il 2 luglio 1979, residente a Torino', '2 luglio 1979'],
    ['formulaire mutuelle: né le 5 août 1991 à Nantes', '5 août 1991'],
    ['geboren op 12 maart 1984 in Utrecht', '12 maart 1984'],
    ['name - Kavya Rao\nd.o.b. - 11-02-1995\nPAN - to follow', '11-02-1995'],
  ])('finds the date of birth in %j', (text, date) => {
    expect(births(text)).toEqual([date]);
  });

  it('still ends a sentence at a full stop after a word', () => {
    expect(births('born in march. the invoice is dated 04/05/2023')).toEqual([]);
  });
});

describe('DATE_OF_BIRTH: birth words of more languages, and the Czech date with spaces', () => {
  it.each([
    ['nový kolega: Ondřej Malý, nar. 7. 11. 1990, nastupuje v pondělí', '7. 11. 1990'],
    ['podaci: Ivana Horvat, rođena 02.03.1989, OIB ide poslije', '02.03.1989'],
    ['darbuotojas: Tomas Petrauskas, gimęs 1991-06-14', '1991-06-14'],
    ['Datos: Iago Lema, nado o 30/01/1993', '30/01/1993'],
    ['mfanyakazi mpya: Neema Mushi, tarehe ya kuzaliwa 12/09/1994', '12/09/1994'],
  ])('finds the date of birth in %j', (text, date) => {
    expect(births(text)).toEqual([date]);
  });

  it('leaves a date with spaces and no birth word', () => {
    expect(births('release je naplánován na 12. 5. 2025, ne dřív')).toEqual([]);
  });
});
