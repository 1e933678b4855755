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

/**
 * A number a label calls someone's — "<anything> number", "no.", "#" or "ID" — is an id when it is shaped like one
 * (six digits, or letters and five digits) and the label names no business record: orders, tickets, invoices,
 * parts, cases and versions are numbered too, and are nobody's.
 */
describe('ID_NUMBER: a person’s number by a label no list holds', () => {
  it.each([
    ['insurance claim for the car, policy number HX-4417820, can you draft the cover letter', 'HX-4417820'],
    ['new joiner paperwork: voter card no. ZRT4418207 and a utility bill', 'ZRT4418207'],
    ['his union membership # 88412907 needs to go on the deduction form', '88412907'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('leaves business records alone', () => {
    for (const text of [
      'order number 4481920 shipped yesterday, tracking no. 1Z999AA10123456784',
      'ticket # 20931 and invoice no. INV-2024-0413 are the same issue',
      'model number XPS9310 vs part no. 0KX72H8, which fits',
      'case number 00481234 was escalated, see the incident id INC0045123',
    ]) {
      expect(ids(text), text).toEqual([]);
    }
  });
});
