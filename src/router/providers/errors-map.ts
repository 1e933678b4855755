/**
 * One place that turns what a vendor SDK throws into tandem's two provider errors, so every
 * provider degrades the same way: "cannot reach / not there / timed out" is ProviderUnavailableError
 * (the router falls back), "answered with an error" is ProviderRequestError with `retryable`.
 */
import { ProviderRequestError, ProviderUnavailableError, TandemError, isRetryableStatus } from '../../errors.ts';

/** What the caller passed and what we enforce, to tell a caller's abort from our own timeout. */
export interface CallContext {
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  /** Where we were talking to, for messages an operator can act on. */
  endpoint: string;
}

/** The error classes shared by the OpenAI and Anthropic SDKs (same generator, distinct classes). */
export interface SdkErrorClasses {
  APIError: abstract new (...args: never[]) => Error & { status?: number | undefined };
  APIConnectionError: abstract new (...args: never[]) => Error;
  APIConnectionTimeoutError: abstract new (...args: never[]) => Error;
}

export function timedOut(providerId: string, context: CallContext, cause: unknown): ProviderUnavailableError {
  return new ProviderUnavailableError(
    providerId,
    `${providerId} did not answer within ${context.timeoutMs} ms (${context.endpoint})`,
    { cause },
  );
}

export function unreachable(providerId: string, context: CallContext, cause: unknown): ProviderUnavailableError {
  return new ProviderUnavailableError(
    providerId,
    `cannot reach ${providerId} at ${context.endpoint}: ${describeCause(cause)}`,
    { cause },
  );
}

/**
 * An HTTP error answer. A 404 means the model (or the whole API path) is not there, which the
 * contract files under "unavailable" so callers degrade rather than fail.
 */
export function answeredWithError(
  providerId: string,
  status: number | undefined,
  message: string,
  cause: unknown,
): TandemError {
  if (status === 404) {
    return new ProviderUnavailableError(providerId, `${providerId} answered 404: ${message}`, { cause });
  }
  const prefix = status === undefined ? `${providerId} failed` : `${providerId} answered ${status}`;
  return new ProviderRequestError(providerId, `${prefix}: ${message}`, { status, retryable: isRetryableStatus(status) }, { cause });
}

/** Anything else (a malformed body, a stream cut short): the provider's fault, not worth a blind retry. */
export function unexpected(providerId: string, cause: unknown): ProviderRequestError {
  return new ProviderRequestError(
    providerId,
    `${providerId} gave an unexpected response: ${describeCause(cause)}`,
    { status: undefined, retryable: false },
    { cause },
  );
}

/** A caller's own abort is not a provider failure: rethrow what they aborted with. */
export function callerAbortReason(context: CallContext): unknown {
  return context.signal?.aborted ? context.signal.reason : undefined;
}

/** Maps errors from the OpenAI and Anthropic SDKs, which share one error hierarchy shape. */
export function mapSdkError(providerId: string, error: unknown, classes: SdkErrorClasses, context: CallContext): unknown {
  if (error instanceof TandemError) return error;
  const abortReason = callerAbortReason(context);
  if (abortReason !== undefined) return abortReason;
  if (error instanceof classes.APIConnectionTimeoutError) return timedOut(providerId, context, error);
  if (error instanceof classes.APIConnectionError) return unreachable(providerId, context, error);
  if (error instanceof classes.APIError) return answeredWithError(providerId, error.status, vendorMessage(error), error);
  return unexpected(providerId, error);
}

/**
 * The vendor's own words: the SDKs' messages repeat the status and, for Anthropic, the whole JSON
 * body. OpenAI's parsed body is `{message}`, Anthropic's `{type: "error", error: {message}}`.
 */
function vendorMessage(error: Error): string {
  const body = (error as { error?: { message?: unknown; error?: { message?: unknown } } }).error;
  const message = body?.error?.message ?? body?.message;
  return typeof message === 'string' && message ? message : error.message;
}

/** The innermost useful reason: fetch wraps ECONNREFUSED in a bare "fetch failed". */
export function describeCause(cause: unknown): string {
  let current: unknown = cause;
  let message = 'unknown error';
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    const text = current.message || message;
    message = typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
    current = current.cause;
  }
  return message;
}

/**
 * Listing models is instant on any live server; the long generation timeout (sized for a cold model
 * load) would leave a health check hanging for minutes on a stuck one.
 */
export function healthTimeoutMs(timeoutMs: number): number {
  return Math.min(timeoutMs, 10_000);
}

/** A health check's failure in words an operator can act on. */
export function healthFailureDetail(
  providerId: string,
  error: unknown,
  classes: SdkErrorClasses,
  context: CallContext & { local: boolean },
): string {
  const mapped = mapSdkError(providerId, error, classes, context);
  const message = mapped instanceof Error ? mapped.message : describeCause(mapped);
  if (error instanceof classes.APIConnectionTimeoutError) return message;
  if (error instanceof classes.APIConnectionError) {
    return `${message}: ${context.local ? 'is the local model server running?' : 'check the network and the base URL'}`;
  }
  if (error instanceof classes.APIError && (error.status === 401 || error.status === 403)) return `${message}: check the API key`;
  return message;
}
