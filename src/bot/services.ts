/**
 * Everything a command needs, built once by the composition root and passed in. Commands never
 * construct clients or read configuration from the environment themselves.
 */
import type { OutgoingReply } from '../adapters/contract.ts';
import type { TandemConfig } from '../config/schema.ts';
import type { ChannelScope, KnowledgeBase, RetrievalResult } from '../knowledge/index.ts';
import type { RouteDecision, RoutePolicy } from '../router/decide-route.ts';
import type { ModelLineup } from '../router/provider-health.ts';
import type { ChatMessage } from '../router/providers/contract.ts';
import type { CallContext, SpendLedger } from '../spend/ledger.ts';
import type { AskOutcome, AskRequest } from './ask-flow.ts';
import type { Logger } from '../logger.ts';

export interface EscalationInput {
  services: BotServices;
  request: AskRequest;
  retrieval: RetrievalResult;
  messages: ChatMessage[];
  decision: RouteDecision;
  context: CallContext;
  found: boolean;
}

/** Cloud escalation (privacy guard + cloud provider); absent when no cloud key is configured. */
export interface Escalation {
  answerQuestion(input: EscalationInput): Promise<AskOutcome>;
  /** Generate with the cloud model on pseudonymized text, re-identified before it is returned. */
  generate(input: { messages: ChatMessage[]; context: CallContext; purpose: string; memberNames: readonly string[] }): Promise<{
    text: string;
    redactions: Array<{ type: string; count: number }>;
    modelId: string;
    providerId: string;
    costUsdMicros: number | null;
    callId: number | undefined;
  }>;
}

export interface BudgetState {
  monthExceeded: boolean;
  userExceeded: boolean;
}

export interface BotServices {
  config: TandemConfig;
  knowledge: Pick<KnowledgeBase, 'retrieve' | 'stats'>;
  models: ModelLineup;
  ledger: SpendLedger;
  routePolicy: RoutePolicy;
  channelPolicy(scope: ChannelScope): 'open' | 'confidential';
  budget(userId: string | undefined): BudgetState;
  escalation?: Escalation;
  /** Month-to-date spend as a chat reply; absent until the spend report is wired. */
  spendReport?(): Promise<OutgoingReply>;
  logger: Logger;
  now(): Date;
}
