import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/** Who a word for a person stands for, named in brackets after it: "the new guy (Kenji)", "witness (Olena K.)". */
describe('PERSON: a name in brackets after a word for a person', () => {
  it.each([
    ['can someone onboard the new guy (Teodoro) on the billing repo', 'Teodoro'],
    ['the complainant (Marisol V.) asked for the case to be moved', 'Marisol V.'],
    ['second witness (Dae-jung Oh) confirms the timeline', 'Dae-jung Oh'],
    ['account locked for user m.abebe (Meron), she is travelling', 'Meron'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('leaves a bracket after a login that is no name', () => {
    expect(persons('user svc.deploy (CI) failed to push the image')).toEqual([]);
  });
});
