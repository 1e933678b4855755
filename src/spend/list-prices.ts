/**
 * List prices from `@pydantic/genai-prices`. Its price table ships inside the package, so pricing
 * is offline and deterministic; we never call its `updatePrices` (a network fetch), which keeps a
 * row's `price_source` (`genai-prices@<version>`) an exact description of the table that priced it.
 *
 * We use the package to *find* the model and the rates in force at the call's time (dated prices,
 * long-context tiers), then do the arithmetic ourselves in integers (see token-cost.ts), because
 * its `total_price` is a float and the ledger needs exact micro-dollars.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Rate, TokenRates } from './token-cost.ts';

const PACKAGE_NAME = '@pydantic/genai-prices';

type CalcPrice = typeof import('@pydantic/genai-prices').calcPrice;
let calcPrice: CalcPrice | undefined;

/** The price table takes ~35 ms to load: it loads at the first priced call, not at every start. */
function loadCalcPrice(): CalcPrice {
  calcPrice ??= (createRequire(import.meta.url)(PACKAGE_NAME) as typeof import('@pydantic/genai-prices')).calcPrice;
  return calcPrice;
}

export interface ListPriceSource {
  /** e.g. "genai-prices@0.1.8", recorded with every row it priced. */
  readonly source: string;
  lookup(provider: string, model: string, at?: Date): TokenRates | undefined;
}

export function createGenaiPricesSource(): ListPriceSource {
  const source = `genai-prices@${readPackageVersion()}`;
  return {
    source,
    lookup(provider, model, at) {
      const calculate = loadCalcPrice();
      let result: ReturnType<CalcPrice>;
      try {
        result = calculate({ input_tokens: 0 }, model, { providerId: provider, ...(at ? { timestamp: at } : {}) });
      } catch {
        // The package throws on data it cannot interpret; for us that is simply "no price known".
        return undefined;
      }
      if (!result) return undefined;
      const prices = result.model_price;
      const input = toRate(prices.input_mtok);
      if (input === undefined) return undefined;
      return {
        input,
        cachedInput: toRate(prices.cache_read_mtok),
        cacheWriteInput: toRate(prices.cache_write_mtok),
        output: toRate(prices.output_mtok),
      };
    },
  };
}

function toRate(value: unknown): Rate | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const tiered = value as { base?: unknown; tiers?: unknown };
  if (typeof tiered.base !== 'number' || !Array.isArray(tiered.tiers)) return undefined;
  const tiers = tiered.tiers.filter(
    (tier): tier is { start: number; price: number } =>
      typeof tier === 'object' && tier !== null && typeof tier.start === 'number' && typeof tier.price === 'number',
  );
  return { base: tiered.base, tiers: tiers.map(({ start, price }) => ({ start, price })) };
}

/** The package's `exports` hide package.json, so find it beside the resolved entry point. */
function readPackageVersion(): string {
  let directory = dirname(createRequire(import.meta.url).resolve(PACKAGE_NAME));
  for (let depth = 0; depth < 4; depth++) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === PACKAGE_NAME && manifest.version) return manifest.version;
    } catch {
      // Not here; keep walking up.
    }
    directory = dirname(directory);
  }
  return 'unknown';
}
