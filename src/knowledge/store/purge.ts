/**
 * Makes removed text really gone from the file. Deleting a chunk leaves its words in the FTS5
 * segments (a delete only adds a tombstone until the segment is merged), freed pages keep their old
 * bytes, and the WAL keeps old page images. So after removals: merge every FTS5 segment into one
 * ('optimize' drops deleted entries), hand freed pages back to the file system (the database uses
 * auto_vacuum = INCREMENTAL, and secure_delete zeroes what stays), and checkpoint the WAL to empty.
 */
import type Database from 'better-sqlite3';

export function purgeRemovedText(sqlite: Database.Database): void {
  sqlite.exec("INSERT INTO knowledge_chunks_fts(knowledge_chunks_fts) VALUES ('optimize')");
  sqlite.pragma('incremental_vacuum');
  // TRUNCATE leaves a zero-length -wal file; when a reader holds an old snapshot it does what it can
  // and the next checkpoint finishes the job.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}
