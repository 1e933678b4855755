import { describe, expect, it } from 'vitest';
import { detectAddresses } from '../../src/router/privacy/detect-address.ts';

function addressesIn(text: string): string[] {
  return detectAddresses(text).map((address) => address.value);
}

/** Street-type words of other countries, before or after the name, with unit markers and the postcode and city after. */
describe('ADDRESS: streets abroad', () => {
  it('reads a street-type word before the name (Eastern Europe, Latin America, Iberia)', () => {
    expect(addressesIn('courier to prosp. Peremohy 17, kv. 203, Kharkiv 61000 tomorrow')).toEqual(['prosp. Peremohy 17, kv. 203, Kharkiv 61000']);
    expect(addressesIn('mail it to Av. Corrientes 1843, Depto 5, Buenos Aires')).toEqual(['Av. Corrientes 1843, Depto 5, Buenos Aires']);
    expect(addressesIn('the office moved to Calle de Serrano 88, piso 2, 28006 Madrid')).toEqual(['Calle de Serrano 88, piso 2, 28006 Madrid']);
    expect(addressesIn('she is at ul. Mokotowska 21 m. 7, 00-561 Warszawa')).toEqual(['ul. Mokotowska 21 m. 7, 00-561 Warszawa']);
  });

  it('reads a street-type word after the name, apart or joined (Scandinavia, Hungary)', () => {
    expect(addressesIn('return the monitor to Karl Johans gate 31, 0159 Oslo')).toEqual(['Karl Johans gate 31, 0159 Oslo']);
    expect(addressesIn('badge pickup at Sveavägen 44, lgh 1201, 113 59 Stockholm')).toEqual(['Sveavägen 44, lgh 1201, 113 59 Stockholm']);
    expect(addressesIn('the hotel is on Andrássy út 9, 1061 Budapest')).toEqual(['Andrássy út 9, 1061 Budapest']);
  });

  it('reads a comma before the number, a Colombian grid address and a Finnish staircase and flat', () => {
    expect(addressesIn('new billing address Rua Haddock Lobo, 595, apto 31, São Paulo - SP, 01414-001')).toEqual(['Rua Haddock Lobo, 595, apto 31, São Paulo - SP, 01414-001']);
    expect(addressesIn('courier pickup at Calle 93 # 14-20, Bogotá')).toEqual(['Calle 93 # 14-20, Bogotá']);
    expect(addressesIn('her address is Hämeentie 31 C 14, 00500 Helsinki')).toEqual(['Hämeentie 31 C 14, 00500 Helsinki']);
  });

  it('leaves English words before a street-type word and a number alone', () => {
    expect(addressesIn('Release gate 3 failed again, Quality gate 2 passed')).toEqual([]);
    expect(addressesIn('the pr. review 3 is pending')).toEqual([]);
    expect(addressesIn('we saw 7 # 14-20 failures in the run')).toEqual([]);
  });

  it('does not read an HTTP status line as a street', () => {
    expect(addressesIn('the proxy answered 502 Bad Gateway twice, then 504 gateway timeout')).toEqual([]);
  });

  it('does not read an English word ending like a German street as one ("hiring 10")', () => {
    expect(addressesIn('we are hiring 12 people during 2027, monitor 3 is spare')).toEqual([]);
    expect(addressesIn('bitte an Lindenring 12 schicken')).toEqual(['Lindenring 12']);
  });
});
