/**
 * A cloud that is configured but unusable is never silent: `tandem start` warns at once and names
 * the setting to fix, every request that would have escalated says so in its reply, and /status
 * shows it — for an unknown model and for a key the provider refuses.
 */
import { describe, expect, it } from 'vitest';
import { runTandem } from '../support/cli-harness.ts';
import { startWorld, type World } from '../support/e2e-world.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const COMPLEX = 'debug why our python billing job double-charges customers when the payment webhook retries, and make it idempotent';
/** The classifier alone decides, so the request's route does not hang on a local model's preference. */
const CLASSIFIER_ONLY = 'routing:\n  preferences: []';

let world: World | undefined;
const own = closeAfterEach();

describe('a configured but unusable cloud', () => {
  it('an unknown model: start-up warning naming cloud.model, a note on the request that would have escalated, and /status', async () => {
    world = own(await startWorld({ cloudConfig: 'model: gpt-9-imaginary\nmaxRetries: 0\ntimeoutMs: 5000', extraConfig: CLASSIFIER_ONLY }));
    const run = await runTandem(['start'], { cwd: world.cwd, environment: world.environment, stdin: `${COMPLEX}\nhow many vacation days do I get?\n/status\n` });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/⚠️ {2}Cloud escalation is configured but unusable — .*gpt-9-imaginary is not available.*Fix: set cloud\.model to a model openai offers your account/);
    expect(run.stdout).not.toContain('☁️  Cloud escalation: openai/gpt-9-imaginary');
    const replies = run.stdout.split('tandem › ').slice(1);
    expect(replies[0]).toMatch(/ℹ️ {2}☁️ This request would have gone to the cloud \(.*difficulty 0\.\d\d ≥ 0\.60.*\), but the configured cloud model is unusable: .*Answered locally/);
    expect(replies[0]).toContain('🏠 local');
    // A question that never needed the cloud carries no such note.
    expect(replies[1]).not.toContain('would have gone to the cloud');
    expect(replies[2]).toMatch(/Cloud: ❌ openai\/gpt-9-imaginary \(.*\) — configured but unusable/);
    expect(world.cloudChats()).toHaveLength(0);
  });

  it('a refused key: the warning names the API key variable', async () => {
    world = own(await startWorld({ extraConfig: CLASSIFIER_ONLY }));
    const run = await runTandem(['start'], { cwd: world.cwd, environment: { ...world.environment, OPENAI_API_KEY: 'wrong-key' }, stdin: `${COMPLEX}\n` });
    expect(run.stdout).toMatch(/⚠️ {2}Cloud escalation is configured but unusable — .*Fix: check OPENAI_API_KEY \(or cloud\.openai\.apiKey\)/);
    expect(run.stdout).toContain('would have gone to the cloud');
  });
});
