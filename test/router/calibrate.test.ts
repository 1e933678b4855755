import { describe, expect, it } from 'vitest';
import { calibrateThreshold } from '../../src/router/calibrate.ts';

const everyday = ['how many vacation days do I get?', 'who do I ask for VPN access?', 'where is the expense form?', 'when is payday?', 'the deploy api returns an error again'];
const demanding = [
  'Write a Python function that parses invoices, with a detailed explanation',
  'Compare our contract clauses on liability across all vendors in depth',
  'Give me a step by step plan for the database migration with trade-offs',
];

describe('calibrateThreshold', () => {
  it('picks the threshold that escalates at most the target share of the team\'s traffic', () => {
    const traffic = [...everyday, ...everyday, ...everyday, ...demanding];
    const calibration = calibrateThreshold(traffic, 0.2, 0.6);
    expect(calibration.messages).toBe(18);
    expect(calibration.cloudShareAtThreshold).toBeLessThanOrEqual(0.2);
    expect(calibration.cloudShareAtThreshold).toBeGreaterThan(0);
    expect(calibration.threshold).toBeGreaterThan(0);
    expect(calibration.features.map((feature) => feature.name)).toContain('code generation');
  });

  it('escalates nothing on complexity when the target is zero, and copes with no traffic', () => {
    const calibration = calibrateThreshold([...everyday, ...demanding], 0, 0.6);
    expect(calibration.cloudShareAtThreshold).toBe(0);
    expect(calibrateThreshold([], 0.2, 0.6)).toMatchObject({ messages: 0, threshold: 1, cloudShareAtThreshold: 0 });
  });
});
