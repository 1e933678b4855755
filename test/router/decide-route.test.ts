import { describe, expect, it } from 'vitest';
import { decideRoute, type RouteFacts, type RoutePolicy } from '../../src/router/decide-route.ts';
import type { RequestAssessment } from '../../src/router/request-kind/assess-request.ts';
import { DEFAULT_OUTPUT_RESERVE } from '../../src/router/output-reserve.ts';

const policy: RoutePolicy = { difficultyThreshold: 0.6, minRetrievalConfidence: 0.35, cascade: true, outputReserve: DEFAULT_OUTPUT_RESERVE };

const LOCAL = { available: true, detail: 'ok', contextWindow: 8192, tier: 'small' as const, tierSource: '3.2B parameters' };
const everyday: RequestAssessment = { kind: 'company', difficulty: 0.1, signals: ['the knowledge base covers it (confidence 0.80)'] };
const demanding = (difficulty: number): RequestAssessment => ({ kind: 'task', difficulty, signals: ['opens with a task verb (build)', 'about api, schema'] });

function facts(overrides: Partial<RouteFacts> = {}): RouteFacts {
  return {
    task: 'ask',
    flags: { cloud: false, local: false },
    channelPolicy: 'open',
    local: LOCAL,
    cloud: { configured: true, available: true, detail: 'ok' },
    promptTokens: 500,
    request: everyday,
    retrievalConfidence: 0.8,
    budget: { monthExceeded: false, userExceeded: false },
    ...overrides,
  };
}

describe('decideRoute', () => {
  it('keeps an everyday question local, with a cascade available', () => {
    const decision = decideRoute(facts(), policy);
    expect(decision).toMatchObject({ route: 'local', cascade: true, cloudAllowed: true });
    expect(decision.reasons[0]).toBe('company question: difficulty 0.10 < 0.60 (small local model, 3.2B parameters; the knowledge base covers it (confidence 0.80))');
  });

  it('escalates a hard request and says why, with its kind, difficulty and signals', () => {
    const decision = decideRoute(facts({ request: demanding(0.72) }), policy);
    expect(decision.route).toBe('cloud');
    expect(decision.reasons[0]).toBe('production task: difficulty 0.72 ≥ 0.60 (small local model, 3.2B parameters; opens with a task verb (build); about api, schema)');
  });

  it('lets a bigger local model keep work a small one passes on', () => {
    expect(decideRoute(facts({ request: demanding(0.72) }), policy).route).toBe('cloud');
    const medium = decideRoute(facts({ request: demanding(0.72), local: { ...LOCAL, tier: 'medium', tierSource: '32B parameters' } }), policy);
    expect(medium.route).toBe('local');
    expect(medium.reasons[0]).toContain('difficulty 0.72 < 0.75 (medium local model, 32B parameters');
    const large = decideRoute(facts({ request: demanding(0.95), local: { ...LOCAL, tier: 'large', tierSource: 'routing.localTier' } }), policy);
    expect(large.route).toBe('cloud');
  });

  it('merges a matched routing preference as one more reason that moves the bar', () => {
    const preferred = decideRoute(facts({ request: demanding(0.45), preference: { when: 'contract or legal clause review', route: 'cloud' } }), policy);
    expect(preferred.route).toBe('cloud');
    expect(preferred.reasons[0]).toBe('routing preference "contract or legal clause review" → cloud');
    expect(preferred.reasons[1]).toContain('difficulty 0.45 ≥ 0.40');
    const kept = decideRoute(facts({ request: demanding(0.7), preference: { when: 'company how-tos', route: 'local' } }), policy);
    expect(kept.route).toBe('local');
    // A preference is a reason, not a veto: a request far above the bar still escalates.
    expect(decideRoute(facts({ request: demanding(0.95), preference: { when: 'company how-tos', route: 'local' } }), policy).route).toBe('cloud');
  });

  it('never escalates chit-chat on difficulty and offers it no cascade', () => {
    const decision = decideRoute(facts({ request: { kind: 'chitchat', difficulty: 0, signals: ['small talk'] }, retrievalConfidence: 0 }), policy);
    expect(decision).toMatchObject({ route: 'local', cascade: false });
    expect(decision.reasons.join(' ')).not.toContain('weak retrieval');
  });

  it('escalates when the prompt does not fit the local context window', () => {
    const decision = decideRoute(facts({ promptTokens: 9000 }), policy);
    expect(decision.route).toBe('cloud');
    expect(decision.reasons[0]).toContain('9000 tokens exceed the local context');
  });

  it('never escalates from a confidential channel, even when asked or when local is down', () => {
    const asked = decideRoute(facts({ channelPolicy: 'confidential', flags: { cloud: true, local: false } }), policy);
    expect(asked.route).toBe('local');
    expect(asked.refusals[0]).toContain('confidential channel never escalates');
    const down = decideRoute(facts({ channelPolicy: 'confidential', local: { ...LOCAL, available: false, detail: 'connection refused' } }), policy);
    expect(down.route).toBe('retrieval-only');
    expect(down.cloudAllowed).toBe(false);
  });

  it('honours --cloud when allowed and --local always', () => {
    expect(decideRoute(facts({ flags: { cloud: true, local: false } }), policy)).toMatchObject({ route: 'cloud', reasons: ['requested with --cloud'] });
    const local = decideRoute(facts({ flags: { cloud: false, local: true }, request: demanding(0.9) }), policy);
    expect(local.route).toBe('local');
    expect(local.cascade).toBe(false);
  });

  it('stays local once the monthly or the per-user budget is reached, and says so', () => {
    const month = decideRoute(facts({ budget: { monthExceeded: true, userExceeded: false }, request: demanding(0.9) }), policy);
    expect(month.route).toBe('local');
    expect(month.reasons.join(' ')).toContain('monthly cloud budget reached');
    const user = decideRoute(facts({ budget: { monthExceeded: false, userExceeded: true }, flags: { cloud: true, local: false } }), policy);
    expect(user.refusals[0]).toContain('your daily cloud budget is reached');
  });

  it('falls back to the cloud when the local model is down, and to retrieval when there is no cloud', () => {
    const down = { ...LOCAL, available: false, detail: 'connection refused' };
    expect(decideRoute(facts({ local: down }), policy)).toMatchObject({ route: 'cloud', reasons: ['local model unavailable (connection refused)'] });
    const noCloud = decideRoute(facts({ local: down, cloud: { configured: false, available: false, detail: 'not configured' } }), policy);
    expect(noCloud.route).toBe('retrieval-only');
    expect(noCloud.reasons).toContain('no cloud provider configured');
  });

  it('stays local with a note when the cloud is configured but down', () => {
    const decision = decideRoute(facts({ cloud: { configured: true, available: false, detail: 'HTTP 503' }, request: demanding(0.8) }), policy);
    expect(decision.route).toBe('local');
    expect(decision.reasons[0]).toContain('cloud unavailable (HTTP 503)');
  });

  it('marks weak retrieval for the cascade', () => {
    const decision = decideRoute(facts({ retrievalConfidence: 0.1 }), policy);
    expect(decision.route).toBe('local');
    expect(decision.cascade).toBe(true);
    expect(decision.reasons.join(' ')).toContain('weak retrieval');
  });
});
