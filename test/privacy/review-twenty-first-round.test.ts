/**
 * Faults a fresh-eyes review found in the twenty-first round's rules (brands, joined firms, eponyms sharing a
 * noun, other languages' first names and auxiliaries, Hindi markers, birth words, id labels, contracted
 * verbs), each in the reviewer's own message.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('review, twenty-first round: leaks', () => {
  it.each([
    ['minutes: Peter Millar, Roger Platt, Sue Ryder attended', ['Peter Millar', 'Roger Platt', 'Sue Ryder']],
    ['Sue Ryder will join at 3', ['Sue Ryder']],
    ['update from Wallace Bishop: he approved it', ['Wallace Bishop']],
    ['can we move Wendy’s 1:1', ['Wendy']],
    ["Claire's off today", ['Claire']],
    ['pls update the Sneha + Arjun handover doc', ['Sneha', 'Arjun']],
    ['send it to the Priya & Wei thread', ['Priya', 'Wei']],
    ["i'm doing the sorting algorithm and Omar's is the search one", ['Omar']],
    ["I reviewed the paradox, Aisha's was better", ['Aisha']],
    ['mañana viene Didi con los papeles', ['Didi']],
  ])('masks the people in %j', (text, names) => {
    const found = persons(text).join(' | ');
    for (const name of names) expect(found).toContain(name);
  });

  it('keeps the first of two people joined by "and" after a brand-shaped name', () => {
    expect(persons('Martin Auer and Peter Hahn signed the NDA').join(' | ')).toContain('Martin Auer');
  });

  it('keeps a surname after "ms" that is another language’s grammar word', () => {
    expect(persons('ms sa is out today').join(' ')).toContain('sa');
  });
});

describe('review, twenty-first round: over-masking', () => {
  it.each([
    'toplantı 5 Ekim tarihinde, fatura 15 Kasım',
    'ekim ve kasım arası izindeyim',
    'Zara ya tiene la colección nueva',
    'la reunión es en la Universidad Rey Juan Carlos',
    'el partido en el Estadio Santiago Bernabéu',
    'dhyan se dekho yaar, khushi se bata raha hu',
    'shaam ko meeting hai',
    'sevgi ne demek bilmiyorum ne yazık ki',
    "Georgia's been amazing so far, he loved the wine",
    "Florence's getting crowded, her hotel was full",
  ])('no person in %j', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each(['the new tax regimes apply from 01/04/1994', 'no pagué nada o casi nada, la factura es del 12/03/1994'])('no date of birth in %j', (text) => {
    expect(foundOfType(text, 'DATE_OF_BIRTH')).toEqual([]);
  });

  it.each(["Ayşe'nin sipariş numarası: 48213377", "Türkiye'nin vergi borcu 12500000 TL"])('no id number in %j', (text) => {
    expect(foundOfType(text, 'ID_NUMBER')).toEqual([]);
  });
});
