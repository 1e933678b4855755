/**
 * How much of a model's context window is kept free for the answer — one rule for every route
 * decision and every flow that calls a model (answers, summaries): a share of the window, at least a
 * floor so small windows still leave room to answer, at most a cap (more room for the answer only
 * starves the prompt on large windows), and never more than a part of the window, so even the
 * smallest window the configuration allows (512 tokens) keeps most of it for the prompt.
 */
export interface OutputReserve {
  /** Share of the window held back, in (0, 0.5]. */
  fraction: number;
  /** Held back at least this many tokens… */
  floorTokens: number;
  /** …and at most this many… */
  capTokens: number;
  /** …and never more than this share of the window, in (0, 0.5]. */
  maxWindowShare: number;
}

/** 2,048 of the default 8,192-token window; 4,096 of a 128k one; 170 of a 512-token one. */
export const DEFAULT_OUTPUT_RESERVE: OutputReserve = { fraction: 0.25, floorTokens: 256, capTokens: 4096, maxWindowShare: 1 / 3 };

export function reservedTokens(contextWindow: number, reserve: OutputReserve): number {
  const wanted = Math.min(reserve.capTokens, Math.max(reserve.floorTokens, Math.round(contextWindow * reserve.fraction)));
  return Math.min(wanted, Math.floor(contextWindow * reserve.maxWindowShare));
}

/** Tokens the prompt may use in a window of this size. */
export function usableTokens(contextWindow: number, reserve: OutputReserve): number {
  return contextWindow - reservedTokens(contextWindow, reserve);
}

/** Problems with a reserve, for the composition root to refuse at start; empty when it is sound. */
export function outputReserveProblems(reserve: OutputReserve): string[] {
  const problems: string[] = [];
  const share = (value: number) => value > 0 && value <= 0.5;
  if (!share(reserve.fraction)) problems.push(`output reserve fraction ${reserve.fraction} is not in (0, 0.5]`);
  if (!share(reserve.maxWindowShare)) problems.push(`output reserve window share ${reserve.maxWindowShare} is not in (0, 0.5]`);
  if (!(Number.isInteger(reserve.floorTokens) && reserve.floorTokens >= 0)) problems.push(`output reserve floor ${reserve.floorTokens} is not a whole number of tokens`);
  if (!(Number.isInteger(reserve.capTokens) && reserve.capTokens >= reserve.floorTokens)) problems.push(`output reserve cap ${reserve.capTokens} is below its floor`);
  return problems;
}
