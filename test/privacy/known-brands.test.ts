import { describe, expect, it } from 'vitest';
import { brandNamesSource } from '../../scripts/data/brand-names.ts';
import { readFileSync } from 'node:fs';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('PERSON: a name inside a brand’s name is the brand', () => {
  it.each([
    'tim hortons vouchers for the canada team',
    "Victoria's Secret or Sephora gift cards for the raffle?",
    "Trader Joe's run for the offsite snacks, who's going",
    'Calvin Klein and Hugo Boss both declined the uniform tender',
  ])('stays in the message: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each([
    // What a shop, a label or a drink is bought as, right after a brand named like a person.
    ['Paul Smith outlet near the office has 40% off', []],
    ['Calvin Klein samples arrived for the merch table', []],
    ['Ted Baker sent the signed invoice back', ['Ted Baker']],
    // A noun that is a verb too is what people do: "shares", "shops".
    ['Paul Smith shares the deck with the client tomorrow', ['Paul Smith']],
  ])('reads %j by what follows the brand', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it('keeps the person who shares a brand’s name', () => {
    expect(persons('ask Paul Smith from procurement to approve it')).toEqual(['Paul Smith']);
    expect(persons('Calvin Klein is out sick today so the review moves')).toEqual(['Calvin Klein']);
    expect(persons('wendy’s laptop died, can IT lend her one')).toEqual(['wendy']);
    expect(persons("Henry's glasses are on my desk")).toEqual(['Henry']);
    expect(persons("Jack Daniel's report is late again")).toEqual(['Jack Daniel']);
    expect(persons("Carter's offer letter is ready")).toEqual(['Carter']);
    expect(persons('minutes: Peter Millar, Roger Platt, Sue Ryder attended')).toEqual(['Peter Millar', 'Roger Platt', 'Sue Ryder']);
    expect(persons('Molly Maid is late again, she texted')).toEqual(['Molly Maid']);
    expect(persons('Wendy’s on leave till monday')).toEqual(['Wendy']);
    expect(persons('thanks Edward Jones for the deck')).toEqual(['Edward Jones']);
    expect(persons('send the receipts to Paul Smith by friday')).toEqual(['Paul Smith']);
    expect(persons("I'm having dinner with Fannie Mae on Saturday")).toEqual(['Fannie Mae']);
    expect(persons('calvin klein from procurement wants the receipts by friday')).toEqual(['calvin klein']);
    expect(persons('Charles Schwab (the new grad, not the broker) needs a badge')).toEqual(['Charles Schwab']);
  });

  it('does not take a lone given name for the brand that bears it', () => {
    expect(persons('George approved the budget yesterday')).toEqual(['George']);
    expect(persons('can Alice check the rota')).toEqual(['Alice']);
  });
});

describe('PERSON: two names joined by "&" after a determiner, one of them no listed name, are a firm', () => {
  it('stays in the message when one of them is no name the names list holds', () => {
    expect(persons('our Fortnum & Mason order is late again')).toEqual([]);
  });

  it('keeps colleagues joined the same way', () => {
    expect(persons('Rahul & Sneha need access to the billing dashboard')).toEqual(['Rahul', 'Sneha']);
    expect(persons('sync w/ Thandiwe + Lerato at 3')).toEqual(['Thandiwe', 'Lerato']);
    expect(persons('pls update the Sneha + Arjun handover doc')).toEqual(['Sneha', 'Arjun']);
    expect(persons('the Kowalski & Nowak review is tomorrow')).toEqual(['Kowalski', 'Nowak']);
  });
});

describe('brand-names-data.ts', () => {
  it('is what the pinned name-suggestion-index gives (npm run data:brand-names)', () => {
    const committed = readFileSync(new URL('../../src/router/privacy/brand-names-data.ts', import.meta.url), 'utf8');
    expect(committed === brandNamesSource()).toBe(true);
  });
});

describe('PERSON: brands written in full beside each other, named like people', () => {
  // About 150 brands are a first name and a surname, and most surnames are some firm's: two colleagues may bear
  // two of them, so a list of such brands stays people — privacy fails closed ("Goldman Sachs and Morgan Stanley" too).
  it.each([
    'David Jones and Robert Harris',
    'reviewers: Peter Alexander, Paul Smith',
    'oncall this week is Oliver Grant or Fraser Hart',
    'thanks Paul Smith and John Lewis for reviewing the lease',
    'Lee Cooper and Perry Ellis can sign off the budget',
  ])('stays people: %s', (text) => {
    expect(persons(text)).toHaveLength(2);
  });
});
