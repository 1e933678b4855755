/**
 * Token arithmetic shared by list prices, overrides and the local rate.
 *
 * Usage follows the provider contract: `inputTokens` is *every* input token, and the cache counts
 * are parts of it. That is OpenAI's `prompt_tokens` as reported (it includes
 * `prompt_tokens_details.cached_tokens`); Anthropic reports three disjoint counts (`input_tokens`
 * excludes `cache_read_input_tokens` and `cache_creation_input_tokens`), which its provider adds up
 * before the ledger sees them. So here: uncached = input − cache reads − cache writes.
 */
import type { TokenUsage } from '../router/providers/contract.ts';
import { perMTokToNanos, tokenCostMicros } from './money.ts';

/** USD per million tokens, flat or tiered by the request's total input (long-context pricing). */
export type Rate = number | { base: number; tiers: ReadonlyArray<{ start: number; price: number }> };

export interface TokenRates {
  input: Rate;
  /** Absent: cache reads cost the input rate (what the price table does too). */
  cachedInput?: Rate | undefined;
  /** Absent: cache writes cost the input rate. */
  cacheWriteInput?: Rate | undefined;
  /** Absent with output tokens present: the call cannot be priced. */
  output?: Rate | undefined;
}

export interface CountedTokens {
  input: number;
  cachedInput: number;
  cacheWriteInput: number;
  output: number;
}

/**
 * Tokens we can price, or undefined. Without an input count the provider reported nothing usable
 * (never guess). A missing output count is 0: embeddings report none. Cache parts larger than the
 * total mean vendor-raw Anthropic counts slipped through un-summed — refuse rather than under-bill.
 */
export function countTokens(usage: TokenUsage): CountedTokens | undefined {
  const counted = {
    input: usage.inputTokens,
    cachedInput: usage.cachedInputTokens ?? 0,
    cacheWriteInput: usage.cacheWriteInputTokens ?? 0,
    output: usage.outputTokens ?? 0,
  };
  if (counted.input === undefined) return undefined;
  const values = [counted.input, counted.cachedInput, counted.cacheWriteInput, counted.output];
  if (!values.every((value) => Number.isSafeInteger(value) && value >= 0)) return undefined;
  if (counted.cachedInput + counted.cacheWriteInput > counted.input) return undefined;
  return { ...counted, input: counted.input };
}

/** Exact cost in micro-dollars, or null when a needed rate is missing. */
export function ratedCostMicros(rates: TokenRates, tokens: CountedTokens): number | null {
  if (tokens.output > 0 && rates.output === undefined) return null;
  const at = (rate: Rate | undefined): bigint => perMTokToNanos(resolveRate(rate ?? rates.input, tokens.input));
  return tokenCostMicros([
    { tokens: tokens.input - tokens.cachedInput - tokens.cacheWriteInput, nanosPerMTok: at(rates.input) },
    { tokens: tokens.cachedInput, nanosPerMTok: at(rates.cachedInput) },
    { tokens: tokens.cacheWriteInput, nanosPerMTok: at(rates.cacheWriteInput) },
    { tokens: tokens.output, nanosPerMTok: rates.output === undefined ? 0n : at(rates.output) },
  ]);
}

/** A tier applies to the whole request once its total input passes the tier's start (as the price table defines it). */
export function resolveRate(rate: Rate, totalInputTokens: number): number {
  if (typeof rate === 'number') return rate;
  let price = rate.base;
  for (const tier of [...rate.tiers].sort((a, b) => a.start - b.start)) {
    if (totalInputTokens > tier.start) price = tier.price;
  }
  return price;
}
