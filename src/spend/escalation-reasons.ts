/**
 * Why requests went to the cloud. The router writes reasons with their numbers in
 * ("complexity 0.72 ≥ 0.60 (stack trace, …)", "9120 tokens exceed the local context (…)"); a
 * report needs the kind of reason, so numbers and parenthesised detail are dropped before counting.
 */
import type { ReportRow } from './row-totals.ts';

export function reasonKind(reason: string): string {
  const withoutDetail = reason.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const leadingNumber = /^[\d.,]+\s+/;
  const kind = leadingNumber.test(withoutDetail)
    ? withoutDetail.replace(leadingNumber, '')
    : withoutDetail.split(/\d/)[0] ?? withoutDetail;
  const trimmed = kind.replace(/[\s:;,.≥≤<>=]+$/u, '').trim();
  return trimmed === '' ? reason.trim() : trimmed;
}

/** Top reasons among requests the cloud answered, counted once per request (a failed attempt is not an escalation). */
export function topEscalationReasons(rows: ReportRow[], limit = 5): Array<{ reason: string; requests: number }> {
  const requestsByReason = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.location !== 'cloud' || row.status !== 'ok') continue;
    for (const reason of row.reasons) {
      const kind = reasonKind(reason);
      const requests = requestsByReason.get(kind) ?? new Set<string>();
      requests.add(row.requestId);
      requestsByReason.set(kind, requests);
    }
  }
  return [...requestsByReason.entries()]
    .map(([reason, requests]) => ({ reason, requests: requests.size }))
    .sort((a, b) => b.requests - a.requests || a.reason.localeCompare(b.reason))
    .slice(0, limit);
}
