/**
 * Cloud is on exactly when a vendor key is present. With one key the vendor is implied; the model
 * defaults to a current frontier model of that vendor that the price table knows.
 */
import { ConfigError } from '../errors.ts';
import type { TandemConfig } from './schema.ts';

export const DEFAULT_CLOUD_MODELS = { openai: 'gpt-5.4', anthropic: 'claude-sonnet-4-6' } as const;

export function applyCloudDefaults(config: TandemConfig): TandemConfig {
  const cloud = config.cloud;
  const hasKey = { openai: Boolean(cloud.openai.apiKey), anthropic: Boolean(cloud.anthropic.apiKey) };
  if (cloud.provider && !hasKey[cloud.provider]) {
    const variable = cloud.provider === 'openai' ? 'OPENAI_API_KEY' : 'ANTHROPIC_API_KEY';
    throw new ConfigError([
      { key: 'cloud.provider', value: cloud.provider, allowed: `a vendor whose key is set (set ${variable}, or remove cloud.provider)` },
    ]);
  }
  const provider = cloud.provider ?? (hasKey.openai ? 'openai' : hasKey.anthropic ? 'anthropic' : undefined);
  if (!provider) return config;
  const model = cloud.model ?? DEFAULT_CLOUD_MODELS[provider];
  return { ...config, cloud: { ...cloud, provider, model, referenceModel: cloud.referenceModel ?? model } };
}

/** The model the all-cloud counterfactual is priced on, even when cloud is off (so savings are shown). */
export function referenceModel(config: TandemConfig): { provider: 'openai' | 'anthropic'; model: string } {
  const provider = config.cloud.provider ?? 'openai';
  return { provider, model: config.cloud.referenceModel ?? config.cloud.model ?? DEFAULT_CLOUD_MODELS[provider] };
}
