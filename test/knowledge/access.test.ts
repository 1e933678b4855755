import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { KnowledgeBase, type KnowledgeSource } from '../../src/knowledge/index.ts';
import { fakeEmbedder, memoryDatabase, scope, tempFolder, type TempFolder } from './fixtures.ts';

let database: OpenedDatabase;
let open: TempFolder;
let finance: TempFolder;
let leadership: TempFolder;
let sources: KnowledgeSource[];

beforeEach(() => {
  database = memoryDatabase();
  open = tempFolder({ 'budget.md': '# Team budget\n\nEvery team has a small budget for lunches.\n' });
  finance = tempFolder({ 'forecast.md': '# Budget forecast\n\nThe 2027 budget forecast grows revenue by twelve percent.\n' });
  leadership = tempFolder({ 'reorg.md': '# Reorganisation\n\nThe budget for the reorganisation is confidential.\n' });
  sources = [
    { path: open.path, name: 'handbook', channels: [] },
    { path: finance.path, name: 'finance', channels: ['#Finance', 'C-LEADS'] },
    { path: leadership.path, name: 'leadership', channels: ['dm'] },
  ];
});

afterEach(() => {
  database.close();
  for (const folder of [open, finance, leadership]) folder.cleanup();
});

async function sourcesSeen(knowledge: KnowledgeBase, channel: ReturnType<typeof scope>): Promise<string[]> {
  const result = await knowledge.retrieve('budget', channel, { limit: 10 });
  return result.chunks.map((chunk) => chunk.source.split('/')[0]!).sort();
}

describe('channel restrictions', () => {
  it('never returns a restricted folder in another channel, and returns it where allowed', async () => {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest(sources);
    expect(await sourcesSeen(knowledge, scope('general'))).toEqual(['handbook']);
    expect(await sourcesSeen(knowledge, scope('finance'))).toEqual(['finance', 'handbook']);
    expect(await sourcesSeen(knowledge, scope('leads-private', { channelId: 'C-LEADS' }))).toEqual(['finance', 'handbook']);
  });

  it('lets direct messages see only unrestricted folders and those listing "dm"', async () => {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest(sources);
    expect(await sourcesSeen(knowledge, scope('alice', { channelId: 'D123', isDirect: true }))).toEqual(['handbook', 'leadership']);
    // A public channel that happens to be called "dm" is not a direct message.
    expect(await sourcesSeen(knowledge, scope('dm', { channelId: 'C-DM' }))).toEqual(['handbook']);
  });

  it('applies the restriction to vector search as well', async () => {
    const knowledge = new KnowledgeBase({ database, embedder: fakeEmbedder() });
    await knowledge.ingest(sources);
    const result = await knowledge.retrieve('twelve percent revenue forecast', scope('general'), { limit: 10 });
    expect(result.mode).toBe('hybrid');
    expect(result.chunks.map((chunk) => chunk.source)).toEqual(['handbook/budget.md']);
  });

  it('takes effect at the next ingest when a folder becomes restricted, even if no file changed', async () => {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest([{ ...sources[1]!, channels: [] }]);
    expect(await sourcesSeen(knowledge, scope('general'))).toEqual(['finance']);
    expect(await knowledge.ingest([sources[1]!])).toMatchObject({ unchanged: 1 });
    expect(await sourcesSeen(knowledge, scope('general'))).toEqual([]);
  });

  it('hides a newly restricted folder even when both ingests share a clock reading (no cached "sees everything")', async () => {
    // The search caches whether a scope sees every folder until the index changes; a restriction is such a change
    // even when no file did and the clock has not moved (fast ingests, a fixed clock).
    const fixed = new Date('2026-12-06T00:00:00.000Z');
    const knowledge = new KnowledgeBase({ database, now: () => fixed });
    await knowledge.ingest([{ ...sources[1]!, channels: [] }]);
    expect(await sourcesSeen(knowledge, scope('general'))).toEqual(['finance']);
    expect(await knowledge.ingest([sources[1]!])).toMatchObject({ unchanged: 1 });
    expect(await sourcesSeen(knowledge, scope('general'))).toEqual([]);
    expect(await sourcesSeen(knowledge, scope('finance'))).toEqual(['finance']);
  });

  it('still finds the visible passage when many restricted ones rank above it', async () => {
    for (let index = 0; index < 260; index++) finance.write(`memo-${index}.md`, `# Budget memo ${index}\n\nBudget budget budget ${index}.\n`);
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest(sources);
    const result = await knowledge.retrieve('budget', scope('general'), { limit: 3 });
    expect(result.chunks.map((chunk) => chunk.source)).toEqual(['handbook/budget.md']);
  });
});
