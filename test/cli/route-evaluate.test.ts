import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { runTandem, tempWorkspace } from '../support/cli-harness.ts';

const LABELLED = [
  { text: 'how many vacation days do i get', kind: 'company', hard: false, answerable: true, page: 'policies/paid-time-off.md', split: 'dev' },
  { text: 'thanks!!', kind: 'chitchat', hard: false, split: 'dev' },
  { text: 'why does this deadlock under load?\nfunc (s *Store) Put(k string) {\n  s.mu.Lock()\n  s.flush()\n  s.mu.Unlock()\n}\nfunc (s *Store) flush() { s.mu.Lock(); defer s.mu.Unlock() }', kind: 'pasted', hard: true, split: 'held' },
  { text: 'what does idempotent mean', kind: 'general', hard: false, split: 'held' },
];

describe('tandem route --evaluate and --jsonl', () => {
  it('scores labelled messages per split: kinds, hard requests escalated, spend against the oracle, pages', async () => {
    const cwd = tempWorkspace();
    writeFileSync(join(cwd, 'labelled.jsonl'), LABELLED.map((entry) => JSON.stringify(entry)).join('\n'));
    const run = await runTandem(['route', '--evaluate', 'labelled.jsonl', '--json'], { cwd });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { tier: string; reports: Array<{ split: string; score: { messages: number; hard: { escalated: number; total: number }; answerableCompany: { escalated: number }; spendVsOracle: number; pages: { first: number }; confusion: Record<string, Record<string, number>> } }> };
    expect(result.tier).toBe('small');
    expect(result.reports.map((report) => report.split)).toEqual(['dev', 'held', 'all']);
    const all = result.reports[2]!.score;
    expect(all.messages).toBe(4);
    expect(all.hard).toMatchObject({ escalated: 1, total: 1 });
    expect(all.answerableCompany.escalated).toBe(0);
    expect(all.spendVsOracle).toBe(1);
    expect(all.pages.first).toBe(1);
    expect(all.confusion.chitchat!.chitchat).toBe(1);
    const text = await runTandem(['route', '--evaluate', 'labelled.jsonl', '--split', 'dev'], { cwd });
    expect(text.stdout).toContain('Kinds (dev): labelled ↓, decided →');
    expect(text.stdout).not.toMatch(/^held /m);
  });

  it('names the line and the fix for a bad labelled file', async () => {
    const cwd = tempWorkspace();
    writeFileSync(join(cwd, 'bad.jsonl'), '{"text": "hi", "kind": "smalltalk", "hard": false}\n');
    const run = await runTandem(['route', '--evaluate', 'bad.jsonl'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.jsonl:1: kind');
  });

  it('routes whole multi-line messages from --jsonl, each in its own channel', async () => {
    const stdin = [
      JSON.stringify({ text: 'what is going on here?\n2026-11-02 03:12:44 ERROR pool: acquire conn: context deadline exceeded\n2026-11-02 03:12:45 WARN db: 50/50 connections in use\n2026-11-02 03:12:45 ERROR handler: GET /v1/orders 504\n2026-11-02 03:13:02 INFO gc: pause 1.2s heap 3.8GB\n2026-11-02 03:13:10 INFO cron: nightly_rollup started', channel: 'eng' }),
      JSON.stringify({ text: 'thanks!' }),
    ].join('\n');
    const run = await runTandem(['route', '--jsonl'], { cwd: tempWorkspace(), stdin });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { kind: string; difficulty: number; signals: string[] });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ kind: 'pasted' });
    expect(lines[0]!.difficulty).toBeGreaterThanOrEqual(0.6);
    // No model is up, so availability decides the route; what the classifier read is still shown.
    expect(lines[0]!.signals).toContain('pasted log (5 lines)');
    expect(lines[1]).toMatchObject({ kind: 'chitchat', difficulty: 0 });
    const bad = await runTandem(['route', '--jsonl'], { cwd: tempWorkspace(), stdin: '{"channel": "eng"}\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('stdin line 1: expected {"text": string, "channel"?: string}');
  });
});

describe('tandem route with a local model up: routing preferences', () => {
  let ollama: FakeOllama;
  beforeAll(async () => {
    ollama = await startFakeOllama({ models: [{ name: 'llama3.2:latest', architecture: 'llama', contextLength: 8192 }], reply: { text: '{"preference": 2}' } });
  });
  afterAll(async () => ollama.close());

  it('asks the local model which preference fits a request near the bar, and shows the match as a reason', async () => {
    const run = await runTandem(['route', '--json', 'write a go program that watches a CRD and logs changes'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: ollama.url } });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { kind: string; localTier: string; reasons: string[] };
    expect(result).toMatchObject({ kind: 'task', localTier: 'small' });
    expect(result.reasons[0]).toBe('routing preference "writing, fixing or reviewing non-trivial code, or debugging from logs" → cloud');
    const call = ollama.requests.filter((request) => request.path === '/api/chat').at(-1)!;
    expect(JSON.parse(call.body)).toMatchObject({ format: { type: 'object', required: ['preference'] } });
  });

  it('does not spend a local call on requests far from the bar', async () => {
    const before = ollama.requests.filter((request) => request.path === '/api/chat').length;
    const run = await runTandem(['route', '--json', 'thanks a lot!'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: ollama.url } });
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'chitchat' });
    expect(ollama.requests.filter((request) => request.path === '/api/chat')).toHaveLength(before);
  });
});
