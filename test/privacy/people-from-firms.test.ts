import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const persons = (text: string) => foundOfType(text, 'PERSON');

/**
 * "Tunde from Paystack called about the invoice": the one who called is the name before "from", and the firm after
 * it is where they work. A name no list holds is still the caller; the firm is left as it is.
 */
describe('PERSON: someone from a firm doing something', () => {
  it.each([
    ['Oyelaran from Flutterwave emailed twice about the refund', 'Oyelaran'],
    ['Yerlan from Kaspi called, wants the contract by friday', 'Yerlan'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('keeps a firm written like a name masked when nobody stands before "from"', () => {
    expect(persons('a message from Kaspi says the contract is late')).toEqual(['Kaspi']);
  });
});
