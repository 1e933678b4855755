/**
 * What runs besides answering messages: the monthly report and budget alerts (posted through the
 * platform adapters), and the scheduled re-index of the knowledge folders.
 */
import { schedule } from 'node-cron';
import type { ChatAdapter } from '../core/chat-contract.ts';
import type { Logger } from '../logger.ts';
import { startReportScheduler } from '../spend/schedule.ts';
import { reportReply } from '../spend/spend-reply.ts';
import type { Tandem } from './compose.ts';
import { indexAllSources } from './knowledge-upkeep.ts';

/** Slack user ids (U…, W… on Enterprise Grid) and Discord snowflakes cannot be mistaken for each other. */
const USER_ID_SHAPES: Partial<Record<ChatAdapter['platform'], RegExp>> = { slack: /^[UW][A-Z0-9]{2,}$/, discord: /^\d{17,20}$/ };

export interface BackgroundJobs {
  stop(): Promise<void>;
}

export function startBackgroundJobs(tandem: Tandem, adapters: readonly ChatAdapter[], logger: Logger): BackgroundJobs {
  const { config, database, services } = tandem;
  const adapterFor = (platform: 'slack' | 'discord') => {
    const adapter = adapters.find((candidate) => candidate.platform === platform);
    if (!adapter) throw new Error(`report.channels.${platform} is set but ${platform} is not connected`);
    return adapter;
  };
  // Reports and alerts are claimed once per month in the database: only a process connected to a
  // platform may claim them, or a terminal session on the 1st would use up the month's post.
  const reports = adapters.length === 0 ? undefined : startReportScheduler({
    db: database.db,
    config,
    logger,
    post: (target, report) => adapterFor(target.platform).postToChannel(target.channel, reportReply(report, config)),
    notifyAdmins: async (text) => {
      // report.viewers.users are the finance and admin people: each gets a DM on the platform their id belongs to.
      for (const userId of config.report.viewers.users) {
        const adapter = adapters.find((candidate) => USER_ID_SHAPES[candidate.platform]?.test(userId));
        await adapter?.notifyPrivately?.(userId, { text, citations: [], notes: [], ephemeral: false }).catch((error: unknown) => {
          logger.warn('could not tell an admin about the failed report', { userId, error: error instanceof Error ? error.message : String(error) });
        });
      }
    },
    resolveChannel: async (target) => {
      const adapter = adapterFor(target.platform);
      return adapter.resolveChannel ? adapter.resolveChannel(target.channel) : target.channel;
    },
    postAlert: (target, alert) => adapterFor(target.platform).postToChannel(target.channel, { text: alert.text, citations: [], notes: [], ephemeral: false }),
  });
  // Alerts follow spend: check after every cloud call rather than waiting for the next tick.
  services.ledger.onRecorded((call) => {
    if (call.record.location === 'cloud') void reports?.checkBudgetAlerts();
  });
  // Shutdown waits for a re-index under way: closing the database beneath it would fail it half-done.
  let reindexing: Promise<void> = Promise.resolve();
  const reindex = schedule(
    config.knowledge.reindexSchedule,
    () => {
      reindexing = reindexKnowledge(tandem, logger);
      return reindexing;
    },
    { timezone: config.report.timezone, noOverlap: true, name: 'knowledge-reindex' },
  );
  return {
    async stop() {
      // destroy(), not stop(): a stopped task stays in node-cron's process-wide registry.
      await reindex.destroy();
      await reports?.stop();
      await reindexing;
    },
  };
}

async function reindexKnowledge(tandem: Tandem, logger: Logger): Promise<void> {
  try {
    const { summary, dropped } = await indexAllSources(tandem);
    if (summary.added + summary.updated + summary.removed + dropped.length > 0) {
      logger.info('knowledge base re-indexed', { added: summary.added, updated: summary.updated, removed: summary.removed, droppedSources: dropped.length });
    }
  } catch (error) {
    logger.error('scheduled re-index failed', { error: error instanceof Error ? error.message : String(error) });
  }
}
