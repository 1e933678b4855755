/**
 * Money is integer micro-dollars (1 USD = 1,000,000) everywhere inside spend: sums stay exact and
 * totals reconcile with the CSV. Dollars appear only at the edge, rounded once from the exact sum.
 */
export const MICROS_PER_USD = 1_000_000;

/** Nano-dollars per million tokens: one integer scale fine enough for any list price (e.g. $0.0375). */
const NANO_PER_USD = 1_000_000_000n;

/** A configured dollar amount (budget, flat monthly cost) as micros. */
export function usdToMicros(usd: number): number {
  return Math.round(usd * MICROS_PER_USD);
}

/** A price in USD per million tokens as integer nano-dollars per million tokens. */
export function perMTokToNanos(usdPerMTok: number): bigint {
  return BigInt(Math.round(usdPerMTok * Number(NANO_PER_USD)));
}

/**
 * Σ tokens × (USD per MTok) is, in micro-dollars, Σ tokens × nanos / 1e9. The sum is kept exact in
 * BigInt and rounded half up exactly once, here.
 */
export function tokenCostMicros(parts: ReadonlyArray<{ tokens: number; nanosPerMTok: bigint }>): number {
  let numerator = 0n;
  for (const part of parts) numerator += BigInt(part.tokens) * part.nanosPerMTok;
  return Number(divideRoundHalfUp(numerator, NANO_PER_USD));
}

/** Non-negative numerator; half rounds up. */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** Micros to dollars rounded to the cent (half away from zero, so a negative saving rounds like a positive one). */
export function microsToUsd(micros: number): number {
  const cents = Math.floor((Math.abs(micros) + 5_000) / 10_000);
  return (micros < 0 ? -cents : cents) / 100;
}

/** Micros to dollars without rounding, for budget comparisons where a cent matters less than exactness. */
export function microsToExactUsd(micros: number): number {
  return micros / MICROS_PER_USD;
}

/** Exact decimal text ("12.345678") for exports that finance reconciles against invoices. */
export function microsToDecimalString(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  const absolute = Math.abs(micros);
  const whole = Math.floor(absolute / MICROS_PER_USD);
  const fraction = String(absolute % MICROS_PER_USD).padStart(6, '0');
  return `${sign}${whole}.${fraction}`;
}

/** A percentage rounded to one decimal, or null when the base is zero. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}
