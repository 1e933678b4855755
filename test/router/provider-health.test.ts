import { describe, expect, it } from 'vitest';
import { ProviderRequestError, ProviderUnavailableError } from '../../src/errors.ts';
import { ProviderHealthMonitor } from '../../src/router/provider-health.ts';
import type { ModelProvider } from '../../src/router/providers/contract.ts';

const provider: ModelProvider = {
  providerId: 'test',
  modelId: 'm',
  location: 'local',
  generate: async () => Promise.reject(new Error('unused')),
  stream: async function* () {},
  health: async () => ({ ok: true, detail: 'ready' }),
};

describe('ProviderHealthMonitor.absorbFailure', () => {
  it('takes provider failures (marking an unreachable one down) and leaves bugs to be rethrown', async () => {
    const monitor = new ProviderHealthMonitor(provider);
    await monitor.check();
    expect(monitor.absorbFailure(new ProviderRequestError('test', 'HTTP 500', { status: 500, retryable: true }))).toBe(true);
    expect(monitor.current.ok).toBe(true);
    expect(monitor.absorbFailure(new ProviderUnavailableError('test', 'connection refused'))).toBe(true);
    expect(monitor.current).toMatchObject({ ok: false, detail: 'connection refused' });
    expect(monitor.absorbFailure(new TypeError('undefined is not a function'))).toBe(false);
  });
});
