/**
 * The one error path: whatever fails while answering, the person gets one reply naming the request's
 * reference — the journal's request id, the same one on the ledger rows and in the log line.
 */
import type { OutgoingReply } from '../../core/chat-contract.ts';
import { TandemError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { reply } from '../command.ts';

/** Errors whose message is written for the person who asked (others may name hosts or keys). */
function isPersonFacing(error: unknown): error is TandemError {
  return error instanceof TandemError && (error.code === 'USAGE' || error.code === 'NOT_AVAILABLE_YET' || error.code === 'PERMISSION_DENIED');
}

export function failureReply(error: unknown, requestId: string, logger: Logger): OutgoingReply {
  if (isPersonFacing(error)) return reply(error.message, { ephemeral: true });
  logger.error('request failed', { requestId, error: describe(error) });
  return reply(failureText(requestId), { ephemeral: false });
}

export function failureText(requestId: string): string {
  return `Sorry, something went wrong while answering (reference \`${requestId}\`). Please try again; if it keeps failing, tell your tandem admin the reference.`;
}

/** For a request tandem was working on when it stopped, and will not redo. */
export function interruptedText(requestId: string): string {
  return `Sorry, tandem was restarted while answering this and could not finish it (reference \`${requestId}\`). Please ask again.`;
}

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
