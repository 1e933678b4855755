/**
 * What a person sees and what the log gets when something fails: a missing Discord permission is
 * named precisely (the operator can fix it), anything else becomes a short notice with a correlation
 * id that points at the full log line. Never silence.
 */
import { randomBytes } from 'node:crypto';
import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import { PermissionDeniedError, TandemError, type TandemErrorCode } from '../../errors.ts';
import type { DiscordLogger } from './options.ts';

// TandemErrors whose message is written for the person who asked (others may name hosts or keys).
const PERSON_FACING_CODES = new Set<TandemErrorCode>(['USAGE', 'PERMISSION_DENIED', 'NOT_AVAILABLE_YET']);
const PERMISSION_CODES = new Set<number>([RESTJSONErrorCodes.MissingPermissions, RESTJSONErrorCodes.MissingAccess]);

export function discordErrorCode(error: unknown): number | undefined {
  return error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : undefined;
}

export function isMissingPermission(error: unknown): boolean {
  const code = discordErrorCode(error);
  return code !== undefined && PERMISSION_CODES.has(code);
}

export function newCorrelationId(): string {
  return randomBytes(4).toString('hex');
}

/**
 * Raised by `post` when Discord refused the bot: the operator's log line is written and the person
 * was told where possible (`explained`), so callers only log it.
 */
export class DiscordPermissionError extends PermissionDeniedError {
  constructor(
    message: string,
    readonly discordCode: number | undefined,
    readonly explained: boolean,
  ) {
    super(message);
  }
}

export function isAlreadyReported(error: unknown): boolean {
  return error instanceof DiscordPermissionError;
}

/** One log line an operator can act on, e.g. for `#general (123)`. */
export function describePermissionProblem(error: unknown, where: string): string {
  const code = discordErrorCode(error);
  const reason = code === RESTJSONErrorCodes.MissingAccess ? 'Missing Access (50001)' : 'Missing Permissions (50013)';
  return (
    `Discord refused the bot in ${where}: ${reason}. Give the bot View Channel, Send Messages, ` +
    'Send Messages in Threads, Create Public Threads, Embed Links, Attach Files and Read Message History there.'
  );
}

/** What the waiting person is told when the bot lacks a permission. */
export function permissionExplanation(where: string): string {
  return (
    `I can't do that in ${where}: I'm missing a Discord permission there. ` +
    'Ask a server admin to give me Send Messages, Embed Links, Attach Files, Create Public Threads and ' +
    'Read Message History in that channel.'
  );
}

/**
 * Logs `error` with a fresh correlation id and returns the text to show the person: a usage or
 * permission message as written, anything else as a short apology.
 */
export function failureNotice(
  error: unknown,
  logger: DiscordLogger,
  context: Record<string, unknown> & { what: string; where?: string },
): string {
  const correlationId = newCorrelationId();
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  if (isMissingPermission(error)) {
    const where = context.where ?? 'this channel';
    logger.error(describePermissionProblem(error, where), { ...context, correlationId });
    return `${permissionExplanation(where)} (ref \`${correlationId}\`)`;
  }
  logger.error(`${context.what} failed (ref ${correlationId})`, { ...context, correlationId, error: detail });
  if (error instanceof TandemError && PERSON_FACING_CODES.has(error.code)) {
    return `${error.message} (ref \`${correlationId}\`)`;
  }
  return (
    `Sorry — something went wrong on my side (ref \`${correlationId}\`). ` +
    'Try again in a minute; if it keeps happening, give this reference to whoever runs tandem.'
  );
}
