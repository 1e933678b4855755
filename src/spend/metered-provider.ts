/**
 * Wraps a provider so that every call is written to the ledger in a `finally`: spend is recorded
 * even when the call fails half-way or the reply never reaches the user. The ledger listens and never
 * steers: if writing the row fails (a full disk, a locked file), that is logged loudly and the answer
 * — already paid for — still reaches the person.
 */
import { EMPTY_USAGE, type EmbedResult, type GenerateChunk, type GenerateRequest, type GenerateResult, type ModelProvider, type TokenUsage } from '../router/providers/contract.ts';
import type { CallContext, MeteredProvider, MeterReading } from '../router/request-context.ts';
import type { SpendLedger } from './ledger.ts';
import type { Logger } from '../logger.ts';

export function meterProvider(
  provider: ModelProvider,
  ledger: SpendLedger,
  logger: Logger,
  context: CallContext,
  purpose: string,
  meter: MeterReading = newMeter(),
): MeteredProvider {
  const base = { provider: provider.providerId, model: provider.modelId, location: provider.location };
  const write = (usage: TokenUsage, startedAt: number, error: unknown, model = provider.modelId): void => {
    const recorded = recordOrReport(logger, context.requestId, () => ledger.record({
      ...context,
      ...base,
      model,
      purpose,
      usage,
      latencyMs: performance.now() - startedAt,
      status: error === undefined ? 'ok' : 'error',
      ...(error === undefined ? {} : { error: describeError(error) }),
    }));
    if (recorded === undefined) return;
    meter.lastCallId = recorded.id;
    addUsage(meter, usage, recorded.quote.costUsdMicros);
  };

  return {
    providerId: provider.providerId,
    modelId: provider.modelId,
    location: provider.location,
    meter,
    health: () => provider.health(),
    ...(provider.embed ? { embed: provider.embed.bind(provider) } : {}),
    async generate(request: GenerateRequest): Promise<GenerateResult> {
      const startedAt = performance.now();
      let result: GenerateResult | undefined;
      let failure: unknown;
      try {
        result = await provider.generate(request);
        return result;
      } catch (error) {
        failure = error;
        throw error;
      } finally {
        write(result?.usage ?? EMPTY_USAGE, startedAt, failure, result?.modelId);
      }
    },
    async *stream(request: GenerateRequest): AsyncIterable<GenerateChunk> {
      const startedAt = performance.now();
      let finish: Extract<GenerateChunk, { type: 'finish' }> | undefined;
      let failure: unknown;
      try {
        for await (const chunk of provider.stream(request)) {
          if (chunk.type === 'finish') finish = chunk;
          yield chunk;
        }
      } catch (error) {
        failure = error;
        throw error;
      } finally {
        write(finish?.usage ?? EMPTY_USAGE, startedAt, failure ?? (finish ? undefined : 'stream ended early'), finish?.modelId);
      }
    },
  };
}

/** Runs a ledger write; a failure is reported loudly and swallowed, so it never replaces an answer. */
function recordOrReport<T>(logger: Logger, requestId: string, write: () => T): T | undefined {
  try {
    return write();
  } catch (error) {
    logger.error('THE LEDGER COULD NOT RECORD A MODEL CALL: its spend is missing from reports until this is fixed', { requestId, error: describeError(error) });
    return undefined;
  }
}

export function newMeter(): MeterReading {
  return { lastCallId: undefined, totals: { usage: { inputTokens: 0, cachedInputTokens: 0, outputTokens: 0 }, costUsdMicros: 0, unpriced: false } };
}

function addUsage(meter: MeterReading, usage: TokenUsage, costUsdMicros: number | null): void {
  const totals = meter.totals;
  totals.usage = {
    inputTokens: (totals.usage.inputTokens ?? 0) + (usage.inputTokens ?? 0),
    cachedInputTokens: (totals.usage.cachedInputTokens ?? 0) + (usage.cachedInputTokens ?? 0),
    outputTokens: (totals.usage.outputTokens ?? 0) + (usage.outputTokens ?? 0),
  };
  if (costUsdMicros === null) totals.unpriced = true;
  else totals.costUsdMicros += costUsdMicros;
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // The ledger is read by finance; keep it a line, not a stack trace.
  return message.split('\n')[0]!.slice(0, 500);
}

/**
 * Embedding calls are model calls too: each batch (ingest) or query embedding (retrieval) becomes a
 * ledger row. They are tandem's own work rather than one person's request, hence `system`.
 */
export function meterEmbeddings(provider: ModelProvider, ledger: SpendLedger, logger: Logger): NonNullable<ModelProvider['embed']> | undefined {
  const embed = provider.embed?.bind(provider);
  if (!embed) return undefined;
  return async (texts, options) => {
    const startedAt = performance.now();
    let result: EmbedResult | undefined;
    let failure: unknown;
    try {
      result = await embed(texts, options);
      return result;
    } catch (error) {
      failure = error;
      throw error;
    } finally {
      recordOrReport(logger, 'knowledge', () => ledger.record({
        requestId: 'knowledge',
        platform: 'system',
        command: 'knowledge',
        route: 'local',
        reasons: [],
        purpose: 'embed',
        provider: provider.providerId,
        model: result?.modelId ?? options?.model ?? provider.modelId,
        location: provider.location,
        usage: { inputTokens: result?.usage.inputTokens, cachedInputTokens: undefined, outputTokens: 0 },
        latencyMs: performance.now() - startedAt,
        status: failure === undefined ? 'ok' : 'error',
        ...(failure === undefined ? {} : { error: describeError(failure) }),
      }));
    }
  };
}
