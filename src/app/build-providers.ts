/**
 * The only place vendor providers are constructed: config in, `ModelProvider`s out. The router and
 * the bot see the contract, never an SDK.
 */
import type { TandemConfig } from '../config/schema.ts';
import { createAnthropicProvider } from '../router/providers/anthropic.ts';
import type { ModelProvider } from '../router/providers/contract.ts';
import type { LastFilter } from '../router/privacy/index.ts';
import { createOllamaJsonGenerator, createOllamaProvider } from '../router/providers/ollama.ts';
import { createOpenAIProvider } from '../router/providers/openai.ts';

export function buildLocalProvider(config: TandemConfig): ModelProvider {
  const local = config.local;
  if (local.provider === 'openai-compatible') {
    return createOpenAIProvider({
      apiKey: local.apiKey ?? '',
      baseURL: local.baseUrl ?? `${local.host}/v1`,
      model: local.model,
      location: 'local',
      providerId: 'openai-compatible',
      timeoutMs: local.timeoutMs,
      embedModel: local.embedModel,
    });
  }
  return createOllamaProvider({ host: local.host, model: local.model, embedModel: local.embedModel, contextWindow: local.contextWindow, timeoutMs: local.timeoutMs });
}

/** The local model's last privacy pass (Ollama structured output); undefined when turned off or not Ollama. */
export function buildLastPrivacyFilter(config: TandemConfig): LastFilter | undefined {
  const local = config.local;
  if (local.provider !== 'ollama' || local.privacyFilterTimeoutMs === 0) return undefined;
  const generate = createOllamaJsonGenerator({ host: local.host, model: local.model, contextWindow: local.contextWindow, timeoutMs: local.privacyFilterTimeoutMs });
  return { generate, timeoutMs: local.privacyFilterTimeoutMs };
}

/** Undefined when no cloud key is configured: tandem is then purely local, and says so. */
export function buildCloudProvider(config: TandemConfig): ModelProvider | undefined {
  const cloud = config.cloud;
  if (!cloud.provider || !cloud.model) return undefined;
  if (cloud.provider === 'openai') {
    return createOpenAIProvider({
      apiKey: cloud.openai.apiKey!,
      ...(cloud.openai.baseUrl ? { baseURL: cloud.openai.baseUrl } : {}),
      model: cloud.model,
      location: 'cloud',
      timeoutMs: cloud.timeoutMs,
      maxRetries: cloud.maxRetries,
    });
  }
  return createAnthropicProvider({
    apiKey: cloud.anthropic.apiKey!,
    ...(cloud.anthropic.baseUrl ? { baseURL: cloud.anthropic.baseUrl } : {}),
    model: cloud.model,
    timeoutMs: cloud.timeoutMs,
    maxRetries: cloud.maxRetries,
  });
}
