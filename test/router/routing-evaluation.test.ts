import { describe, expect, it } from 'vitest';
import { scoreRouting, type RoutedMessage } from '../../src/router/routing-evaluation.ts';

const company = (text: string, answerable: boolean, found: boolean, pageRank?: number): RoutedMessage => ({
  message: { text, kind: 'company', hard: false, answerable, ...(answerable ? { page: 'policies/paid-time-off.md' } : {}) },
  kind: 'company',
  escalated: false,
  found,
  confidence: found ? 0.6 : 0.2,
  ...(pageRank !== undefined ? { pageRank } : {}),
});

describe('scoreRouting', () => {
  it('lists company questions on the wrong side of the "not found" line and answerable ones whose page is not first', () => {
    const score = scoreRouting([
      company('how many vacation days', true, true, 1),
      company('pto carry over', true, false, 2),
      company('vacation for new people', true, true, 4),
      company('when is the holiday party', false, true),
      company('is there a company choir', false, false),
    ]);
    expect(score.retrievalMisses.map((miss) => miss.text)).toEqual(['pto carry over', 'vacation for new people', 'when is the holiday party']);
    expect(score.retrievalMisses[0]).toMatchObject({ answerable: true, found: false, confidence: 0.2, pageRank: 2 });
    expect(score.pages.falseNotFound).toBeCloseTo(1 / 3, 3);
    expect(score.unanswerable).toEqual({ total: 2, cleared: 1, share: 0.5 });
  });
});
