/**
 * How many tokens FTS5 counted in a row, all columns together — the length BM25 normalises by — read
 * from FTS5's docsize table (`sz`: one varint per column, that column's token count, as
 * fts5_storage.c writes it; sqlite-varint.ts). A row's length changes only when the index does, so
 * lengths are kept until the index version changes; a busy bot meets new rows forever, so the cache
 * is bounded.
 */
import type Database from 'better-sqlite3';
import { sumOfVarints } from './sqlite-varint.ts';

const MAX_CACHED_ROWS = 200_000;

export class RowLengths {
  private readonly sizes: Database.Statement<[number], Buffer>;
  private readonly lengths = new Map<number, number>();
  private version = '';

  constructor(sqlite: Database.Database) {
    this.sizes = sqlite.prepare<[number], Buffer>('SELECT sz FROM knowledge_chunks_fts_docsize WHERE id = ?').pluck();
  }

  /** The row's token count in the index of `version` (PhraseStatistics.version); 0 for a row it lacks. */
  of(rowid: number, version: string): number {
    if (version !== this.version) {
      this.version = version;
      this.lengths.clear();
    }
    let length = this.lengths.get(rowid);
    if (length === undefined) {
      const block = this.sizes.get(rowid);
      length = block ? sumOfVarints(block) : 0;
      if (this.lengths.size >= MAX_CACHED_ROWS) this.lengths.clear();
      this.lengths.set(rowid, length);
    }
    return length;
  }
}
