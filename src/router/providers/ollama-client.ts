/**
 * Shared plumbing for the Ollama provider and its health check: the per-call client with a deadline,
 * and the mapping of what the `ollama` client throws onto tandem's provider errors.
 */
import { maskSecretsIn } from '../../mask-secrets.ts';
import { Ollama } from 'ollama';
import { ProviderUnavailableError, TandemError } from '../../errors.ts';
import { answeredWithError, callerAbortReason, timedOut, unexpected, unreachable } from './errors-map.ts';
import type { CallContext } from './errors-map.ts';

export interface OllamaSettings {
  providerId: string;
  host: string;
  model: string;
  embedModel: string | undefined;
  contextWindow: number;
  keepAlive: string | number | undefined;
  timeoutMs: number;
  fetch: typeof fetch;
}

export interface OllamaCall {
  client: Ollama;
  context: CallContext;
}

/**
 * The ollama client takes no per-request signal or timeout, so each call gets a client whose fetch
 * carries the caller's signal and a deadline. The deadline covers waiting for the answer to start
 * (as the cloud SDKs' timeouts do), not a long stream that is flowing.
 */
export function openCall(settings: OllamaSettings, signal: AbortSignal | undefined): OllamaCall {
  const guardedFetch: typeof fetch = async (input, init) => {
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(new DOMException(`no answer within ${settings.timeoutMs} ms`, 'TimeoutError')),
      settings.timeoutMs,
    );
    const signals = [deadline.signal, init?.signal, signal].filter((s): s is AbortSignal => s instanceof AbortSignal);
    try {
      return await settings.fetch(input, { ...init, signal: AbortSignal.any(signals) });
    } finally {
      clearTimeout(timer);
    }
  };
  const context: CallContext = { signal, timeoutMs: settings.timeoutMs, endpoint: settings.host };
  return { client: new Ollama({ host: settings.host, fetch: guardedFetch }), context };
}

export function mapOllamaError(settings: OllamaSettings, error: unknown, context: CallContext): unknown {
  if (error instanceof TandemError) return error;
  const abortReason = callerAbortReason(context);
  if (abortReason !== undefined) return abortReason;
  if (error instanceof Error && error.name === 'TimeoutError') return timedOut(settings.providerId, context, error);
  const status = responseStatus(error);
  if (status === 404) {
    return new ProviderUnavailableError(
      settings.providerId,
      `model ${settings.model} is not available on Ollama at ${maskSecretsIn(settings.host)}: run \`ollama pull ${settings.model}\``,
      { cause: error },
    );
  }
  if (status !== undefined) return answeredWithError(settings.providerId, status, (error as Error).message, error);
  if (isConnectionFailure(error)) return unreachable(settings.providerId, context, error);
  return unexpected(settings.providerId, error);
}

/** The client's ResponseError is not exported; it carries the HTTP status as `status_code`. */
export function responseStatus(error: unknown): number | undefined {
  if (!(error instanceof Error) || error.name !== 'ResponseError') return undefined;
  const status = (error as { status_code?: unknown }).status_code;
  return typeof status === 'number' ? status : undefined;
}

/** fetch reports refused/reset connections and DNS failures as a TypeError with a cause. */
export function isConnectionFailure(error: unknown): boolean {
  return error instanceof TypeError && error.cause !== undefined;
}
