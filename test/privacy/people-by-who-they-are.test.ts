import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * A name said with a family ("Ngozi and family", "Tomasz + kids") or followed at once by what she or he was
 * ("Gift Banda, she was our receptionist"): things have neither.
 */
describe('PERSON: a name with a family, or described as she or he', () => {
  it.each([
    ['visa letters for Ngozi and family, they fly on the 3rd', 'Ngozi'],
    ['relocation budget for Adaeze + kids is approved', 'Adaeze'],
    ['write a reference for Gift Banda, she was our receptionist for 3 yrs', 'Gift Banda'],
    ['leaving card for Lwazi Dube, he joined in 2016', 'Lwazi Dube'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves products, teams and places described the same way', () => {
    for (const text of ['pricing for Office and family plans', 'the Customer Success team, she said, is hiring', 'notes on Cape Town, he was there in may']) {
      expect(persons(text), text).toEqual([]);
    }
  });
});
