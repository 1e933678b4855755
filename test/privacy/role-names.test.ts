/** A role written as a label before a person: "manager: glen m.", "First aider: Ngozi", "HM Orlaith". */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const people = (text: string): string[] => foundOfType(text, 'PERSON');

describe('PERSON: the name a role label introduces', () => {
  it.each([
    ['phased return agreed. manager: dale k.', ['dale k.']],
    ['Fire warden: Tamsin (desk 2.07)', ['Tamsin']],
    ['loop for the SRE role: HM Aoibheann, coding round tbd', ['Aoibheann']],
  ])('finds the person in %j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each(['the primary key is wrong and lead time is 3 days', 'on-call handovers moved to tuesdays', 'on-call: Monday', 'backup job failed again'])('leaves %j alone', (text) => {
    expect(people(text)).toEqual([]);
  });
});
