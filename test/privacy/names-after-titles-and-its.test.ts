/**
 * Names that the guard found and then dropped, or cut short: after "its" (chat's "it's"), which was read
 * as a possessive introducing a thing; after a title written with a dot ("dhr.", "Mr."), where the dot was
 * read as a sentence's end and the particle after the given name as a noun; particles between a title and
 * the surname ("Mr. van der Berg"), where the title itself was taken for the name. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const people = (text: string) => foundOfType(text, 'PERSON');

describe('PERSON: a name after "its"', () => {
  it.each([
    ['[09:12] caller: hi its Nomvula Khumalo, the app charged me twice', ['Nomvula Khumalo']],
    ['its Wanjiru from payroll, can u check my slip', ['Wanjiru']],
  ])('%j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('still reads a possessive before a named thing', () => {
    expect(people('the vendor moved its Zeta Prime dashboard behind sso')).toEqual([]);
  });
});

describe('PERSON: after a title with a dot, and particles after a title', () => {
  it.each([
    ["notitie: dhr. Joost van 't Veld belde, wil een betalingsregeling", "Joost van 't Veld"],
    ['Dear Mr. van der Linden, your refund is on its way', 'van der Linden'],
    ['reply to mevr. de Graaf about the deposit', 'de Graaf'],
  ])('%j', (text, expected) => {
    // The whole name is in one span; whether the title goes with it depends on which pass found it first.
    expect(people(text).some((name) => name.endsWith(expected))).toBe(true);
  });

  it('does not take the title for the name', () => {
    expect(people('Dear Mr. van der Linden, your refund is on its way').some((name) => /^mr\.?$/i.test(name))).toBe(false);
  });
});

describe('PERSON: a surname in capitals before given names in title case', () => {
  it.each([
    ['boarding list:\nTANAKA Yui\tseat 14C\nWATANABE Sora\tseat 14D', ['TANAKA Yui', 'WATANABE Sora']],
    ['the visa form reads TRAN Thi Ngoc Anh, is the order right?', ['TRAN Thi Ngoc Anh']],
    ['passenger NOWAKOWSKA Zofia missed the connection', ['NOWAKOWSKA Zofia']],
  ])('%j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('leaves log levels and acronyms before capitalised words alone', () => {
    expect(people('ERROR Something failed in WARN Retry mode')).toEqual([]);
    expect(people('AWS Lambda timed out, GCP Console shows nothing')).toEqual([]);
  });
});

describe('PERSON: a title stands on its name\'s line, and "ms" after a figure is milliseconds', () => {
  it('finds no Ms. Time in a query plan', () => {
    const plan = 'why is this slow\nSeq Scan on orders  (actual time=0.04..2841.3 rows=1190 loops=1)\nPlanning Time: 0.181 ms\nExecution Time: 2841.522 ms';
    expect(people(plan)).toEqual([]);
    expect(people('p99 went from 80 ms\nCheckout Service is the culprit')).toEqual([]);
  });

  it.each([
    ['ask ms okonkwo to countersign the lease', 'okonkwo'],
    ['Ms Okonkwo signed it yesterday', 'Okonkwo'],
    ['Dear Mr.\nSmith, your refund is on its way', 'Smith'],
  ])('still reads a title before a name on its line, or a greeting across it: %j', (text, name) => {
    expect(people(text).some((found) => found.includes(name))).toBe(true);
  });
});

describe('PERSON: a surname after a rank or an office, capitalised as a title', () => {
  it.each([
    ['Detective Marsh asked for the door logs', 'Marsh'],
    ['Rabbi Stone will open the event', 'Stone'],
  ])('masks the surname, a word too: %s', (text, name) => {
    expect(foundOfType(text, 'PERSON').join(' ')).toContain(name);
  });

  it.each(['Officer Induction is on tuesday', 'our data protection officer Training module is due', 'General Motors and Major League Baseball'])(
    'leaves a programme, a post or a firm alone: %s',
    (text) => {
      expect(foundOfType(text, 'PERSON')).toEqual([]);
    },
  );
});
