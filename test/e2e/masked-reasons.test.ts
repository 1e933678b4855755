/**
 * Credentials inside OLLAMA_HOST never surface: not in the start-up notes, not in the reasons and
 * notes a person is shown (terminal, JSON, the ☁️ marker), not in the ledger's model_calls.reasons
 * and not in the log. Ollama's client refuses URLs with credentials, so the local model is "down"
 * and its failure detail — which names the host — travels every one of those paths.
 */
import { describe, expect, it } from 'vitest';
import { runTandem } from '../support/cli-harness.ts';
import type { AskJson } from '../support/escalation-checks.ts';
import { readLedger, startWorld, type World } from '../support/e2e-world.ts';
import { closeAfterEach } from '../support/close-after-each.ts';

const PASSWORD = ['hunter', '2', 'ollama'].join('');

let world: World | undefined;
const own = closeAfterEach();

function hostWithCredentials(current: World): string {
  return current.environment.OLLAMA_HOST!.replace('http://', `http://ops:${PASSWORD}@`);
}

describe('credentials in OLLAMA_HOST are masked everywhere they could surface', () => {
  it('tandem ask: answer, reasons, notes, marker, stderr and the ledger', async () => {
    world = own(await startWorld());
    const environment = { ...world.environment, OLLAMA_HOST: hostWithCredentials(world) };

    const json = await runTandem(['ask', '--json', '--verbose', 'how many vacation days do I get?'], { cwd: world.cwd, environment });
    expect(json.code, json.stderr).toBe(0);
    const outcome = JSON.parse(json.stdout) as AskJson;
    // The local model is unreachable with such a URL, so the request escalated and says why.
    expect(outcome.route).toBe('cloud');
    expect(outcome.reasons.join(' ')).toMatch(/local model unavailable/);
    expect(outcome.reasons.join(' ')).toContain('•••@127.0.0.1');
    const text = await runTandem(['ask', 'how many vacation days do I get?'], { cwd: world.cwd, environment });

    for (const shown of [json.stdout, json.stderr, text.stdout, text.stderr]) expect(shown).not.toContain(PASSWORD);
    const stored = readLedger(world.dbPath).map((row) => JSON.stringify([row.reasons, row.error]));
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) expect(row).not.toContain(PASSWORD);
  });

  it('tandem route shows the masked host in its reasons', async () => {
    world = own(await startWorld());
    const environment = { ...world.environment, OLLAMA_HOST: hostWithCredentials(world) };
    const run = await runTandem(['route', '--json', 'how many vacation days do I get?'], { cwd: world.cwd, environment });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
    expect(run.stdout).toContain('•••@127.0.0.1');
  });

  it('the terminal chat: start-up notes and /status', async () => {
    world = own(await startWorld());
    const environment = { ...world.environment, OLLAMA_HOST: hostWithCredentials(world) };
    const run = await runTandem(['start', '--shell'], { cwd: world.cwd, environment, stdin: '/status\n' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/Local model: ❌ .*•••@127\.0\.0\.1/);
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  });
});
