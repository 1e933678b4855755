/**
 * The report's breakdowns — by model, channel, command, day and the CSV detail — each a group of
 * rows summed by row-totals.ts, sorted by what finance reads first: money, then volume.
 */
import { microsToUsd, percent } from './money.ts';
import type { ChannelLine, CommandLine, DailyLine, DetailLine, ModelLine, UsageVolume } from './report-types.ts';
import { groupRows, knownCostMicros, summarize, type ReportRow } from './row-totals.ts';

const SEPARATOR = '\u0000';

export function modelKey(row: { provider: string; model: string }): string {
  return `${row.provider}/${row.model}`;
}

export function modelLines(rows: ReportRow[]): ModelLine[] {
  const lines = [...groupRows(rows, (row) => [row.provider, row.model, row.location].join(SEPARATOR)).values()].map(
    (group): ModelLine => {
      const first = group[0]!;
      const totals = summarize(group);
      const cost = knownCostMicros(totals);
      return {
        provider: first.provider,
        model: first.model,
        location: first.location,
        ...volumeOf(totals),
        costUsd: cost === null ? null : microsToUsd(cost),
        unpricedCalls: totals.unpricedCalls,
      };
    },
  );
  return lines.sort((a, b) => (b.costUsd ?? -1) - (a.costUsd ?? -1) || b.calls - a.calls);
}

export function channelLines(rows: ReportRow[]): ChannelLine[] {
  const groups = groupRows(rows, (row) => [row.platform, row.channelId ?? ''].join(SEPARATOR));
  const lines = [...groups.values()].map((group): ChannelLine => {
    const first = group[0]!;
    const totals = summarize(group);
    // Channels get renamed; the newest name is the one people recognise.
    const channelName = group.reduce<string | null>((name, row) => row.channelName ?? name, null);
    return {
      platform: first.platform,
      channelId: first.channelId,
      channelName,
      requests: totals.requestIds.size,
      calls: totals.calls,
      cloudCostUsd: microsToUsd(totals.cloudMicros),
      localCostUsd: microsToUsd(totals.localMicros),
      costUsd: microsToUsd(totals.cloudMicros + totals.localMicros),
      unpricedCalls: totals.unpricedCalls,
    };
  });
  return lines.sort((a, b) => b.costUsd - a.costUsd || b.requests - a.requests);
}

export function commandLines(rows: ReportRow[]): CommandLine[] {
  const lines = [...groupRows(rows, (row) => row.command).entries()].map(([command, group]): CommandLine => {
    const totals = summarize(group);
    const micros = totals.cloudMicros + totals.localMicros;
    const requests = totals.requestIds.size;
    return {
      command,
      requests,
      calls: totals.calls,
      costUsd: microsToUsd(micros),
      costPerRequestUsd: requests === 0 ? null : microsToUsd(Math.round(micros / requests)),
      unpricedCalls: totals.unpricedCalls,
    };
  });
  return lines.sort((a, b) => b.costUsd - a.costUsd || b.requests - a.requests);
}

/** A request counts on the day of its first call, so it is never counted on two days. */
export function dailyLines(rows: ReportRow[], days: string[]): DailyLine[] {
  const firstDay = new Map<string, ReportRow>();
  for (const row of rows) if (!firstDay.has(row.requestId)) firstDay.set(row.requestId, row);
  const byDay = groupRows(rows, (row) => row.day);
  const startedByDay = groupRows(firstDay.values(), (row) => row.day);
  return days.map((date): DailyLine => {
    const group = byDay.get(date) ?? [];
    const totals = summarize(group);
    const costByModelUsd: Record<string, number> = {};
    // Sorted keys keep the JSON byte-stable for the same ledger.
    for (const [key, modelRows] of [...groupRows(group, modelKey)].sort(([a], [b]) => a.localeCompare(b))) {
      const modelTotals = summarize(modelRows);
      costByModelUsd[key] = microsToUsd(modelTotals.cloudMicros + modelTotals.localMicros);
    }
    const started = startedByDay.get(date) ?? [];
    const cloud = started.filter((row) => row.requestIsCloud).length;
    const local = started.length - cloud;
    return {
      date,
      cloudCostUsd: microsToUsd(totals.cloudMicros),
      localCostUsd: microsToUsd(totals.localMicros),
      costByModelUsd,
      requests: { local, cloud },
      localSharePct: percent(local, local + cloud),
    };
  });
}

export function detailLines(rows: ReportRow[]): DetailLine[] {
  const keyOf = (row: ReportRow) =>
    [row.day, row.platform, row.channelId ?? '', row.command, row.provider, row.model, row.location].join(SEPARATOR);
  return [...groupRows(rows, keyOf).values()].map((group): DetailLine => {
    const first = group[0]!;
    const totals = summarize(group);
    return {
      date: first.day,
      platform: first.platform,
      channelId: first.channelId,
      channelName: group.reduce<string | null>((name, row) => row.channelName ?? name, null),
      command: first.command,
      provider: first.provider,
      model: first.model,
      location: first.location,
      ...volumeOf(totals),
      costUsdMicros: totals.cloudMicros + totals.localMicros,
      unpricedCalls: totals.unpricedCalls,
      counterfactualUsdMicros: totals.counterfactualMicros,
    };
  }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function volumeOf(totals: ReturnType<typeof summarize>): UsageVolume {
  return {
    requests: totals.requestIds.size,
    calls: totals.calls,
    inputTokens: totals.inputTokens,
    cachedInputTokens: totals.cachedInputTokens,
    outputTokens: totals.outputTokens,
  };
}
