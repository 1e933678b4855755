/**
 * Everything a command needs, built once by the composition root and passed in. Commands never
 * construct clients or read configuration from the environment themselves.
 */
import type { OutgoingReply } from '../core/chat-contract.ts';
import type { TandemConfig } from '../config/schema.ts';
import type { ChannelScope, KnowledgeBase } from '../knowledge/index.ts';
import type { ChannelPolicy } from '../router/channel-policy.ts';
import type { CloudEscalation } from '../router/cloud-escalation.ts';
import type { RoutePolicy } from '../router/decide-route.ts';
import type { ModelLineup } from '../router/provider-health.ts';
import type { MeteredModel } from '../router/request-context.ts';
import type { SpendLedger } from '../spend/ledger.ts';
import type { RequestJournal } from '../journal/request-journal.ts';
import type { Logger } from '../logger.ts';
import type { PreferenceMatcher } from '../router/routing-preferences.ts';

export interface BudgetState {
  monthExceeded: boolean;
  userExceeded: boolean;
}

export interface BotServices {
  /** Only the sections commands read; tokens, keys and adapter settings never reach the bot. */
  config: Pick<TandemConfig, 'knowledge' | 'routing' | 'budget' | 'report'>;
  knowledge: Pick<KnowledgeBase, 'retrieve' | 'stats' | 'topDocuments'>;
  models: ModelLineup;
  /** The local model behind the metering layer: every call lands in the ledger, whoever makes it. */
  localModel: MeteredModel;
  ledger: SpendLedger;
  /** Every request's claim and progress, so each is answered once, across restarts too. */
  journal: RequestJournal;
  routePolicy: RoutePolicy;
  channelPolicy(scope: ChannelScope): ChannelPolicy;
  budget(userId: string | undefined): BudgetState;
  /** Cloud escalation through the privacy guard; absent when no cloud key is configured. */
  escalation?: CloudEscalation;
  /** Plain-language routing preferences matched by the local model (absent when none are configured). */
  routingPreferences?: PreferenceMatcher;
  /** The spend report as a chat reply: month to date, or a given month (`YYYY-MM`). */
  spendReport?(month?: string): Promise<OutgoingReply>;
  logger: Logger;
  now(): Date;
}
