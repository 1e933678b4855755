/**
 * How a context window is shared between what we send and what the model writes back. One small
 * function so every flow that calls a local model (summaries, answers) reserves output the same way.
 */

/** Share of the window kept for the model's answer: a summary or merged notes, rarely longer. */
const OUTPUT_SHARE = 0.25;
/** Below this the model cannot write a useful summary… */
const OUTPUT_FLOOR_TOKENS = 256;
/** …and above this more room for the answer only starves the input on large windows. */
const OUTPUT_CAP_TOKENS = 4096;
/**
 * Token counts are o200k estimates of what the local model's own tokenizer will see; keep a margin
 * so an under-count never pushes a request past num_ctx (where Ollama silently truncates).
 */
const COUNT_MARGIN_SHARE = 0.05;

/** Tokens reserved for the model's output in a window of `contextWindow` tokens. */
export function outputReserve(contextWindow: number): number {
  const share = Math.round(contextWindow * OUTPUT_SHARE);
  const reserve = Math.min(OUTPUT_CAP_TOKENS, Math.max(OUTPUT_FLOOR_TOKENS, share));
  // On tiny windows the floor would eat the prompt: the input keeps at least two thirds.
  return Math.min(reserve, Math.floor(contextWindow / 3));
}

export interface WindowBudget {
  contextWindow: number;
  /** Sent as the request's output limit (num_predict), so prompt + answer never exceed the window. */
  outputTokens: number;
  /** What the whole prompt (system + user messages, framing included) may count. */
  promptTokens: number;
}

export function windowBudget(contextWindow: number): WindowBudget {
  const outputTokens = outputReserve(contextWindow);
  const margin = Math.ceil(contextWindow * COUNT_MARGIN_SHARE);
  return { contextWindow, outputTokens, promptTokens: contextWindow - outputTokens - margin };
}
