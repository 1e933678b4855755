/**
 * Makes removed text really gone from the file. Deleting a chunk leaves its words in the FTS5
 * segments (a delete only adds a tombstone until the segment is merged), freed pages keep their old
 * bytes, and the WAL keeps old page images. So after removals: merge every FTS5 segment into one
 * ('optimize' drops deleted entries), hand freed pages back to the file system (the database uses
 * auto_vacuum = INCREMENTAL, and secure_delete zeroes what stays), and checkpoint the WAL to empty.
 */
import type Database from 'better-sqlite3';
import { dropCommonTerms } from './common-terms.ts';

export function purgeRemovedText(sqlite: Database.Database): void {
  // The common terms' counts name words the removed text may have held; the next ingest counts them again.
  dropCommonTerms(sqlite);
  sqlite.exec("INSERT INTO knowledge_chunks_fts(knowledge_chunks_fts) VALUES ('optimize')");
  sqlite.pragma('incremental_vacuum');
  // TRUNCATE leaves a zero-length -wal file; when a reader holds an old snapshot it does what it can
  // and the next checkpoint finishes the job.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

/** Up to this many passages merging the whole FTS5 index takes a few hundred milliseconds at most (10k: about a second). */
export const COMPACT_UP_TO_CHUNKS = 5_000;

/**
 * After new text is written, a small index is merged into one FTS5 segment. Writing leaves the
 * index in many small segments, and every term a question looks up is looked up in each: on the
 * sample handbook each FTS5 query ran about three times slower than after merging. A large
 * index's full rewrite would cost seconds on every ingest; FTS5's own automerge looks after it.
 */
export function compactSmallIndex(sqlite: Database.Database): void {
  const chunks = sqlite.prepare<[], { count: number }>('SELECT count(*) AS count FROM knowledge_chunks').get()?.count ?? 0;
  if (chunks > 0 && chunks <= COMPACT_UP_TO_CHUNKS) sqlite.exec("INSERT INTO knowledge_chunks_fts(knowledge_chunks_fts) VALUES ('optimize')");
}
