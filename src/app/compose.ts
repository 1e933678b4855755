/**
 * The composition root: configuration in, a wired tandem out. This is the only module that opens
 * the database, builds providers and chooses implementations; everything else receives them.
 */
import { basename, resolve } from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../db/client.ts';
import type { TandemConfig } from '../config/schema.ts';
import { KnowledgeBase, type KnowledgeSource, type SourceSyncRequest } from '../knowledge/index.ts';
import type { Logger } from '../logger.ts';
import { PreferenceMatcher } from '../router/routing-preferences.ts';
import { ProviderHealthMonitor, type ModelLineup } from '../router/provider-health.ts';
import type { BotServices } from '../bot/services.ts';
import { SpendLedger } from '../spend/ledger.ts';
import { meterEmbeddings, meterProvider } from '../spend/metered-provider.ts';
import { createConfiguredPricer } from '../spend/pricing.ts';
import { monthReply, monthToDateReply } from '../spend/spend-reply.ts';
import { budgetStatus } from '../spend/budget.ts';
import { buildCloudProvider, buildLastPrivacyFilter, buildLocalProvider } from './build-providers.ts';
import type { Meter } from '../router/request-context.ts';
import { createRequestJournal } from '../journal/request-journal.ts';
import { routePolicyFrom } from './route-policy.ts';
import { packageFile } from '../package-files.ts';
import { channelPolicyFor } from '../router/channel-policy.ts';

export const SAMPLE_HANDBOOK = packageFile('knowledge/sample-handbook');

export interface Tandem {
  config: TandemConfig;
  database: OpenedDatabase;
  services: BotServices;
  knowledge: KnowledgeBase;
  /** The configured folders, or the sample handbook when none are configured. */
  sources: KnowledgeSource[];
  /** What the configuration says the knowledge base holds (see src/app/knowledge-upkeep.ts). */
  knowledgeSources: SourceSyncRequest;
  close(): void;
}

export interface ComposeOptions {
  config: TandemConfig;
  logger: Logger;
  /** Directory relative knowledge folder paths are resolved against (the config file's folder). */
  baseDir: string;
  /** See OpenDatabaseOptions: one-shot commands skip the full scan of a large file. */
  integrityCheck?: 'full' | 'on-access';
  now?: () => Date;
}

/**
 * Async only so that what a configuration does not use is never loaded: without a cloud provider the
 * privacy guard (compromise's lexicon, phone metadata, word lists: a third of a second of start-up)
 * has nothing to protect, and `tandem ask` must not pay for it.
 */
export async function composeTandem(options: ComposeOptions): Promise<Tandem> {
  const { config, logger } = options;
  const now = options.now ?? (() => new Date());
  const database = openDatabase(config.database.path, options.integrityCheck ? { integrityCheck: options.integrityCheck } : {});
  const pricer = createConfiguredPricer(config);
  const ledger = new SpendLedger(database.db, pricer, now);
  const localProvider = buildLocalProvider(config);
  const cloudProvider = buildCloudProvider(config);
  const cloudEscalation = cloudProvider ? await import('../router/cloud-escalation.ts') : undefined;
  const models: ModelLineup = {
    local: new ProviderHealthMonitor(localProvider),
    localContextWindow: config.local.contextWindow,
    ...(config.routing.localTier ? { localTier: config.routing.localTier } : {}),
  };
  const embed = meterEmbeddings(localProvider, ledger, logger);
  // One metering layer for both paths: the bot never meters, it calls models that are metered.
  const meter: Meter = (provider, context, purpose, reading) => meterProvider(provider, ledger, logger, context, purpose, reading);
  const knowledge = new KnowledgeBase({ database, ...(embed ? { embedder: { embed, embedModel: config.local.embedModel } } : {}), now });
  const services: BotServices = {
    config,
    knowledge,
    models,
    localModel: (context, purpose, reading) => meter(localProvider, context, purpose, reading),
    ledger,
    journal: createRequestJournal(database.db, { leaseMs: config.requests.leaseSeconds * 1000, now }),
    routePolicy: routePolicyFrom(config.routing),
    channelPolicy: (scope) => channelPolicyFor(config.channels, scope),
    budget: (userId) => {
      // Without a cap nothing can be exceeded: no ledger query on every message.
      if (config.budget.monthlyUsd === undefined && config.budget.perUserDailyUsd === undefined) return { monthExceeded: false, userExceeded: false };
      const status = budgetStatus(database.db, { now: now(), timezone: config.report.timezone, budget: config.budget, ...(userId ? { userId } : {}) });
      return { monthExceeded: status.monthExceeded, userExceeded: status.userExceeded };
    },
    ...(config.routing.preferences.length > 0
      ? { routingPreferences: new PreferenceMatcher({ provider: localProvider, preferences: config.routing.preferences, timeoutMs: config.routing.preferenceTimeoutMs, meter }) }
      : {}),
    ...(cloudProvider && cloudEscalation ? { escalation: cloudEscalation.createCloudEscalation(cloudProvider, meter, buildLastPrivacyFilter(config)) } : {}),
    spendReport: async (month) => (month ? monthReply(database.db, config, month, now()) : monthToDateReply(database.db, config, now())),
    logger,
    now,
  };
  return {
    config,
    database,
    services,
    knowledge,
    sources: knowledgeSources(config, options.baseDir),
    knowledgeSources: sourceSyncRequest(config, options.baseDir),
    close: () => database.close(),
  };
}

export function sourceSyncRequest(config: TandemConfig, baseDir: string): SourceSyncRequest {
  const configured = config.knowledge.folders.map((folder) => {
    const path = resolve(baseDir, folder.path);
    return { path, name: folder.name ?? basename(path), channels: folder.channels };
  });
  return { configured, ...(config.knowledge.includeSample ? { sample: { path: SAMPLE_HANDBOOK, name: 'handbook', channels: [] } } : {}) };
}

export function knowledgeSources(config: TandemConfig, baseDir: string): KnowledgeSource[] {
  const configured = config.knowledge.folders.map((folder) => {
    const path = resolve(baseDir, folder.path);
    return { path, name: folder.name ?? basename(path), channels: folder.channels };
  });
  if (configured.length > 0 || !config.knowledge.includeSample) return configured;
  return [{ path: SAMPLE_HANDBOOK, name: 'handbook', channels: [] }];
}
