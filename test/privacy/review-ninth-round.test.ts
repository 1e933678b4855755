/** What a review of the ninth round's rules found: names they let through, text they took, and a freeze. */
import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';
import { assessRequest } from '../../src/router/request-kind/assess-request.ts';
import { foundOfType } from './helpers.ts';

describe('names the new "no one" rules must not let through', () => {
  it.each([
    ['An Nguyen will join the call', 'An Nguyen'],
    ['talked to barros and farias about the renewal', 'barros'],
    ['jan said the build is broken', 'jan'],
    ['forward it to Jan please', 'Jan'],
    ['nina and uma are out today, mina covers', 'uma'],
    ['sam said ne to the plan, ask ste', 'sam'],
    ['ask Nir about the contract', 'Nir'],
    ['Austin is 2 hours behind schedule today', 'Austin'],
    ['the contact is 王伟13812345678 and he has not replied', '王伟'],
  ])('keeps the name in %j', (text, name) => {
    expect(foundOfType(text, 'PERSON')).toContain(name);
  });

  it('keeps a phone with a country code however widely spaced', () => {
    expect(foundOfType('Priya Raman\nSenior PM, Acme\n+44   20   7946   0958', 'PHONE')).toEqual(['+44   20   7946   0958']);
  });
});

describe('text the new rules must not take', () => {
  it.each([
    ['Health Check OK 1532 and Build OK 4312 tests passed', 'ADDRESS'],
    ['Windows NT 4000 ms timeout', 'ADDRESS'],
    ['Fault address: 0x7ffe4c3b2a10 in libc.so.6', 'ADDRESS'],
    ['@Override public void run() {}', 'PERSON'],
    ['the @Component decorator is missing', 'PERSON'],
  ] as const)('leaves %j alone', (text, type) => {
    expect(foundOfType(text, type)).toEqual([]);
  });
});

describe('a slash and a long run of blanks', () => {
  it('does not hold the guard for seconds (the passenger pattern once tried a look-behind of any length at every character)', () => {
    const found = detectEntities(`A/B${' '.repeat(20_000)}x`);
    expect(found).toEqual([]);
  });
});

describe('asking whom to turn to beside a legal question', () => {
  it('keeps the legal question the ask', () => {
    const text = 'our biggest customer wants us to backdate the contract to last quarter. is that legal, are we in trouble if we do it? who should i talk to?';
    expect(assessRequest(text, { confidence: 0.9, line: 0.35 }).kind).not.toBe('company');
  });
});
