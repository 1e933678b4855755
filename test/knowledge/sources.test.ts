import { symlinkSync, utimesSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { KnowledgeBase, KnowledgeIngestError, type SourceSyncRequest } from '../../src/knowledge/index.ts';
import { memoryDatabase, scope, tempFolder, type TempFolder } from './fixtures.ts';

const HOUR_AGO = new Date(Date.now() - 3_600_000);

let database: OpenedDatabase;
let knowledge: KnowledgeBase;
let docs: TempFolder;
let hr: TempFolder;
let sample: TempFolder;

beforeEach(() => {
  database = memoryDatabase();
  knowledge = new KnowledgeBase({ database });
  docs = tempFolder({ 'wifi.md': '# Office wifi\n\nThe guest network password is printed on the kitchen fridge.\n' });
  hr = tempFolder({ 'salaries.md': '# Salary bands\n\nBand four pays between seventy and ninety thousand.\n' });
  sample = tempFolder({ 'vpn.md': '# VPN\n\nSample company: ask the helpdesk for a NorthGate token.\n' });
});

afterEach(() => {
  database.close();
  for (const folder of [docs, hr, sample]) folder.cleanup();
});

function withSample(configured: SourceSyncRequest['configured'] = []): SourceSyncRequest {
  return { configured, sample: { path: sample.path, name: 'handbook', channels: [] } };
}

function folders(): string[] {
  return (database.sqlite.prepare('SELECT DISTINCT folder FROM knowledge_documents ORDER BY folder').all() as Array<{ folder: string }>).map((row) => row.folder);
}

describe('knowledge sources', () => {
  it('an added folder replaces the sample handbook, even under the same name, and survives the next sync', async () => {
    await knowledge.ingest(knowledge.syncSources(withSample()).active);
    expect(folders()).toEqual(['handbook']);
    const { source } = await knowledge.addSource({ path: docs.path, name: 'handbook' });
    expect(source).toMatchObject({ origin: 'added', name: 'handbook', path: docs.path });
    const { active } = knowledge.syncSources(withSample());
    expect(active.map((entry) => [entry.name, entry.origin])).toEqual([['handbook', 'added']]);
    const result = await knowledge.retrieve('guest wifi password', scope('general'));
    expect(result.chunks[0]?.text).toContain('kitchen fridge');
    expect((await knowledge.retrieve('NorthGate token', scope('general'))).chunks).toEqual([]);
  });

  it('refuses a second source under a name already taken, and keeps the first one indexed', async () => {
    await knowledge.addSource({ path: docs.path, name: 'team' });
    await expect(knowledge.addSource({ path: hr.path, name: 'team' })).rejects.toThrow(/already exists .*--name/);
    expect(knowledge.sources().map((entry) => entry.path)).toEqual([docs.path]);
    expect(folders()).toEqual(['team']);
    await expect(knowledge.addSource({ path: `${hr.path}-typo` })).rejects.toThrow(/does not exist/);
    expect(knowledge.sources()).toHaveLength(1);
  });

  it('keeps a configured folder\'s restriction when it is ingested without --channels, and refuses --channels that differ', async () => {
    const configured = [{ path: hr.path, name: 'hr', channels: ['people'] }];
    knowledge.syncSources(withSample(configured));
    const { source } = await knowledge.addSource({ path: hr.path });
    expect(source).toMatchObject({ origin: 'configured', channels: ['people'] });
    await expect(knowledge.addSource({ path: hr.path, channels: [] })).rejects.toThrow(/configured in knowledge.folders with channels #people/);
    await expect(knowledge.addSource({ path: hr.path, channels: ['people', 'general'] })).rejects.toBeInstanceOf(KnowledgeIngestError);
    expect((await knowledge.retrieve('salary bands', scope('general'))).chunks).toEqual([]);
    expect((await knowledge.retrieve('salary bands', scope('people'))).chunks).toHaveLength(1);
  });

  it('lets a re-ingest narrow an added source\'s channels but never drop or widen them', async () => {
    await knowledge.addSource({ path: hr.path, channels: ['people', 'leads'] });
    expect((await knowledge.addSource({ path: hr.path })).source.channels).toEqual(['leads', 'people']);
    await expect(knowledge.addSource({ path: hr.path, channels: [] })).rejects.toThrow(/never drops or widens/);
    await expect(knowledge.addSource({ path: hr.path, channels: ['people', 'general'] })).rejects.toThrow(/tandem forget/);
    expect((await knowledge.addSource({ path: hr.path, channels: ['#People'] })).source.channels).toEqual(['people']);
    expect((await knowledge.retrieve('salary bands', scope('leads'))).chunks).toEqual([]);
  });

  it('drops a configured folder (documents and restriction) once the configuration no longer names it', async () => {
    const configured = [{ path: hr.path, name: 'hr', channels: ['people'] }, { path: docs.path, name: 'docs', channels: [] }];
    await knowledge.ingest(knowledge.syncSources(withSample(configured)).active);
    expect(folders()).toEqual(['docs', 'hr']);
    const { dropped } = knowledge.syncSources(withSample(configured.slice(1)));
    expect(dropped).toEqual(['hr']);
    expect(folders()).toEqual(['docs']);
    expect(database.sqlite.prepare('SELECT count(*) AS n FROM knowledge_folder_channels').get()).toEqual({ n: 0 });
  });

  it('refuses a configured folder that clashes with an added one, naming the fix', async () => {
    await knowledge.addSource({ path: docs.path, name: 'hr' });
    expect(() => knowledge.syncSources(withSample([{ path: hr.path, name: 'hr', channels: ['people'] }]))).toThrow(/tandem forget/);
  });

  it('forgets an added source entirely, and refuses to forget a configured one', async () => {
    knowledge.syncSources(withSample([{ path: hr.path, name: 'hr', channels: [] }]));
    await knowledge.addSource({ path: docs.path });
    const outcome = await knowledge.forget({ path: docs.path, name: docs.path });
    expect(outcome.documents).toBe(1);
    expect(knowledge.sources().map((entry) => entry.name)).toEqual(['hr']);
    await expect(knowledge.forget({ path: hr.path, name: hr.path })).rejects.toThrow(/remove it there/);
    await expect(knowledge.forget({ path: '/nowhere', name: 'nowhere' })).rejects.toThrow(/tandem sources/);
  });

  it('a restricted folder inside an open one is only seen under its own restriction, also when added later', async () => {
    docs.write('hr/salaries.md', '# Salary bands\n\nBand four pays between seventy and ninety thousand.\n');
    symlinkSync(join(docs.path, 'hr/salaries.md'), join(docs.path, 'pay-link.md'));
    await knowledge.addSource({ path: docs.path, name: 'docs' });
    expect((await knowledge.retrieve('salary bands', scope('general'))).chunks.length).toBeGreaterThan(0);
    await knowledge.addSource({ path: join(docs.path, 'hr'), name: 'hr', channels: ['people'] });
    expect((await knowledge.retrieve('salary bands', scope('general'))).chunks).toEqual([]);
    const people = await knowledge.retrieve('salary bands', scope('people'));
    expect(people.chunks.map((chunk) => chunk.source)).toEqual(['hr/salaries.md']);
    const again = await knowledge.ingest(knowledge.sources());
    expect(again.skipped).toEqual([expect.objectContaining({ path: 'docs/pay-link.md', reason: expect.stringMatching(/outside this folder/) })]);
    expect((await knowledge.retrieve('salary bands', scope('general'))).chunks).toEqual([]);
  });

  it('reports documents, passages, restriction, last indexed and embedding coverage per source', async () => {
    await knowledge.addSource({ path: hr.path, channels: ['people'] });
    const [report] = knowledge.sourceReports();
    expect(report).toMatchObject({ path: hr.path, origin: 'added', channels: ['people'], documents: 1, passages: 1, embeddedPassages: 0, embeddingCoverage: 0 });
    expect(report?.lastIndexedAt).toBeInstanceOf(Date);
  });
});

describe('freshness check', () => {
  async function indexSettled(): Promise<void> {
    docs.write('guide.md', '# Guide\n\nPrinters are on the second floor.\n');
    for (const file of ['wifi.md', 'guide.md']) utimesSync(join(docs.path, file), HOUR_AGO, HOUR_AGO);
    await knowledge.addSource({ path: docs.path, name: 'docs' });
  }

  it('finds nothing to report when no file changed, and a touched but identical file is no change', async () => {
    await indexSettled();
    expect((await knowledge.checkFreshness(knowledge.sources())).stale).toEqual([]);
    utimesSync(join(docs.path, 'wifi.md'), new Date(), new Date());
    expect((await knowledge.checkFreshness(knowledge.sources())).stale).toEqual([]);
  });

  it('reports changed, new and removed files, and changes nothing in the index', async () => {
    await indexSettled();
    docs.write('wifi.md', '# Office wifi\n\nThe guest password changed: ask reception.\n');
    docs.write('new.md', '# New\n\nThe canteen opens at noon.\n');
    docs.remove('guide.md');
    const report = await knowledge.checkFreshness(knowledge.sources());
    expect(report.stale).toEqual([expect.objectContaining({ name: 'docs', changed: 1, added: 1, removed: 1 })]);
    expect(report.stale[0]?.newest?.path).toMatch(/^docs\/(wifi|new)\.md$/);
    expect((await knowledge.retrieve('guest network password', scope('general'))).chunks[0]?.text).toContain('kitchen fridge');
  });

  it('trusts an unchanged size and modification time, as make and rsync do, and re-hashes once either differs', async () => {
    await indexSettled();
    // Same length, same time, other bytes: only a re-read would notice, and the fast path does not re-read.
    writeFileSync(join(docs.path, 'wifi.md'), '# Office wifi\n\nThe guest network password is printed on the kitchen FRIDGE.\n');
    utimesSync(join(docs.path, 'wifi.md'), HOUR_AGO, HOUR_AGO);
    expect(await knowledge.ingest(knowledge.sources())).toMatchObject({ unchanged: 2, updated: 0 });
    expect((await knowledge.checkFreshness(knowledge.sources())).stale).toEqual([]);
    utimesSync(join(docs.path, 'wifi.md'), new Date(), new Date());
    expect((await knowledge.checkFreshness(knowledge.sources())).stale).toEqual([expect.objectContaining({ changed: 1 })]);
    expect(await knowledge.ingest(knowledge.sources())).toMatchObject({ unchanged: 1, updated: 1 });
  });
});

describe('links inside a knowledge folder', () => {
  let outside: string;
  beforeEach(() => {
    outside = mkdtempSync(join(tmpdir(), 'tandem-outside-'));
    writeFileSync(join(outside, '.env'), 'DATABASE_PASSWORD=hunter2-zebra-quokka\n');
    writeFileSync(join(outside, 'salaries.md'), '# Salaries\n\nThe chief executive earns four hundred thousand.\n');
  });
  afterEach(() => rmSync(outside, { recursive: true, force: true }));

  it('does not index a link to a file outside the folder (a restricted file, a .env) nor to a hidden file', async () => {
    symlinkSync(join(outside, '.env'), join(docs.path, 'settings.md'));
    symlinkSync(join(outside, 'salaries.md'), join(docs.path, 'pay.md'));
    docs.write('.private/notes.md', '# Notes\n\nPrivate notes about the zebra project.\n');
    symlinkSync(join(docs.path, '.private/notes.md'), join(docs.path, 'notes.md'));
    docs.write('real.md', '# Real\n\nLinked pages inside the folder are fine.\n');
    symlinkSync(join(docs.path, 'real.md'), join(docs.path, 'alias.md'));
    const { summary } = await knowledge.addSource({ path: docs.path, name: 'docs' });
    const skipped = Object.fromEntries(summary.skipped.map((entry) => [entry.path, entry.reason]));
    expect(skipped['docs/settings.md']).toMatch(/outside this folder/);
    expect(skipped['docs/pay.md']).toMatch(/outside this folder/);
    expect(skipped['docs/notes.md']).toMatch(/hidden/);
    const texts = (database.sqlite.prepare('SELECT text FROM knowledge_chunks').all() as Array<{ text: string }>).map((row) => row.text).join('\n');
    expect(texts).not.toMatch(/hunter2|four hundred thousand|zebra/);
    expect(texts).toContain('Linked pages inside the folder are fine');
    expect(folders()).toEqual(['docs']);
    expect((database.sqlite.prepare("SELECT count(*) AS n FROM knowledge_documents WHERE source_path = 'docs/alias.md'").get() as { n: number }).n).toBe(1);
  });
});
