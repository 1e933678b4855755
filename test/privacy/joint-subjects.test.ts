import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * "Sage and I will pair on it", "oyelaran and i are covering support": only a person shares a subject with "I".
 * Not a team, a department or someone's relative ("legal and I", "my wife and I", "the team and I").
 */
describe('PERSON: a name sharing a subject with "I"', () => {
  it.each([
    ['Sage and I will pair on the flaky test tomorrow', 'Sage'],
    ['oyelaran and i are covering support this weekend', 'oyelaran'],
    ['ok so hunter and i will take the postmortem', 'hunter'],
    ['Temitope and I reviewed the contract, two issues', 'Temitope'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves teams, relatives and pronouns sharing it', () => {
    for (const text of ['legal and I will review the NDA', 'my wife and I are off next week', 'the team and I agreed to slip', 'you and I should sync', 'Finance and I will close the books']) {
      expect(persons(text), text).toEqual([]);
    }
  });
});
