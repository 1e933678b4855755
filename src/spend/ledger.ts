/**
 * Where money is counted. Every model call — local or cloud, answered or failed — becomes one
 * `model_calls` row with the provider's reported tokens, its price and the all-cloud counterfactual.
 * The ledger listens; it never decides anything about a request.
 */
import type { TandemDb } from '../../db/client.ts';
import { maskSecretsIn } from '../mask-secrets.ts';
import { feedback, modelCalls } from '../../db/schema.ts';
import type { ProviderLocation, TokenUsage } from '../router/providers/contract.ts';
import type { Pricer, PriceQuote } from './pricing.ts';
import type { CallContext } from '../router/request-context.ts';
import { StrongerModelLog } from './stronger-model-log.ts';

export type { CallContext };

export interface ModelCallRecord extends CallContext {
  purpose: string;
  provider: string;
  model: string;
  location: ProviderLocation;
  usage: TokenUsage;
  latencyMs: number;
  status: 'ok' | 'error';
  error?: string;
}

export interface RecordedCall {
  id: number;
  quote: PriceQuote;
  record: ModelCallRecord;
}

export type LedgerListener = (call: RecordedCall) => void;

export class SpendLedger {
  private readonly listeners: LedgerListener[] = [];
  /** "☁️ Ask a stronger model" presses: who wanted more than the local answer, and for what kind of request. */
  readonly strongerModelRequests: StrongerModelLog;

  constructor(
    private readonly db: TandemDb,
    private readonly pricer: Pick<Pricer, 'price' | 'counterfactual'>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.strongerModelRequests = new StrongerModelLog(db, now);
  }

  /** Budget alerts and live counters subscribe here instead of being called by the bot. */
  onRecorded(listener: LedgerListener): void {
    this.listeners.push(listener);
  }

  record(call: ModelCallRecord): RecordedCall {
    const quote = isUnbilledFailure(call) ? UNBILLED_FAILURE : this.pricer.price({ provider: call.provider, model: call.model, location: call.location, usage: call.usage });
    // Only real work has a counterfactual: a failed call would not have been billed by the cloud either.
    // Embeddings are compared as nothing: the reference is a chat model, and an all-cloud setup would
    // embed the same documents too (at a cloud embedding price far below any chat price).
    const counterfactual = call.status !== 'ok' ? undefined : call.purpose === 'embed' ? { costUsdMicros: 0 } : this.pricer.counterfactual(call.usage);
    const [row] = this.db
      .insert(modelCalls)
      .values({
        createdAt: this.now(),
        requestId: call.requestId,
        platform: call.platform,
        channelId: call.channelId ?? null,
        channelName: call.channelName ?? null,
        userId: call.userId ?? null,
        command: call.command,
        purpose: call.purpose,
        provider: call.provider,
        model: call.model,
        location: call.location,
        route: call.route,
        reasons: call.reasons.map(maskSecretsIn),
        inputTokens: call.usage.inputTokens ?? null,
        cachedInputTokens: call.usage.cachedInputTokens ?? null,
        cacheWriteInputTokens: call.usage.cacheWriteInputTokens ?? null,
        outputTokens: call.usage.outputTokens ?? null,
        latencyMs: Math.round(call.latencyMs),
        costUsdMicros: quote.costUsdMicros,
        costStatus: quote.costStatus,
        counterfactualCostUsdMicros: counterfactual?.costUsdMicros ?? null,
        priceSource: quote.priceSource,
        status: call.status,
        error: call.error === undefined ? null : maskSecretsIn(call.error),
      })
      .returning({ id: modelCalls.id })
      .all();
    const recorded: RecordedCall = { id: row!.id, quote, record: call };
    for (const listener of this.listeners) listener(recorded);
    return recorded;
  }

  /** One vote per person per answer; voting again replaces the earlier vote. */
  recordFeedback(vote: { modelCallId: number; platform: string; userId: string; rating: 'up' | 'down' }): void {
    this.db
      .insert(feedback)
      .values({ ...vote, createdAt: this.now() })
      .onConflictDoUpdate({
        target: [feedback.modelCallId, feedback.userId],
        set: { rating: vote.rating, createdAt: this.now() },
      })
      .run();
  }
}

/** A call that failed before the provider reported any usage was not billed: cost 0, not "unpriced". */
const UNBILLED_FAILURE: PriceQuote = { costUsdMicros: 0, costStatus: 'free', priceSource: 'failed before any usage was reported' };

function isUnbilledFailure(call: ModelCallRecord): boolean {
  const { inputTokens, cachedInputTokens, outputTokens } = call.usage;
  return call.status === 'error' && inputTokens === undefined && cachedInputTokens === undefined && outputTokens === undefined;
}
