/**
 * Families a stranger's probe set found (its sentences are not used here): an id said a few words
 * after its cue ("… for the booking is X…"), address keys with a number or a country's postcode name,
 * the end of a lower-case sentence closing a labelled address, and lower-case phrases shaped like an
 * English street ("3 deploys in a row").
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('an id said in a sentence, a few words after its cue', () => {
  it.each([
    ['the passport number on my booking is K1234567, can you check the form', 'K1234567'],
    ['drivers licence for the rental desk was DL-558812 last time', 'DL-558812'],
    ['her aadhaar on the hr portal is 2345 6789 0123 i think', '2345 6789 0123'],
  ])('%j', (text, expected) => {
    expect(foundOfType(text, 'ID_NUMBER')).toContain(expected);
  });

  it.each([
    'passport renewal for kids is 6 weeks right now',
    'the passport photo for the visa is 35 by 45 mm',
    'licence cost for the team is 1200 per year',
    'passport phone line for the embassy is 0207 946 0000',
  ])('not a number that is no id, nor another field: %j', (text) => {
    expect(foundOfType(text, 'ID_NUMBER')).toEqual([]);
  });
});

describe('address keys with a number, and postcode keys by other names', () => {
  it('JSON keys', () => {
    const text = '{"customer": "x", "street_1": "Block 4, Palm Grove Estate", "address2": "Off Allen Avenue", "pin_code": "600017"}';
    expect(foundOfType(text, 'ADDRESS')).toEqual(expect.arrayContaining(['Block 4, Palm Grove Estate', 'Off Allen Avenue', '600017']));
  });

  it('a CSV header', () => {
    const text = 'name,address1,address2,eircode\nx,12 Harbour View,Ballyvolane,T23 XY12';
    // Neighbouring cells of one type may come back as one span; every cell is inside one.
    const spans = foundOfType(text, 'ADDRESS');
    for (const cell of ['12 Harbour View', 'Ballyvolane', 'T23 XY12']) expect(spans.some((span) => span.includes(cell))).toBe(true);
  });
});

describe('a labelled address ends where a lower-case sentence ends', () => {
  it.each([
    ['her address is 77 w grand ave chicago 60654. she wants the refund sent there', '77 w grand ave chicago 60654'],
    ['shipping address: 9 elm court, leeds ls6 2ab. courier came twice already', '9 elm court, leeds ls6 2ab'],
  ])('after a number or a whole word: %j', (text, expected) => {
    expect(foundOfType(text, 'ADDRESS')).toEqual([expected]);
  });

  it('not at the abbreviations inside it', () => {
    expect(foundOfType('address: 12 n. main st. apt 4, dayton 45402. call first', 'ADDRESS')).toEqual(['12 n. main st. apt 4, dayton 45402']);
  });
});

describe('a lower-case phrase shaped like an English street is not one', () => {
  it.each([
    'sent the email already: we shipped 2 releases in a row without a rollback',
    'ship it when 3 orders on the way to the depot are in',
    'mail me if 4 builds in the queue fail',
  ])('%j', (text) => {
    expect(foundOfType(text, 'ADDRESS')).toEqual([]);
  });

  it('a lower-case street with a cue is still one', () => {
    expect(foundOfType('pls ship to 48 maple ave, springfield il 62704 by friday', 'ADDRESS')).toEqual(['48 maple ave, springfield il 62704']);
  });
});

describe('a lower-case street named after a person or a town', () => {
  it.each([
    ['the rider is lost again, its 14 obafemi awolowo way near the mall', '14 obafemi awolowo way'],
    ['office moved to 8 kwame nkrumah rd last week', '8 kwame nkrumah rd'],
  ])('%j', (text, expected) => {
    expect(foundOfType(text, 'ADDRESS')).toEqual([expected]);
  });

  it.each(['meet at 4 grafana way after standup', 'its a 5 min walk from the station', 'we did 3 sprints in a row'])('not jargon, a measure or a phrase: %j', (text) => {
    expect(foundOfType(text, 'ADDRESS')).toEqual([]);
  });
});

describe('a name label with its document, the next field on the same line', () => {
  it.each([
    ['name as on passport: OKAFOR CHIDI EMEKA, dob 12/03/1990', 'OKAFOR CHIDI EMEKA'],
    ['Name on the booking: Hana Novak; email hana@example.org', 'Hana Novak'],
    ['legal name: WEI ZHANG, nationality CN', 'WEI ZHANG'],
    // An English word as the given name ("CAN") is taken only because the label says name: the rule this block is for.
    ['name as in passport: KAYA CAN, dob 02/03/1991', 'KAYA CAN'],
  ])('%j', (text, expected) => {
    expect(foundOfType(text, 'PERSON')).toContain(expected);
  });

  it('not a lower-case value that is no name', () => {
    expect(foundOfType('name: sales team, email list is below', 'PERSON')).toEqual([]);
  });
});

describe('what the new rules must not lose (a review of them)', () => {
  it.each([
    ['please ship it to 14 the crescent tomorrow', '14 the crescent'],
    ['moved to 12 church of england road last week', '12 church of england road'],
  ])('a lower-case street after a cue, a grammar word leading its name or "of" inside it: %j', (text, expected) => {
    expect(foundOfType(text, 'ADDRESS')).toEqual([expected]);
  });

  it('an address label runs on past full stops that only separate its parts', () => {
    expect(foundOfType('home address: 5 calle mayor. piso 3. madrid 28013', 'ADDRESS')).toEqual(['5 calle mayor. piso 3. madrid 28013']);
  });

  it('the whole id, when the words before it are read first', () => {
    expect(foundOfType('passport no. for the booking is X4829173B', 'ID_NUMBER')).toEqual(['X4829173B']);
  });
});

describe('a town or country typed in lower case after an address', () => {
  it.each([
    ['ship to 48 maple ave, springfield, usa asap', '48 maple ave, springfield, usa'],
    ['deliver to 12 Baker Street, london, then call', '12 Baker Street, london'],
  ])('%j', (text, expected) => {
    expect(foundOfType(text, 'ADDRESS')).toEqual([expected]);
  });
});

describe("an address label in the address's own language, the address typed in lower case", () => {
  it.each([
    ['nuovo indirizzo: via carlo alberto 33, int. 2, 10123 torino TO', 'via carlo alberto 33, int. 2, 10123 torino TO'],
    ['adres klienta: ul. długa 7 m. 2, gdańsk - pilne', 'ul. długa 7 m. 2, gdańsk'],
    ['dirección de envío: los aromos 845 depto 12, ñuñoa, santiago', 'los aromos 845 depto 12, ñuñoa, santiago'],
    ['nieuw adres: keizerstraat 12 boven, 2011 ab haarlem', 'keizerstraat 12 boven, 2011 ab haarlem'],
  ])('%j', (text, expected) => {
    // The value runs to the end of its line; a closing word ("grazie", "- pilne") may go with it.
    const spans = foundOfType(text, 'ADDRESS');
    expect(spans).toHaveLength(1);
    expect(spans[0]).toContain(expected);
  });

  it.each(['la dirección IP es 10.0.0.4', 'adres e-mail: jan@example.pl', 'die Adresse ist auf der Rechnung'])('not another kind of address, nor a sentence without one: %j', (text) => {
    expect(foundOfType(text, 'ADDRESS')).toEqual([]);
  });
});
