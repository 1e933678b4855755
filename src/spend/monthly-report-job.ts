/**
 * Posting last month's report to every configured finance channel, each exactly once: one job per
 * channel (`monthly-report:<platform>:<channel>`), slot = the reported month. The report is built
 * once, before any claim, so a crash while building leaves nothing half-claimed.
 */
import type { TandemDb } from '../../db/client.ts';
import type { TandemConfig } from '../config/schema.ts';
import type { Logger } from '../logger.ts';
import { isJobDone, reopenGivenUp, type JobKey } from './job-claims.ts';
import { deliverOnce, type DeliveryContext, type DeliveryResult } from './job-delivery.ts';
import { countCalls } from './ledger-queries.ts';
import { buildMonthlyReport } from './report-data.ts';
import type { MonthlyReport } from './report-types.ts';
import { monthRange } from './zoned-time.ts';

export interface PostTarget {
  platform: 'slack' | 'discord';
  channel: string;
}

export type PostReport = (target: PostTarget, report: MonthlyReport) => Promise<void>;

/** The platform's id for a configured channel (`finance`, `#finance`, `C0FINANCE01` → `C0FINANCE01`). */
export type ResolveChannel = (target: PostTarget) => Promise<string>;

export interface MonthlyReportJobContext extends DeliveryContext {
  db: TandemDb;
  config: TandemConfig;
  logger: Logger;
  post: PostReport;
  /** Without it, the configured spelling is the key (tests and platforms whose ids are what is configured). */
  resolveChannel?: ResolveChannel;
  /** Tells the admins privately (where the platform allows) that a report was given up on. */
  notifyAdmins?: (text: string) => Promise<void>;
}

export function reportTargets(config: TandemConfig): PostTarget[] {
  return [
    ...config.report.channels.slack.map((channel) => ({ platform: 'slack' as const, channel })),
    ...config.report.channels.discord.map((channel) => ({ platform: 'discord' as const, channel })),
  ];
}

export function monthlyReportJob(target: PostTarget, month: string): JobKey {
  return { job: `monthly-report:${target.platform}:${target.channel}`, slot: month };
}

/**
 * `catch-up` skips a month with no ledger rows at all: that is a fresh install, not a month finance
 * is waiting for. A scheduled run posts even an empty month — silence would look like a failure.
 */
export async function postMonthlyReport(
  context: MonthlyReportJobContext,
  month: string,
  trigger: 'scheduled' | 'catch-up',
): Promise<Map<string, DeliveryResult>> {
  const results = new Map<string, DeliveryResult>();
  const timezone = context.config.report.timezone;
  const pending = (await resolvedTargets(context)).filter(
    (target) => !isJobDone(context.db, monthlyReportJob(target, month)) && !isJobDone(context.db, monthlyReportJob(target.configured, month)),
  );
  if (pending.length === 0) return results;
  if (trigger === 'catch-up' && countCalls(context.db, monthRange(month, timezone)) === 0) {
    context.logger.info('no AI calls recorded that month; not posting a catch-up report', { month });
    return results;
  }
  const report = buildMonthlyReport(context.db, { month, timezone, now: context.now(), config: context.config });
  await Promise.all(
    pending.map(async (target) => {
      const key = monthlyReportJob(target, month);
      // A start-up gives a report that failed every attempt last time one more round.
      if (trigger === 'catch-up' && reopenGivenUp(context.db, key)) context.logger.info('retrying a report given up on before', { job: key.job, month });
      const result = await deliverOnce(context, key, () => context.post(target, report));
      results.set(key.job, result);
      if (result === 'gave-up') await announceGiveUp(context, target, month);
    }),
  );
  return results;
}

/**
 * The exactly-once key is the channel's id, not how it is spelled in the configuration: `finance`,
 * `#finance` and its id are one channel and get one report. A channel that cannot be resolved now
 * is left for the next run (nothing is claimed), and the same channel configured twice is posted once.
 */
async function resolvedTargets(context: MonthlyReportJobContext): Promise<Array<PostTarget & { configured: PostTarget }>> {
  const byKey = new Map<string, PostTarget & { configured: PostTarget }>();
  for (const target of reportTargets(context.config)) {
    let channel = target.channel;
    if (context.resolveChannel) {
      try {
        channel = await context.resolveChannel(target);
      } catch (error) {
        context.logger.warn('report channel not found; the report waits for the next run', { channel: target.channel, error: error instanceof Error ? error.message : String(error) });
        continue;
      }
    }
    const resolved = { platform: target.platform, channel, configured: target };
    byKey.set(monthlyReportJob(resolved, 'any').job, resolved);
  }
  return [...byKey.values()];
}

/** Loud in the log, and privately to the admins where possible: finance is waiting for this report. */
async function announceGiveUp(context: MonthlyReportJobContext, target: PostTarget, month: string): Promise<void> {
  const text = `The ${month} AI-spend report could not be posted to ${target.platform} channel ${target.channel} after every retry. It will be tried again when tandem next starts; check that the bot is in the channel and may post there (the log has the error), or run \`tandem report --month ${month}\` to send it by hand.`;
  context.logger.error(text, { job: monthlyReportJob(target, month).job });
  await context.notifyAdmins?.(text).catch((error: unknown) => context.logger.warn('could not tell the admins about the failed report', { error: error instanceof Error ? error.message : String(error) }));
}
