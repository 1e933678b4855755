import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

describe('PERSON: a verb whose past is its plain form is a verb after a name', () => {
  it.each([
    ['Kwabena put the hotel on his own card, can finance refund him', 'Kwabena'],
    ['Ifeoma set the date for the offsite, 14 march', 'Ifeoma'],
    ['Tomasz cut the vendor budget by 10% without asking anyone', 'Tomasz'],
  ])('masks the doer: %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves a tool doing the same', () => {
    expect(persons('Docker set the flag wrong again, rebuild the image')).toEqual([]);
  });
});

describe('PERSON: a word joined to "is"/"has" and referred to later as he or she', () => {
  it.each([
    ["Summer's leaving for Lisbon on the 4th, her handover doc is in the drive", 'Summer'],
    ["jasper's been picked for the hackathon jury, he says hi", 'jasper'],
    ["ruby's moving to the berlin team next month, her last standup is friday", 'ruby'],
  ])('masks the person: %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves a thing referred to as "it"', () => {
    expect(persons("Summer's coming early this year, it was 30 degrees on monday")).toEqual([]);
  });
});
