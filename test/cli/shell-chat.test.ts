import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { CLOSED_PORT_URL, runTandem, tempWorkspace } from '../support/cli-harness.ts';

describe('npm start: the terminal chat over the sample handbook', () => {
  let ollama: FakeOllama;

  beforeAll(async () => {
    // No embedding model pulled: retrieval is BM25 (hybrid retrieval has its own tests).
    ollama = await startFakeOllama({
      models: [{ name: 'llama3.2:latest', architecture: 'llama', contextLength: 131_072 }],
      reply: { text: 'Full-time employees get 25 days of paid vacation a year [1].', promptEvalCount: 412, evalCount: 17 },
    });
  });
  afterAll(async () => ollama.close());

  it('answers a typed question with the local model, cites the handbook, and records the reported tokens', async () => {
    const cwd = tempWorkspace();
    const run = await runTandem(['start'], { cwd, environment: { OLLAMA_HOST: ollama.url }, stdin: 'how many vacation days do I get?\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('🏠 Local model llama3.2 is ready');
    expect(run.stdout).toContain('Full-time employees get 25 days of paid vacation a year [1].');
    expect(run.stdout).toMatch(/\[1\] handbook\/policies\/paid-time-off\.md — Paid Time Off/);
    expect(run.stdout).toContain('🏠 local · llama3.2');

    const chat = ollama.requests.filter((request) => request.path === '/api/chat').at(-1)!;
    const body = JSON.parse(chat.body) as { messages: Array<{ content: string }>; options: { num_ctx: number } };
    expect(body.messages[1]!.content).toContain('[1] handbook/policies/paid-time-off.md');
    expect(body.options.num_ctx).toBeGreaterThan(0);

    const db = new Database(join(cwd, 'tandem.db'), { readonly: true });
    const rows = db.prepare("select * from model_calls where purpose = 'answer'").all() as Array<Record<string, unknown>>;
    db.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ platform: 'shell', command: 'ask', provider: 'ollama', location: 'local', route: 'local', input_tokens: 412, output_tokens: 17, status: 'ok', cost_status: 'free', cost_usd_micros: 0 });
    expect(rows[0]!.counterfactual_cost_usd_micros).toBeGreaterThan(0);
  });

  it('lists the commands for /help and gives usage help for an unknown command', async () => {
    const run = await runTandem(['start'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: ollama.url }, stdin: '/help\n/frobnicate\n' });
    expect(run.stdout).toContain('`/ask <question> [--cloud | --local]`');
    expect(run.stdout).toContain('`/summarize');
    expect(run.stdout).toContain('`/spend [YYYY-MM]`');
    expect(run.stdout).toContain("I don't know the command `/frobnicate`. Try one of: /ask, /summarize, /spend, /status, /help");
  });

  it('runs retrieval-only when Ollama is down: says so at start and in every reply, and never crashes', async () => {
    const run = await runTandem(['start'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: CLOSED_PORT_URL }, stdin: 'who do I ask for VPN access?\nwhat is the capital of Peru?\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('📚 Retrieval-only mode: no local model available');
    expect(run.stdout).toContain('> 1. Open a ticket in Servicedesk with the VPN access form');
    expect(run.stdout).toContain("I couldn't find this in the knowledge base.");
    expect(run.stdout.match(/📚 from the knowledge base, no model available/g)).toHaveLength(2);
  });

  it('runs retrieval-only when the model is not pulled, and says what to run', async () => {
    const run = await runTandem(['start'], { cwd: tempWorkspace('local:\n  model: mistral-nemo\n'), environment: { OLLAMA_HOST: ollama.url }, stdin: 'how do I expense a train ticket?\n' });
    expect(run.stdout).toContain('ollama pull mistral-nemo');
    expect(run.stdout).toContain('📚 from the knowledge base, no model available');
  });

  it('summarizes the conversation so far with the local model', async () => {
    const run = await runTandem(['start'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: ollama.url }, stdin: 'how many vacation days do I get?\n/summarize\n' });
    const summaryCall = ollama.requests.filter((request) => request.path === '/api/chat').at(-1)!;
    expect(summaryCall.body).toContain('You summarize team conversations');
    expect(summaryCall.body).toContain('how many vacation days do I get?');
    expect(run.stdout.match(/🏠 local · llama3\.2/g)).toHaveLength(2);
  });
});
