/**
 * The one contract every model backend implements (Ollama, OpenAI-compatible, OpenAI, Anthropic).
 * The router and the bot speak only this; no file outside src/router/providers imports a vendor SDK.
 */
export type ProviderLocation = 'local' | 'cloud';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface GenerateRequest {
  messages: ChatMessage[];
  /** Upper bound on generated tokens; providers pick a sensible default when absent. */
  maxOutputTokens?: number;
  temperature?: number;
  /** Context window to request from servers that need telling (Ollama's num_ctx). */
  contextWindow?: number;
  /**
   * Constrain the answer to JSON matching this JSON Schema (Ollama's `format`, OpenAI-compatible
   * `response_format: json_schema`), so a short classification call always answers in shape.
   */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
  signal?: AbortSignal;
}

/**
 * Token counts as *reported* by the provider — undefined when it reported nothing, never guessed.
 * `inputTokens` is every input token, cached or not (OpenAI's `prompt_tokens`; for Anthropic the sum
 * of its three disjoint input counts), so the cache fields are parts of it, as price tables expect.
 */
export interface TokenUsage {
  inputTokens: number | undefined;
  /** Part of inputTokens read from the vendor's prompt cache. */
  cachedInputTokens: number | undefined;
  outputTokens: number | undefined;
  /** Part of inputTokens written to the prompt cache (Anthropic bills these above the base rate). */
  cacheWriteInputTokens?: number | undefined;
}

export type FinishReason = 'stop' | 'length' | 'content-filter' | 'error' | 'other';

export interface GenerateResult {
  text: string;
  usage: TokenUsage;
  finishReason: FinishReason;
  /** The vendor's own finish reason, kept for the ledger and debugging. */
  rawFinishReason: string | undefined;
  /** The model that actually answered (vendors may resolve aliases). */
  modelId: string;
}

export type GenerateChunk =
  | { type: 'text'; text: string }
  | { type: 'finish'; usage: TokenUsage; finishReason: FinishReason; rawFinishReason: string | undefined; modelId: string };

export interface EmbedResult {
  embeddings: number[][];
  usage: { inputTokens: number | undefined };
  modelId: string;
}

export interface ProviderHealth {
  ok: boolean;
  /** Why not, in words an operator can act on ("model llama3.2 is not pulled: run `ollama pull llama3.2`"). */
  detail: string;
  /** Context window of the configured chat model, when the server tells us. */
  contextWindow?: number;
  /** The chat model's parameter size as the server reports it ("3.2B"), for the local tier. */
  parameterSize?: string;
}

export interface ModelProvider {
  readonly providerId: string;
  readonly modelId: string;
  readonly location: ProviderLocation;
  generate(request: GenerateRequest): Promise<GenerateResult>;
  stream(request: GenerateRequest): AsyncIterable<GenerateChunk>;
  /** Optional: not every backend embeds (Anthropic has no embeddings API). */
  embed?(texts: string[], options?: { model?: string; signal?: AbortSignal }): Promise<EmbedResult>;
  health(): Promise<ProviderHealth>;
}

export const EMPTY_USAGE: TokenUsage = { inputTokens: undefined, cachedInputTokens: undefined, outputTokens: undefined };
