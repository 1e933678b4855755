/**
 * The routing policy: a pure function from facts to a route and the reasons for it. No I/O, no
 * vendor SDKs — `tandem route --json` prints exactly what this returns, and tests drive every branch.
 */
import type { ComplexityScore } from './complexity.ts';

export type Route = 'local' | 'cloud' | 'retrieval-only';
export type TaskKind = 'ask' | 'summarize';

export interface RouteFacts {
  task: TaskKind;
  flags: { cloud: boolean; local: boolean };
  channelPolicy: 'open' | 'confidential';
  local: { available: boolean; detail: string; contextWindow: number };
  cloud: { configured: boolean; available: boolean; detail: string };
  /** Tokens of question plus context, counted locally. */
  promptTokens: number;
  complexity: ComplexityScore;
  /** 0–1 from retrieval, for asks. */
  retrievalConfidence?: number;
  budget: { monthExceeded: boolean; userExceeded: boolean };
}

export interface RoutePolicy {
  complexityThreshold: number;
  minRetrievalConfidence: number;
  cascade: boolean;
  /** Tokens kept free in the local context for the answer itself. */
  outputReserveTokens: number;
}

export interface RouteDecision {
  route: Route;
  reasons: string[];
  /** Answer locally but escalate if the local answer turns out weak. */
  cascade: boolean;
  /** Whether escalation was possible at all (used by the cascade and shown by `tandem route`). */
  cloudAllowed: boolean;
  /** Things the person asked for that the policy refused, to show them. */
  refusals: string[];
}

export function decideRoute(facts: RouteFacts, policy: RoutePolicy): RouteDecision {
  const blockers = cloudBlockers(facts);
  const cloudAllowed = blockers.length === 0;
  const refusals: string[] = [];
  const decide = (route: Route, reasons: string[], cascade = false): RouteDecision => ({
    route,
    reasons,
    cascade: cascade && cloudAllowed && policy.cascade,
    cloudAllowed,
    refusals,
  });

  if (facts.flags.cloud) {
    if (cloudAllowed) return decide('cloud', ['requested with --cloud']);
    refusals.push(`--cloud refused: ${blockers.join('; ')}`);
  }
  if (!facts.local.available) {
    if (cloudAllowed) return decide('cloud', [`local model unavailable (${facts.local.detail})`]);
    return decide('retrieval-only', [`local model unavailable (${facts.local.detail})`, ...blockers]);
  }
  const room = facts.local.contextWindow - policy.outputReserveTokens;
  if (facts.promptTokens > room) {
    const reason = `${facts.promptTokens} tokens exceed the local context (${room} usable of ${facts.local.contextWindow})`;
    if (cloudAllowed) return decide('cloud', [reason]);
    return decide('local', [`${reason}; staying local (${blockers.join('; ')}) and condensing`]);
  }
  const { score, features } = facts.complexity;
  if (score >= policy.complexityThreshold) {
    const reason = `complexity ${score.toFixed(2)} ≥ ${policy.complexityThreshold.toFixed(2)} (${features.join(', ')})`;
    if (cloudAllowed) return decide('cloud', [reason]);
    return decide('local', [`${reason}, but ${blockers.join('; ')}`]);
  }
  return decide('local', localReasons(facts, policy, blockers), true);
}

/**
 * Why escalation is impossible. Policy comes first: when policy forbids the cloud, whether the cloud
 * is up is beside the point (and is not even probed — see provider-facts.ts).
 */
function cloudBlockers(facts: RouteFacts): string[] {
  const policy: string[] = [];
  if (facts.channelPolicy === 'confidential') policy.push('confidential channel never escalates');
  if (facts.flags.local) policy.push('--local requested');
  if (facts.budget.monthExceeded) policy.push('monthly cloud budget reached');
  if (facts.budget.userExceeded) policy.push('your daily cloud budget is reached');
  if (policy.length > 0) return policy;
  if (!facts.cloud.configured) return ['no cloud provider configured'];
  if (!facts.cloud.available) return [`cloud unavailable (${facts.cloud.detail})`];
  return [];
}

function localReasons(facts: RouteFacts, policy: RoutePolicy, blockers: string[]): string[] {
  const reasons = [`complexity ${facts.complexity.score.toFixed(2)} < ${policy.complexityThreshold.toFixed(2)}`];
  if (facts.retrievalConfidence !== undefined && facts.retrievalConfidence < policy.minRetrievalConfidence) {
    reasons.push(`weak retrieval (confidence ${facts.retrievalConfidence.toFixed(2)}): answer locally, escalate if the answer is weak`);
  }
  if (facts.flags.local) reasons.push('requested with --local');
  else if (blockers.length > 0) reasons.push(...blockers);
  return reasons;
}
