import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/** Each language's name for nobody in particular, in a message about examples, forms or test data. */
describe('PERSON: placeholder names in examples and test data', () => {
  it.each([
    'the signup form still shows Joe Bloggs as the hint in the name field, change it to something neutral',
    'seed data for the demo tenant: Erika Mustermann and Max Mustermann with two invoices each',
    'the italian template has Mario Rossi as the sample customer, the polish one Jan Kowalski',
    'mock the api response with 山田太郎 as the name so we see the CJK rendering in the screenshot',
    'generate 5 fake rows for the import test like Fulano de Tal, one per country',
  ])('stays in the message: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('masks the same names where nothing says example: they are real people’s names too', () => {
    expect(persons('Juan Pérez from the Lima office asked for his payslip')).toEqual(['Juan Pérez']);
    expect(persons('can you call Jan Kowalski back about the contract renewal')).toEqual(['Jan Kowalski']);
  });
});

describe('PERSON: placeholder names beside an e-mail address or an abbreviation', () => {
  // The dots of an address and of "e.g." end no sentence: the example word after them still counts.
  it.each([
    'the onboarding video shows Max Mustermann, max.mustermann@example.org, as the sample account',
    'seed the staging db with Jan Kowalski (jan.kowalski@example.com) as a fake customer',
    'name field hint: e.g. John Doe',
  ])('leaves the placeholder alone: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('still masks a placeholder name someone bears, after a real sentence end or beside an address at a test domain', () => {
    expect(persons('Jan Kowalski called again. he wants the sample contract by friday')).toContain('Jan Kowalski');
    expect(persons('Jan Kowalski, jan.kowalski@example.com, starts on the infra team monday')).toContain('Jan Kowalski');
  });
});
