/**
 * How a context window is shared between what we send and what the model writes back. The output
 * reserve is the route policy's own (src/router/output-reserve.ts), so a summary and the decision
 * to send it locally agree on how much of the window the prompt may use.
 */
import { DEFAULT_OUTPUT_RESERVE, reservedTokens } from '../../router/output-reserve.ts';

/**
 * Token counts are o200k estimates of what the local model's own tokenizer will see; keep a margin
 * so an under-count never pushes a request past num_ctx (where Ollama silently truncates).
 */
const COUNT_MARGIN_SHARE = 0.05;

/** Tokens reserved for the model's output in a window of `contextWindow` tokens. */
export function outputReserve(contextWindow: number): number {
  return reservedTokens(contextWindow, DEFAULT_OUTPUT_RESERVE);
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
