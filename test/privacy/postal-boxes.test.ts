/** Postal boxes in the words of the countries that deliver to them, with the town and postcode after them. */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const addresses = (text: string): string[] => foundOfType(text, 'ADDRESS');

describe('ADDRESS: postal boxes', () => {
  it.each([
    ['no comma before the town', 'invoice header should read: Acacia Traders, P.O. Box 5120 Mombasa', 'P.O. Box 5120 Mombasa'],
    ['lower case with its postal code', 'pls fix the letterhead, its p.o. box 30197-00100 nairobi not 3019', 'p.o. box 30197-00100 nairobi'],
    ['a German Postfach with a spaced number', 'Rücksendung an Postfach 12 34 56, 70173 Stuttgart bitte', 'Postfach 12 34 56, 70173 Stuttgart'],
    ['a Norwegian box before its district and postcode', 'adresse: Postboks 410 Sentrum, 0103 Oslo', 'Postboks 410 Sentrum, 0103 Oslo'],
    ['a boîte postale as West Africa writes it', 'courrier à envoyer au BP 2210 Abidjan', 'BP 2210 Abidjan'],
    ['a South African private bag', 'ship the docs to Private Bag X828, Pretoria 0001', 'Private Bag X828, Pretoria 0001'],
  ])('finds %s', (_, text, box) => {
    expect(addresses(text)).toEqual([box]);
  });

  it.each([
    'my BP was 120 over 80 this morning',
    'BP 2 and Shell 3 on the energy slide',
    'inbox 33 unread, sandbox 3 is down, dropbox 2 tb plan',
    'the xbox 360 in the lounge is broken',
  ])('leaves %j alone', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
