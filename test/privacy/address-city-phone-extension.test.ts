import { describe, expect, it } from 'vitest';
import { redact } from '../../src/router/privacy/index.ts';

/** Continental order: street, then postcode, then city — the city is part of the address. */
describe('ADDRESS: the city after a digit postcode', () => {
  it('takes the words closing the clause after the postcode', () => {
    expect(redact('correct one is 14 Rue des Lilas, 69003 Lyon').text).toBe('correct one is [ADDRESS]');
    expect(redact('neue adresse: birkenweg 12a, 04109 leipzig\ndanke').text).toBe('neue adresse: [ADDRESS]\ndanke');
  });

  it('does not take words from a following sentence', () => {
    expect(redact('ship to 12 Baker Street, London NW1 6XE. Thanks a lot').text).toBe('ship to [ADDRESS]. Thanks a lot');
  });
});

describe('PHONE: an extension spelled out after a comma stays with the number', () => {
  it('masks "…, ext 45" with the number', () => {
    expect(redact('support line moved to +61 421 963 265, ext 45').text).toBe('support line moved to [PHONE]');
    expect(redact('call +1 415 555 0100, extension 9 after 5pm').text).toBe('call [PHONE] after 5pm');
  });
});
