/**
 * Opens tandem's single SQLite file: the ledger, the knowledge base (FTS5 + sqlite-vec) and the
 * scheduler's claims live together, so one backup copies everything.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as sqliteVec from 'sqlite-vec';
import * as schema from './schema.ts';

export type TandemDb = BetterSQLite3Database<typeof schema>;

export interface OpenedDatabase {
  db: TandemDb;
  /** The raw handle, for FTS5/vec0 queries drizzle cannot express. */
  sqlite: Database.Database;
  /** Whether the sqlite-vec extension loaded (vector search is skipped without it). */
  vectorSearch: boolean;
  close(): void;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export function openDatabase(path: string): OpenedDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // WAL lets the report read while the bot writes; NORMAL sync is safe under WAL and much faster.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // sqlite-vec must be loaded before migrations, which may reference vec0 tables.
  const vectorSearch = loadVectorExtension(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return { db, sqlite, vectorSearch, close: () => sqlite.close() };
}

function loadVectorExtension(sqlite: Database.Database): boolean {
  try {
    sqliteVec.load(sqlite);
    return true;
  } catch {
    // A platform without a prebuilt sqlite-vec still gets BM25 retrieval; callers report it.
    return false;
  }
}
