/**
 * For adapter tests whose stand-in core scripts its behaviour: the bot pipeline's one error path
 * (src/bot/pipeline), so an adapter is tested against what `receive` really does when work fails —
 * one failure reply with the request's reference, and `UndeliveredReply` when even that cannot be posted.
 */
import { UndeliveredReply, type ReplyChannel } from '../../src/core/chat-contract.ts';
import { failureReply } from '../../src/bot/pipeline/failure-reply.ts';
import { newRequestId } from '../../src/journal/request-journal.ts';
import type { Logger } from '../../src/logger.ts';

export async function withPipelineErrorPath(channel: ReplyChannel, logger: Logger, run: () => Promise<void>): Promise<void> {
  const requestId = newRequestId();
  try {
    await run();
  } catch (error) {
    const notice = failureReply(error, requestId, logger);
    try {
      await channel.post(notice);
    } catch (postError) {
      throw new UndeliveredReply(requestId, notice.text, { cause: postError });
    }
  }
}
