/**
 * Tables the knowledge base creates itself, at run time, beside the drizzle-managed ones:
 *  - `knowledge_meta`: small facts (embedding model and dimension of the vector table, when the
 *    last ingest finished);
 *  - `knowledge_folder_channels`: which channels may see which folder, so channel restrictions are
 *    applied inside the SQL that retrieves chunks.
 * The vec0 vector table is created later (see vector-index.ts): its dimension is only known once
 * the embedding model has answered. `IF NOT EXISTS` makes this safe on every start.
 */
import type Database from 'better-sqlite3';

export function ensureRuntimeTables(sqlite: Database.Database): void {
  sqlite.exec(`
    CREATE TABLE IF NOT EXISTS knowledge_meta (
      key TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS knowledge_folder_channels (
      folder TEXT NOT NULL,
      channel TEXT NOT NULL,
      PRIMARY KEY (folder, channel)
    ) WITHOUT ROWID;
  `);
}
