import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';

/**
 * Pathological inputs that make backtracking regexes explode. Speed itself is measured by
 * `npm run bench:privacy`; here we assert behaviour: each finishes (within vitest's timeout) and
 * finds nothing that is not there.
 */
describe('hostile input', () => {
  const hostile = [
    'a'.repeat(20_000) + '@',
    '1 '.repeat(10_000),
    '1.'.repeat(10_000),
    ':'.repeat(10_000) + 'f',
    'password='.repeat(2_000),
    'Aa '.repeat(6_000),
    ['-----BEGIN PRIVATE', ' KEY-----'].join('').repeat(500),
    'eyJ' + 'a'.repeat(20_000) + '.',
    // One long word: its frequency check ran byte-pair encoding, quadratic in a run with no split (15 s at 100 kB).
    'review this: "' + 'x'.repeat(100_000),
  ];

  it.each(hostile.map((text, index) => [index, text] as const))('input %i finishes and finds no email or card', (_index, text) => {
    const types = new Set(detectEntities(text).map((entity) => entity.type));
    expect(types.has('EMAIL')).toBe(false);
    expect(types.has('CREDIT_CARD')).toBe(false);
  });
});
