/** `tandem summarize --json -`: many threads in one process, JSON Lines in, one summary per line out. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { CLOSED_PORT_URL, runTandem, tempWorkspace } from '../support/cli-harness.ts';

const link = (ts: string) => `https://globex.slack.com/archives/C0TEAM42/p${ts.replace('.', '')}`;
const say = (user: string, text: string, ts: string) => ({ user, text, ts, link: link(ts) });

const RELEASE = [
  say('noor', 'can we cut the 4.2 release today or is the flaky upload test still blocking', '1714000000.000100'),
  say('idris', 'i quarantined it this morning, pipeline is green now', '1714000060.000100'),
  say('noor', 'ok ship it then. @idris can you post the changelog by 5pm?', '1714000120.000100'),
  say('idris', 'on it', '1714000180.000100'),
  say('wen', 'does the mobile team need a heads up before we tag?', '1714000240.000100'),
];
const HIRING = {
  id: 'loop-17',
  messages: [
    { user: 'ola', text: 'final loop for the data eng candidate is thursday, who is on the panel', ts: 1714100000 },
    { user: 'ravi', text: "i'll do the sql round", ts: 1714100100 },
    { user: 'meg', text: 'i can take system design', ts: 1714100200 },
  ],
};

interface SummaryLine {
  id?: string;
  summary: string;
  route: string;
}

function lines(stdout: string): SummaryLine[] {
  return stdout.trim().split('\n').map((line) => JSON.parse(line) as SummaryLine);
}

describe('tandem summarize --json with JSON Lines', () => {
  let ollama: FakeOllama;
  beforeAll(async () => {
    ollama = await startFakeOllama({ reply: { text: '**TL;DR** The release ships today.' } });
  });
  afterAll(async () => ollama.close());

  it('prints one extractive summary per thread, in order, citing the permalinks given', async () => {
    const stdin = `${JSON.stringify(RELEASE)}\n\n${JSON.stringify(HIRING)}\n`;
    const run = await runTandem(['summarize', '--json', '-'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: CLOSED_PORT_URL }, stdin });
    expect(run.code).toBe(0);
    const [release, hiring, ...rest] = lines(run.stdout);
    expect(rest).toEqual([]);
    expect(release!.route).toBe('extractive');
    expect(release!.id).toBeUndefined();
    expect(release!.summary).toContain('**Action items**\n- idris — idris can you post the changelog by 5pm? (due: by 5pm)');
    expect(release!.summary).toContain(`([link](${link('1714000120.000100')}))`);
    expect(release!.summary).toContain('**Open questions**\n- wen: does the mobile team need a heads up before we tag?');
    expect(hiring!.id).toBe('loop-17');
    expect(hiring!.summary).toMatch(/- ravi — i'll do the sql round\n- meg — i can take system design/);
    expect(hiring!.summary).not.toContain('http');
  });

  it('summarizes each thread with the local model in the same process', async () => {
    ollama.requests.length = 0;
    const stdin = [RELEASE, HIRING, RELEASE].map((thread) => JSON.stringify(thread)).join('\n');
    const run = await runTandem(['summarize', '--json', '-'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: ollama.url }, stdin });
    expect(run.code).toBe(0);
    const summaries = lines(run.stdout);
    expect(summaries.map((line) => line.route)).toEqual(['local', 'local', 'local']);
    expect(summaries[1]!.id).toBe('loop-17');
    expect(ollama.requests.filter((request) => request.path === '/api/chat')).toHaveLength(3);
  });

  it('names the bad line and the expected shape, and summarizes nothing', async () => {
    const stdin = `${JSON.stringify(RELEASE)}\n[{"user": "ana", "text": "hi"}]\n`;
    const run = await runTandem(['summarize', '--json', '-'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: CLOSED_PORT_URL }, stdin });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('stdin line 2 at [0.ts]');
    expect(run.stderr).toContain('one thread per line');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('asks for --json when several threads come without it', async () => {
    const stdin = `${JSON.stringify(RELEASE)}\n${JSON.stringify(HIRING)}\n`;
    const run = await runTandem(['summarize', '-'], { cwd: tempWorkspace(), environment: { OLLAMA_HOST: CLOSED_PORT_URL }, stdin });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('2 threads given (one per line): add --json');
  });
});
