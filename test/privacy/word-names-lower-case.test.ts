import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * Given names that are also English words, typed in lower case, where English grammar leaves only the
 * person: a modal verb cannot take a past tense ("will asked", "may said"), travel and appointments are
 * where people are ("'s on a flight", "'s at the dentist").
 */
describe('PERSON: lower-case word-names that grammar leaves to a person', () => {
  it.each([
    ['may told me the figures were final, can you double check', 'may'],
    ['will replied to the thread already, no need to chase', 'will'],
    ['ok so will said he can cover the late shift', 'will'],
  ])('a modal before a past tense is a name: %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each([
    ['heath’s on the train till noon, ping me instead', 'heath'],
    ['Heath is at the dentist this morning, standup without him', 'Heath'],
  ])('where someone is, and what is theirs: %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves the modal and the brand alone', () => {
    expect(persons('we will asked them twice already, moving on')).toEqual([]);
    expect(persons('the build will be on the train schedule page')).toEqual([]);
    expect(persons('Apple’s new phone launches on friday, expect traffic')).toEqual([]);
  });
});

describe('PERSON: "will" as a given name, an adverb, then a past tense', () => {
  it.each([
    ['the migration PR is ready, Will finally merged the schema part', 'Will'],
    ['so will just approved the hardware order', 'will'],
  ])('is the name: %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each(['we will already know by friday', 'you may already have seen this', 'the job will just failed again lol', 'May already passed and we still have not shipped'])('stays a modal or a month: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
