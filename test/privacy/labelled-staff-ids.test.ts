import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

/** Numbers an employer or clinic gives a person, written with a letter prefix after their label. */
describe('ID_NUMBER: labelled staff and record ids with a prefix', () => {
  it('keeps the letter prefix joined to the digits', () => {
    expect(foundOfType('overtime for Dana Kell, employee no. HR-330912, is missing', 'ID_NUMBER')).toEqual(['HR-330912']);
    expect(foundOfType('his badge # KX-90211 stopped opening the lab door', 'ID_NUMBER')).toEqual(['KX-90211']);
    expect(foundOfType('staff id: ENG/004521 needs a new laptop', 'ID_NUMBER')).toEqual(['ENG/004521']);
    expect(foundOfType('merge the chart under record no. MRN-7781204 please', 'ID_NUMBER')).toEqual(['MRN-7781204']);
  });

  it('does not take a spaced word before the number as a prefix', () => {
    expect(foundOfType('patient id is 55120934 per the intake form', 'ID_NUMBER')).toEqual(['55120934']);
  });

  it('leaves prefixed codes without a personal label alone', () => {
    expect(foundOfType('ticket OPS-004817 is blocked on review', 'ID_NUMBER')).toEqual([]);
  });
});

/** "emp" and "employee" right before the number name a staff number as "emp no." does: "(emp 10562)", "employee 4471". Written before the rule. */
describe('ID_NUMBER: a staff number right after "emp" or "employee"', () => {
  it.each([
    ['the overtime claim for Jonas Brandt, emp 20931, never reached payroll', '20931'],
    ['employee 44718 has two payslips for june, one is wrong', '44718'],
    ['emp #30012 is on leave until the 14th', '30012'],
  ])('%j', (text, id) => {
    expect(foundOfType(text, 'ID_NUMBER')).toEqual([id]);
    expect(foundOfType(text, 'PERSON')).not.toContain('emp');
  });

  it('leaves an electromagnetic pulse and an employee count alone', () => {
    expect(foundOfType('the EMP 2000 test rig is booked', 'ID_NUMBER')).toEqual([]);
    expect(foundOfType('we have 250 employees in 3 offices', 'ID_NUMBER')).toEqual([]);
  });
});
