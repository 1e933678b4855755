/**
 * OpenAI's chat completions API through the `openai` SDK. The same wire format is spoken by
 * OpenAI-compatible local servers (llama.cpp, LM Studio, vLLM, Ollama's /v1), so with
 * `location: 'local'` this is also tandem's OpenAI-compatible local provider.
 */
import { createRequire } from 'node:module';
import type OpenAI from 'openai';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParamsBase,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import { ConfigError } from '../../errors.ts';
import type {
  EmbedResult,
  ProviderHealth,
  FinishReason,
  GenerateChunk,
  GenerateRequest,
  GenerateResult,
  ModelProvider,
  ProviderLocation,
  TokenUsage,
} from './contract.ts';
import { healthFailureDetail, healthTimeoutMs, mapSdkError, unexpected } from './errors-map.ts';
import type { CallContext, SdkErrorClasses } from './errors-map.ts';
import { findModelName } from './model-names.ts';
import { reportedCount } from './usage.ts';

export interface OpenAIProviderOptions {
  /** Local servers usually ignore the key; an empty one is allowed for `location: 'local'`. */
  apiKey: string;
  /** Includes `/v1`. Defaults to OpenAI's for `cloud`; required for `local`. */
  baseURL?: string;
  model: string;
  location: ProviderLocation;
  providerId?: string;
  /** Longest wait for an answer to start, per attempt. */
  timeoutMs?: number;
  /** SDK retries on 408/409/429/5xx and connection errors, honouring retry-after. Default 2. */
  maxRetries?: number;
  embedModel?: string;
}

const CLOUD_BASE_URL = 'https://api.openai.com/v1';
const CLOUD_TIMEOUT_MS = 60_000;
/** A local server may first load the model from disk. */
const LOCAL_TIMEOUT_MS = 120_000;

interface OpenAISettings {
  providerId: string;
  model: string;
  location: ProviderLocation;
  baseURL: string;
  timeoutMs: number;
}

/**
 * The SDK is loaded when a provider is built, not when this file is: most runs never talk to this
 * vendor, and loading it costs ~50 ms and ~150 files. require() because building a provider is synchronous.
 */
const loadSdk = (): typeof import('openai') => createRequire(import.meta.url)('openai') as typeof import('openai');
const OPENAI_ERRORS: SdkErrorClasses = {
  get APIError() { return loadSdk().APIError; },
  get APIConnectionError() { return loadSdk().APIConnectionError; },
  get APIConnectionTimeoutError() { return loadSdk().APIConnectionTimeoutError; },
};

export function createOpenAIProvider(options: OpenAIProviderOptions): ModelProvider {
  const settings = settingsOf(options);
  const client = new (loadSdk().OpenAI)({
    // settingsOf refused an empty cloud key; local servers ignore the key but the SDK insists on one.
    apiKey: options.apiKey || 'no-key',
    baseURL: settings.baseURL,
    timeout: settings.timeoutMs,
    maxRetries: options.maxRetries ?? 2,
    // Passed explicitly so the SDK reads none of its environment variables: the composition root
    // owns configuration, and OPENAI_LOG=debug would print request bodies (user text) to the log.
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    logLevel: 'warn',
  });
  const provider: ModelProvider = {
    providerId: settings.providerId,
    modelId: settings.model,
    location: settings.location,
    generate: (request) => generate(client, settings, request),
    stream: (request) => stream(client, settings, request),
    health: () => checkHealth(client, settings),
  };
  if (options.embedModel !== undefined) {
    const embedModel = options.embedModel;
    provider.embed = (texts, embedOptions) => embed(client, settings, texts, embedOptions?.model ?? embedModel, embedOptions?.signal);
  }
  return provider;
}

function settingsOf(options: OpenAIProviderOptions): OpenAISettings {
  const local = options.location === 'local';
  if (local && !options.baseURL) {
    throw new ConfigError([{ key: 'baseURL', value: options.baseURL, allowed: 'the local server URL including /v1, e.g. http://127.0.0.1:8080/v1' }]);
  }
  if (!local && !options.apiKey) {
    throw new ConfigError([{ key: 'apiKey', value: '(empty)', allowed: 'an OpenAI API key' }]);
  }
  return {
    providerId: options.providerId ?? (local ? 'openai-compatible' : 'openai'),
    model: options.model,
    location: options.location,
    baseURL: (options.baseURL ?? CLOUD_BASE_URL).replace(/\/+$/, ''),
    timeoutMs: options.timeoutMs ?? (local ? LOCAL_TIMEOUT_MS : CLOUD_TIMEOUT_MS),
  };
}

function body(settings: OpenAISettings, request: GenerateRequest): ChatCompletionCreateParamsBase {
  const messages: ChatCompletionMessageParam[] = request.messages.map((message) => ({ role: message.role, content: message.content }));
  // OpenAI deprecated max_tokens and its reasoning models reject it, so the cloud gets
  // max_completion_tokens; local servers (llama.cpp, LM Studio, older vLLM and Ollama) only know max_tokens.
  const limit = request.maxOutputTokens === undefined ? {} : settings.location === 'cloud'
    ? { max_completion_tokens: request.maxOutputTokens }
    : { max_tokens: request.maxOutputTokens };
  return {
    model: settings.model,
    messages,
    ...limit,
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.jsonSchema === undefined ? {} : { response_format: { type: 'json_schema', json_schema: { name: request.jsonSchema.name, schema: request.jsonSchema.schema, strict: true } } }),
  };
}

function contextOf(settings: OpenAISettings, signal: AbortSignal | undefined): CallContext {
  return { signal, timeoutMs: settings.timeoutMs, endpoint: settings.baseURL };
}

async function generate(client: OpenAI, settings: OpenAISettings, request: GenerateRequest): Promise<GenerateResult> {
  try {
    const completion = await client.chat.completions.create({ ...body(settings, request), stream: false }, { signal: request.signal });
    return resultOf(settings, completion);
  } catch (error) {
    throw mapSdkError(settings.providerId, error, OPENAI_ERRORS, contextOf(settings, request.signal));
  }
}

/** Inside the try above: a 200 whose JSON lacks `choices` is a malformed answer, not a crash. */
function resultOf(settings: OpenAISettings, completion: ChatCompletion): GenerateResult {
  const [choice] = completion.choices;
  if (choice === undefined) throw new Error('the answer has no choices');
  const rawFinishReason = choice.finish_reason ?? undefined;
  return {
    text: choice.message.content ?? '',
    usage: usageOf(completion.usage),
    finishReason: finishReasonOf(rawFinishReason),
    rawFinishReason,
    modelId: completion.model || settings.model,
  };
}

async function* stream(client: OpenAI, settings: OpenAISettings, request: GenerateRequest): AsyncGenerator<GenerateChunk> {
  const context = contextOf(settings, request.signal);
  let usage: CompletionUsage | undefined;
  let rawFinishReason: string | undefined;
  let modelId = settings.model;
  try {
    const chunks = await client.chat.completions.create(
      // Without include_usage a streamed answer reports no token counts at all.
      { ...body(settings, request), stream: true, stream_options: { include_usage: true } },
      { signal: request.signal },
    );
    for await (const chunk of chunks) {
      const choice: ChatCompletionChunk.Choice | undefined = chunk.choices[0];
      if (choice?.delta.content) yield { type: 'text', text: choice.delta.content };
      rawFinishReason = choice?.finish_reason ?? rawFinishReason;
      usage = chunk.usage ?? usage;
      modelId = chunk.model || modelId;
    }
  } catch (error) {
    throw mapSdkError(settings.providerId, error, OPENAI_ERRORS, context);
  }
  // The SDK's stream ends quietly when the caller aborts; a finish then would pass a cut answer as whole.
  if (request.signal?.aborted) throw request.signal.reason;
  if (rawFinishReason === undefined) throw unexpected(settings.providerId, new Error('the stream ended without a finish reason'));
  yield { type: 'finish', usage: usageOf(usage), finishReason: finishReasonOf(rawFinishReason), rawFinishReason, modelId };
}

async function embed(
  client: OpenAI,
  settings: OpenAISettings,
  texts: string[],
  model: string,
  signal: AbortSignal | undefined,
): Promise<EmbedResult> {
  try {
    // float, not the SDK's default base64: several local servers only speak float.
    const response = await client.embeddings.create({ model, input: texts, encoding_format: 'float' }, { signal });
    const ordered = [...response.data].sort((left, right) => left.index - right.index);
    return {
      embeddings: ordered.map((item) => item.embedding),
      usage: { inputTokens: reportedCount(response.usage?.prompt_tokens) },
      modelId: response.model || model,
    };
  } catch (error) {
    throw mapSdkError(settings.providerId, error, OPENAI_ERRORS, contextOf(settings, signal));
  }
}

/**
 * Lists the models (free, and proves the key and URL work) and looks for ours. Without retries:
 * a health check should say at once that a server is down, not after the SDK's backoff.
 */
async function checkHealth(client: OpenAI, settings: OpenAISettings): Promise<ProviderHealth> {
  const ids: string[] = [];
  let contextWindow: number | undefined;
  const timeoutMs = healthTimeoutMs(settings.timeoutMs);
  try {
    for await (const model of client.models.list({ maxRetries: 0, timeout: timeoutMs })) {
      ids.push(model.id);
      // vLLM reports the served context length; OpenAI and most local servers do not.
      if (model.id === settings.model) contextWindow = reportedCount((model as { max_model_len?: unknown }).max_model_len);
    }
  } catch (error) {
    const context = { ...contextOf(settings, undefined), timeoutMs, local: settings.location === 'local' };
    const hint = error instanceof loadSdk().APIError && error.status === 404 ? ': the base URL should end in /v1' : '';
    return { ok: false, detail: healthFailureDetail(settings.providerId, error, OPENAI_ERRORS, context) + hint };
  }
  const where = `${settings.providerId} at ${settings.baseURL}`;
  if (findModelName(ids, settings.model) === undefined) {
    const served = settings.location === 'local' ? `; it serves: ${ids.slice(0, 10).join(', ') || 'nothing'}` : '';
    return { ok: false, detail: `${where}: model ${settings.model} is not available${served}. Set the model to one it lists` };
  }
  return { ok: true, detail: `${where}: model ${settings.model} is available`, ...(contextWindow === undefined ? {} : { contextWindow }) };
}

/** prompt_tokens already includes the cached tokens, matching the contract's meaning. */
function usageOf(usage: CompletionUsage | null | undefined): TokenUsage {
  return {
    inputTokens: reportedCount(usage?.prompt_tokens),
    cachedInputTokens: reportedCount(usage?.prompt_tokens_details?.cached_tokens),
    outputTokens: reportedCount(usage?.completion_tokens),
  };
}

function finishReasonOf(raw: string | undefined): FinishReason {
  if (raw === 'stop') return 'stop';
  if (raw === 'length') return 'length';
  if (raw === 'content_filter') return 'content-filter';
  return 'other';
}
