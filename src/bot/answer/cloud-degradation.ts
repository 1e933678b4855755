/**
 * A cloud that is configured but unusable (unknown model, bad key, 401/404) must not be invisible:
 * a request that would have escalated says so in its reply, instead of looking like an ordinary
 * local answer while start-up claimed escalation was on.
 */
import { decideRoute, type RouteDecision, type RouteFacts, type RoutePolicy } from '../../router/decide-route.ts';

/** The decision had the cloud been usable, when it is configured but is not; undefined otherwise. */
export function decisionWithUsableCloud(facts: RouteFacts, policy: RoutePolicy): RouteDecision | undefined {
  if (!facts.cloud.configured || facts.cloud.available) return undefined;
  return decideRoute({ ...facts, cloud: { ...facts.cloud, available: true } }, policy);
}

/** What was done instead, in the note's closing words. */
export type DoneInstead = 'Answered locally' | 'Summarized locally';

export function unusableCloudNote(detail: string, wouldHave: string, doneInstead: DoneInstead = 'Answered locally'): string {
  return `☁️ This request would have gone to the cloud (${wouldHave}), but the configured cloud model is unusable: ${detail}. ${doneInstead}; tell your tandem admin.`;
}

/** The up-front case: the route itself would have been the cloud. */
export function upFrontNote(facts: RouteFacts, decision: RouteDecision, policy: RoutePolicy, doneInstead: DoneInstead = 'Answered locally'): string | undefined {
  if (decision.route === 'cloud') return undefined;
  const usable = decisionWithUsableCloud(facts, policy);
  if (usable?.route !== 'cloud') return undefined;
  return unusableCloudNote(facts.cloud.detail, usable.reasons[0] ?? 'escalation', doneInstead);
}
