/**
 * Addresses whose street type follows the name and whose door is a "No" (Turkey: the quarter, "Mah.",
 * the street with "Cad."/"Sok."/"Blv.", then "No:12 D:3" and "district/city"); the unit line that
 * opens a British label ("BASEMENT FLAT", "Ground Floor Flat"); and the district and town parts written
 * in lower case between an address and the town it ends in. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const addresses = (text: string) => foundOfType(text, 'ADDRESS');

describe('ADDRESS: the street type after the name, then "No"', () => {
  it.each([
    ['courier says wrong addr: Cumhuriyet Mah. Halaskargazi Cad. No:145/3 Şişli/İstanbul — write a complaint', 'Cumhuriyet Mah. Halaskargazi Cad. No:145/3 Şişli/İstanbul'],
    ['send the contract to Kızılay Mh. Atatürk Blv. No 112 D:4, 06420 Çankaya/Ankara pls', 'Kızılay Mh. Atatürk Blv. No 112 D:4, 06420 Çankaya/Ankara'],
    ['my landlord is at mimar sinan mah. 1453 sok. no:12 daire 3 bornova/izmir, need it in a letter', 'mimar sinan mah. 1453 sok. no:12 daire 3 bornova/izmir'],
    ['ofis: Esentepe Mahallesi, Büyükdere Caddesi No: 199, 34394 Şişli/İstanbul', 'Esentepe Mahallesi, Büyükdere Caddesi No: 199, 34394 Şişli/İstanbul'],
    ['iade adresi Gazi Osman Paşa Sk. No.7 Kat 2 — can u translate the return note', 'Gazi Osman Paşa Sk. No.7 Kat 2'],
  ])('%j', (text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it.each([
    'burn the cd no 2 of the album again',
    'the sk 3 model is out of stock, can u reword the notice',
    'press the cad no 5 button in the viewer then export',
    'Mah. 5 is a chapter of the book we discussed',
  ])('leaves a type word with no street name before it alone: %j', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('ADDRESS: the unit line above a British street line', () => {
  it.each([
    ['label:\nMS A OKAFOR\nBASEMENT FLAT\n41 ALDRIDGE ROAD VILLAS\nLONDON\nW11 1BL', 'BASEMENT FLAT\n41 ALDRIDGE ROAD VILLAS\nLONDON\nW11 1BL'],
    ['is this right?\nGround Floor Flat\n8 Clarendon Road\nLeeds LS2 9NN', 'Ground Floor Flat\n8 Clarendon Road\nLeeds LS2 9NN'],
  ])('%j', (text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('does not take a heading line above an address', () => {
    expect(addresses('Notes\nFLAT RATE\n8 Clarendon Road\nLeeds LS2 9NN')).toEqual(['8 Clarendon Road\nLeeds LS2 9NN']);
  });
});

describe('ADDRESS: lower-case districts between the street and the town', () => {
  it.each([
    ['pls courier it to 12 mirza ghalib st, gulberg, lahore, pakistan before friday', '12 mirza ghalib st, gulberg, lahore, pakistan'],
    ['her flat is 5 koinange st, upper hill, nairobi so the rider should call first', '5 koinange st, upper hill, nairobi'],
    ['home addr 88 adeola odeku street, victoria island, lagos. write the visa letter', '88 adeola odeku street, victoria island, lagos'],
  ])('%j', (text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('stops at a clause that does not end in a town', () => {
    expect(addresses('ship to 12 mirza ghalib st, thanks a lot, lahore team will pay')).toEqual(['12 mirza ghalib st']);
    expect(addresses('ship to 12 mirza ghalib st, asap, he is waiting')).toEqual(['12 mirza ghalib st']);
  });
});

describe('ADDRESS: Iberian and Brazilian forms', () => {
  it.each([
    ['el inquilino vive en C/ de Toledo 72, 3º dcha, 28005 Madrid, revisa la carta', 'C/ de Toledo 72, 3º dcha, 28005 Madrid'],
    ['el piso está en C/ Mayor 5, 3º izq. ¿es correcto?', 'C/ Mayor 5, 3º izq.'],
    ['morada fiscal: Rua do Almada 210 1º esq, 4050-032 Porto', 'Rua do Almada 210 1º esq, 4050-032 Porto'],
    ['amanhã entrega na Av. Rebouças, 3970 - apto 81 - Pinheiros, São Paulo - SP, 05402-600', 'Av. Rebouças, 3970 - apto 81 - Pinheiros, São Paulo - SP, 05402-600'],
  ])('%j', (text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('ends the address at a dash that opens a sentence', () => {
    expect(addresses('send it to Av. Rebouças, 3970, São Paulo - see you there')).toEqual(['Av. Rebouças, 3970, São Paulo']);
  });
});
