/**
 * The fresh-eyes review of the thirtieth round's routing rules: company questions its first versions sent to the cloud
 * (one person's tool failing since an update, "how is that even possible" about payroll, "how do i choose" between plans)
 * and hard requests they kept local (a lookup frame or an edit frame around a real task).
 */
import { describe, expect, it } from 'vitest';
import { assessByRules } from '../../src/router/request-kind/assess-request.ts';

const covered = { confidence: 0.6, line: 0.35 };
const uncovered = { confidence: 0.2, line: 0.35 };
const BAR = 0.6;

describe('review of the thirtieth round', () => {
  it.each([
    'benefits portal broken since the last release, cant enroll',
    'payroll took taxes twice this month, how is that even possible',
    'outlook crashes only on my mac, teams is fine',
    'zoom crashes since the macos update, anyone else?',
    'expense tool errors out since the sso change, cant submit my receipts',
    'how do i choose between the ppo and the hdhp plan',
    'what do we offer for parental leave',
  ])('keeps the company question %s under the bar', (text) => {
    expect(assessByRules(text, covered).difficulty).toBeLessThan(BAR);
  });

  it.each([
    "who's our biggest churn risk? top 5 accounts all dropped usage 30% qoq, two renew next month",
    'whats the most we can spend on paid ads next quarter and still hit breakeven? cac is 140, ltv 900, 18% churn',
    'convert our monolith to microservices: django app, 200 models, 3 teams, postgres at 4tb, deploys take 2h',
    'turn this into a 3 year financial model: 12k customers, 8% monthly churn, arpa 90, cac 400',
    'build the formatting engine for our markdown to pdf renderer, must support tables, footnotes and rtl',
  ])('keeps the hard request %s over the bar', (text) => {
    expect(assessByRules(text, uncovered).difficulty).toBeGreaterThanOrEqual(BAR);
  });
});
