import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('PERSON: the name written before a personal detail the guard found', () => {
  it.each([
    ['payroll change for Ade Bello (DOB 02/03/1991), effective may', 'Ade Bello'],
    // After a comma and the detail's label, in any language.
    ['Uus kolleeg: Marko Saar, telefon +372 5123 4567', 'Marko Saar'],
    ['Nou angajat: Ioana Dumitrescu, tel. +40 722 481 930, începe luni', 'Ioana Dumitrescu'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('takes no firm or team before its office line for a person', () => {
    expect(persons('Acme Ltd, tel. +44 20 7946 0018, opening hours 9–5')).toEqual([]);
    expect(persons('Support Desk (help@acme.example) answers within a day')).toEqual([]);
  });
});

describe('PERSON: whose birth date it is', () => {
  it('takes the capitalised words before the date and its birth cue, a word-name or one word included', () => {
    expect(persons('Faith was born on 14 June 1992 in Accra, the visa office needs it')).toEqual(['Faith']);
    expect(persons('Tolga (born 02.11.1990) joins the Izmir team')).toEqual(['Tolga']);
    expect(persons('Passenger Hope Okoro, DOB 07/08/1985')).toEqual(['Hope Okoro']);
    expect(persons('the release was born out of a hackathon in 2019')).toEqual([]);
  });
});
