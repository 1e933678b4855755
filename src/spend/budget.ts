/**
 * What the router asks before escalating: how much of the month's cloud budget and of this
 * person's daily allowance is gone. Budgets reset by the calendar in the report's time zone.
 * Only priced cloud spend counts; an unpriced call cannot be counted, and the report flags it.
 */
import type { TandemDb } from '../../db/client.ts';
import { sumCloudCostMicros } from './ledger-queries.ts';
import { microsToExactUsd, usdToMicros } from './money.ts';
import { dayOf, dayRange, monthOf, monthRange } from './zoned-time.ts';

export interface BudgetLimits {
  monthlyUsd?: number | undefined;
  perUserDailyUsd?: number | undefined;
}

export interface BudgetStatusOptions {
  now: Date;
  timezone: string;
  budget: BudgetLimits;
  /** Without one, only the monthly budget is checked. */
  userId?: string | undefined;
}

export interface BudgetStatus {
  monthUsedUsd: number;
  monthCapUsd?: number;
  monthRemainingUsd?: number;
  userTodayUsd: number;
  userCapUsd?: number;
  monthExceeded: boolean;
  userExceeded: boolean;
}

export function budgetStatus(db: TandemDb, options: BudgetStatusOptions): BudgetStatus {
  const nowMs = options.now.getTime();
  const monthMicros = sumCloudCostMicros(db, monthRange(monthOf(nowMs, options.timezone), options.timezone));
  const userMicros =
    options.userId === undefined ? 0 : sumCloudCostMicros(db, dayRange(dayOf(nowMs, options.timezone), options.timezone), options.userId);
  const { monthlyUsd, perUserDailyUsd } = options.budget;
  const status: BudgetStatus = {
    monthUsedUsd: microsToExactUsd(monthMicros),
    userTodayUsd: microsToExactUsd(userMicros),
    // "Reached" counts as exceeded: at the cap, the next cloud call would go over it.
    monthExceeded: monthlyUsd !== undefined && monthMicros >= usdToMicros(monthlyUsd),
    userExceeded: perUserDailyUsd !== undefined && options.userId !== undefined && userMicros >= usdToMicros(perUserDailyUsd),
  };
  if (monthlyUsd !== undefined) {
    status.monthCapUsd = monthlyUsd;
    status.monthRemainingUsd = microsToExactUsd(Math.max(usdToMicros(monthlyUsd) - monthMicros, 0));
  }
  if (perUserDailyUsd !== undefined) status.userCapUsd = perUserDailyUsd;
  return status;
}
