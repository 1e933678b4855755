import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/** A label that lists people ("owners:", "approvers:", "reviewers:") may list teams: a team is no one. */
describe('PERSON: teams in a list a people label opens', () => {
  it('leaves departments and teams alone', () => {
    for (const text of ['owners: Finance, Legal Ops, Security, Platform Team', 'approvers: Legal, Procurement', 'reviewers: Platform Team, Data Eng']) {
      expect(persons(text), text).toEqual([]);
    }
  });

  it('keeps the people listed beside a team', () => {
    expect(persons('approvers: Legal, Ines Duarte, Security')).toEqual(['Ines Duarte']);
    expect(persons('owners: Finance, kwabena, Aroha Ngata')).toEqual(expect.arrayContaining(['Aroha Ngata']));
  });
});
