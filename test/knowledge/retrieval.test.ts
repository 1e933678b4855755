import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { reciprocalRankFusion } from '../../src/knowledge/search/fusion.ts';
import { CHANNEL, fakeEmbedder, memoryDatabase, tempFolder, type TempFolder } from './fixtures.ts';

const FILES = {
  'policies/time-off.md': '# Paid time off\n\nFull-time staff receive 25 days of paid time off each calendar year.\n',
  'expenses/reimbursement.md': '# Reimbursement\n\nApproved reimbursement is paid with the next payroll run, within ten business days.\n',
  'it/vpn.md': '# VPN\n\n## Getting access\n\nRequest NorthGate VPN access in #it-helpdesk; your manager approves it.\n',
  'facilities/garage.md': '# Garage\n\nCars go in the garage under building C. Spaces are free for staff.\n',
};

let database: OpenedDatabase;
let folder: TempFolder;

beforeEach(() => {
  database = memoryDatabase();
  folder = tempFolder(FILES);
});

afterEach(() => {
  database.close();
  folder.cleanup();
});

async function knowledgeBase(options: { embedder?: ReturnType<typeof fakeEmbedder> } = {}): Promise<KnowledgeBase> {
  const knowledge = new KnowledgeBase({ database, ...options });
  await knowledge.ingest([{ path: folder.path, name: 'handbook', channels: [] }]);
  return knowledge;
}

describe('BM25 retrieval', () => {
  it('finds paraphrased questions through synonyms and stemming', async () => {
    const knowledge = await knowledgeBase();
    const vacation = await knowledge.retrieve('How many vacation days do I get?', CHANNEL);
    expect(vacation).toMatchObject({ mode: 'bm25' });
    expect(vacation.chunks[0]).toMatchObject({ source: 'handbook/policies/time-off.md', heading: 'Paid time off', title: 'Paid time off' });
    expect(vacation.confidence).toBeGreaterThanOrEqual(0.35);
    const expenses = await knowledge.retrieve('When are my expenses refunded?', CHANNEL);
    expect(expenses.chunks[0]?.source).toBe('handbook/expenses/reimbursement.md');
    const remote = await knowledge.retrieve('who approves remote access?', CHANNEL);
    expect(remote.chunks[0]).toMatchObject({ source: 'handbook/it/vpn.md', heading: 'VPN > Getting access' });
  });

  it('gives an off-topic question a confidence below 0.35, and nothing when no word matches', async () => {
    const knowledge = await knowledgeBase();
    const france = await knowledge.retrieve("What's the capital of France?", CHANNEL);
    expect(france).toEqual({ chunks: [], confidence: 0, mode: 'bm25' });
    const weak = await knowledge.retrieve('Who won the staff football match?', CHANNEL);
    expect(weak.chunks.length).toBeGreaterThan(0);
    expect(weak.confidence).toBeLessThan(0.35);
  });

  it('never lets user punctuation reach FTS5 as syntax', async () => {
    const knowledge = await knowledgeBase();
    const nasty = [
      '"', '""', "'", 'vpn"', '"vpn', 'AND', 'OR OR OR', 'NOT vpn', 'vpn AND', '(vpn', 'vpn)', '*', 'vpn*', '^vpn', 'NEAR(vpn access)',
      'heading_path:vpn', 'text: "x', '{vpn}', '-vpn', '+vpn', 'vpn -- drop table', '🎉🔥 vpn 🚀', 'ｖｐｎ', '\u0000vpn', '', '   ', '?!',
      'x'.repeat(5000), 'café naïve résumé', '北京 VPN', 'a b c d e f g h i j k l m n o p q r s t u v w x y z',
    ];
    for (const query of nasty) await expect(knowledge.retrieve(query, CHANNEL)).resolves.toBeDefined();
    expect((await knowledge.retrieve('NEAR(vpn "access"*) AND', CHANNEL)).chunks[0]?.source).toBe('handbook/it/vpn.md');
  });

  it('returns at most `limit` chunks, best first', async () => {
    const knowledge = await knowledgeBase();
    const result = await knowledge.retrieve('staff days paid access garage', CHANNEL, { limit: 2 });
    expect(result.chunks).toHaveLength(2);
    expect(result.chunks[0]!.score).toBeGreaterThanOrEqual(result.chunks[1]!.score);
  });
});

describe('hybrid retrieval', () => {
  it('finds a passage sharing no word with the question, only in hybrid mode', async () => {
    const question = 'Where do I leave my vehicle?';
    const lexical = await (await knowledgeBase()).retrieve(question, CHANNEL);
    expect(lexical.mode).toBe('bm25');
    expect(lexical.chunks.map((chunk) => chunk.source)).not.toContain('handbook/facilities/garage.md');

    database.close();
    database = memoryDatabase();
    const embedder = fakeEmbedder();
    const knowledge = await knowledgeBase({ embedder });
    expect(knowledge.stats()).toMatchObject({ chunks: 4, embeddedChunks: 4 });
    const hybrid = await knowledge.retrieve(question, CHANNEL);
    expect(hybrid.mode).toBe('hybrid');
    expect(hybrid.chunks[0]?.source).toBe('handbook/facilities/garage.md');
  });

  it('still ranks strong keyword matches first when both searches agree', async () => {
    const knowledge = await knowledgeBase({ embedder: fakeEmbedder() });
    const result = await knowledge.retrieve('NorthGate VPN access', CHANNEL);
    expect(result).toMatchObject({ mode: 'hybrid' });
    expect(result.chunks[0]?.source).toBe('handbook/it/vpn.md');
    expect(result.confidence).toBeGreaterThan(0.35);
  });

  it('falls back to BM25, and says why, when the query embedding fails', async () => {
    const embedder = fakeEmbedder();
    const knowledge = await knowledgeBase({ embedder });
    embedder.failWith = new Error('connect ECONNREFUSED 127.0.0.1:11434');
    const result = await knowledge.retrieve('vacation days', CHANNEL);
    expect(result.mode).toBe('bm25');
    expect(result.note).toMatch(/query embedding failed \(connect ECONNREFUSED/);
    expect(result.chunks[0]?.source).toBe('handbook/policies/time-off.md');
  });

  it('keeps ingesting when the embedding model is down, and embeds on a later run', async () => {
    const embedder = fakeEmbedder();
    embedder.failWith = new Error('model "fake-embed" not found, try pulling it first');
    const knowledge = new KnowledgeBase({ database, embedder });
    const first = await knowledge.ingest([{ path: folder.path, name: 'handbook', channels: [] }]);
    expect(first).toMatchObject({ added: 4, embedded: 0 });
    expect(first.embeddingNote).toBe('Embedding with fake-embed stopped (model "fake-embed" not found, try pulling it first); 4 passages use BM25 only until the next ingest.');
    expect((await knowledge.retrieve('vacation', CHANNEL)).mode).toBe('bm25');
    delete embedder.failWith;
    const second = await knowledge.ingest([{ path: folder.path, name: 'handbook', channels: [] }]);
    expect(second).toMatchObject({ unchanged: 4, embedded: 4 });
    expect(second.embeddingNote).toBeUndefined();
    expect((await knowledge.retrieve('vacation', CHANNEL)).mode).toBe('hybrid');
  });

  it('re-embeds everything when the embedding model or its dimension changes', async () => {
    await knowledgeBase({ embedder: fakeEmbedder({ model: 'model-a', dimension: 32 }) });
    const switched = new KnowledgeBase({ database, embedder: fakeEmbedder({ model: 'model-b', dimension: 48 }) });
    const summary = await switched.ingest([{ path: folder.path, name: 'handbook', channels: [] }]);
    expect(summary).toMatchObject({ unchanged: 4, embedded: 4 });
    const models = database.sqlite.prepare('SELECT DISTINCT embedding_model AS model FROM knowledge_chunks').all();
    expect(models).toEqual([{ model: 'model-b' }]);
    expect((await switched.retrieve('automobile', CHANNEL)).mode).toBe('hybrid');
    const resized = new KnowledgeBase({ database, embedder: fakeEmbedder({ model: 'model-b', dimension: 16 }) });
    expect(await resized.ingest([{ path: folder.path, name: 'handbook', channels: [] }])).toMatchObject({ embedded: 4 });
    expect(resized.stats().embeddedChunks).toBe(4);
  });

  it('repairs the vector table: orphans dropped, a lost table rebuilt', async () => {
    const embedder = fakeEmbedder();
    const knowledge = await knowledgeBase({ embedder });
    const vectors = () => (database.sqlite.prepare('SELECT count(*) AS n FROM knowledge_chunk_vectors').get() as { n: number }).n;
    // As if deleted by a process that could not load sqlite-vec: the vector stays behind.
    database.sqlite.prepare("DELETE FROM knowledge_documents WHERE source_path = 'handbook/it/vpn.md'").run();
    expect(vectors()).toBe(4);
    await knowledge.ingest([{ path: folder.path, name: 'handbook', channels: [] }], { prune: false });
    expect(vectors()).toBe(4);
    database.sqlite.exec('DROP TABLE knowledge_chunk_vectors');
    const summary = await knowledge.ingest([{ path: folder.path, name: 'handbook', channels: [] }]);
    expect(summary.embedded).toBe(4);
    expect(vectors()).toBe(4);
    expect((await knowledge.retrieve('automobile', CHANNEL)).mode).toBe('hybrid');
  });

  it('uses BM25 alone when the embedder configured now is not the one the index was built with', async () => {
    await knowledgeBase({ embedder: fakeEmbedder({ model: 'model-a' }) });
    const other = new KnowledgeBase({ database, embedder: fakeEmbedder({ model: 'model-b' }) });
    expect((await other.retrieve('vacation', CHANNEL)).mode).toBe('bm25');
  });
});

describe('reciprocal rank fusion', () => {
  it('sums 1/(60 + rank) over the lists', () => {
    const fused = reciprocalRankFusion([[1, 2, 3], [3, 1, 4]]);
    expect(fused.map((hit) => hit.chunkId)).toEqual([1, 3, 2, 4]);
    expect(fused[0]!.score).toBeCloseTo(1 / 61 + 1 / 62, 12);
    expect(fused[1]!.score).toBeCloseTo(1 / 63 + 1 / 61, 12);
  });

  it('prefers an item found by both searches over one ranked first by only one', () => {
    const fused = reciprocalRankFusion([[7, 8], [9, 8]]);
    expect(fused[0]!.chunkId).toBe(8);
  });

  it('breaks ties by the best single rank, then by id', () => {
    expect(reciprocalRankFusion([[5, 6], [6, 5]]).map((hit) => hit.chunkId)).toEqual([5, 6]);
    expect(reciprocalRankFusion([[2], [1]]).map((hit) => hit.chunkId)).toEqual([1, 2]);
    expect(reciprocalRankFusion([])).toEqual([]);
  });
});
