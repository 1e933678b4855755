/**
 * Ollama's native API (/api/chat, /api/embed) through the `ollama` client. Native rather than its
 * OpenAI-compatible /v1 because only the native API takes `num_ctx`, without which Ollama silently
 * truncates long prompts to its small default context.
 */
import type { AbortableAsyncIterator, ChatRequest, ChatResponse, Message } from 'ollama';
import type {
  EmbedResult,
  FinishReason,
  GenerateChunk,
  GenerateRequest,
  GenerateResult,
  ModelProvider,
  TokenUsage,
} from './contract.ts';
import { healthTimeoutMs } from './errors-map.ts';
import { mapOllamaError, openCall } from './ollama-client.ts';
import type { OllamaSettings } from './ollama-client.ts';
import { checkOllamaHealth } from './ollama-health.ts';
import { reportedCount } from './usage.ts';

export interface OllamaProviderOptions {
  /** e.g. http://127.0.0.1:11434 */
  host: string;
  model: string;
  /** Embedding model (e.g. nomic-embed-text); without it the provider offers no `embed`. */
  embedModel?: string;
  /** num_ctx sent with every chat request unless the request names its own. */
  contextWindow?: number;
  /** How long Ollama keeps the model loaded after a call ("5m", seconds, or -1 for ever). */
  keepAlive?: string | number;
  /** Longest wait for Ollama to start answering; a cold model load counts against it. */
  timeoutMs?: number;
  providerId?: string;
  fetch?: typeof fetch;
}

/** Loading a model from disk on the first call can take a minute on a laptop. */
const DEFAULT_TIMEOUT_MS = 120_000;
/** Ollama's own default is 2048–4096; 8192 fits every current chat model and modest RAM. */
const DEFAULT_CONTEXT_WINDOW = 8192;

export function createOllamaProvider(options: OllamaProviderOptions): ModelProvider {
  const settings: OllamaSettings = {
    providerId: options.providerId ?? 'ollama',
    host: options.host.replace(/\/+$/, ''),
    model: options.model,
    embedModel: options.embedModel,
    contextWindow: options.contextWindow ?? DEFAULT_CONTEXT_WINDOW,
    keepAlive: options.keepAlive,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch ?? globalThis.fetch,
  };
  const provider: ModelProvider = {
    providerId: settings.providerId,
    modelId: settings.model,
    location: 'local',
    generate: (request) => generate(settings, request),
    stream: (request) => stream(settings, request),
    health: () => checkOllamaHealth(settings, openCall({ ...settings, timeoutMs: healthTimeoutMs(settings.timeoutMs) }, undefined)),
  };
  if (settings.embedModel !== undefined) {
    const embedModel = settings.embedModel;
    provider.embed = (texts, embedOptions) => embed(settings, texts, embedOptions?.model ?? embedModel, embedOptions?.signal);
  }
  return provider;
}

function chatRequest(settings: OllamaSettings, request: GenerateRequest): Omit<ChatRequest, 'stream'> {
  const messages: Message[] = request.messages.map((message) => ({ role: message.role, content: message.content }));
  return {
    model: settings.model,
    messages,
    ...(settings.keepAlive === undefined ? {} : { keep_alive: settings.keepAlive }),
    ...(request.jsonSchema === undefined ? {} : { format: request.jsonSchema.schema }),
    options: {
      num_ctx: request.contextWindow ?? settings.contextWindow,
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(request.maxOutputTokens === undefined ? {} : { num_predict: request.maxOutputTokens }),
    },
  };
}

async function generate(settings: OllamaSettings, request: GenerateRequest): Promise<GenerateResult> {
  const { client, context } = openCall(settings, request.signal);
  try {
    const response = await client.chat({ ...chatRequest(settings, request), stream: false });
    return { text: response.message.content, ...finishOf(settings, response) };
  } catch (error) {
    throw mapOllamaError(settings, error, context);
  }
}

async function* stream(settings: OllamaSettings, request: GenerateRequest): AsyncGenerator<GenerateChunk> {
  const { client, context } = openCall(settings, request.signal);
  let parts: AbortableAsyncIterator<ChatResponse> | undefined;
  let finished = false;
  try {
    parts = await client.chat({ ...chatRequest(settings, request), stream: true });
    for await (const part of parts) {
      // Lines already buffered keep coming after an abort; stop at once rather than finish.
      if (request.signal?.aborted) throw request.signal.reason;
      if (part.message.content) yield { type: 'text', text: part.message.content };
      if (part.done) {
        finished = true;
        yield { type: 'finish', ...finishOf(settings, part) };
      }
    }
  } catch (error) {
    throw mapOllamaError(settings, error, context);
  } finally {
    // A consumer that stops early must not leave Ollama generating into a dead socket.
    if (!finished) parts?.abort();
  }
}

async function embed(
  settings: OllamaSettings,
  texts: string[],
  model: string,
  signal: AbortSignal | undefined,
): Promise<EmbedResult> {
  const { client, context } = openCall(settings, signal);
  try {
    const response = await client.embed({
      model,
      input: texts,
      ...(settings.keepAlive === undefined ? {} : { keep_alive: settings.keepAlive }),
    });
    return {
      embeddings: response.embeddings,
      usage: { inputTokens: reportedCount(response.prompt_eval_count) },
      modelId: response.model || model,
    };
  } catch (error) {
    throw mapOllamaError({ ...settings, model }, error, context);
  }
}

function finishOf(settings: OllamaSettings, response: ChatResponse): Omit<GenerateResult, 'text'> {
  const rawFinishReason = typeof response.done_reason === 'string' && response.done_reason ? response.done_reason : undefined;
  return {
    usage: usageOf(response),
    finishReason: finishReasonOf(rawFinishReason),
    rawFinishReason,
    modelId: response.model || settings.model,
  };
}

function usageOf(response: ChatResponse): TokenUsage {
  return {
    inputTokens: reportedCount(response.prompt_eval_count),
    // Ollama reuses its KV cache silently and reports no cached count.
    cachedInputTokens: undefined,
    outputTokens: reportedCount(response.eval_count),
  };
}

function finishReasonOf(raw: string | undefined): FinishReason {
  if (raw === 'stop') return 'stop';
  if (raw === 'length') return 'length';
  return 'other';
}

/**
 * "Ask the local model for JSON following this schema" (Ollama's `format`), for the privacy guard's last
 * filter. Returns the raw answer; the caller validates it. The caller's signal ends the call.
 */
export function createOllamaJsonGenerator(options: OllamaProviderOptions): (request: { system: string; prompt: string; schema: Record<string, unknown>; signal: AbortSignal }) => Promise<string> {
  const settings: OllamaSettings = {
    providerId: options.providerId ?? 'ollama',
    host: options.host.replace(/\/+$/, ''),
    model: options.model,
    embedModel: undefined,
    contextWindow: options.contextWindow ?? DEFAULT_CONTEXT_WINDOW,
    keepAlive: options.keepAlive,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch ?? globalThis.fetch,
  };
  return async (request) => {
    const { client, context } = openCall(settings, request.signal);
    try {
      // /api/generate, not /api/chat: a one-shot extraction, kept apart from the conversations tandem answers.
      const response = await client.generate({
        model: settings.model,
        system: request.system,
        prompt: request.prompt,
        format: request.schema,
        stream: false,
        options: { temperature: 0, num_ctx: settings.contextWindow },
      });
      return response.response ?? '';
    } catch (error) {
      throw mapOllamaError(settings, error, context);
    }
  };
}
