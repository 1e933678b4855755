/** A word-name the next clause calls "she" or "he", or that owns what only people have, is a person; a thing after a determiner, or a group, is not. */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const people = (text: string): string[] => foundOfType(text, 'PERSON');

describe('PERSON: the name a later "she" or "he" refers to', () => {
  it.each([
    ['can you swap with dawn on friday while she is at the offsite?', ['dawn']],
    ['hand the keys to ulrike-tamm, she runs the lab this week', ['ulrike-tamm']],
    ['Chidinma and her team shipped the importer', ['Chidinma']],
  ])('finds the person in %j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    'the price she quoted was too high',
    'the summer, she said, was slow',
    'we moved the release to june, it was too risky before',
    'whoever owns the bucket, he should rotate the key',
    'mark it as done, she asked',
    'bill the client, he agreed',
    'grace period ends today, she confirmed',
  ])('leaves %j alone', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('reads "in" after a verb that brings someone in as no place', () => {
    expect(people('can we loop in okonkwo-bell on the audit thread?')).toEqual(['okonkwo-bell']);
    expect(people('02:40 Ana acks, pulls in Temitope')).toEqual(['Ana', 'Temitope']);
    expect(people('our contractor in Lisbon approved it')).toEqual([]);
  });
});

describe("PERSON: a listed name and what is someone's after \"'s\"", () => {
  it.each([
    ["willow's PR needs a second approval", ['willow']],
    ["Radka's dog ate the badge again", ['Radka']],
    ["june's on parental leave till march", ['june']],
  ])('finds the person in %j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each(["the team's manager books it", "the customer's account is locked", "everyone's calendar is full"])('leaves %j alone', (text) => {
    expect(people(text)).toEqual([]);
  });
});
