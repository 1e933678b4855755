import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('PERSON: a signature closing a quoted message', () => {
  it.each([
    ["rewrite this out-of-office: 'back on the 14th, urgent things to the desk. — Dinara'", 'Dinara'],
    ['can u make this friendlier: "pls stop booking room 4 without asking — Kwabena" thx', 'Kwabena'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves a dash before a thing in a quote alone', () => {
    expect(persons('the banner says "sale ends friday — Lagos"')).toEqual([]);
  });
});

describe('PERSON: a dash before a product in a list is no signature', () => {
  it('leaves "Item 2 - Hilti TE 30 hammer" alone', () => {
    expect(persons('from the quote:\nItem 1 - Makita DHP drill x 2\nItem 2 - Hilti TE 30 hammer x 1')).toEqual([]);
  });
});
