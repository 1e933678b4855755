import { describe, expect, it } from 'vitest';
import { routePolicyFrom } from '../../src/app/route-policy.ts';
import { DEFAULT_OUTPUT_RESERVE, outputReserveProblems, usableTokens } from '../../src/router/output-reserve.ts';

describe('the output reserve', () => {
  it('is derived from the window: every allowed window keeps most of itself for the prompt', () => {
    expect(usableTokens(512, DEFAULT_OUTPUT_RESERVE)).toBe(342);
    expect(usableTokens(8_192, DEFAULT_OUTPUT_RESERVE)).toBe(6_144);
    expect(usableTokens(131_072, DEFAULT_OUTPUT_RESERVE)).toBe(126_976);
  });

  it('is checked once when the route policy is built', () => {
    expect(outputReserveProblems({ ...DEFAULT_OUTPUT_RESERVE, fraction: 0.9 })).toEqual(['output reserve fraction 0.9 is not in (0, 0.5]']);
    expect(outputReserveProblems({ ...DEFAULT_OUTPUT_RESERVE, capTokens: 100 })).toEqual(['output reserve cap 100 is below its floor']);
    expect(routePolicyFrom({ difficultyThreshold: 0.6, preferences: [], preferenceTimeoutMs: 1_500, minRetrievalConfidence: 0.35, cascade: true }).outputReserve).toBe(DEFAULT_OUTPUT_RESERVE);
  });
});
