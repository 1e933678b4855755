/** Brands named after people, from the brand list, only where nothing but a brand stands. */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const people = (text: string): string[] => foundOfType(text, 'PERSON');

describe('PERSON: brands named after people are not people', () => {
  it.each([
    ['two parts joined by "&"', 'the client sent a Marks & Spencer hamper, it is in the kitchen'],
    ['a possessive of two words', "the trader joe's delivery for the offsite is short two boxes"],
    ['a possessive before what it sells', "can we do wendy's breakfast for the workshop, 30 people"],
    ['a brand before what it sells', 'are Tommy Hilfiger jackets ok for the uniform budget?'],
  ])('leaves %s alone', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['two listed names side by side', 'cc Paul Smith and John Lewis on the renewal', ['Paul Smith', 'John Lewis']],
    ['a listed name doing what people do', 'John Lewis will review the contract tomorrow', ['John Lewis']],
    ['a lone possessive before what a person has', "Julie's PR is merged, Julie's laptop is next", ['Julie', 'Julie']],
    ['two people joined by "&"', 'Ivana & Chidera are presenting the roadmap', ['Ivana', 'Chidera']],
  ])('keeps the person in %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
