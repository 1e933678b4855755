/**
 * The knowledge base against the real Ollama provider talking to the fake Ollama server: the
 * embedding path end to end through the provider contract, including a model that is not pulled.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { createOllamaProvider } from '../../src/router/providers/ollama.ts';
import { startFakeOllama, type FakeOllama } from '../fakes/ollama.ts';
import { CHANNEL, memoryDatabase, tempFolder, type TempFolder } from './fixtures.ts';

let ollama: FakeOllama;
let database: OpenedDatabase;
let folder: TempFolder;

beforeEach(async () => {
  ollama = await startFakeOllama({ embeddingDimensions: 32 });
  database = memoryDatabase();
  folder = tempFolder({
    'vpn.md': '# VPN\n\nRequest NorthGate access in #it-helpdesk.\n',
    'pto.md': '# Time off\n\n25 vacation days a year.\n',
  });
});

afterEach(async () => {
  database.close();
  folder.cleanup();
  await ollama.close();
});

function embedderFor(embedModel: string) {
  const provider = createOllamaProvider({ host: ollama.url, model: 'llama3.2', embedModel, timeoutMs: 5_000 });
  return { embed: provider.embed!.bind(provider), embedModel };
}

describe('embeddings through the Ollama provider', () => {
  it('embeds every chunk in batches and answers in hybrid mode', async () => {
    const knowledge = new KnowledgeBase({ database, embedder: embedderFor('nomic-embed-text') });
    const summary = await knowledge.ingest([{ path: folder.path, name: 'handbook', channels: [] }]);
    expect(summary).toMatchObject({ added: 2, embedded: 2 });
    expect(summary.embeddingNote).toBeUndefined();
    const embedCalls = ollama.requests.filter((request) => request.path === '/api/embed');
    expect(embedCalls).toHaveLength(1);
    const result = await knowledge.retrieve('NorthGate access', CHANNEL);
    expect(result).toMatchObject({ mode: 'hybrid' });
    expect(result.chunks[0]?.source).toBe('handbook/vpn.md');
  });

  it('reports a model that is not pulled and stays on BM25', async () => {
    const knowledge = new KnowledgeBase({ database, embedder: embedderFor('mxbai-embed-large') });
    const summary = await knowledge.ingest([{ path: folder.path, name: 'handbook', channels: [] }]);
    expect(summary).toMatchObject({ added: 2, embedded: 0 });
    expect(summary.embeddingNote).toMatch(/^Embedding with mxbai-embed-large stopped \(.*`ollama pull mxbai-embed-large`\); 2 passages use BM25 only until the next ingest\.$/);
    expect((await knowledge.retrieve('NorthGate access', CHANNEL)).mode).toBe('bm25');
  });
});
