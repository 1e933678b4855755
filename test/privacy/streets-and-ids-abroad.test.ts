import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('ADDRESS: the street-type word first, after the number, in more languages', () => {
  it.each([
    ['cuir chuig 3 Sráid an Droichid, Corcaigh é', '3 Sráid an Droichid, Corcaigh'],
    ['adireshi No 7 Titin Bello, Zaria', 'No 7 Titin Bello, Zaria'],
    ['ibgħatha lil 12 Triq il-Kbira, Mosta', '12 Triq il-Kbira, Mosta'],
  ])('finds the address in %j', (text, address) => {
    expect(foundOfType(text, 'ADDRESS')).toEqual([address]);
  });

  it('takes a Hungarian floor and door written in digits after the house number', () => {
    expect(foundOfType('a csomagot a Váci utca 14. 3/2 címre kérem', 'ADDRESS')).toEqual(['Váci utca 14. 3/2']);
  });

  it('leaves a type word that opens no street name', () => {
    expect(foundOfType('we need 10 Jalan tickets for the tour', 'ADDRESS')).toEqual([]);
  });
});

describe('ID_NUMBER: national ids of Nigeria, Azerbaijan and the Balkans by their names', () => {
  it.each([
    ['ma’aikaci: NIN 71829304651, waya a ƙasa', '71829304651'],
    ['verification needs your BVN 22918374650 before payroll', '22918374650'],
    ['Yeni işçi: FİN 7QW2K9P', '7QW2K9P'],
    ['poslao je JMBG: 1203985710028 za ugovor', '1203985710028'],
  ])('finds the id in %j', (text, id) => {
    expect(foundOfType(text, 'ID_NUMBER')).toEqual([id]);
  });
});
