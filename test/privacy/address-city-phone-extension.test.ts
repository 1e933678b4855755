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

describe('ADDRESS: the places written after an address', () => {
  it('takes a city, region and country after commas, and a city after a postcode before a dash', () => {
    expect(redact('parcel for 9 Harbour Road, Galway, Ireland').text).toBe('parcel for [ADDRESS]');
    expect(redact('new office: 210 King St, apt 4, Toronto, ON, Canada').text).toBe('new office: [ADDRESS]');
    expect(redact('send it to 3 rue Oberkampf, 75011 Paris – merci').text).toBe('send it to [ADDRESS] – merci');
  });

  it('stops at what merely follows an address', () => {
    expect(redact('meet at 18 Mill Lane, we start at 10').text).toBe('meet at [ADDRESS], we start at 10');
    expect(redact('pickup is 77 Park Avenue, bring the ladder').text).toBe('pickup is [ADDRESS], bring the ladder');
  });
});
