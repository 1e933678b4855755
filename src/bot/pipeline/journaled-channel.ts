/**
 * A reply channel that writes the journal before each step a person can see: the placeholder's
 * location once it is showing, and "posting started" before a reply goes out as a new message.
 * Replacing a placeholder in place can be repeated safely; posting a new message cannot, so only the
 * latter is fenced (after a crash, a request whose posting had started is not posted again) — unless
 * the platform can find what it posted for the request, which makes posting repeatable too.
 */
import type { ReplyChannel, ReplyLocation, StreamOpening } from '../../core/chat-contract.ts';
import type { RequestJournal } from '../../journal/request-journal.ts';

export interface JournaledChannel extends ReplyChannel {
  /** True once something was posted (the answer, a notice, a refusal). */
  hasReplied(): boolean;
}

export function journaledChannel(channel: ReplyChannel, journal: RequestJournal, requestId: string, known?: ReplyLocation): JournaledChannel {
  let location = known;
  let replied = false;
  return {
    // Spread first: a platform's extra reply abilities (streaming…) pass through unchanged.
    ...channel,
    readHistory: (request) => channel.readHistory(request),
    async progress(note) {
      const where = await channel.progress(note);
      if (where && location === undefined) {
        location = where;
        journal.placed(requestId, where);
      }
      return where;
    },
    // A stream that does not replace a placeholder posts a new message: fence it like a post, unless
    // the platform can find that message again after a crash (then the restart finishes it in place).
    ...(channel.stream === undefined
      ? {}
      : {
          stream: async (opening: StreamOpening) => {
            if (location === undefined && !replied && channel.repliesFindable !== true) journal.postingStarted(requestId);
            const moved = (where: ReplyLocation) => {
              location = where;
              journal.placed(requestId, where);
              opening.moved?.(where);
            };
            return channel.stream!({ ...opening, moved });
          },
        }),
    async post(reply) {
      // Fenced unless the platform finds the posted message again after a crash (then a restart
      // finishes it in place if it arrived, and posts it if it never did). A private reply is never
      // findable: it lives where a restart cannot look (an ephemeral message, a DM).
      const findable = channel.repliesFindable === true && reply.ephemeral !== true;
      if (location === undefined && !replied && !findable) journal.postingStarted(requestId);
      replied = true;
      return channel.post(reply);
    },
    hasReplied: () => replied,
  };
}
