/**
 * The guard's cheap looks — tests that skip a pattern when it cannot match — rule out only what cannot match: each
 * case below is one the cheap look must let through to the full pattern.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('a value read back: the count before the pattern', () => {
  it('masks an address read back in capitals', () => {
    const text = 'Caller: it is dana.okafor@fastmail.com\nAgent: let me repeat that, DANA.OKAFOR@FASTMAIL.COM, correct?';
    expect(foundOfType(text, 'EMAIL')).toEqual(['dana.okafor@fastmail.com', 'DANA.OKAFOR@FASTMAIL.COM']);
  });

  it('masks a number read back spaced differently', () => {
    const text = 'my member number is 48291733\nso that is 4.8.2.9.1.7.3.3, thanks';
    expect(foundOfType(text, 'ID_NUMBER')).toEqual(['48291733', '4.8.2.9.1.7.3.3']);
  });

  it('masks a secret repeated with a letter that folds to an ASCII one (a long s)', () => {
    const text = 'password: kestrel-upstairs-42\nagain: keſtrel-upstairs-42';
    expect(foundOfType(text, 'SECRET')).toEqual(['kestrel-upstairs-42', 'keſtrel-upstairs-42']);
  });

  it('masks a value outside ASCII repeated in another case, where lower-casing differs from case folding (a final sigma)', () => {
    const text = 'password: ΚΩΔΙΚΟΣ-77\nagain: κωδικοσ-77';
    expect(foundOfType(text, 'SECRET')).toEqual(['ΚΩΔΙΚΟΣ-77', 'κωδικοσ-77']);
  });
});
