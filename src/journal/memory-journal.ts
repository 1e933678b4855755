/**
 * A request journal that lives only as long as the process: for one-shot commands (`tandem ask`,
 * `tandem summarize`). Their person is the terminal that ran them — once the process is gone there is
 * nobody to re-post to, so durable rows would only be taken over by a running `tandem start`'s
 * recovery sweep and closed as unreachable. It still gives each request its id and refuses a
 * delivery key twice, as the durable one does.
 */
import { newRequestId, type RequestJournal } from './request-journal.ts';

export function createMemoryJournal(): RequestJournal {
  const keys = new Set<string>();
  return {
    leaseMs: 0,
    claim(message) {
      // Duplicate keys cannot arrive from a command line, but the contract is the same as the durable one.
      if (keys.has(message.deliveryKey)) return undefined;
      keys.add(message.deliveryKey);
      return newRequestId();
    },
    placed: () => undefined,
    postingStarted: () => undefined,
    answered: () => undefined,
    failed: () => undefined,
    release: () => undefined,
    renewLeases: () => undefined,
    takeAbandoned: () => [],
  };
}
