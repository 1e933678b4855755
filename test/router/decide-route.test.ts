import { describe, expect, it } from 'vitest';
import { decideRoute, type RouteFacts, type RoutePolicy } from '../../src/router/decide-route.ts';
import { scoreComplexity } from '../../src/router/complexity.ts';

const policy: RoutePolicy = { complexityThreshold: 0.6, minRetrievalConfidence: 0.35, cascade: true, outputReserveTokens: 1024 };

function facts(overrides: Partial<RouteFacts> = {}): RouteFacts {
  return {
    task: 'ask',
    flags: { cloud: false, local: false },
    channelPolicy: 'open',
    local: { available: true, detail: 'ok', contextWindow: 8192 },
    cloud: { configured: true, available: true, detail: 'ok' },
    promptTokens: 500,
    complexity: { score: 0.1, features: [] },
    retrievalConfidence: 0.8,
    budget: { monthExceeded: false, userExceeded: false },
    ...overrides,
  };
}

describe('decideRoute', () => {
  it('keeps an everyday question local, with a cascade available', () => {
    const decision = decideRoute(facts(), policy);
    expect(decision).toMatchObject({ route: 'local', cascade: true, cloudAllowed: true });
    expect(decision.reasons[0]).toMatch(/complexity 0\.10 < 0\.60/);
  });

  it('escalates a complex request and says why', () => {
    const decision = decideRoute(facts({ complexity: { score: 0.72, features: ['code generation', 'explicit depth request'] } }), policy);
    expect(decision.route).toBe('cloud');
    expect(decision.reasons[0]).toBe('complexity 0.72 ≥ 0.60 (code generation, explicit depth request)');
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
    const down = decideRoute(facts({ channelPolicy: 'confidential', local: { available: false, detail: 'connection refused', contextWindow: 8192 } }), policy);
    expect(down.route).toBe('retrieval-only');
    expect(down.cloudAllowed).toBe(false);
  });

  it('honours --cloud when allowed and --local always', () => {
    expect(decideRoute(facts({ flags: { cloud: true, local: false } }), policy)).toMatchObject({ route: 'cloud', reasons: ['requested with --cloud'] });
    const local = decideRoute(facts({ flags: { cloud: false, local: true }, complexity: { score: 0.9, features: ['code generation'] } }), policy);
    expect(local.route).toBe('local');
    expect(local.cascade).toBe(false);
  });

  it('stays local once the monthly or the per-user budget is reached, and says so', () => {
    const month = decideRoute(facts({ budget: { monthExceeded: true, userExceeded: false }, complexity: { score: 0.9, features: ['legal or financial analysis'] } }), policy);
    expect(month.route).toBe('local');
    expect(month.reasons.join(' ')).toContain('monthly cloud budget reached');
    const user = decideRoute(facts({ budget: { monthExceeded: false, userExceeded: true }, flags: { cloud: true, local: false } }), policy);
    expect(user.refusals[0]).toContain('your daily cloud budget is reached');
  });

  it('falls back to the cloud when the local model is down, and to retrieval when there is no cloud', () => {
    const down = { available: false, detail: 'connection refused', contextWindow: 8192 };
    expect(decideRoute(facts({ local: down }), policy)).toMatchObject({ route: 'cloud', reasons: ['local model unavailable (connection refused)'] });
    const noCloud = decideRoute(facts({ local: down, cloud: { configured: false, available: false, detail: 'not configured' } }), policy);
    expect(noCloud.route).toBe('retrieval-only');
    expect(noCloud.reasons).toContain('no cloud provider configured');
  });

  it('stays local with a note when the cloud is configured but down', () => {
    const decision = decideRoute(facts({ cloud: { configured: true, available: false, detail: 'HTTP 503' }, complexity: { score: 0.8, features: ['code generation'] } }), policy);
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

describe('scoreComplexity', () => {
  it('scores everyday questions low and demanding ones high', () => {
    expect(scoreComplexity('how many vacation days do I get?').score).toBeLessThan(0.6);
    expect(scoreComplexity('who do I ask for VPN access? the api returns an error').score).toBe(0);
    const hard = scoreComplexity('Write a Python function that parses our invoices and give a detailed, in-depth explanation');
    expect(hard.features).toEqual(['code generation', 'explicit depth request']);
    expect(hard.score).toBeGreaterThanOrEqual(0.6);
  });
});
