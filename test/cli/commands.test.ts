import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { CLOSED_PORT_URL, runTandem, tempWorkspace } from '../support/cli-harness.ts';
import { openDatabase } from '../../db/client.ts';
import { StrongerModelLog } from '../../src/spend/stronger-model-log.ts';
import { insertCall } from '../spend/fixtures.ts';

describe('tandem command line', () => {
  let ollama: FakeOllama;
  beforeAll(async () => {
    ollama = await startFakeOllama({
      models: [{ name: 'llama3.2:latest', architecture: 'llama', contextLength: 8192 }],
      reply: { text: 'Open a Servicedesk ticket with the VPN access form [1].', promptEvalCount: 300, evalCount: 14 },
    });
  });
  afterAll(async () => ollama.close());

  it('exits 2 before anything starts on a bad config, naming key, value and what is allowed', async () => {
    const cwd = tempWorkspace('budget:\n  monthlyUSD: 100\nlocal:\n  contextWindow: -1\n');
    const run = await runTandem(['start'], { cwd, stdin: 'how many vacation days?\n' });
    expect(run.code).toBe(2);
    // A misspelled key's value is never echoed, whatever its type: it may be a credential.
    expect(run.stderr).toContain('budget.monthlyUSD: value hidden; allowed: not a known key; known keys here: monthlyUsd');
    expect(run.stderr).toContain('local.contextWindow: got -1; allowed: at least 512');
    expect(run.stdout).toBe('');
  });

  it('prints the effective config with secrets masked', async () => {
    const run = await runTandem(['config', 'check', '--json'], { cwd: tempWorkspace(), environment: { OPENAI_API_KEY: 'sk-proj-abcdefghijklmnopqrstuvwxyz0123', SLACK_BOT_TOKEN: 'xoxb-1-2-secretsecret', SLACK_APP_TOKEN: 'xapp-1-secretsecret' } });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { cloud: { provider: string; openai: { apiKey: string } }; slack: { mode: string } };
    expect(printed.cloud.provider).toBe('openai');
    expect(printed.cloud.openai.apiKey).toBe('sk-…0123');
    expect(printed.slack.mode).toBe('socket');
    expect(run.stdout).not.toContain('secretsecret');
  });

  it('answers with one JSON object per question, reading questions from stdin with -', async () => {
    const run = await runTandem(['ask', '--json', '-'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: ollama.url }, stdin: 'who do I ask for VPN access?\nhow do I get VPN access as a contractor?\n' });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      answer: 'Open a Servicedesk ticket with the VPN access form [1].\n\n🏠 local · llama3.2',
      route: 'local',
      escalated: false,
      usage: { inputTokens: 300, outputTokens: 14 },
      costUsd: 0,
    });
    expect(lines[0]!.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^company question: difficulty 0\.00 < 0\.60 \(small local model, 3\.2B parameters; the knowledge base covers it/)]));
    expect(lines[0]!.citations).toEqual([expect.objectContaining({ source: 'handbook/it/vpn.md', heading: expect.stringContaining('VPN'), score: expect.any(Number) })]);
  });

  it('answers from passages with the note when no model is reachable', async () => {
    const run = await runTandem(['ask', '--json', 'how do I expense a train ticket?'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: CLOSED_PORT_URL } });
    const result = JSON.parse(run.stdout) as { answer: string; route: string; reasons: string[] };
    expect(result.route).toBe('retrieval-only');
    expect(result.answer).toMatch(/^Here is what the knowledge base says:/);
    expect(result.answer.endsWith('📚 from the knowledge base, no model available')).toBe(true);
    expect(result.reasons[0]).toContain('local model unavailable');
  });

  it('summarizes a thread file extractively when no model answers, saying so', async () => {
    const cwd = tempWorkspace();
    const thread = [
      { user: 'Ana', text: 'The billing migration failed on the replica last night', ts: '1' },
      { user: 'Ben', text: 'Replica disk was full, so the billing migration could not finish', ts: '2' },
      { user: 'Chen', text: 'Decision: resize the replica disk and rerun the billing migration tonight', ts: '3' },
      { user: 'Ana', text: 'thanks', ts: '4' },
      { user: 'Dev', text: 'Who announces the maintenance window for the billing migration rerun?', ts: '5' },
    ];
    writeFileSync(join(cwd, 'thread.json'), JSON.stringify(thread));
    const run = await runTandem(['summarize', '--json', 'thread.json'], { cwd, environment: { OLLAMA_HOST: CLOSED_PORT_URL } });
    const result = JSON.parse(run.stdout) as { summary: string; route: string; marker: string };
    expect(result.route).toBe('extractive');
    expect(result.summary).toContain('**Decisions**\n- Chen: Decision: resize the replica disk');
    expect(result.summary).toContain('**Open questions**\n- Dev: Who announces the maintenance window');
    expect(result.marker).toBe('📚 extractive summary, no model available');
  });

  it('rejects a thread that is not the documented shape with a usage error', async () => {
    const run = await runTandem(['summarize', '-'], { cwd: tempWorkspace(), stdin: '[{"who":"Ana"}]' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected an array of {user, text, ts} or {messages: [...]}');
  });

  it('redacts with typed masks and offsets, never printing the values', async () => {
    const run = await runTandem(['redact', '--json', 'mail ana.lopez@northwind.example or call +1 415 555 0132'], { cwd: tempWorkspace() });
    const result = JSON.parse(run.stdout) as { text: string; entities: Array<{ type: string; start: number; end: number }> };
    expect(result.text).not.toContain('ana.lopez');
    expect(result.entities.map((entity) => entity.type)).toEqual(['EMAIL', 'PHONE']);
    expect(result.entities[0]).toMatchObject({ start: 5, end: 32 });
  });

  it('reports the guard time per text on both clocks with --stats, and the CPU total as their sum', async () => {
    const run = await runTandem(['redact', '--json', '--stats', '-'], { cwd: tempWorkspace(), stdin: 'mail ana.lopez@northwind.example\ncall +1 415 555 0132\n' });
    const stats = JSON.parse(/redact stats: (\{.*\})/.exec(run.stderr)?.[1] ?? '{}') as Record<string, number>;
    expect(stats).toMatchObject({ texts: 2, bytes: 52 });
    for (const key of ['p50Ms', 'p99Ms', 'cpuP50Ms', 'cpuP99Ms']) expect(stats[key]).toBeGreaterThanOrEqual(0);
    expect(stats.cpuP99Ms).toBeGreaterThanOrEqual(stats.cpuP50Ms ?? Infinity);
    expect(stats.cpuMs).toBeGreaterThanOrEqual(stats.cpuP99Ms ?? Infinity);
  });

  it('dry-runs the routing policy and shows the exact text that would leave', async () => {
    const run = await runTandem(['route', '--json', '--channel', 'legal', 'Write a detailed Python function that emails ana.lopez@northwind.example'], {
      cwd: tempWorkspace('channels:\n  legal: { policy: confidential }\n'),
      environment: { OLLAMA_HOST: ollama.url, OPENAI_API_KEY: 'sk-test-key-for-dry-run', OPENAI_BASE_URL: CLOSED_PORT_URL + '/v1' },
    });
    const result = JSON.parse(run.stdout) as { route: string; reasons: string[]; redactions: Array<{ type: string; count: number }>; cloudText: string | null };
    expect(result.route).toBe('local');
    expect(result.reasons.join(' ')).toContain('confidential channel never escalates');
    expect(result.redactions).toEqual([{ type: 'EMAIL', count: 1 }]);
    expect(result.cloudText).toBeNull();
  });

  it('suggests a difficulty threshold for a target cloud share from past messages', async () => {
    const messages = ['how many vacation days?', 'who runs payroll?', 'where is the VPN guide?', 'debug why our invoice reconciliation job double-counts refunds across 3 currencies and fix the query'].join('\n');
    const run = await runTandem(['route', '--calibrate', '--target-cloud-share', '0.25', '--json', '-'], { cwd: tempWorkspace(), stdin: messages });
    const result = JSON.parse(run.stdout) as { messages: number; threshold: number; cloudShareAtThreshold: number; cloudShareAtCurrent: number };
    expect(result).toMatchObject({ messages: 4, cloudShareAtThreshold: 0.25, cloudShareAtCurrent: 0.25 });
    const bad = await runTandem(['route', '--calibrate', '--target-cloud-share', '20%', 'x'], { cwd: tempWorkspace() });
    expect(bad.code).toBe(2);
  });

  it('calibration takes "Ask a stronger model" presses as labels: the suggestion escalates most pressed requests', async () => {
    const cwd = tempWorkspace();
    const database = openDatabase(join(cwd, 'tandem.db'));
    const log = new StrongerModelLog(database.db, () => new Date('2026-10-05T09:00:00Z'));
    for (const [index, difficulty] of [0.3, 0.35, 0.4].entries()) {
      const callId = insertCall(database, { at: '2026-10-05T09:00:00Z', requestId: `r${index}` });
      log.claim({ localModelCallId: callId, platform: 'slack', userId: 'u1', source: 'answer_button', requestKind: 'task', difficulty, localTier: 'small', reasons: [] });
    }
    database.close();
    const messages = ['how many vacation days?', 'who runs payroll?', 'thanks!', 'where is the VPN guide?'].join('\n');
    const run = await runTandem(['route', '--calibrate', '--json', '-'], { cwd, stdin: messages });
    const result = JSON.parse(run.stdout) as { threshold: number; pressed: { presses: number; escalatedAtThreshold: number } };
    expect(result.pressed).toMatchObject({ presses: 3, escalatedAtThreshold: 1 });
    expect(result.threshold).toBeLessThanOrEqual(0.3);
    const text = await runTandem(['route', '--calibrate', '-'], { cwd, stdin: messages });
    expect(text.stdout).toContain('3 "Ask a stronger model" presses');
  });

  it('reports a month from the ledger as JSON', async () => {
    const run = await runTandem(['report', '--month', '2026-10', '--json'], { cwd: tempWorkspace() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ month: '2026-10', cloudCostUsd: 0, requests: { local: 0, cloud: 0 } });
    const bad = await runTandem(['report', '--month', 'October'], { cwd: tempWorkspace() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--month must look like 2026-10');
  });
});
