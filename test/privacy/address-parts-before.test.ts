import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';
import { withPartsBefore } from '../../src/router/privacy/address-continuation.ts';
import { redact } from '../../src/router/privacy/index.ts';
import { addressBetween } from '../../src/router/privacy/types.ts';

/** What people write before the part of an address a pass recognises: a flat line, the parts before a designated number, "number" words, particles inside names. */
describe('ADDRESS: the parts written before what a pass recognises', () => {
  it('takes the flat or unit line right above the street line of a label', () => {
    expect(redact('label:\nApt 3C\n218 Thornbury Road\nLeeds LS6 2QE\nthanks').text).toBe('label:\n[ADDRESS]\nthanks');
  });

  it('takes the flat before the house number when a bracket closes earlier on the line', () => {
    expect(redact('signed between the parties ("the Lessees") for Flat 4A, 27 Marlowe Street, Bath BA1 2QT, from 1 May').text).toBe(
      'signed between the parties ("the Lessees") for [ADDRESS], from 1 May',
    );
    expect(redact('tenant (ref 4452) moved to Unit 9, 3 Quay Lane, Hull HU1 1DA').text).toBe('tenant (ref 4452) moved to [ADDRESS]');
  });

  it('takes the parts before an address that closes on a town', () => {
    expect(redact('ship to: Flat B-12, Noor Heights, Block 7, Clifton, Karachi pls').text).toContain('ship to: [ADDRESS]');
  });

  it('takes a "number" word before the house number, in other languages too', () => {
    for (const [before, address] of [
      ['it should be ', 'số 25 ngõ 7 phố Hàng Bông, Hoàn Kiếm, Hà Nội'],
      ['send it to ', 'house 14 Ring Road, Osu, Accra'],
    ] as const) {
      const text = `${before}${address}`;
      // What a pass found starts at the second word after the number ("ngõ", "Ring"); the number and its word come before it.
      const found = text.indexOf(address.split(' ')[2]!);
      expect(withPartsBefore(text, addressBetween(text, found, text.length)).value).toBe(address);
    }
  });

  it('takes the small words inside a street name written before the postcode line', () => {
    expect(redact('deliver to 9 Heol y Felin, Caerphilly CF83 3AB tomorrow').text).toBe('deliver to [ADDRESS] tomorrow');
  });

  it('takes the particles of a street name, two together', () => {
    expect(redact('it goes to 3 Calle de la Luna, Gibraltar GX11 1AA on monday').text).toBe('it goes to [ADDRESS] on monday');
  });

  it('leaves a line that only opens with a unit word, and an order number, out of the address', () => {
    expect(redact('Unit tests\n218 Thornbury Road\nLeeds LS6 2QE').text).toBe('Unit tests\n[ADDRESS]');
  });

  it('leaves a unit line that no address follows, and lower-case words before a number, alone', () => {
    expect(redact('Apt 3C\nis still waiting for the plumber').entities).toEqual([]);
    expect(redact('we have no 7 day trial, only 14').entities).toEqual([]);
  });
});

describe('ADDRESS: a named building or a house named with "The" before the street, and Québec unit-civic numbers', () => {
  it.each([
    ['card goes to Willow Lodge care home, 12 Station Road, Hexham NE46 1EZ', 'Willow Lodge care home, 12 Station Road, Hexham NE46 1EZ'],
    ['route stop 3. The Old Forge, Church Lane, Islip OX5 2SB', 'The Old Forge, Church Lane, Islip OX5 2SB'],
    ['ship to The Maltings, 4 Mill Lane, Ely CB7 4BX', 'The Maltings, 4 Mill Lane, Ely CB7 4BX'],
    ['t4 slip: 305-1180 rue Saint-Denis Montréal QC H2X 3J6', '305-1180 rue Saint-Denis Montréal QC H2X 3J6'],
  ])('%j', (text, address) => {
    expect(foundOfType(text, 'ADDRESS')).toContain(address);
  });

  it('leaves a building named in ordinary words out of the address', () => {
    expect(foundOfType('the new care home, 12 Station Road, Hexham NE46 1EZ', 'ADDRESS')).toEqual(['12 Station Road, Hexham NE46 1EZ']);
  });
});

describe('ADDRESS: a flat or unit and its number open the parts before a street typed in lower case', () => {
  it.each([
    ['door code is on the fridge, the place is apt 4b, sunrise court, 18 marine parade, durban 4001', 'apt 4b, sunrise court, 18 marine parade, durban 4001'],
    ['check-in: unit 3, the moorings, 41 beach rd, ballito 4420', 'unit 3, the moorings, 41 beach rd, ballito 4420'],
  ])('takes the whole address in %j', (text, address) => {
    expect(foundOfType(text, 'ADDRESS')).toEqual([address]);
  });

  it('leaves a count of units before a street', () => {
    expect(foundOfType('we have 3 units, the one on 22 beach rd is free', 'ADDRESS').join(' ')).not.toContain('units');
  });
});
