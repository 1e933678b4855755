import { describe, expect, it } from 'vitest';
import { found, foundOfType } from './helpers.ts';

describe('CREDIT_CARD', () => {
  it.each([
    ['4111 1111 1111 1111', 'Visa'],
    ['5500-0000-0000-0004', 'Mastercard'],
    ['3782 822463 10005', 'American Express'],
    ['6011111111111117', 'Discover'],
    ['2223 0000 4840 0011', 'Mastercard 2-series'],
  ])('finds %s (%s)', (card) => {
    expect(found(`my card is ${card}, exp 12/27`)).toEqual([`CREDIT_CARD:${card}`]);
  });

  it('rejects Luhn-invalid numbers and unknown issuer prefixes', () => {
    expect(foundOfType('card 4111 1111 1111 1112', 'CREDIT_CARD')).toEqual([]);
    // Luhn-valid, but no network issues cards starting with 1.
    expect(foundOfType('ref 1000 0000 0000 0008', 'CREDIT_CARD')).toEqual([]);
  });

  it('keeps a following number group out of the card span', () => {
    expect(foundOfType('4111 1111 1111 1111 2027', 'CREDIT_CARD')).toEqual(['4111 1111 1111 1111']);
  });

  it('does not read order ids, git SHAs or timestamps as cards', () => {
    const text = 'ORD-2024-118877 at 2026-11-25T10:15:30Z, commit 4111111111111111abc0d1e2f3a4b5c6d7e8f9a0';
    expect(foundOfType(text, 'CREDIT_CARD')).toEqual([]);
  });
});

describe('IBAN', () => {
  it.each(['DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'FR14 2004 1010 0505 0001 3M02 606', 'NL91ABNA0417164300'])(
    'finds %s',
    (iban) => {
      expect(found(`IBAN: ${iban} please`)).toEqual([`IBAN:${iban}`]);
    },
  );

  it('rejects a wrong checksum and a wrong country length', () => {
    expect(foundOfType('DE89 3704 0044 0532 0130 01', 'IBAN')).toEqual([]);
    expect(foundOfType('DE89 3704 0044 0532 0130', 'IBAN')).toEqual([]);
  });

  it('stops at the country length even when a word follows without punctuation', () => {
    expect(foundOfType('send to DE89370400440532013000 FOR the invoice', 'IBAN')).toEqual(['DE89370400440532013000']);
  });
});

describe('US_SSN', () => {
  it('finds the dashed form without context', () => {
    expect(found('his number is 123-45-6789.')).toEqual(['US_SSN:123-45-6789']);
  });

  it('needs an SSN word for the undashed and spaced forms', () => {
    expect(foundOfType('SSN 123456789', 'US_SSN')).toEqual(['123456789']);
    expect(foundOfType('social security: 123 45 6789', 'US_SSN')).toEqual(['123 45 6789']);
    expect(foundOfType('order 123456789 shipped', 'US_SSN')).toEqual([]);
  });

  it.each(['000-12-3456', '666-12-3456', '912-12-3456', '123-00-4567', '123-45-0000', '078-05-1120'])('rejects invalid %s', (ssn) => {
    expect(foundOfType(`ssn ${ssn}`, 'US_SSN')).toEqual([]);
  });

  it('rejects mixed separators', () => {
    expect(foundOfType('ssn 123-45 6789', 'US_SSN')).toEqual([]);
  });
});

/**
 * Card numbers pasted as rows of a file, below an ask that says they are cards ("mask the card numbers in this
 * export: …"): the ask is the payment context of every row, however far below it the row is. Only rows count — a
 * number alone on its line or between a row's separators — so a card word in the ask does not make any long
 * Luhn-valid number in prose a card. Written before the rule (Elo, Troy and Verve numbers fall outside the
 * issuer table).
 */
describe('CREDIT_CARD: the rows of a file the ask says holds cards', () => {
  const rows = [
    'the agency wants a csv with card numbers masked except the last four. can u write the node script? it has to keep the bars. paste from the export:',
    '',
    'Beatriz Lima | 2021-03-14 | 6362 9712 3456 7890',
    'Selin Kaya | 2022-07-01 | 9792 0001 2345 6785',
    'Emeka Nwosu | 2023-11-20 | 5060 9912 3456 7890 129',
    'Aarav Shah | 2024-02-02 | 6500 3198 7654 3212',
  ].join('\n');

  it('finds every card row, whatever the issuer', () => {
    expect(foundOfType(rows, 'CREDIT_CARD')).toEqual(['6362 9712 3456 7890', '9792 0001 2345 6785', '5060 9912 3456 7890 129', '6500 3198 7654 3212']);
  });

  it('leaves a long number in prose alone', () => {
    expect(foundOfType('my card got declined again. the tracking number for the replacement is 9792000123456785, no idea why it takes so long to arrive at the branch office', 'CREDIT_CARD')).toEqual([]);
  });
});
