/**
 * Addresses written as labels, one part per line, of which the street shapes find a line or two: the
 * town, county, postcode, street and house lines around them join the address; a person's line above, a
 * sentence below, a blank line and lines of notes do not. Addresses invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const addresses = (text: string) => foundOfType(text, 'ADDRESS');
const people = (text: string) => foundOfType(text, 'PERSON');

describe('ADDRESS: the lines of a label', () => {
  it('takes the town, county and postcode lines after the street line', () => {
    const text = 'dad\'s new address for the form: 7 hawthorn crescent\nomagh\nco tyrone\nbt79 0aa';
    expect(addresses(text)).toEqual(['7 hawthorn crescent\nomagh\nco tyrone\nbt79 0aa']);
    expect(people(text)).toEqual([]);
  });

  it('takes the house, street and town lines above the postcode, not the person above them', () => {
    const text = 'the return label should say\nMr Gareth Pryce\nBramble Cottage\nChurch Lane\nBeaminster\nDT8 3AB\nthanks!';
    expect(addresses(text)).toEqual(['Bramble Cottage\nChurch Lane\nBeaminster\nDT8 3AB']);
    expect(people(text).some((name) => name.endsWith('Gareth Pryce'))).toBe(true);
  });

  it('stops at a blank line, a sentence, and lines that are no part of an address', () => {
    expect(addresses('Deliver to:\n22 Baker Street\nLondon\nNW1 6XE\n\nThanks\nPriya')).toEqual(['22 Baker Street\nLondon\nNW1 6XE']);
    expect(addresses('standup notes\nRoad map review\nSprint 4 planning')).toEqual([]);
  });
});
