import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const ids = (text: string) => foundOfType(text, 'ID_NUMBER');

/**
 * Tax and residence numbers by the names their countries give them (Ireland's PPSN, Kenya's KRA PIN, the UK's
 * UTR, New Zealand's IRD number, Germany's Steuer-ID, a residence card or work permit), and the short numbers
 * an employer gives its staff ("emp id 4471").
 */
describe('ID_NUMBER: numbers by more of their names', () => {
  it.each([
    ['payroll for Dearbhla: PPSN 1234567FA, start date 1 march', '1234567FA'],
    ['kenyan contractor onboarding, KRA PIN P051234567Q and bank details to follow', 'P051234567Q'],
    ['self assessment question, my UTR is 1234567890, where do i enter it', '1234567890'],
    ['nz payroll needs the IRD number 049-091-850 before the first pay run', '049-091-850'],
    ['residence card no. ZC7712904 expires in june, what does HR need', 'ZC7712904'],
    ['work permit number WP-2231-8870 for the Dubai hire', 'WP-2231-8870'],
    ['mfa reset request: emp id 4471, she lost her phone', '4471'],
    ['STAFF NO: 20931\nLEAVE TYPE: SICK', '20931'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('leaves short numbers after other ids alone', () => {
    expect(ids('ticket id 4471 is a duplicate of 4470')).toEqual([]);
    expect(ids('the pin is on page 12 of the deck')).toEqual([]);
  });
});
