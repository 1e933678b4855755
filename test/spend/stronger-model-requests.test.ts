/** Presses of "☁️ Ask a stronger model": claimed once, counted by the report, used by calibration. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { calibrateThreshold, withPressLabels } from '../../src/router/calibrate.ts';
import { reportToJson } from '../../src/spend/report-json.ts';
import { formatReportText } from '../../src/spend/format-text.ts';
import { buildMonthlyReport } from '../../src/spend/report-data.ts';
import { StrongerModelLog } from '../../src/spend/stronger-model-log.ts';
import { openTestDatabase, seedSeptember, testConfig } from './fixtures.ts';

let database: OpenedDatabase;
let ids: Record<string, number>;
beforeEach(() => {
  database = openTestDatabase();
  ids = seedSeptember(database);
});
afterEach(() => database.close());

const press = (localModelCallId: number, difficulty: number) => ({
  localModelCallId, platform: 'slack', userId: 'u9', source: 'answer_button' as const, requestKind: 'task', difficulty, localTier: 'small', reasons: ['production task: difficulty 0.40 < 0.60'],
});

describe('stronger-model requests', () => {
  it('the first press claims an answer; a second press of the same answer is refused', () => {
    const log = new StrongerModelLog(database.db, () => new Date('2026-09-10T10:00:00Z'));
    const first = log.claim(press(ids.a!, 0.4));
    expect(first).toBeTypeOf('number');
    expect(log.claim(press(ids.a!, 0.4))).toBeUndefined();
    log.settle(first!, { status: 'answered' });
    expect(log.labels()).toEqual([{ requestKind: 'task', difficulty: 0.4, localTier: 'small' }]);
  });

  it('the report shows how often people asked for more: count and share of local answers, in text and JSON', () => {
    new StrongerModelLog(database.db, () => new Date('2026-09-10T10:00:00Z')).claim(press(ids.a!, 0.4));
    const report = buildMonthlyReport(database.db, { month: '2026-09', timezone: 'Europe/Berlin', now: new Date('2026-10-02T08:00:00Z'), config: testConfig() });
    expect(report.strongerModelRequests.requests).toBe(1);
    expect(report.strongerModelRequests.shareOfLocalAnswersPct).toBeCloseTo((1 / report.requests.local) * 100, 1);
    expect(JSON.parse(reportToJson(report)).strongerModelRequests.requests).toBe(1);
    expect(formatReportText(report, { currency: 'USD', locale: 'en-US' })).toContain('Asked for a stronger model: 1 (');
  });

  it('calibration lowers the suggested threshold until most pressed requests would escalate', () => {
    const traffic = calibrateThreshold(['whats the wifi password', 'thanks!', 'where do i file expenses'], 0.2, 0.6);
    const labelled = withPressLabels(traffic, [{ difficulty: 0.45, localTier: 'small' }, { difficulty: 0.5, localTier: 'small' }], 0.6);
    expect(labelled.threshold).toBeLessThanOrEqual(0.45);
    expect(labelled.pressed).toMatchObject({ presses: 2, escalatedAtThreshold: 1, escalatedAtCurrent: 0 });
    expect(withPressLabels(traffic, [], 0.6)).toEqual(traffic);
  });
});
