/**
 * The fresh-eyes review of the twenty-fourth round's rules: its messages, for the faults fixed as families. Leaks the
 * round had caused (a second secret in a query string, a given name that is also a greeting word, an address glued to
 * Thai text) and over-masks its rules had added (greeted words that are no names, service accounts in sign-in fields,
 * years after "employee", hashes beside a Twilio SID, any payment-ish word making rows cards, a card brand beside a
 * name in full).
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('review of the twenty-fourth round: leaks', () => {
  it('masks every secret of a query string, not only the first', () => {
    expect(foundOfType('GET /v1/data?api_key=7e3a9c1f5b8d2e6a4c9f1b7d3e5a8c2f&secret=Zx9Qw2Er7Ty4Ui1OpAs3&units=metric', 'SECRET')).toEqual([
      '7e3a9c1f5b8d2e6a4c9f1b7d3e5a8c2f',
      'Zx9Qw2Er7Ty4Ui1OpAs3',
    ]);
  });

  it.each([
    ['can you loop in Cara Lee on the vendor thread', ['Cara Lee']],
    ['please add Moin Ahmed to the payroll run', ['Moin Ahmed']],
    ['Caro Jordan is out today, ping me instead', ['Caro Jordan']],
  ])('keeps a given name that is also a greeting word in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it('finds an address glued to Thai text', () => {
    expect(foundOfType('ส่งมาที่somchai@example.co.thครับ', 'EMAIL')).toEqual(['somchai@example.co.th']);
    expect(foundOfType('请发邮件到zhang.wei@company.cn谢谢', 'EMAIL')).toEqual(['zhang.wei@company.cn']);
  });
});

describe('review of the twenty-fourth round: over-masks', () => {
  it.each(['Hola Mundo\nfirst program in the course', 'Hallo Welt!\nwie geht es', 'Moin Hamburg,\nwir sind da', 'Cher Client,\nvotre commande est prête'])(
    'greets no one in %j',
    (text) => {
      expect(foundOfType(text, 'PERSON')).toEqual([]);
    },
  );

  it.each(['the employee 2024 engagement survey closes friday', 'Employee 1099 forms are due', 'employee 401k match changes in january'])('reads no id in %j', (text) => {
    expect(foundOfType(text, 'ID_NUMBER')).toEqual([]);
  });

  it('leaves a hash on a line with a Twilio SID alone', () => {
    expect(foundOfType('AccountSid=AC4e1f0c9b2a7d6e5f8a3b2c1d0e9f8a7b MessageSid=SM12 md5=9c2b7e4f1a6d3c8b5e2f7a4d1c6b9e3f', 'SECRET')).toEqual(['AC4e1f0c9b2a7d6e5f8a3b2c1d0e9f8a7b']);
  });

  // Luhn-valid numbers outside the card networks the guard knows by their ranges (an Elo range, 636297…, is one since the thirtieth round).
  it('makes no cards of ids under a payload or a transaction', () => {
    expect(foundOfType('why does the payload have duplicate ids?\n7012345678901232\n9792000123456785', 'CREDIT_CARD')).toEqual([]);
  });

  it('reads a card brand after a card row as no name', () => {
    expect(foundOfType('mask these cards before sending:\nRafaela Souza;4111 1111 1111 1111;elo\nEmre Kaya;4012 8888 8888 1881;troy', 'PERSON')).toEqual(['Rafaela Souza', 'Emre Kaya']);
  });
});
