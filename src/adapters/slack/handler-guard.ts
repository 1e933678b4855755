/**
 * Silence is the failure people hate most: whatever goes wrong in the bot core or in Slack, the
 * person who asked gets a short notice with a reference the operator can find in the log.
 */
import { randomUUID } from 'node:crypto';
import type { BotHandlers, IncomingMessage } from '../contract.ts';
import type { GuardedReplyChannel } from './reply-channel.ts';
import { isAccessError, slackErrorCode, userHintFor } from './slack-errors.ts';
import type { SlackAdapterLogger } from './options.ts';

export function newCorrelationId(): string {
  return randomUUID().slice(0, 8);
}

export function failureText(error: unknown, reference: string): string {
  const hint = userHintFor(error);
  if (hint !== undefined) return `${hint} (ref ${reference})`;
  return (
    'Sorry, something went wrong while answering. Please try again in a moment; ' +
    `if it keeps happening, give the admin this reference: ${reference}`
  );
}

interface Notice {
  text: string;
  reference: string;
  privately: boolean;
}

async function tellPerson(channel: GuardedReplyChannel, notice: Notice, logger: SlackAdapterLogger): Promise<void> {
  try {
    await channel.notice(notice.text, { privately: notice.privately });
    return;
  } catch (error) {
    if (notice.privately) {
      const detail = slackErrorCode(error) ?? String(error);
      logger.error('could not deliver a failure notice', { reference: notice.reference, error: detail });
      return;
    }
  }
  // The public notice failed too (often the same access problem): try reaching the person alone.
  await tellPerson(channel, { ...notice, privately: true }, logger);
}

function logFailure(logger: SlackAdapterLogger, error: unknown, message: IncomingMessage, reference: string): void {
  const fields = {
    reference,
    eventId: message.eventId,
    channelId: message.channelId,
    slackError: slackErrorCode(error),
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  };
  if (isAccessError(error)) {
    const where = `#${message.channelName}`;
    logger.warn(`Slack refused access in ${where} (${fields.slackError}); invite the bot or grant the scope`, fields);
  } else {
    logger.error('handling a Slack message failed', fields);
  }
}

/** Runs the bot's handler; turns a throw, or a "thinking…" left behind, into a notice for the person. */
export async function runGuarded(
  handlers: BotHandlers,
  message: IncomingMessage,
  channel: GuardedReplyChannel,
  logger: SlackAdapterLogger,
): Promise<void> {
  try {
    await handlers.onMessage(message, channel);
    if (channel.hasPendingPlaceholder()) {
      const reference = newCorrelationId();
      logger.warn('handler finished without replying after showing progress', { reference, eventId: message.eventId });
      const text = `I could not finish an answer this time. Please try again. (ref ${reference})`;
      await tellPerson(channel, { text, reference, privately: false }, logger);
    }
  } catch (error) {
    const reference = newCorrelationId();
    logFailure(logger, error, message, reference);
    const privately = message.isSlashCommand || isAccessError(error);
    await tellPerson(channel, { text: failureText(error, reference), reference, privately }, logger);
  }
}
