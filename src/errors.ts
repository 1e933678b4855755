/**
 * Every error tandem raises on purpose carries a stable `code`, so one place (the CLI's and each
 * adapter's error handler) decides what a person sees and what the log gets — as Bolt does.
 */
import { maskSecretsIn } from './mask-secrets.ts';

export type TandemErrorCode =
  | 'CONFIG_INVALID'
  | 'PROVIDER_UNAVAILABLE'
  | 'PROVIDER_REQUEST_FAILED'
  | 'USAGE'
  | 'NOT_AVAILABLE_YET'
  | 'PERMISSION_DENIED'
  | 'INGEST_FAILED'
  | 'DATABASE_UNUSABLE'
  | 'ESCALATION_WITHHELD'
  | 'INSTALL_DAMAGED';

export class TandemError extends Error {
  constructor(
    readonly code: TandemErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export interface ConfigIssue {
  /** Dotted path of the offending key, e.g. `local.contextWindow` or the env var name. */
  key: string;
  /** The value as given (secrets masked by the caller). */
  value: unknown;
  /** What would have been accepted. */
  allowed: string;
  /** The value must not be echoed at all (it could be a secret under a misspelled key). */
  valueHidden?: boolean;
}

export class ConfigError extends TandemError {
  constructor(readonly issues: ConfigIssue[]) {
    super('CONFIG_INVALID', ConfigError.describe(issues));
  }

  static describe(issues: ConfigIssue[]): string {
    const lines = issues.map((issue) => `  - ${maskSecretsIn(issue.key)}: ${describeValue(issue)}; allowed: ${maskSecretsIn(issue.allowed)}`);
    return `Invalid configuration (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
  }
}

function describeValue(issue: ConfigIssue): string {
  if (issue.valueHidden) return 'value hidden';
  if (issue.value === undefined) return 'not set';
  // Integers YAML would round are shown exactly as typed.
  if (typeof issue.value === 'bigint') return `got ${issue.value}`;
  return `got ${maskSecretsIn(JSON.stringify(issue.value) ?? String(issue.value))}`;
}

/** The provider could not be reached or the model is not there; callers degrade rather than fail. */
export class ProviderUnavailableError extends TandemError {
  constructor(
    readonly providerId: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('PROVIDER_UNAVAILABLE', message, options);
  }
}

/** The provider answered with an error. `retryable` mirrors HTTP 408/409/429/5xx, as the AI SDK does. */
export class ProviderRequestError extends TandemError {
  constructor(
    readonly providerId: string,
    message: string,
    readonly details: { status?: number; retryable: boolean },
    options?: { cause?: unknown },
  ) {
    super('PROVIDER_REQUEST_FAILED', message, options);
  }
}

/** A person typed a command wrongly; the message is the usage hint to show them. */
export class UsageError extends TandemError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** A command whose capability has not been built yet: say so, never fake output. */
export class NotAvailableYetError extends TandemError {
  constructor(what: string) {
    super('NOT_AVAILABLE_YET', `${what} is not available yet in this version of tandem.`);
  }
}

export class PermissionDeniedError extends TandemError {
  constructor(message: string) {
    super('PERMISSION_DENIED', message);
  }
}

/**
 * The database file cannot be used safely (not SQLite, truncated, damaged, locked, from a newer
 * tandem). The message is one line naming the file, the problem and what to do.
 */
export class DatabaseUnusableError extends TandemError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('DATABASE_UNUSABLE', message, options);
  }
}

export function isRetryableStatus(status: number | undefined): boolean {
  return status === 408 || status === 409 || status === 429 || (status !== undefined && status >= 500);
}

/**
 * The privacy guard could not vouch for text bound for the cloud, so it was not sent. Not a provider
 * failure (the cloud stays healthy): the degrade ladder answers on the next rung and shows the message.
 */
export class EscalationWithheldError extends TandemError {
  constructor(message: string) {
    super('ESCALATION_WITHHELD', message);
  }
}
