import { describe, expect, it } from 'vitest';
import { calibrateThreshold } from '../../src/router/calibrate.ts';

const everyday = ['how many vacation days do I get?', 'who do I ask for VPN access?', 'where is the expense form?', 'when is payday?', 'the deploy api returns an error again'];
const demanding = [
  'build a service that parses our supplier invoices into the ledger schema, with retries and tests',
  'here are our churn figures for the year, what is going on and what would you fix first? 3 cohorts, 40% drop in q3',
  'plan the migration of the billing database to postgres without downtime, 2TB, 15 min window',
];

describe('calibrateThreshold', () => {
  it('picks the threshold that escalates at most the target share of the team\'s traffic', () => {
    const traffic = [...everyday, ...everyday, ...everyday, ...demanding];
    const calibration = calibrateThreshold(traffic, 0.2, 0.6);
    expect(calibration.messages).toBe(18);
    expect(calibration.cloudShareAtThreshold).toBeLessThanOrEqual(0.2);
    expect(calibration.cloudShareAtThreshold).toBeGreaterThan(0);
    expect(calibration.threshold).toBeGreaterThan(0);
    expect(calibration.kinds.map((entry) => entry.kind)).toContain('task');
  });

  it('escalates nothing on difficulty when the target is zero, and copes with no traffic', () => {
    const calibration = calibrateThreshold([...everyday, ...demanding], 0, 0.6);
    expect(calibration.cloudShareAtThreshold).toBe(0);
    expect(calibrateThreshold([], 0.2, 0.6)).toMatchObject({ messages: 0, threshold: 1, cloudShareAtThreshold: 0 });
  });
});
