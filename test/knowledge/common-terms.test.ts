/**
 * A large index's common terms are counted once at ingest and kept against the index's version:
 * retrieval reads the same counts as FTS5's vocabulary gives, and never a count kept for an index
 * that has changed since.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { TermStatistics } from '../../src/knowledge/search/term-statistics.ts';
import { COMMON_ABOVE, indexVersion, LARGE_INDEX_CHUNKS, readCommonTerms, recordCommonTerms } from '../../src/knowledge/store/common-terms.ts';
import { accessParams } from '../../src/knowledge/store/folder-access.ts';
import { KnowledgeMeta } from '../../src/knowledge/store/meta.ts';
import { purgeRemovedText } from '../../src/knowledge/store/purge.ts';
import { analyzeQuery } from '../../src/knowledge/search/query-terms.ts';
import { CHANNEL, memoryDatabase, tempFolder, type TempFolder } from './fixtures.ts';

const SECTIONS = LARGE_INDEX_CHUNKS + 100;
const ZEBRAS = COMMON_ABOVE + 200;

let database: OpenedDatabase;
let folder: TempFolder;

/** One section per passage: every one about the team, some about a zebra, a few about a quokka. */
beforeAll(async () => {
  const sections = Array.from({ length: SECTIONS }, (_, n) => `## Section ${n}\n\nThe team meets on day ${n}${n < ZEBRAS ? ' near the zebra' : ''}${n % 1000 === 0 ? ' with a quokka' : ''}.\n`);
  folder = tempFolder({ 'big.md': `# Big\n\n${sections.join('\n')}` });
  database = memoryDatabase();
  await new KnowledgeBase({ database }).ingest([{ path: folder.path, name: 'notes', channels: [] }]);
}, 60_000);
afterAll(() => {
  database.close();
  folder.cleanup();
});

function vocabularyCount(term: string): number {
  database.sqlite.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.test_vocabulary USING fts5vocab(main, 'knowledge_chunks_fts', 'row')");
  return database.sqlite.prepare<[string], number>('SELECT doc FROM temp.test_vocabulary WHERE term = ?').pluck().get(term) ?? 0;
}

describe('common terms of a large index', () => {
  it('are counted at ingest, the terms in more than the threshold of passages only', () => {
    const meta = new KnowledgeMeta(database.sqlite);
    const common = readCommonTerms(meta, indexVersion(database.sqlite));
    expect(database.sqlite.prepare('SELECT count(*) FROM knowledge_chunks').pluck().get()).toBeGreaterThan(LARGE_INDEX_CHUNKS);
    expect(common?.get('team')).toBe(vocabularyCount('team'));
    expect(common?.get('zebra')).toBe(vocabularyCount('zebra'));
    expect(vocabularyCount('zebra')).toBeGreaterThan(COMMON_ABOVE);
    expect(common?.has('quokka')).toBe(false);
  });

  it('give retrieval the counts FTS5’s vocabulary gives, kept or not', () => {
    const concepts = analyzeQuery('zebra team quokka meets');
    const access = accessParams(CHANNEL);
    const kept = new TermStatistics(database.sqlite);
    kept.refresh();
    const withKept = kept.frequencies(concepts, access);
    const meta = new KnowledgeMeta(database.sqlite);
    const stored = meta.get('common_terms')!;
    try {
      meta.delete('common_terms');
      const walked = new TermStatistics(database.sqlite);
      walked.refresh();
      expect(walked.frequencies(concepts, access)).toEqual(withKept);
      expect(withKept.frequencies).toEqual(['zebra', 'team', 'quokka', 'meet'].map(vocabularyCount));
    } finally {
      meta.set('common_terms', stored);
    }
  });

  it('are what retrieval reads for a common term, instead of walking its rows', () => {
    const meta = new KnowledgeMeta(database.sqlite);
    const stored = meta.get('common_terms')!;
    try {
      // A count only the stored record holds shows where the number came from.
      const marked = JSON.parse(stored) as { index: string; terms: Record<string, number> };
      meta.set('common_terms', JSON.stringify({ ...marked, terms: { ...marked.terms, team: 4242 } }));
      const terms = new TermStatistics(database.sqlite);
      terms.refresh();
      expect(terms.frequencies(analyzeQuery('team'), accessParams(CHANNEL)).frequencies).toEqual([4242]);
    } finally {
      meta.set('common_terms', stored);
    }
  });

  it('are dropped when removed text is purged: they name its words', () => {
    const meta = new KnowledgeMeta(database.sqlite);
    const stored = meta.get('common_terms')!;
    try {
      purgeRemovedText(database.sqlite);
      expect(meta.get('common_terms')).toBeUndefined();
    } finally {
      meta.set('common_terms', stored);
    }
  });

  it('are not read once the index has changed, and are counted again at the next ingest', () => {
    const meta = new KnowledgeMeta(database.sqlite);
    database.sqlite.prepare("UPDATE knowledge_chunks SET text = text || ' zebra' WHERE id = (SELECT max(id) FROM knowledge_chunks)").run();
    expect(readCommonTerms(meta, indexVersion(database.sqlite))).toBeUndefined();
    const terms = new TermStatistics(database.sqlite);
    terms.refresh();
    expect(terms.frequencies(analyzeQuery('zebra'), accessParams(CHANNEL)).frequencies).toEqual([vocabularyCount('zebra')]);
    recordCommonTerms(database.sqlite, meta);
    expect(readCommonTerms(meta, indexVersion(database.sqlite))?.get('zebra')).toBe(ZEBRAS + 1);
  });
});
