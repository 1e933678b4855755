import { truncateSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { KnowledgeBase, KnowledgeIngestError, type KnowledgeSource } from '../../src/knowledge/index.ts';
import { CHANNEL, fakeEmbedder, memoryDatabase, minimalPdf, tempFolder, type TempFolder } from './fixtures.ts';

const VPN = '# VPN\n\n## Getting access\n\nAsk in #it-helpdesk for NorthGate access; approval takes one business day.\n';
const PTO = '# Paid time off\n\nEveryone gets 25 vacation days per year.\n';

let database: OpenedDatabase;
let folder: TempFolder;
let source: KnowledgeSource;

beforeEach(() => {
  database = memoryDatabase();
  folder = tempFolder({ 'it/vpn.md': VPN, 'policies/pto.md': PTO });
  source = { path: folder.path, name: 'handbook', channels: [] };
});

afterEach(() => {
  database.close();
  folder.cleanup();
});

function documents(): string[] {
  return database.sqlite.prepare('SELECT source_path AS path FROM knowledge_documents ORDER BY source_path').all().map((row) => (row as { path: string }).path);
}

describe('incremental ingest', () => {
  it('indexes new files under <source name>/<relative path> and skips unchanged ones next time', async () => {
    const knowledge = new KnowledgeBase({ database });
    const first = await knowledge.ingest([source]);
    expect(first).toMatchObject({ added: 2, updated: 0, removed: 0, unchanged: 0, skipped: [] });
    expect(documents()).toEqual(['handbook/it/vpn.md', 'handbook/policies/pto.md']);
    const second = await knowledge.ingest([source]);
    expect(second).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 2, chunks: 0 });
  });

  it('re-indexes a changed file and drops its old text from the index', async () => {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest([source]);
    folder.write('policies/pto.md', '# Paid time off\n\nEveryone gets 30 vacation days per year.\n');
    expect(await knowledge.ingest([source])).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    const result = await knowledge.retrieve('vacation days', CHANNEL);
    expect(result.chunks[0]?.text).toContain('30 vacation days');
    expect(result.chunks.some((chunk) => chunk.text.includes('25'))).toBe(false);
  });

  it('removes documents whose files are gone, unless pruning is off', async () => {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest([source]);
    folder.remove('it/vpn.md');
    expect(await knowledge.ingest([source], { prune: false })).toMatchObject({ removed: 0 });
    expect(documents()).toHaveLength(2);
    expect(await knowledge.ingest([source])).toMatchObject({ removed: 1, unchanged: 1 });
    expect(documents()).toEqual(['handbook/policies/pto.md']);
    expect((await knowledge.retrieve('NorthGate access', CHANNEL)).chunks).toEqual([]);
  });

  it('detects a rename as remove + add, keeping the chunks and their embeddings', async () => {
    const embedder = fakeEmbedder();
    const knowledge = new KnowledgeBase({ database, embedder });
    await knowledge.ingest([source]);
    const chunkIds = database.sqlite.prepare('SELECT id FROM knowledge_chunks ORDER BY id').all();
    folder.remove('it/vpn.md');
    folder.write('it/remote-access/vpn.md', VPN);
    const calls = embedder.calls.length;
    const summary = await knowledge.ingest([source]);
    expect(summary).toMatchObject({ added: 1, removed: 1, unchanged: 1, embedded: 0, renamed: [{ from: 'handbook/it/vpn.md', to: 'handbook/it/remote-access/vpn.md' }] });
    // Only the one-line dimension probe went to the model; no passage was embedded again.
    expect(embedder.calls.slice(calls).flat()).toEqual(['dimension probe']);
    expect(database.sqlite.prepare('SELECT id FROM knowledge_chunks ORDER BY id').all()).toEqual(chunkIds);
    expect((await knowledge.retrieve('NorthGate access', CHANNEL)).chunks[0]?.source).toBe('handbook/it/remote-access/vpn.md');
  });

  it('re-embeds only the chunks an edit touched', async () => {
    const embedder = fakeEmbedder();
    const knowledge = new KnowledgeBase({ database, embedder });
    folder.write('policies/pto.md', '# PTO\n\n## Allowance\n\n25 days.\n\n## Carry-over\n\nFive days carry over.\n');
    await knowledge.ingest([source]);
    folder.write('policies/pto.md', '# PTO\n\n## Allowance\n\n28 days.\n\n## Carry-over\n\nFive days carry over.\n');
    const summary = await knowledge.ingest([source]);
    expect(summary).toMatchObject({ updated: 1, chunks: 1, embedded: 1 });
    expect(knowledge.stats()).toMatchObject({ chunks: 3, embeddedChunks: 3 });
  });

  it('keeps the documents of a source folder that cannot be read, and says so', async () => {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest([source]);
    const summary = await knowledge.ingest([{ ...source, path: `${folder.path}-gone` }]);
    expect(summary.removed).toBe(0);
    expect(summary.skipped[0]?.reason).toMatch(/not found; its documents are kept/);
    expect(documents()).toHaveLength(2);
  });

  it('removes folders no longer configured only when asked to', async () => {
    const other = tempFolder({ 'faq.md': '# FAQ\n\nAsk anything.' });
    try {
      const knowledge = new KnowledgeBase({ database });
      await knowledge.ingest([source, { path: other.path, name: 'faq', channels: ['support'] }]);
      expect(await knowledge.ingest([source])).toMatchObject({ removed: 0 });
      expect(await knowledge.ingest([source], { removeOtherFolders: true })).toMatchObject({ removed: 1 });
      expect(documents()).not.toContain('faq/faq.md');
      expect(database.sqlite.prepare("SELECT count(*) AS n FROM knowledge_folder_channels WHERE folder = 'faq'").get()).toEqual({ n: 0 });
    } finally {
      other.cleanup();
    }
  });

  it('ingests a single file given as a source', async () => {
    const knowledge = new KnowledgeBase({ database });
    const summary = await knowledge.ingest([{ path: `${folder.path}/it/vpn.md`, name: 'vpn-page', channels: [] }]);
    expect(summary.added).toBe(1);
    expect(documents()).toEqual(['vpn-page/vpn.md']);
  });

  it('reports progress file by file and records when it last ran', async () => {
    const now = new Date('2026-03-01T09:00:00Z');
    const knowledge = new KnowledgeBase({ database, now: () => now });
    const progress: Array<[number, number]> = [];
    await knowledge.ingest([source], { onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([[1, 2], [2, 2]]);
    expect(knowledge.stats()).toEqual({ documents: 2, chunks: 2, embeddedChunks: 0, lastIndexedAt: now });
  });

  it('refuses two sources with the same name', async () => {
    const knowledge = new KnowledgeBase({ database });
    await expect(knowledge.ingest([source, { ...source, path: '/elsewhere' }])).rejects.toBeInstanceOf(KnowledgeIngestError);
  });
});

describe('files that cannot be indexed are skipped with a reason', () => {
  async function skippedReasons(files: Record<string, string | Uint8Array>, options: { maxFileBytes?: number } = {}) {
    for (const [path, content] of Object.entries(files)) folder.write(path, content);
    const knowledge = new KnowledgeBase({ database, ...options });
    const summary = await knowledge.ingest([source]);
    expect(summary.added).toBe(2);
    return Object.fromEntries(summary.skipped.map((entry) => [entry.path, entry.reason]));
  }

  it('binary, empty, invalid UTF-8, UTF-16 and unsupported files', async () => {
    const reasons = await skippedReasons({
      'logo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'empty.md': '',
      'blank.txt': '  \n\n\t\n',
      'latin1.txt': new Uint8Array(Buffer.from('Caf\xe9 policy: no smoking.', 'latin1')),
      'utf16.txt': new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]),
      'slides.pptx': 'PK\x03\x04',
      'fake.pdf': 'not a pdf at all',
    });
    expect(reasons).toEqual({
      'handbook/logo.md': 'binary content (contains NUL bytes), not text',
      'handbook/empty.md': 'empty file',
      'handbook/blank.txt': 'empty file (only whitespace)',
      'handbook/latin1.txt': 'not valid UTF-8 text (re-save it as UTF-8)',
      'handbook/utf16.txt': 'UTF-16 text; save it as UTF-8 to index it',
      'handbook/slides.pptx': expect.stringMatching(/^unsupported file type \.pptx/),
      'handbook/fake.pdf': 'not a PDF file (no %PDF- header)',
    });
  });

  it('a 50 MB file, without reading it', async () => {
    const huge = folder.write('huge.txt', '');
    truncateSync(huge, 50 * 1024 * 1024);
    const started = performance.now();
    const reasons = await skippedReasons({});
    expect(reasons['handbook/huge.txt']).toBe('too large (50.0 MB; the limit is 20.0 MB)');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('honours a configured size limit', async () => {
    const reasons = await skippedReasons({ 'big.md': `# Big\n\n${'word '.repeat(400)}` }, { maxFileBytes: 1024 });
    expect(reasons['handbook/big.md']).toBe('too large (2.0 KB; the limit is 1.0 KB)');
  });

  it('a changed file that became unreadable no longer answers questions', async () => {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest([source]);
    folder.write('policies/pto.md', new Uint8Array([0xc3, 0x28]));
    const summary = await knowledge.ingest([source]);
    expect(summary).toMatchObject({ removed: 1, unchanged: 1 });
    expect(summary.skipped).toEqual([{ path: 'handbook/policies/pto.md', reason: 'not valid UTF-8 text (re-save it as UTF-8)' }]);
    expect(documents()).toEqual(['handbook/it/vpn.md']);
  });

  it('hidden files and folders are passed over silently; PDFs are indexed', async () => {
    folder.write('.git/config', '[core]');
    folder.write('.DS_Store', 'x');
    folder.write('finance/terms.pdf', minimalPdf(['Contractors are paid net 30 days after invoicing.'], 'Contractor terms'));
    const knowledge = new KnowledgeBase({ database });
    const summary = await knowledge.ingest([source]);
    expect(summary).toMatchObject({ added: 3, skipped: [] });
    const result = await knowledge.retrieve('when are contractors paid?', CHANNEL);
    expect(result.chunks[0]).toMatchObject({ source: 'handbook/finance/terms.pdf', title: 'Contractor terms' });
  });
});
