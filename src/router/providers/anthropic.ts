/**
 * Anthropic's messages API through `@anthropic-ai/sdk`. Anthropic has no embeddings API, so this
 * provider has no `embed`.
 */
import { createRequire } from 'node:module';
import type Anthropic from '@anthropic-ai/sdk';
import type { Message, MessageCreateParamsBase, MessageParam, RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';
import { ConfigError, ProviderRequestError } from '../../errors.ts';
import type {
  FinishReason,
  GenerateChunk,
  GenerateRequest,
  GenerateResult,
  ModelProvider,
  ProviderHealth,
  TokenUsage,
} from './contract.ts';
import { healthFailureDetail, healthTimeoutMs, mapSdkError, unexpected } from './errors-map.ts';
import type { CallContext, SdkErrorClasses } from './errors-map.ts';
import { reportedCount } from './usage.ts';

export interface AnthropicProviderOptions {
  apiKey: string;
  /** Without `/v1`. Defaults to https://api.anthropic.com. */
  baseURL?: string;
  model: string;
  providerId?: string;
  /** Longest wait for an answer to start, per attempt. */
  timeoutMs?: number;
  /** SDK retries on 408/409/429/5xx and connection errors, honouring retry-after. Default 2. */
  maxRetries?: number;
  /** max_tokens is required by the API; used when a request sets no maxOutputTokens. */
  defaultMaxOutputTokens?: number;
}

const DEFAULT_BASE_URL = 'https://api.anthropic.com';
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_OUTPUT_TOKENS = 1024;
/**
 * The SDK is loaded when a provider is built, not when this file is: most runs never talk to this
 * vendor, and loading it costs ~150 ms and ~280 files. require() because building a provider is synchronous.
 */
const loadSdk = (): typeof import('@anthropic-ai/sdk') => createRequire(import.meta.url)('@anthropic-ai/sdk') as typeof import('@anthropic-ai/sdk');
const ANTHROPIC_ERRORS: SdkErrorClasses = {
  get APIError() { return loadSdk().APIError; },
  get APIConnectionError() { return loadSdk().APIConnectionError; },
  get APIConnectionTimeoutError() { return loadSdk().APIConnectionTimeoutError; },
};

interface AnthropicSettings {
  providerId: string;
  model: string;
  baseURL: string;
  timeoutMs: number;
  defaultMaxOutputTokens: number;
}

/** The three disjoint input counts Anthropic reports, on messages and on message_delta events. */
interface ReportedUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
}

export function createAnthropicProvider(options: AnthropicProviderOptions): ModelProvider {
  if (!options.apiKey) throw new ConfigError([{ key: 'apiKey', value: '(empty)', allowed: 'an Anthropic API key' }]);
  const settings: AnthropicSettings = {
    providerId: options.providerId ?? 'anthropic',
    model: options.model,
    baseURL: (options.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, ''),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    defaultMaxOutputTokens: options.defaultMaxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
  };
  const client = new (loadSdk().Anthropic)({
    apiKey: options.apiKey,
    baseURL: settings.baseURL,
    timeout: settings.timeoutMs,
    maxRetries: options.maxRetries ?? 2,
    // Explicit so the SDK reads none of its environment variables: the composition root owns
    // configuration, ANTHROPIC_LOG=debug would log request bodies, and traces could carry prompts.
    webhookKey: null,
    logLevel: 'warn',
    openTelemetry: false,
  });
  return {
    providerId: settings.providerId,
    modelId: settings.model,
    location: 'cloud',
    generate: (request) => generate(client, settings, request),
    stream: (request) => stream(client, settings, request),
    health: () => checkHealth(client, settings),
  };
}

function body(settings: AnthropicSettings, request: GenerateRequest): MessageCreateParamsBase {
  // Anthropic takes the system prompt beside the conversation, not as a message.
  const system = request.messages.filter((message) => message.role === 'system').map((message) => message.content);
  const messages: MessageParam[] = request.messages.flatMap((message) =>
    message.role === 'system' ? [] : [{ role: message.role, content: message.content }],
  );
  return {
    model: settings.model,
    max_tokens: request.maxOutputTokens ?? settings.defaultMaxOutputTokens,
    messages,
    ...(system.length === 0 ? {} : { system: system.join('\n\n') }),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
  };
}

function contextOf(settings: AnthropicSettings, signal: AbortSignal | undefined): CallContext {
  return { signal, timeoutMs: settings.timeoutMs, endpoint: settings.baseURL };
}

async function generate(client: Anthropic, settings: AnthropicSettings, request: GenerateRequest): Promise<GenerateResult> {
  try {
    const message = await client.messages.create({ ...body(settings, request), stream: false }, { signal: request.signal });
    return resultOf(settings, message);
  } catch (error) {
    throw mapAnthropicError(settings, error, contextOf(settings, request.signal));
  }
}

/** Inside the try above: a 200 whose JSON lacks `content` is a malformed answer, not a crash. */
function resultOf(settings: AnthropicSettings, message: Message): GenerateResult {
  const text = message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
  const rawFinishReason = message.stop_reason ?? undefined;
  return {
    text,
    usage: usageOf(message.usage),
    finishReason: finishReasonOf(rawFinishReason),
    rawFinishReason,
    modelId: message.model || settings.model,
  };
}

async function* stream(client: Anthropic, settings: AnthropicSettings, request: GenerateRequest): AsyncGenerator<GenerateChunk> {
  let usage: ReportedUsage = {};
  let rawFinishReason: string | undefined;
  let modelId = settings.model;
  try {
    const events = await client.messages.create({ ...body(settings, request), stream: true }, { signal: request.signal });
    for await (const event of events) {
      const text = textOf(event);
      if (text) yield { type: 'text', text };
      if (event.type === 'message_start') {
        usage = event.message.usage;
        modelId = event.message.model || modelId;
      } else if (event.type === 'message_delta') {
        usage = mergeUsage(usage, event.usage);
        rawFinishReason = event.delta.stop_reason ?? rawFinishReason;
      }
    }
  } catch (error) {
    throw mapAnthropicError(settings, error, contextOf(settings, request.signal));
  }
  // The SDK's stream ends quietly when the caller aborts; a finish then would pass a cut answer as whole.
  if (request.signal?.aborted) throw request.signal.reason;
  if (rawFinishReason === undefined) throw unexpected(settings.providerId, new Error('the stream ended without a stop reason'));
  yield { type: 'finish', usage: usageOf(usage), finishReason: finishReasonOf(rawFinishReason), rawFinishReason, modelId };
}

function textOf(event: RawMessageStreamEvent): string | undefined {
  return event.type === 'content_block_delta' && event.delta.type === 'text_delta' ? event.delta.text : undefined;
}

/** message_delta counts are cumulative; a null means "unchanged since message_start". */
function mergeUsage(start: ReportedUsage, delta: ReportedUsage): ReportedUsage {
  return {
    input_tokens: delta.input_tokens ?? start.input_tokens,
    output_tokens: delta.output_tokens ?? start.output_tokens,
    cache_read_input_tokens: delta.cache_read_input_tokens ?? start.cache_read_input_tokens,
    cache_creation_input_tokens: delta.cache_creation_input_tokens ?? start.cache_creation_input_tokens,
  };
}

/**
 * Anthropic's input_tokens excludes cache reads and writes; the contract's inputTokens is all input
 * (as OpenAI reports it and price tables expect), so the three are summed and the parts kept.
 */
function usageOf(usage: ReportedUsage | undefined): TokenUsage {
  const uncached = reportedCount(usage?.input_tokens);
  const cacheRead = reportedCount(usage?.cache_read_input_tokens);
  const cacheWrite = reportedCount(usage?.cache_creation_input_tokens);
  return {
    inputTokens: uncached === undefined ? undefined : uncached + (cacheRead ?? 0) + (cacheWrite ?? 0),
    cachedInputTokens: cacheRead,
    cacheWriteInputTokens: cacheWrite,
    outputTokens: reportedCount(usage?.output_tokens),
  };
}

function finishReasonOf(raw: string | undefined): FinishReason {
  if (raw === 'end_turn' || raw === 'stop_sequence') return 'stop';
  if (raw === 'max_tokens' || raw === 'model_context_window_exceeded') return 'length';
  if (raw === 'refusal') return 'content-filter';
  return 'other';
}

/**
 * An `error` event mid-stream arrives without an HTTP status; when it says the API was overloaded
 * it is as retryable as the 529 it stands for.
 */
function mapAnthropicError(settings: AnthropicSettings, error: unknown, context: CallContext): unknown {
  const mapped = mapSdkError(settings.providerId, error, ANTHROPIC_ERRORS, context);
  if (mapped instanceof ProviderRequestError && mapped.details.status === undefined && error instanceof loadSdk().APIError) {
    const type = (error.error as { error?: { type?: unknown } } | undefined)?.error?.type;
    if (type === 'overloaded_error' || type === 'api_error') {
      return new ProviderRequestError(settings.providerId, mapped.message, { status: undefined, retryable: true }, { cause: error });
    }
  }
  return mapped;
}

/**
 * Retrieving the configured model is free, proves the key and the URL, and says whether the model
 * (or alias) exists and how much context it takes — a cheap real check, so no "ok from config".
 */
async function checkHealth(client: Anthropic, settings: AnthropicSettings): Promise<ProviderHealth> {
  const where = `Anthropic at ${settings.baseURL}`;
  const timeoutMs = healthTimeoutMs(settings.timeoutMs);
  try {
    const model = await client.models.retrieve(settings.model, {}, { maxRetries: 0, timeout: timeoutMs });
    const contextWindow = reportedCount(model.max_input_tokens);
    return { ok: true, detail: `${where}: model ${settings.model} is available`, ...(contextWindow === undefined ? {} : { contextWindow }) };
  } catch (error) {
    if (error instanceof loadSdk().APIError && error.status === 404) {
      return { ok: false, detail: `${where}: model ${settings.model} does not exist or this key cannot use it: check the model name` };
    }
    const context = { ...contextOf(settings, undefined), timeoutMs, local: false };
    return { ok: false, detail: healthFailureDetail(settings.providerId, error, ANTHROPIC_ERRORS, context) };
  }
}
