/**
 * Discord's refusals, named precisely: the operator's log line says which permission to grant where,
 * and the waiting person is told what to ask for. Other failures are the bot pipeline's to report,
 * with the request's reference.
 */
import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import { PermissionDeniedError } from '../../errors.ts';
import type { DiscordLogger } from './options.ts';

const PERMISSION_CODES = new Set<number>([RESTJSONErrorCodes.MissingPermissions, RESTJSONErrorCodes.MissingAccess]);

export function discordErrorCode(error: unknown): number | undefined {
  return error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : undefined;
}

export function isMissingPermission(error: unknown): boolean {
  const code = discordErrorCode(error);
  return code !== undefined && PERMISSION_CODES.has(code);
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

/** Logs a missing permission for the operator and returns what to tell the waiting person. */
export function permissionNotice(error: unknown, logger: DiscordLogger, context: Record<string, unknown> & { where?: string }): string {
  const where = context.where ?? 'this channel';
  logger.error(describePermissionProblem(error, where), context);
  return permissionExplanation(where);
}
