import { describe, expect, it } from 'vitest';
import { detectAddresses } from '../../src/router/privacy/detect-address.ts';

/**
 * Continental street names end at the house number ("Lindenweg 12", "Via Roma 10"). A plain-string check
 * decides whether the street-name pattern runs at all, so every ending and every leading word it lists
 * must still be found, in both spellings of the ending's first letter.
 */
const ENDINGS = ['straße', 'strasse', 'str.', 'weg', 'gasse', 'platz', 'allee', 'ring', 'damm', 'ufer', 'chaussee', 'steig', 'pfad', 'hof', 'markt', 'berg', 'garten', 'feld', 'stieg', 'wall', 'graben', 'tor', 'brücke'];
const LEADING_WORDS = ['Am', 'An der', 'An den', 'Auf dem', 'Auf der', 'Im', 'In der', 'In den', 'Zum', 'Zur', 'Ober dem', 'Unter den', 'Hinter der', 'Vor dem', 'Bei der', 'Via', 'Viale', 'Piazza', 'Corso', 'Calle', 'Avenida', 'Rua', 'Travessa', 'Plaza', 'Paseo', 'Carrer', 'Ulica', 'ul.', 'Straat', 'Laan', 'Gracht', 'Plein', 'Sokak', 'Caddesi'];

function addressesIn(text: string): string[] {
  return detectAddresses(text).map((address) => address.value);
}

describe('ADDRESS: continental street names before the house number', () => {
  it.each(ENDINGS)('finds a street ending in "%s", either case', (ending) => {
    expect(addressesIn(`bitte an Linden${ending} 12 schicken`)).toEqual([`Linden${ending} 12`]);
    const capitalised = ending[0]!.toUpperCase() + ending.slice(1);
    expect(addressesIn(`bitte an Kaiser-${capitalised} 12 schicken`)).toEqual([`Kaiser-${capitalised} 12`]);
  });

  it.each(LEADING_WORDS)('finds a street led by "%s"', (word) => {
    expect(addressesIn(`the parcel goes to ${word} Roma 58 tomorrow`)).toEqual([`${word} Roma 58`]);
  });

  it('leaves a capitalised word before a number alone when nothing makes it a street', () => {
    expect(addressesIn('Order Priority 12 shipped, Sprint Review 3 moved')).toEqual([]);
  });
});
