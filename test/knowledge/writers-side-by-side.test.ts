/**
 * An ingest plans its writes from the index as it was when it started, then prepares each file (async)
 * and writes. Another tandem process on the same database may change the index in between; what it
 * did is simulated here with SQL run on the same file at that moment (the progress callback fires after
 * a file is prepared and before it is written). The ingest must neither fail nor leave a path indexed
 * twice or chunks without their document.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { KnowledgeBase, type KnowledgeSource } from '../../src/knowledge/index.ts';
import { CHANNEL, memoryDatabase, tempFolder, type TempFolder } from './fixtures.ts';

const PTO = '# Paid time off\n\nEveryone gets 25 vacation days per year.\n';
const VPN = '# VPN\n\nAsk in #it-helpdesk for NorthGate access; approval takes one business day.\n';

let database: OpenedDatabase;
let folder: TempFolder;
let source: KnowledgeSource;

beforeEach(() => {
  database = memoryDatabase();
  folder = tempFolder({ 'policies/pto.md': PTO, 'it/vpn.md': VPN });
  source = { path: folder.path, name: 'handbook', channels: [] };
});

afterEach(() => {
  database.close();
  folder.cleanup();
});

function documents(): Array<{ path: string; chunks: number }> {
  return database.sqlite
    .prepare<[], { path: string; chunks: number }>('SELECT d.source_path AS path, (SELECT count(*) FROM knowledge_chunks c WHERE c.document_id = d.id) AS chunks FROM knowledge_documents d ORDER BY d.source_path')
    .all();
}

function orphanChunks(): number {
  return database.sqlite.prepare<[], number>('SELECT count(*) FROM knowledge_chunks WHERE document_id NOT IN (SELECT id FROM knowledge_documents)').pluck().get() ?? 0;
}

/** Runs `meanwhile` once, after the first file is prepared and before anything is written. */
function onFirstPrepared(meanwhile: () => void): (done: number) => void {
  let ran = false;
  return (done) => {
    if (done === 0 || ran) return;
    ran = true;
    meanwhile();
  };
}

describe('another writer between the plan and the write', () => {
  it('an edited file whose document another process removed meanwhile is indexed afresh', async () => {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest([source]);
    folder.write('policies/pto.md', '# Paid time off\n\nEveryone gets 30 vacation days per year.\n');
    const removeIt = () => database.sqlite.prepare('DELETE FROM knowledge_documents WHERE source_path = ?').run('handbook/policies/pto.md');
    await knowledge.ingest([source], { onProgress: onFirstPrepared(removeIt) });
    expect(documents()).toEqual([
      { path: 'handbook/it/vpn.md', chunks: 1 },
      { path: 'handbook/policies/pto.md', chunks: 1 },
    ]);
    expect(orphanChunks()).toBe(0);
    expect((await knowledge.retrieve('vacation days', CHANNEL)).chunks[0]?.text).toContain('30 vacation days');
  });

  it('a renamed file whose new path another process indexed meanwhile ends up indexed once, under its new path', async () => {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest([source]);
    folder.remove('it/vpn.md');
    folder.write('it/remote/vpn.md', VPN);
    // The other process saw the new path as a new file and indexed it (its text as it was then).
    const indexNewPath = () =>
      database.sqlite
        .prepare("INSERT INTO knowledge_documents (source_path, folder, title, format, content_hash, size_bytes, link, indexed_at, modified_at) SELECT 'handbook/it/remote/vpn.md', folder, title, format, content_hash, size_bytes, link, indexed_at, modified_at FROM knowledge_documents WHERE source_path = 'handbook/it/vpn.md'")
        .run();
    await knowledge.ingest([source], { onProgress: onFirstPrepared(indexNewPath) });
    expect(documents()).toEqual([
      { path: 'handbook/it/remote/vpn.md', chunks: 1 },
      { path: 'handbook/policies/pto.md', chunks: 1 },
    ]);
    expect(orphanChunks()).toBe(0);
    expect((await knowledge.retrieve('NorthGate access', CHANNEL)).chunks[0]?.source).toBe('handbook/it/remote/vpn.md');
  });
});
