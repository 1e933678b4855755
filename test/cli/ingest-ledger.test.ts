import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { runTandem, tempWorkspace } from '../support/cli-harness.ts';

describe('tandem ingest with an embedding model', () => {
  let ollama: FakeOllama;
  beforeAll(async () => {
    ollama = await startFakeOllama();
  });
  afterAll(async () => ollama.close());

  it('embeds the passages, records every embedding call in the ledger as tandem\'s own work, and counts no request for it', async () => {
    const cwd = tempWorkspace();
    const run = await runTandem(['ingest', '--json'], { cwd, environment: { OLLAMA_HOST: ollama.url } });
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { added: number; chunks: number; embedded: number };
    expect(summary.added).toBeGreaterThan(10);
    expect(summary.embedded).toBe(summary.chunks);

    const embedRequests = ollama.requests.filter((request) => request.path === '/api/embed');
    const db = new Database(join(cwd, 'tandem.db'), { readonly: true });
    const rows = db.prepare("select platform, command, purpose, model, input_tokens, cost_status, counterfactual_cost_usd_micros from model_calls").all() as Array<Record<string, unknown>>;
    db.close();
    expect(rows).toHaveLength(embedRequests.length);
    expect(rows.every((row) => row.platform === 'system' && row.purpose === 'embed' && row.model === 'nomic-embed-text' && row.cost_status === 'free')).toBe(true);
    expect(rows.every((row) => (row.input_tokens as number) > 0 && row.counterfactual_cost_usd_micros === 0)).toBe(true);

    const report = await runTandem(['report', '--json'], { cwd });
    expect(JSON.parse(report.stdout)).toMatchObject({ requests: { local: 0, cloud: 0, calls: { local: rows.length, cloud: 0 } } });
  });
});
