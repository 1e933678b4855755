/**
 * The monthly report as data: what the chat post, the JSON, the CSV and the chart are all made from.
 * Dollar figures are USD rounded to the cent from exact micro-dollar sums; a cost is null only when
 * nothing in it could be priced (and `unpricedCalls` says how much is missing).
 */
export interface MonthlyReport {
  schemaVersion: 1;
  month: string;
  period: {
    timezone: string;
    /** ISO instants of the month's local boundaries (end exclusive). */
    start: string;
    end: string;
    /** False while the month is still running (figures are month-to-date). */
    complete: boolean;
    generatedAt: string;
  };
  reference: { provider: string; model: string };
  cloudCostUsd: number;
  localCostUsd: number;
  localCost: { perTokenUsd: number; flatMonthlyUsd: number };
  totalCostUsd: number;
  /** The same requests answered by the reference cloud model at list prices; null when it is unpriced. */
  counterfactualCostUsd: number | null;
  savingsUsd: number | null;
  savingsPct: number | null;
  previousMonthCloudCostUsd: number;
  cloudCostChangeUsd: number;
  cloudCostChangePct: number | null;
  /** Requests (what people asked) answered locally vs escalated; `calls` counts model calls behind them. */
  requests: {
    local: number;
    cloud: number;
    calls: { local: number; cloud: number };
    localSharePct: number | null;
    targetLocalSharePct: number;
  };
  tokens: { local: number; cloud: number; localSharePct: number | null };
  unitCosts: { perRequestUsd: number | null; activeUsers: number; perActiveUserUsd: number | null };
  byModel: ModelLine[];
  byChannel: ChannelLine[];
  byCommand: CommandLine[];
  escalationReasons: Array<{ reason: string; requests: number }>;
  budget: BudgetLine;
  feedback: { local: Votes; cloud: Votes };
  /** "☁️ Ask a stronger model" presses: how often people wanted more than the local answer. */
  strongerModelRequests: { requests: number; shareOfLocalAnswersPct: number | null };
  breakEvenMonth: { hardwareCostUsd: number; monthsToRepay: number | null } | null;
  dataQuality: DataQuality;
  daily: DailyLine[];
  detail: DetailLine[];
}

export interface Votes {
  up: number;
  down: number;
}

/** Volume of a group of ledger rows, shared by the model breakdown and the CSV detail. */
export interface UsageVolume {
  requests: number;
  calls: number;
  inputTokens: number;
  cachedInputTokens: number;
  outputTokens: number;
}

export interface ModelLine extends UsageVolume {
  provider: string;
  model: string;
  location: 'local' | 'cloud';
  /** Null when every call of this model is unpriced. */
  costUsd: number | null;
  unpricedCalls: number;
}

export interface ChannelLine {
  platform: string;
  channelId: string | null;
  channelName: string | null;
  requests: number;
  calls: number;
  cloudCostUsd: number;
  localCostUsd: number;
  costUsd: number;
  unpricedCalls: number;
}

export interface CommandLine {
  command: string;
  requests: number;
  calls: number;
  costUsd: number;
  costPerRequestUsd: number | null;
  unpricedCalls: number;
}

export interface BudgetLine {
  monthlyUsd: number | null;
  usedUsd: number;
  usedPct: number | null;
  /** Linear on elapsed days; only while the month is running. */
  projectedMonthEndUsd: number | null;
  projectedPct: number | null;
}

export interface DataQuality {
  unpricedCalls: number;
  unpricedCloudCalls: number;
  /** Successful calls whose counterfactual could not be priced (savings understate). */
  unpricedCounterfactualCalls: number;
  errorCalls: number;
  /** Price tables behind this month's rows, e.g. ["genai-prices@0.1.8", "override"]. */
  priceSources: string[];
}

export interface DailyLine {
  date: string;
  cloudCostUsd: number;
  localCostUsd: number;
  /** Keyed by "provider/model"; per-token cost only (the flat local cost is not daily). */
  costByModelUsd: Record<string, number>;
  requests: { local: number; cloud: number };
  localSharePct: number | null;
}

/** One row per day × channel × command × model: the CSV's grain. */
export interface DetailLine extends UsageVolume {
  date: string;
  platform: string;
  channelId: string | null;
  channelName: string | null;
  command: string;
  provider: string;
  model: string;
  location: 'local' | 'cloud';
  /** Exact micro-dollars, so the CSV sums to the provider's invoice without rounding drift. */
  costUsdMicros: number;
  unpricedCalls: number;
  counterfactualUsdMicros: number;
}
