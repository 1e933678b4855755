import { readFileSync } from 'node:fs';
import { calcPrice } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import { createPricer, type PricerOptions } from '../../src/spend/pricing.ts';
import type { TokenUsage } from '../../src/router/providers/contract.ts';

const version = JSON.parse(readFileSync(new URL('../../node_modules/@pydantic/genai-prices/package.json', import.meta.url), 'utf8')).version as string;
const LIST = `genai-prices@${version}`;

const options: PricerOptions = {
  overrides: { 'gpt-4o-mini': { inputPerMTok: 0.1, cachedInputPerMTok: 0.05, outputPerMTok: 0.4 } },
  local: { costPerMTokUsd: 0 },
  reference: { provider: 'openai', model: 'gpt-4o' },
};
const pricer = createPricer(options);

function usage(inputTokens: number | undefined, outputTokens: number | undefined, cachedInputTokens?: number, cacheWriteInputTokens?: number): TokenUsage {
  return { inputTokens, outputTokens, cachedInputTokens, cacheWriteInputTokens };
}

/**
 * Anthropic reports three disjoint input counts; the provider contract (and its Anthropic
 * provider) sums them into inputTokens, with the cache counts as parts of it.
 */
function fromAnthropic(raw: { input_tokens: number; cache_read_input_tokens: number; cache_creation_input_tokens: number; output_tokens: number }): TokenUsage {
  return usage(raw.input_tokens + raw.cache_read_input_tokens + raw.cache_creation_input_tokens, raw.output_tokens, raw.cache_read_input_tokens, raw.cache_creation_input_tokens);
}

describe('pricing', () => {
  it('records the bundled price table by its version', () => {
    expect(pricer.listPriceSource).toBe(LIST);
  });

  it('prices OpenAI cached input at the cached rate; prompt_tokens already include the cached ones', () => {
    // gpt-4o: 20k × $2.50 + 40k × $1.25 + 10k × $10 = $0.20
    const quote = pricer.price({ provider: 'openai', model: 'gpt-4o', location: 'cloud', usage: usage(60_000, 10_000, 40_000) });
    expect(quote).toEqual({ costUsdMicros: 200_000, costStatus: 'priced', priceSource: LIST });
  });

  it('prices Anthropic cache reads and writes at their own rates without counting them twice', () => {
    // claude-sonnet-4-6: 10k × $3 + 100k × $0.30 + 20k × $3.75 + 8k × $15 = $0.255
    const anthropic = fromAnthropic({ input_tokens: 10_000, cache_read_input_tokens: 100_000, cache_creation_input_tokens: 20_000, output_tokens: 8_000 });
    const quote = pricer.price({ provider: 'anthropic', model: 'claude-sonnet-4-6', location: 'cloud', usage: anthropic });
    expect(quote).toEqual({ costUsdMicros: 255_000, costStatus: 'priced', priceSource: LIST });
  });

  it('refuses vendor-raw Anthropic counts (cache reads larger than the input total) instead of under-billing', () => {
    const raw = usage(10_000, 8_000, 100_000);
    expect(pricer.price({ provider: 'anthropic', model: 'claude-sonnet-4-6', location: 'cloud', usage: raw }).costStatus).toBe('unpriced');
  });

  it('agrees with the price table’s own calculation, including long-context tiers', () => {
    for (const [provider, model] of [['openai', 'gpt-4o'], ['openai', 'gpt-5.4'], ['anthropic', 'claude-sonnet-4-6'], ['anthropic', 'claude-sonnet-4-5']] as const) {
      for (const input of [100_000, 300_000, 1_000_000]) {
        const expected = calcPrice({ input_tokens: input, cache_read_tokens: input / 5, output_tokens: 50_000 }, model, { providerId: provider });
        const quote = pricer.price({ provider, model, location: 'cloud', usage: usage(input, 50_000, input / 5) });
        expect(quote.costUsdMicros, `${model} ${input}`).toBe(Math.round(expected!.total_price * 1e6));
      }
    }
  });

  it('lets an override win, and prices its cached rate', () => {
    // 500k × $0.10 + 500k × $0.05 + 100k × $0.40 = $0.115
    const quote = pricer.price({ provider: 'openai', model: 'gpt-4o-mini', location: 'cloud', usage: usage(1_000_000, 100_000, 500_000) });
    expect(quote).toEqual({ costUsdMicros: 115_000, costStatus: 'priced', priceSource: 'override' });
  });

  it('prices cached input at the full rate when an override gives no cached rate', () => {
    const custom = createPricer({ ...options, overrides: { 'my-model': { inputPerMTok: 1, outputPerMTok: 2 } } });
    const quote = custom.price({ provider: 'openai', model: 'my-model', location: 'cloud', usage: usage(1_000, 1_000, 600) });
    expect(quote.costUsdMicros).toBe(3_000);
  });

  it('calls an unknown model unpriced with a null cost — never $0', () => {
    const quote = pricer.price({ provider: 'openai', model: 'gpt-9-preview', location: 'cloud', usage: usage(1_000, 100) });
    expect(quote).toEqual({ costUsdMicros: null, costStatus: 'unpriced', priceSource: LIST });
  });

  it('calls a cloud call without reported usage unpriced', () => {
    expect(pricer.price({ provider: 'openai', model: 'gpt-4o', location: 'cloud', usage: usage(undefined, undefined) }).costStatus).toBe('unpriced');
    expect(pricer.price({ provider: 'openai', model: 'gpt-4o', location: 'cloud', usage: usage(undefined, 10) }).costStatus).toBe('unpriced');
  });

  it('prices local calls at the configured per-token rate, or free at 0', () => {
    expect(pricer.price({ provider: 'ollama', model: 'llama3.2', location: 'local', usage: usage(1_000, 1_000) })).toEqual({
      costUsdMicros: 0,
      costStatus: 'free',
      priceSource: 'local-rate',
    });
    const metered = createPricer({ ...options, local: { costPerMTokUsd: 0.2 } });
    // 1,234 + 1,000 tokens × $0.20 per million = 446.8 µ$ → 447 (rounded once, half up)
    expect(metered.price({ provider: 'ollama', model: 'llama3.2', location: 'local', usage: usage(1_234, 1_000) })).toEqual({
      costUsdMicros: 447,
      costStatus: 'priced',
      priceSource: 'local-rate',
    });
    expect(metered.price({ provider: 'ollama', model: 'llama3.2', location: 'local', usage: usage(undefined, undefined) }).costStatus).toBe('unpriced');
  });

  it('rounds exact micro-dollars half up once, at the end', () => {
    const custom = createPricer({ ...options, overrides: { tiny: { inputPerMTok: 0.5, outputPerMTok: 0.5 } } });
    // 1 token × $0.50/M = 0.5 µ$ per part: two parts sum to exactly 1 µ$ (rounding each would give 2).
    expect(custom.price({ provider: 'x', model: 'tiny', location: 'cloud', usage: usage(1, 1) }).costUsdMicros).toBe(1);
    expect(custom.price({ provider: 'x', model: 'tiny', location: 'cloud', usage: usage(1, 0) }).costUsdMicros).toBe(1);
    expect(custom.price({ provider: 'x', model: 'tiny', location: 'cloud', usage: usage(3, 0) }).costUsdMicros).toBe(2);
  });

  it('prices the all-cloud counterfactual on the reference model', () => {
    // What a local answer of 100k in / 20k out would have cost on gpt-4o: $0.25 + $0.20
    expect(pricer.counterfactual(usage(100_000, 20_000))).toEqual({ costUsdMicros: 450_000, priceSource: LIST });
    // An Anthropic call's cache write has no OpenAI price: it counts at gpt-4o's input rate.
    const anthropic = fromAnthropic({ input_tokens: 10_000, cache_read_input_tokens: 100_000, cache_creation_input_tokens: 20_000, output_tokens: 8_000 });
    expect(pricer.counterfactual(anthropic).costUsdMicros).toBe(280_000);
    const unknownReference = createPricer({ ...options, reference: { provider: 'openai', model: 'gpt-9-preview' } });
    expect(unknownReference.counterfactual(usage(1_000, 1_000)).costUsdMicros).toBeNull();
  });
});
