/**
 * The bot's pipeline gives every request exactly one reply, failure notices included. What is left
 * for Slack: when not even that reply could be posted (often an access problem), log what the
 * operator must fix and try to reach the person privately, with the pipeline's own reference.
 */
import { UndeliveredReply, type BotHandlers, type IncomingMessage } from '../../core/chat-contract.ts';
import type { GuardedReplyChannel } from './reply-channel.ts';
import { isAccessError, slackErrorCode, userHintFor } from './slack-errors.ts';
import type { SlackAdapterLogger } from './options.ts';

function logUndelivered(logger: SlackAdapterLogger, error: UndeliveredReply, message: IncomingMessage): void {
  const cause = error.cause;
  const fields = { reference: error.requestId, eventId: message.eventId, channelId: message.channelId, slackError: slackErrorCode(cause) };
  if (isAccessError(cause)) {
    logger.warn(`Slack refused access in #${message.channelName} (${fields.slackError}); invite the bot or grant the scope`, fields);
  } else {
    logger.error('a reply could not be posted in Slack', { ...fields, error: String(cause) });
  }
}

/** Hands the message to the bot's pipeline; an undeliverable reply is retried privately. */
export async function runGuarded(handlers: BotHandlers, message: IncomingMessage, channel: GuardedReplyChannel, logger: SlackAdapterLogger): Promise<void> {
  try {
    await handlers.receive(message, channel);
  } catch (error) {
    if (!(error instanceof UndeliveredReply)) {
      logger.error('the bot pipeline failed', { eventId: message.eventId, error: String(error) });
      return;
    }
    logUndelivered(logger, error, message);
    const hint = userHintFor(error.cause);
    const text = hint === undefined ? error.text : `${hint} (ref ${error.requestId})`;
    await channel.notice(text, { privately: true }).catch((noticeError: unknown) => {
      logger.error('could not deliver a failure notice', { reference: error.requestId, error: slackErrorCode(noticeError) ?? String(noticeError) });
    });
  }
}
