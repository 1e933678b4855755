/**
 * How much of a model's context window is kept free for the answer: a fraction of the window, with
 * a floor so small windows still leave room to answer, and never more than half, so even the
 * smallest window the configuration allows (512 tokens) keeps room for the prompt.
 */
export interface OutputReserve {
  /** Share of the window held back, in (0, 0.5]. */
  fraction: number;
  /** Held back at least this many tokens (capped at half the window). */
  floorTokens: number;
}

/** 1024 of the default 8192-token window, 256 of a 512-token one. */
export const DEFAULT_OUTPUT_RESERVE: OutputReserve = { fraction: 0.125, floorTokens: 256 };

export function reservedTokens(contextWindow: number, reserve: OutputReserve): number {
  const wanted = Math.max(reserve.floorTokens, Math.floor(contextWindow * reserve.fraction));
  return Math.min(Math.floor(contextWindow / 2), wanted);
}

/** Tokens the prompt may use in a window of this size. */
export function usableTokens(contextWindow: number, reserve: OutputReserve): number {
  return contextWindow - reservedTokens(contextWindow, reserve);
}

/** Problems with a reserve, for the composition root to refuse at start; empty when it is sound. */
export function outputReserveProblems(reserve: OutputReserve): string[] {
  const problems: string[] = [];
  if (!(reserve.fraction > 0 && reserve.fraction <= 0.5)) problems.push(`output reserve fraction ${reserve.fraction} is not in (0, 0.5]`);
  if (!(Number.isInteger(reserve.floorTokens) && reserve.floorTokens >= 0)) problems.push(`output reserve floor ${reserve.floorTokens} is not a whole number of tokens`);
  return problems;
}
