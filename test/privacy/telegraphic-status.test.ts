import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * Standup and status notes drop the verb: "oluwaseun out sick", "bartek ooo til monday", "Hye-jin on leave". Being
 * out sick or on leave is said of people only, with or without "is".
 */
describe('PERSON: a status note without its verb', () => {
  it.each([
    ['standup: backend green, oluwaseun out sick, deploy moved to 3', 'oluwaseun'],
    ['fyi bartek ooo til monday, ping me for the vendor call', 'bartek'],
    ['status - Hye-jin on parental leave from the 12th, cover tbd', 'Hye-jin'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves things that are out or on hold alone', () => {
    expect(persons('standup: staging out of disk again, billing on hold till the audit')).toEqual([]);
  });
});

describe('PERSON: who is on call, off or back, in a status note', () => {
  it.each([
    ['fyi temitope on call this week, page her not me', 'temitope'],
    ['standup: chidinma back tmrw, deploy at 3', 'chidinma'],
    ['reminder that bartosz off today so reviews go to me', 'bartosz'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves systems that are back or off', () => {
    expect(persons('status: staging back tomorrow, cron off today, deploys on hold')).toEqual([]);
  });
});
