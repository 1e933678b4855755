/**
 * Options of the Discord adapter. The composition root reads configuration and secrets and passes
 * them here; the adapter itself never reads process.env.
 */
export interface DiscordLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface DiscordAdapterOptions {
  /** Bot token. */
  token: string;
  /** Application id for command registration; defaults to the id Discord reports at READY. */
  applicationId?: string;
  /** Register slash commands in these guilds (instant); without it they are registered globally. */
  guildIds?: string[];
  /** REST base URL, e.g. `http://127.0.0.1:PORT/api` for a fake; discord.js's default otherwise. */
  restApiUrl?: string;
  /** REST retries on 5xx and network errors (discord.js default 3). 429s are always waited out. */
  restRetries?: number;
  /**
   * Ask Discord for every guild member (privileged GuildMembers intent, which must be enabled in the
   * developer portal). Off by default: `memberNames()` then knows the people seen in messages,
   * interactions and history, which needs no privileged intent.
   */
  fetchAllMembers?: boolean;
  logger?: DiscordLogger;
  /** Milliseconds between typing indicators while a reply is being prepared (Discord shows ~10 s). */
  typingIntervalMs?: number;
}

/** Writes to stderr so stdout stays free for command output. */
export const stderrLogger: DiscordLogger = {
  debug: () => {},
  info: (message, fields) => console.error(`[discord] ${message}`, fields ?? ''),
  warn: (message, fields) => console.error(`[discord] WARN ${message}`, fields ?? ''),
  error: (message, fields) => console.error(`[discord] ERROR ${message}`, fields ?? ''),
};
