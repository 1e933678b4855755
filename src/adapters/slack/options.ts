/**
 * Options the composition root hands to the Slack adapter. The adapter never reads the environment:
 * every token, port and URL arrives here, so tests can point the real Bolt/WebClient at a fake.
 */
import type { webApi } from '@slack/bolt';
import { ConfigError, type ConfigIssue } from '../../errors.ts';

/** Structured logger the adapter writes to; the composition root decides where lines go. */
export interface SlackAdapterLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type SlackRetryConfig = webApi.RetryOptions;

export interface SlackAdapterOptions {
  /** Bot token (`xoxb-…`). */
  botToken: string;
  /** App-level token (`xapp-…`) with `connections:write`; required in socket mode. */
  appToken?: string;
  /** Request signing secret; required in HTTP mode. */
  signingSecret?: string;
  /** `socket` (default) needs no public URL; `http` listens for the Events API. */
  mode?: 'socket' | 'http';
  /** HTTP mode: port to listen on (0 picks a free one). Default 3000. */
  port?: number;
  /** HTTP mode: interface to bind. Default all interfaces. */
  host?: string;
  /**
   * HTTP mode: answer Events API requests only after the handler finished. Slash commands,
   * shortcuts and buttons are always acknowledged at once and processed afterwards.
   */
  processBeforeResponse?: boolean;
  /** Web API base URL, e.g. `http://127.0.0.1:PORT/api/` for a fake. Default Slack's. */
  apiUrl?: string;
  /** The bot's user id (`U…`); with `botId` it spares Bolt an `auth.test` call at start. */
  botUserId?: string;
  /** The bot's bot id (`B…`). */
  botId?: string;
  logger?: SlackAdapterLogger;
  /** Web API retry policy (rate limits are waited out per `retry-after`). */
  retryConfig?: SlackRetryConfig;
  /** How many threads the bot remembers taking part in (follow-ups need no re-mention). */
  activeThreadLimit?: number;
  /** How often cached member names and user groups are refreshed. Default one hour. */
  directoryRefreshMs?: number;
  /** Longest time `stop()` waits for in-flight replies. Default 10 s. */
  stopTimeoutMs?: number;
}

export interface ResolvedSlackOptions extends SlackAdapterOptions {
  mode: 'socket' | 'http';
  logger: SlackAdapterLogger;
  retryConfig: SlackRetryConfig;
  activeThreadLimit: number;
  directoryRefreshMs: number;
  stopTimeoutMs: number;
}

/** Five quick retries rather than the WebClient's default of ten over half an hour: someone is waiting. */
export const DEFAULT_RETRY_CONFIG: SlackRetryConfig = { retries: 5, factor: 2, minTimeout: 500, maxTimeout: 30_000 };

/** Warnings and errors reach stderr when no logger is injected; debug and info stay quiet. */
export const quietConsoleLogger: SlackAdapterLogger = {
  debug: () => {},
  info: () => {},
  warn: (message, fields) => console.warn(`[slack] ${message}`, fields ?? ''),
  error: (message, fields) => console.error(`[slack] ${message}`, fields ?? ''),
};

export function resolveSlackOptions(options: SlackAdapterOptions): ResolvedSlackOptions {
  const mode = options.mode ?? 'socket';
  const issues: ConfigIssue[] = [];
  if (!options.botToken) {
    issues.push({ key: 'slack.botToken', value: options.botToken, allowed: 'a bot token (xoxb-…)' });
  }
  if (mode === 'socket' && !options.appToken) {
    issues.push({ key: 'slack.appToken', value: undefined, allowed: 'an app-level token (xapp-…) for socket mode' });
  }
  if (mode === 'http' && !options.signingSecret) {
    issues.push({ key: 'slack.signingSecret', value: undefined, allowed: 'the signing secret for HTTP mode' });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return {
    ...options,
    mode,
    logger: options.logger ?? quietConsoleLogger,
    retryConfig: options.retryConfig ?? DEFAULT_RETRY_CONFIG,
    activeThreadLimit: options.activeThreadLimit ?? 1_000,
    directoryRefreshMs: options.directoryRefreshMs ?? 60 * 60 * 1000,
    stopTimeoutMs: options.stopTimeoutMs ?? 10_000,
  };
}
