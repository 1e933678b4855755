import Database from 'better-sqlite3';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { CLOSED_PORT_URL, runTandem, tempWorkspace } from '../support/cli-harness.ts';

const OWN_VPN = '# VPN\n\n## Getting access\n\nRequest VPN access in the Kestrel portal; Priya from platform approves it and you install the Tunnelbox client.\n';
const HOUR_AGO = new Date(Date.now() - 3_600_000);

const workspaces: string[] = [];
afterEach(() => {
  for (const workspace of workspaces.splice(0)) rmSync(workspace, { recursive: true, force: true });
});

function workspace(files: Record<string, string>, config?: string): string {
  const cwd = tempWorkspace(config);
  workspaces.push(cwd);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), content);
    utimesSync(join(cwd, path), HOUR_AGO, HOUR_AGO);
  }
  return cwd;
}

function rows<T>(cwd: string, sql: string): T[] {
  const database = new Database(join(cwd, 'tandem.db'), { readonly: true });
  try {
    return database.prepare(sql).all() as T[];
  } finally {
    database.close();
  }
}

describe('the README\'s knowledge-base example, through the CLI', () => {
  let ollama: FakeOllama;
  beforeAll(async () => {
    ollama = await startFakeOllama({ reply: { text: 'Use the Kestrel portal [1].' } });
  });
  afterAll(async () => ollama.close());

  it('npx tandem ingest ./docs/handbook, then ask: the answer comes from the ingested folder, not the sample', async () => {
    const cwd = workspace({ 'docs/handbook/it/vpn.md': OWN_VPN, 'docs/handbook/office.md': '# Office\n\nThe office opens at eight.\n' });
    const environment = { OLLAMA_HOST: ollama.url };
    const ingest = await runTandem(['ingest', './docs/handbook'], { cwd, environment });
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/Knowledge source "handbook" .*stays indexed until `tandem forget/);
    expect(ingest.stderr).not.toMatch(/not in knowledge\.folders/);

    for (let attempt = 0; attempt < 2; attempt++) {
      const before = ollama.requests.length;
      const ask = await runTandem(['ask', '--json', 'how do I get VPN access?'], { cwd, environment });
      expect(ask.code).toBe(0);
      const answer = JSON.parse(ask.stdout) as { citations: Array<{ source: string; link?: string }> };
      expect(answer.citations[0]).toMatchObject({ source: 'handbook/it/vpn.md' });
      expect(answer.citations[0]?.link).toBeUndefined();
      const chat = ollama.requests.slice(before).find((request) => request.path === '/api/chat');
      expect(chat?.body).toContain('Kestrel portal');
      expect(chat?.body).not.toContain('NorthGate');
    }
    expect(rows<{ folder: string }>(cwd, 'SELECT DISTINCT folder FROM knowledge_documents')).toEqual([{ folder: 'handbook' }]);
  });
});

describe('knowledge sources from the command line', () => {
  const offline = { OLLAMA_HOST: CLOSED_PORT_URL };

  it('a configured folder keeps its restriction when ingested without --channels, and refuses other --channels', async () => {
    const cwd = workspace({ 'docs/hr/pay.md': '# Salary bands\n\nBand four pays between seventy and ninety thousand.\n' }, 'knowledge:\n  folders:\n    - path: ./docs/hr\n      channels: [people]\n');
    expect((await runTandem(['ingest', './docs/hr'], { cwd, environment: offline })).code).toBe(0);
    const refused = await runTandem(['ingest', '--channels', 'general', './docs/hr'], { cwd, environment: offline });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toMatch(/^tandem: .*docs\/hr is configured in knowledge.folders with channels #people; change its restriction in tandem.config.yaml/);
    const general = JSON.parse((await runTandem(['ask', '--json', '--channel', 'general', 'salary bands'], { cwd, environment: offline })).stdout) as { citations: unknown[] };
    expect(general.citations).toEqual([]);
    const people = JSON.parse((await runTandem(['ask', '--json', '--channel', 'people', 'salary bands'], { cwd, environment: offline })).stdout) as { citations: Array<{ source: string }> };
    expect(people.citations[0]?.source).toBe('hr/pay.md');
  });

  it('refuses a second folder with a taken name, lists sources, and forgets one completely', async () => {
    const cwd = workspace({ 'docs/handbook/vpn.md': OWN_VPN, 'old/handbook/vpn.md': '# Old VPN\n\nUse the old dial-up line.\n' });
    expect((await runTandem(['ingest', '--channels', 'it,dm', 'docs/handbook'], { cwd, environment: offline })).code).toBe(0);
    const clash = await runTandem(['ingest', 'old/handbook'], { cwd, environment: offline });
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/A knowledge source named "handbook" already exists .*--name NAME/);
    expect((await runTandem(['ingest', '--name', 'old-handbook', 'old/handbook'], { cwd, environment: offline })).code).toBe(0);

    const listed = JSON.parse((await runTandem(['sources', '--json'], { cwd })).stdout) as Array<Record<string, unknown>>;
    expect(listed).toEqual([
      expect.objectContaining({ name: 'handbook', origin: 'added', channels: ['dm', 'it'], documents: 1, passages: 1, embeddingCoverage: 0, lastIndexedAt: expect.any(String) }),
      expect.objectContaining({ name: 'old-handbook', origin: 'added', channels: [], documents: 1 }),
    ]);
    const table = await runTandem(['sources'], { cwd });
    expect(table.stdout).toMatch(/handbook\s+added\s+1\s+1\s+0%\s+#it dm|handbook\s+added\s+1\s+1\s+0%\s+dm #it/);

    const forget = await runTandem(['forget', 'old/handbook'], { cwd });
    expect(forget.code).toBe(0);
    expect(forget.stdout).toMatch(/Forgot "old-handbook" .*1 document/);
    expect(rows<{ n: number }>(cwd, "SELECT count(*) AS n FROM knowledge_documents WHERE folder = 'old-handbook'")).toEqual([{ n: 0 }]);
    const missing = await runTandem(['forget', 'old/handbook'], { cwd });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/is not a knowledge source: `tandem sources` lists them/);
  });

  it('ask uses the index as it is and says when a file changed since it was indexed', async () => {
    const cwd = workspace({ 'docs/team/vpn.md': OWN_VPN });
    expect((await runTandem(['ingest', 'docs/team'], { cwd, environment: offline })).code).toBe(0);
    const indexedAt = rows<{ last: number }>(cwd, 'SELECT last_indexed_at AS last FROM knowledge_sources');
    const fresh = await runTandem(['ask', 'how do I get VPN access?'], { cwd, environment: offline });
    expect(fresh.stderr).not.toMatch(/older than its files/);

    writeFileSync(join(cwd, 'docs/team/vpn.md'), '# VPN\n\nThe Kestrel portal is gone; ask Priya directly.\n');
    const stale = await runTandem(['ask', 'how do I get VPN access?'], { cwd, environment: offline });
    expect(stale.code).toBe(0);
    expect(stale.stderr).toMatch(/Note: the index of "team" .* is older than its files \(1 changed, 0 new, 0 removed; newest team\/vpn\.md.*Run `tandem ingest`/);
    expect(stale.stdout).toContain('Tunnelbox');
    expect(rows<{ last: number }>(cwd, 'SELECT last_indexed_at AS last FROM knowledge_sources')).toEqual(indexedAt);
  });

  it('names a stale restricted folder only where that folder may be seen', async () => {
    const cwd = workspace({ 'docs/hr/pay.md': '# Salary bands\n\nBand four pays between seventy and ninety thousand.\n' });
    expect((await runTandem(['ingest', '--channels', 'people', 'docs/hr'], { cwd, environment: offline })).code).toBe(0);
    writeFileSync(join(cwd, 'docs/hr/pay.md'), '# Salary bands\n\nBand four now pays up to one hundred thousand.\n');
    const general = await runTandem(['ask', '--channel', 'general', 'salary bands'], { cwd, environment: offline });
    expect(general.stderr).not.toMatch(/hr|pay\.md/);
    const people = await runTandem(['ask', '--channel', 'people', 'salary bands'], { cwd, environment: offline });
    expect(people.stderr).toMatch(/Note: the index of "hr" .*older than its files \(1 changed/);
  });

  it('summarize never touches the knowledge base, even on a fresh database', async () => {
    const cwd = workspace({ 'thread.json': JSON.stringify([{ user: 'Ana', text: 'Decision: ship on Friday', ts: '1' }]) });
    const run = await runTandem(['summarize', '--json', 'thread.json'], { cwd, environment: offline });
    expect(run.code).toBe(0);
    expect(rows(cwd, 'SELECT name FROM knowledge_sources')).toEqual([]);
    expect(rows(cwd, 'SELECT id FROM knowledge_documents')).toEqual([]);
  });
});

describe('a configured folder that clashes with an added one', () => {
  it('is refused with the fix, and the fix (tandem forget) works', async () => {
    const cwd = workspace({ 'docs/hr/pay.md': '# Pay\n\nPaid monthly.\n', 'other/hr/notes.md': '# Notes\n\nHello.\n' });
    const environment = { OLLAMA_HOST: CLOSED_PORT_URL };
    expect((await runTandem(['ingest', 'other/hr'], { cwd, environment })).code).toBe(0);
    writeFileSync(join(cwd, 'tandem.config.yaml'), 'knowledge:\n  folders:\n    - path: ./docs/hr\n      channels: [people]\n');
    const refused = await runTandem(['ask', 'when are we paid?'], { cwd, environment });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/clashes with .*other\/hr, added as "hr" by tandem ingest: run `tandem forget/);
    expect((await runTandem(['sources'], { cwd })).stdout).toMatch(/^hr\s+added/m);
    expect((await runTandem(['forget', 'other/hr'], { cwd })).code).toBe(0);
    const answered = await runTandem(['ask', '--json', '--channel', 'people', 'when are we paid?'], { cwd, environment });
    expect((JSON.parse(answered.stdout) as { citations: Array<{ source: string }> }).citations[0]?.source).toBe('hr/pay.md');
  });
});

describe('tandem start keeps every source in step', () => {
  it('indexes changes at start, keeps added sources, and drops a folder removed from the configuration', async () => {
    const cwd = workspace(
      { 'docs/team/vpn.md': OWN_VPN, 'docs/wiki/lunch.md': '# Lunch\n\nLunch is served at noon in the Aurora room.\n' },
      'knowledge:\n  folders:\n    - path: ./docs/wiki\n',
    );
    const environment = { OLLAMA_HOST: CLOSED_PORT_URL };
    expect((await runTandem(['ingest', 'docs/team'], { cwd, environment })).code).toBe(0);
    writeFileSync(join(cwd, 'docs/wiki/lunch.md'), '# Lunch\n\nLunch moved to one o\'clock in the Borealis room.\n');
    const started = await runTandem(['start', '--shell'], { cwd, environment, stdin: 'when is lunch?\n' });
    expect(started.code).toBe(0);
    // The configured folder is first indexed here; the added one is kept, unchanged.
    expect(started.stdout).toContain('Knowledge base: 2 documents, 2 passages (1 added, 0 updated, 0 removed)');
    expect(started.stdout).toContain('Borealis');
    expect(rows<{ name: string; origin: string }>(cwd, 'SELECT name, origin FROM knowledge_sources ORDER BY name')).toEqual([
      { name: 'team', origin: 'added' },
      { name: 'wiki', origin: 'configured' },
    ]);

    writeFileSync(join(cwd, 'tandem.config.yaml'), 'knowledge:\n  includeSample: false\n');
    expect((await runTandem(['start', '--shell'], { cwd, environment, stdin: '' })).code).toBe(0);
    expect(rows<{ folder: string }>(cwd, 'SELECT DISTINCT folder FROM knowledge_documents')).toEqual([{ folder: 'team' }]);
  });
});
