/**
 * The one degrade ladder, for every command that calls a model (ask, summarize): the routed rung
 * first — cloud, then local — and a model-free fallback (quoted passages, an extractive summary) at
 * the bottom, so a provider that fails mid-request costs the person a visible note, never the answer.
 */
import { EscalationWithheldError, type ProviderRequestError, type ProviderUnavailableError } from '../errors.ts';
import type { Route } from '../router/decide-route.ts';
import type { ModelOutcome } from './outcome.ts';

/** `T` is the one outcome, or the one outcome with a command's own facts on top (ask's `found`). */
export interface Ladder<T extends ModelOutcome> {
  /** The route the policy chose. */
  route: Route;
  /** Whether the local model is worth trying (it was up when last seen). */
  localAvailable: () => boolean;
  cloud: () => Promise<T | undefined>;
  local: () => Promise<T | undefined>;
  fallback: () => T;
}

export async function descend<T extends ModelOutcome>(ladder: Ladder<T>): Promise<T> {
  if (ladder.route === 'cloud') {
    const answered = await ladder.cloud();
    if (answered !== undefined) return answered;
  }
  if (ladder.route !== 'retrieval-only' && ladder.localAvailable()) {
    const answered = await ladder.local();
    if (answered !== undefined) return answered;
  }
  return ladder.fallback();
}

interface FailureAbsorber {
  absorbFailure(error: unknown): error is ProviderUnavailableError | ProviderRequestError;
}

/**
 * Runs one rung. A provider failure becomes a note (`explain` words it) and `undefined`, so the
 * ladder goes one rung down; so does an escalation the privacy guard withheld, with its own words.
 * Anything else is a bug and is rethrown.
 */
export async function orDegrade<T>(health: FailureAbsorber, notes: string[], explain: (detail: string) => string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof EscalationWithheldError) {
      notes.push(error.message);
      return undefined;
    }
    if (!health.absorbFailure(error)) throw error;
    notes.push(explain(error.message));
    return undefined;
  }
}
