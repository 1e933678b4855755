import { describe, expect, it } from 'vitest';
import { countMessageTokens, promptTokensWithin } from '../../src/router/count-tokens.ts';

describe('promptTokensWithin', () => {
  const messages = [
    { role: 'system' as const, content: 'You are tandem. Answer from the sources.' },
    { role: 'user' as const, content: 'Wie viele Urlaubstage habe ich? 🏖️ '.repeat(40) },
  ];

  it('never reports fewer tokens than the exact count, so "fits" is never wrong', () => {
    const exact = countMessageTokens(messages);
    const bounded = promptTokensWithin(messages, 100_000);
    expect(bounded).toBeGreaterThanOrEqual(exact);
    expect(bounded).toBeLessThanOrEqual(100_000);
  });

  it('counts exactly when the cheap bound does not fit', () => {
    expect(promptTokensWithin(messages, 50)).toBe(countMessageTokens(messages));
  });
});
