/**
 * The routing policy: a pure function from facts to a route and the reasons for it. No I/O, no
 * vendor SDKs — `tandem route --json` prints exactly what this returns, and tests drive every branch.
 */
import { maskSecretsIn } from '../mask-secrets.ts';
import type { RequestAssessment, RequestKind } from './request-kind/assess-request.ts';
import { TIER_ALLOWANCE, type LocalTier } from './request-kind/local-tier.ts';
import { usableTokens, type OutputReserve } from './output-reserve.ts';
import { UNVERIFIED_POLICY_REASON, type ChannelPolicy } from './channel-policy.ts';

export type Route = 'local' | 'cloud' | 'retrieval-only';
export type TaskKind = 'ask' | 'summarize';

export interface RouteFacts {
  task: TaskKind;
  /** `strongerModel`: the cloud was asked for by pressing "Ask a stronger model" under a local answer. */
  flags: { cloud: boolean; local: boolean; strongerModel?: boolean };
  channelPolicy: ChannelPolicy;
  local: { available: boolean; detail: string; contextWindow: number; tier: LocalTier; tierSource: string };
  cloud: { configured: boolean; available: boolean; detail: string };
  /** Tokens of question plus context, counted locally. */
  promptTokens: number;
  /** What kind of request this is and how hard (request-kind/assess-request.ts). */
  request: RequestAssessment;
  /** The routing preference the local model matched, when one did (routing-preferences.ts). */
  preference?: { when: string; route: 'local' | 'cloud' };
  /** 0–1 from retrieval, for asks. */
  retrievalConfidence?: number;
  budget: { monthExceeded: boolean; userExceeded: boolean };
}

export interface RoutePolicy {
  /** Difficulty (0–1) at or above which a request escalates from a small local model. */
  difficultyThreshold: number;
  minRetrievalConfidence: number;
  cascade: boolean;
  /** What is kept free in the local context for the answer itself (derived from the window). */
  outputReserve: OutputReserve;
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
  // Reasons quote provider details (hosts, error texts): shown to people and stored, so masked here.
  const decide = (route: Route, reasons: string[], cascade = false): RouteDecision => ({
    route,
    reasons: reasons.map(maskSecretsIn),
    cascade: cascade && cloudAllowed && policy.cascade,
    cloudAllowed,
    refusals: refusals.map(maskSecretsIn),
  });

  if (facts.flags.cloud) {
    if (cloudAllowed) return decide('cloud', [facts.flags.strongerModel ? 'asked for a stronger model' : 'requested with --cloud']);
    refusals.push(`--cloud refused: ${blockers.join('; ')}`);
  }
  if (!facts.local.available) {
    if (cloudAllowed) return decide('cloud', [`local model unavailable (${facts.local.detail})`]);
    return decide('retrieval-only', [`local model unavailable (${facts.local.detail})`, ...blockers]);
  }
  const room = usableTokens(facts.local.contextWindow, policy.outputReserve);
  if (facts.promptTokens > room) {
    const reason = `${facts.promptTokens} tokens exceed the local context (${room} usable of ${facts.local.contextWindow})`;
    if (cloudAllowed) return decide('cloud', [reason]);
    return decide('local', [`${reason}; staying local (${blockers.join('; ')}) and condensing`]);
  }
  const difficulty = judgeDifficulty(facts, policy);
  if (difficulty.hard) {
    if (cloudAllowed) return decide('cloud', difficulty.reasons);
    return decide('local', [...difficulty.reasons.slice(0, -1), `${difficulty.reasons.at(-1)}, but ${blockers.join('; ')}`]);
  }
  return decide('local', localReasons(facts, policy, blockers, difficulty.reasons), facts.request.kind !== 'chitchat');
}

export const KIND_NAMES: Readonly<Record<RequestKind, string>> = {
  company: 'company question',
  general: 'general question',
  task: 'production task',
  pasted: 'pasted material',
  chitchat: 'chit-chat',
};

const MAX_SIGNALS_SHOWN = 3;

/** Preferences move the bar by this much: one more reason, not a veto over the classifier. */
export const PREFERENCE_SHIFT = 0.2;

/**
 * Whether a routing preference could change this request's route: only within PREFERENCE_SHIFT of
 * the bar. Far from it the classifier's answer stands whatever the preference, so the local call
 * that matches preferences is skipped (no latency, no tokens).
 */
export function preferenceCouldMatter(request: RequestAssessment, tier: LocalTier, policy: Pick<RoutePolicy, 'difficultyThreshold'>): boolean {
  if (request.kind === 'chitchat') return false;
  return Math.abs(request.difficulty - difficultyBar(policy, tier)) < PREFERENCE_SHIFT;
}

/** The difficulty a request must reach to escalate: the policy threshold plus the local tier's allowance, moved by a matched preference. */
export function difficultyBar(policy: Pick<RoutePolicy, 'difficultyThreshold'>, tier: LocalTier, shift = 0): number {
  return Math.min(1, Math.max(0, policy.difficultyThreshold + TIER_ALLOWANCE[tier] + shift));
}

/** Whether a request is hard enough for the cloud at that bar: small talk never is. */
export function reachesBar(request: Pick<RequestAssessment, 'kind' | 'difficulty'>, bar: number): boolean {
  return request.kind !== 'chitchat' && request.difficulty >= bar;
}

/**
 * Hard enough for the cloud? The bar is the policy threshold plus the local tier's allowance,
 * moved by a matched routing preference. The deciding reason comes last (the marker shows it).
 */
function judgeDifficulty(facts: RouteFacts, policy: RoutePolicy): { hard: boolean; reasons: string[] } {
  const { kind, difficulty, signals } = facts.request;
  const { tier, tierSource } = facts.local;
  const shift = facts.preference ? (facts.preference.route === 'cloud' ? -PREFERENCE_SHIFT : PREFERENCE_SHIFT) : 0;
  const bar = difficultyBar(policy, tier, shift);
  const hard = reachesBar(facts.request, bar);
  const reasons = facts.preference ? [`routing preference "${facts.preference.when}" → ${facts.preference.route}`] : [];
  // The strongest few signals: the marker people read carries this reason, so it stays short.
  const detail = [`${tier} local model, ${tierSource}`, ...signals.slice(0, MAX_SIGNALS_SHOWN)].join('; ');
  reasons.push(`${KIND_NAMES[kind]}: difficulty ${difficulty.toFixed(2)} ${hard ? '≥' : '<'} ${bar.toFixed(2)} (${detail})`);
  return { hard, reasons };
}

/**
 * Why escalation is impossible. Policy comes first: when policy forbids the cloud, whether the cloud
 * is up is beside the point (and is not even probed — see provider-facts.ts).
 */
export function cloudBlockers(facts: Pick<RouteFacts, 'channelPolicy' | 'flags' | 'budget' | 'cloud'>): string[] {
  const policy: string[] = [];
  if (facts.channelPolicy === 'confidential') policy.push('confidential channel never escalates');
  if (facts.channelPolicy === 'unverified') policy.push(UNVERIFIED_POLICY_REASON);
  if (facts.flags.local) policy.push('--local requested');
  if (facts.budget.monthExceeded) policy.push('monthly cloud budget reached');
  if (facts.budget.userExceeded) policy.push('your daily cloud budget is reached');
  if (policy.length > 0) return policy;
  if (!facts.cloud.configured) return ['no cloud provider configured'];
  if (!facts.cloud.available) return [`cloud unavailable (${facts.cloud.detail})`];
  return [];
}

function localReasons(facts: RouteFacts, policy: RoutePolicy, blockers: string[], difficulty: string[]): string[] {
  const reasons = [...difficulty];
  if (facts.request.kind !== 'chitchat' && facts.retrievalConfidence !== undefined && facts.retrievalConfidence < policy.minRetrievalConfidence) {
    reasons.push(`weak retrieval (confidence ${facts.retrievalConfidence.toFixed(2)}): answer locally, escalate if the answer is weak`);
  }
  if (facts.flags.local) reasons.push('requested with --local');
  else if (blockers.length > 0) reasons.push(...blockers);
  return reasons;
}
