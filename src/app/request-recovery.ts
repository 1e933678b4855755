/**
 * Finishing what a crashed tandem left open. While running, this tandem renews its claims well inside
 * the lease; at start and then on every renewal it takes over requests whose lease ran out and hands
 * each to the bot's pipeline with a reply channel from the platform it came from, which replaces the
 * "Thinking…" placeholder in place.
 */
import type { ChatAdapter } from '../core/chat-contract.ts';
import type { Bot } from '../bot/bot.ts';
import type { RequestJournal } from '../journal/request-journal.ts';
import type { Logger } from '../logger.ts';

export interface RequestRecovery {
  /** Stops the timer and waits for resumed requests to finish. */
  stop(): Promise<void>;
}

/** Resumed at a time, so a long outage's backlog does not crowd out new questions. */
const BATCH = 20;

export function startRequestRecovery(options: { journal: RequestJournal; bot: Bot; adapters: readonly ChatAdapter[]; logger: Logger }): RequestRecovery {
  const { journal, bot, adapters, logger } = options;
  const running = new Set<Promise<void>>();
  const sweep = () => {
    try {
      journal.renewLeases();
      for (const open of journal.takeAbandoned(BATCH)) {
        const adapter = adapters.find((candidate) => candidate.platform === open.message.platform);
        const work = Promise.resolve(adapter?.resumeChannel?.(open.message, open.replyLocation))
          .then((channel) => bot.resume(open, channel))
          .catch((error: unknown) => {
            // Tried again on the next sweep; after a few attempts the person gets an apology instead.
            logger.error('resuming a request failed; it will be retried', { requestId: open.requestId, error: String(error) });
            journal.release(open.requestId);
          });
        running.add(work);
        void work.finally(() => running.delete(work));
      }
    } catch (error) {
      // A journal that cannot be read must not stop the bot answering new questions; say so loudly.
      logger.error('the request journal could not be swept', { error: String(error) });
    }
  };
  sweep();
  const timer = setInterval(sweep, Math.max(250, Math.floor(journal.leaseMs / 3)));
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await Promise.allSettled([...running]);
    },
  };
}
