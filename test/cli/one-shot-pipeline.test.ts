import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { runTandem, tempWorkspace } from '../support/cli-harness.ts';

function readRows(cwd: string): { calls: Array<Record<string, unknown>>; journal: number } {
  const db = new Database(join(cwd, 'tandem.db'), { readonly: true });
  try {
    const calls = db.prepare('select request_id, platform, command, user_id, channel_name from model_calls').all() as Array<Record<string, unknown>>;
    const journal = (db.prepare('select count(*) as count from request_journal').get() as { count: number }).count;
    return { calls, journal };
  } finally {
    db.close();
  }
}

describe('one-shot commands go through the bot pipeline', () => {
  let ollama: FakeOllama;
  beforeAll(async () => {
    ollama = await startFakeOllama({
      models: [{ name: 'llama3.2:latest', architecture: 'llama', contextLength: 8192 }],
      reply: { text: 'Rebook through the travel desk and keep the receipt.', promptEvalCount: 120, evalCount: 11 },
    });
  });
  afterAll(async () => ollama.close());

  it('gives every question its own request id on the ledger, as the cli, and leaves no journal rows behind', async () => {
    const cwd = tempWorkspace();
    const stdin = '{"text": "my train got cancelled, can i rebook on the company card?", "channel": "travel"}\n{"text": "wat do i do w/ the receipt"}\n';
    const run = await runTandem(['ask', '--jsonl', '--channel', 'finance'], { cwd, environment: { OLLAMA_HOST: ollama.url }, stdin });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    const { calls, journal } = readRows(cwd);
    const answers = calls.filter((call) => call.command === 'ask');
    expect(answers.map((call) => call.channel_name)).toEqual(['travel', 'finance']);
    expect(answers.every((call) => call.platform === 'cli' && call.user_id === 'cli')).toBe(true);
    expect(new Set(answers.map((call) => call.request_id)).size).toBe(2);
    // A one-shot process has nobody to resume to: its requests are journaled in memory only.
    expect(journal).toBe(0);
  });

  it('treats what follows `tandem ask` as a question, even when it reads like a greeting or a command', async () => {
    for (const question of ['hey', 'help']) {
      const run = await runTandem(['ask', '--json', question], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: ollama.url } });
      expect(run.code).toBe(0);
      const answer = JSON.parse(run.stdout) as { answer: string; route: string };
      expect(answer.route).toBe('local');
      expect(answer.answer).toContain('Rebook through the travel desk');
    }
  });

  it('summarizes a thread file through the pipeline, metered as the cli in the channel given', async () => {
    const cwd = tempWorkspace();
    const thread = [
      { user: 'priya', text: 'flight to lisbon got moved to 6am, can we expense a hotel near the airport?', ts: '1' },
      { user: 'tom', text: 'yes if its under the city cap, keep the folio', ts: '2' },
      { user: 'priya', text: 'ok booking it now', ts: '3' },
    ];
    writeFileSync(join(cwd, 'thread.json'), JSON.stringify(thread));
    const run = await runTandem(['summarize', '--json', '--local', '--channel', 'travel', 'thread.json'], { cwd, environment: { OLLAMA_HOST: ollama.url } });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(['escalated', 'marker', 'notes', 'reasons', 'route', 'summary']);
    expect(result).toMatchObject({ route: 'local', escalated: false, notes: [] });
    const { calls, journal } = readRows(cwd);
    expect(calls.filter((call) => call.command === 'summarize').every((call) => call.platform === 'cli' && call.channel_name === 'travel')).toBe(true);
    expect(calls.some((call) => call.command === 'summarize')).toBe(true);
    expect(journal).toBe(0);
  });
});
