/**
 * Local answers that carry a "☁️ Ask a stronger model" button, kept in memory by the ledger id the
 * button carries. The question text never goes to the database: after a restart, or once the
 * offer is old, a press reads the question back from the platform instead (recover-offer.ts).
 */
import type { AskRequest, RoutingFeatures } from '../ask-types.ts';

export interface StrongerModelOffer {
  request: AskRequest;
  features: RoutingFeatures;
  reasons: string[];
  offeredAt: number;
}

export interface StrongerModelOffers {
  add(modelCallId: number, offer: StrongerModelOffer): void;
  get(modelCallId: number, nowMs: number): StrongerModelOffer | undefined;
}

const DEFAULT_LIMIT = 1_000;
const DEFAULT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function createStrongerModelOffers(options: { limit?: number; maxAgeMs?: number } = {}): StrongerModelOffers {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  // A Map iterates in insertion order: the first key is the oldest offer.
  const offers = new Map<number, StrongerModelOffer>();
  return {
    add(modelCallId, offer) {
      offers.delete(modelCallId);
      offers.set(modelCallId, offer);
      while (offers.size > limit) {
        const oldest = offers.keys().next().value;
        if (oldest === undefined) break;
        offers.delete(oldest);
      }
    },
    get(modelCallId, nowMs) {
      const offer = offers.get(modelCallId);
      if (offer === undefined || nowMs - offer.offeredAt > maxAgeMs) return undefined;
      return offer;
    },
  };
}

/** Whether a reply to this outcome may carry the button: a local model answered and the cloud was allowed. */
export function mayOfferStrongerModel(outcome: { route: string; modelCallId: number | undefined; routing?: { cloudAllowed: boolean } }, flags: { local: boolean }): boolean {
  return outcome.route === 'local' && outcome.modelCallId !== undefined && outcome.routing?.cloudAllowed === true && !flags.local;
}
