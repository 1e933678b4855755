import { describe, expect, it } from 'vitest';
import { CHANNEL, ingestedSampleHandbook } from './fixtures.ts';

const handbook = ingestedSampleHandbook();

/** The words people use for a benefit, their pay, a conference or a year, which the handbook names otherwise. */
describe('everyday words for what the handbook names otherwise', () => {
  it.each([
    ['can i see a psychologist through work without my manager finding out', 'handbook/benefits/health-insurance.md', /Mental health/],
    ['looking for a counsellor, does our plan pay for any sessions', 'handbook/benefits/health-insurance.md', /Mental health/],
    ['my payslip looks off this month, which team do i ping', 'handbook/onboarding/first-week.md', /Getting paid/],
    // Chat clippings the index lacks, as "cert" and "min" already were.
    ['can i take study days for a conf or do i burn pto', 'handbook/benefits/learning-budget.md', /Learning days/],
    ['my macbook is 4 yrs old now, when does it get swapped', 'handbook/it/laptops.md', /Standard equipment/],
  ])('"%s" finds %s', async (question, source, heading) => {
    const result = await handbook.knowledge.retrieve(question, CHANNEL);
    expect(result.chunks[0]?.source).toBe(source);
    expect(result.chunks[0]?.heading).toMatch(heading);
    expect(result.confidence).toBeGreaterThanOrEqual(0.35);
  });
});
