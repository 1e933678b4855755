/**
 * The passage counts of a large index's common terms, kept with the index.
 *
 * Retrieval weighs each word of a question by how many passages hold it. FTS5 answers that from
 * its vocabulary, but only by walking the term's whole doclist: ~2 ms for a word in a quarter of
 * 100,000 passages, paid again by every process for every common word it meets — a few such words
 * made a question's slowest milliseconds. A rare term's walk is short, so only terms in more than
 * COMMON_ABOVE passages are kept: about one term in twenty. They are counted in one pass over the
 * vocabulary (0.6 s at 100,000 passages) when an ingest leaves the index different from the one
 * they were counted for, and stored against the index's version (indexVersion), so a count is never
 * read for an index it does not describe. Removing text drops them (purge.ts): they name its words.
 */
import type Database from 'better-sqlite3';
import { KnowledgeMeta } from './meta.ts';

/** Terms in more passages than this are kept; fewer cost a short walk (phrase-statistics.ts counts up to the same). */
export const COMMON_ABOVE = 1_000;
/** Up to this many passages an index is small: its whole vocabulary is mapped in memory instead (term-statistics.ts). */
export const LARGE_INDEX_CHUNKS = 5_000;

/**
 * FTS5's vocabulary (one row per term: the passages holding it), for this connection. Created outside
 * any transaction: one rolled back would drop it from under the statements prepared on it.
 */
export const VOCABULARY_TABLE = 'temp.knowledge_vocabulary';

export function createVocabularyTable(sqlite: Database.Database): void {
  sqlite.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${VOCABULARY_TABLE} USING fts5vocab(main, 'knowledge_chunks_fts', 'row')`);
}

interface StoredCounts {
  index: string;
  terms: Record<string, number>;
}

/**
 * FTS5's averages record (row count and token totals) and the highest chunk id. The record changes
 * when rows are added or removed, but not when one word of a row is replaced by another; a changed
 * row is always written as a new chunk, though, and chunk ids are never reused (AUTOINCREMENT).
 */
export const INDEX_STATE_SQL = "SELECT (SELECT block FROM knowledge_chunks_fts_data WHERE id = 1) AS block, (SELECT max(id) FROM knowledge_chunks) AS last";

export function indexVersion(sqlite: Database.Database): string {
  const state = sqlite.prepare<[], { block: Buffer | null; last: number | null }>(INDEX_STATE_SQL).get();
  return versionOf(state?.block ?? null, state?.last ?? null);
}

export function versionOf(block: Buffer | null, last: number | null): string {
  return block ? `${block.toString('hex')}:${last ?? 0}` : '';
}

/**
 * Counts the common terms again when the index is large and they were counted for another version.
 * Best effort: a failure leaves the counts unread (retrieval walks the vocabulary as before) and the
 * ingest goes on.
 */
export function recordCommonTerms(sqlite: Database.Database, meta: KnowledgeMeta): void {
  try {
    createVocabularyTable(sqlite);
    const counted = sqlite.transaction(() => countCommonTerms(sqlite, meta))();
    if (counted === 'small') {
      if (meta.get('common_terms') !== undefined) meta.delete('common_terms');
    } else if (counted) meta.set('common_terms', JSON.stringify(counted));
  } catch {
    // Left for the next ingest.
  }
}

/** In one read transaction, so the version and the counts describe the same index. */
function countCommonTerms(sqlite: Database.Database, meta: KnowledgeMeta): StoredCounts | 'small' | undefined {
  const chunks = sqlite.prepare<[], number>('SELECT count(*) FROM knowledge_chunks').pluck().get() ?? 0;
  if (chunks <= LARGE_INDEX_CHUNKS) return 'small';
  const index = indexVersion(sqlite);
  if (index === '' || storedFor(meta, index)) return undefined;
  const terms: Record<string, number> = {};
  for (const [term, passages] of sqlite.prepare<[number], [string, number]>(`SELECT term, doc FROM ${VOCABULARY_TABLE} WHERE doc > ?`).raw().iterate(COMMON_ABOVE)) terms[term] = passages;
  return { index, terms };
}

/** Forgets the counts: removed text may have held their words (purge.ts). */
export function dropCommonTerms(sqlite: Database.Database): void {
  new KnowledgeMeta(sqlite).delete('common_terms');
}

/** The stored counts when they describe this version of the index; undefined otherwise. */
export function readCommonTerms(meta: KnowledgeMeta, index: string): Map<string, number> | undefined {
  const stored = storedFor(meta, index);
  return stored ? new Map(Object.entries(stored.terms)) : undefined;
}

function storedFor(meta: KnowledgeMeta, index: string): StoredCounts | undefined {
  const value = meta.get('common_terms');
  if (value === undefined || index === '') return undefined;
  try {
    const stored = JSON.parse(value) as Partial<StoredCounts>;
    return stored.index === index && typeof stored.terms === 'object' && stored.terms !== null ? (stored as StoredCounts) : undefined;
  } catch {
    return undefined;
  }
}
