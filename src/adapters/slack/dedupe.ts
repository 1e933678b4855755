/**
 * Bolt does not drop Slack's retries, and a mention arrives twice (app_mention and
 * message.channels). Every event is claimed here before the bot sees it, so a question is
 * answered exactly once.
 */
import { BoundedSet } from '../bounded-set.ts';
import type { DuplicateEventCheck, SlackAdapterLogger } from './options.ts';

export interface EventDeduper {
  /** True when this is the first time any of the keys was seen; all keys are recorded. */
  claim(keys: string[]): Promise<boolean>;
}

const MEMORY_CAPACITY = 5_000;

export function createEventDeduper(check: DuplicateEventCheck | undefined, logger: SlackAdapterLogger): EventDeduper {
  const memory = new BoundedSet(MEMORY_CAPACITY);
  const isDuplicate = async (key: string): Promise<boolean> => {
    // The in-memory set also guards the durable check against two deliveries racing each other.
    const seenInMemory = !memory.add(key);
    if (seenInMemory || check === undefined) return seenInMemory;
    try {
      return await check(key);
    } catch (error) {
      logger.warn('duplicate-event check failed; relying on memory', { key, error: String(error) });
      return false;
    }
  };
  return {
    async claim(keys) {
      let fresh = true;
      for (const key of keys) {
        // Check every key, even after a hit, so each one is recorded for later deliveries.
        if (await isDuplicate(key)) fresh = false;
      }
      return fresh;
    },
  };
}

/**
 * Keys are namespaced so a processed-events table shared with other platforms (or with the core
 * recording `IncomingMessage.eventId` itself) never mistakes one of ours for its own.
 */
export function eventKey(kind: 'event' | 'command' | 'shortcut', id: string): string {
  return `slack:${kind}:${id}`;
}

/** Key that collapses the app_mention / message pair Slack sends for one posted message. */
export function messageKey(channelId: string, ts: string): string {
  return `slack:message:${channelId}:${ts}`;
}
