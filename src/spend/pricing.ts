/**
 * Prices one model call. Order: a configured override (negotiated or self-hosted prices) wins;
 * local calls cost the configured per-token rate (0 = free); cloud calls use list prices. A model
 * nobody can price is 'unpriced' with cost null — never $0, because a silent zero makes the report
 * lie in the direction finance least expects.
 */
import { referenceModel } from '../config/cloud-defaults.ts';
import type { TandemConfig } from '../config/schema.ts';
import type { ProviderLocation, TokenUsage } from '../router/providers/contract.ts';
import { createGenaiPricesSource, type ListPriceSource } from './list-prices.ts';
import { perMTokToNanos, tokenCostMicros } from './money.ts';
import { countTokens, ratedCostMicros, type TokenRates } from './token-cost.ts';

export type CostStatus = 'priced' | 'unpriced' | 'free';

export interface PriceOverride {
  inputPerMTok: number;
  cachedInputPerMTok?: number | undefined;
  outputPerMTok: number;
}

export interface PricerOptions {
  /** Keyed by model id, or by "provider/model" to override one vendor's model only. */
  overrides: Record<string, PriceOverride>;
  local: { costPerMTokUsd: number };
  /** The cloud model the all-cloud counterfactual is priced on. */
  reference: { provider: string; model: string };
  /** Injected in tests; defaults to the bundled genai-prices table. */
  listPrices?: ListPriceSource;
}

export interface PriceRequest {
  provider: string;
  model: string;
  location: ProviderLocation;
  usage: TokenUsage;
  /** When the call happened, for dated list prices; defaults to now. */
  at?: Date;
}

export interface PriceQuote {
  costUsdMicros: number | null;
  costStatus: CostStatus;
  priceSource: string;
}

export interface CounterfactualQuote {
  costUsdMicros: number | null;
  priceSource: string;
}

export interface Pricer {
  /** The list-price table in use, e.g. "genai-prices@0.1.8" (for the report's data-quality line). */
  readonly listPriceSource: string;
  price(request: PriceRequest): PriceQuote;
  /** What the same tokens would have cost on the reference cloud model. */
  counterfactual(usage: TokenUsage, at?: Date): CounterfactualQuote;
}

export const OVERRIDE_SOURCE = 'override';
export const LOCAL_RATE_SOURCE = 'local-rate';

export function createPricer(options: PricerOptions): Pricer {
  const listPrices = options.listPrices ?? createGenaiPricesSource();
  const cloudPrice = (provider: string, model: string, usage: TokenUsage, at: Date | undefined): PriceQuote => {
    const override = findOverride(options.overrides, provider, model);
    const rates = override ? overrideRates(override) : listPrices.lookup(provider, model, at);
    const priceSource = override ? OVERRIDE_SOURCE : listPrices.source;
    const tokens = countTokens(usage);
    const cost = rates && tokens ? ratedCostMicros(rates, tokens) : null;
    return cost === null ? { costUsdMicros: null, costStatus: 'unpriced', priceSource } : { costUsdMicros: cost, costStatus: 'priced', priceSource };
  };

  return {
    listPriceSource: listPrices.source,
    price({ provider, model, location, usage, at }) {
      if (location === 'local' && !findOverride(options.overrides, provider, model)) {
        return localPrice(options.local.costPerMTokUsd, usage);
      }
      return cloudPrice(provider, model, usage, at);
    },
    counterfactual(usage, at) {
      const quote = cloudPrice(options.reference.provider, options.reference.model, usage, at);
      return { costUsdMicros: quote.costUsdMicros, priceSource: quote.priceSource };
    },
  };
}

function findOverride(overrides: Record<string, PriceOverride>, provider: string, model: string): PriceOverride | undefined {
  return overrides[`${provider}/${model}`] ?? overrides[model];
}

function overrideRates(override: PriceOverride): TokenRates {
  // No cached rate configured: cache reads cost the full input rate (over- rather than under-state).
  return { input: override.inputPerMTok, cachedInput: override.cachedInputPerMTok, output: override.outputPerMTok };
}

/** Local inference costs what the operator says per token; with no rate it is free, whatever the usage. */
function localPrice(costPerMTokUsd: number, usage: TokenUsage): PriceQuote {
  if (costPerMTokUsd === 0) return { costUsdMicros: 0, costStatus: 'free', priceSource: LOCAL_RATE_SOURCE };
  const tokens = countTokens(usage);
  if (!tokens) return { costUsdMicros: null, costStatus: 'unpriced', priceSource: LOCAL_RATE_SOURCE };
  const costUsdMicros = tokenCostMicros([{ tokens: tokens.input + tokens.output, nanosPerMTok: perMTokToNanos(costPerMTokUsd) }]);
  return { costUsdMicros, costStatus: 'priced', priceSource: LOCAL_RATE_SOURCE };
}

/** The pricer the composition root wires into the ledger, built from validated config. */
export function createConfiguredPricer(config: TandemConfig, listPrices?: ListPriceSource): Pricer {
  return createPricer({
    overrides: config.pricing.overrides,
    local: { costPerMTokUsd: config.local.costPerMTokUsd },
    reference: referenceModel(config),
    ...(listPrices ? { listPrices } : {}),
  });
}
