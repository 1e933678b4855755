/**
 * Opens tandem's single SQLite file: the ledger, the knowledge base (FTS5 + sqlite-vec) and the
 * scheduler's claims live together, so one backup copies everything.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as sqliteVec from 'sqlite-vec';
import { checkFileHeader, checkIntegrity, checkSchemaVersion, checkWritable, describeOpenFailure } from './open-checks.ts';
import * as schema from './schema.ts';
import { packageFile } from '../src/package-files.ts';

export type TandemDb = BetterSQLite3Database<typeof schema>;

export interface OpenedDatabase {
  db: TandemDb;
  /** The raw handle, for FTS5/vec0 queries drizzle cannot express. */
  sqlite: Database.Database;
  /** Whether the sqlite-vec extension loaded (vector search is skipped without it). */
  vectorSearch: boolean;
  close(): void;
}

const migrationsFolder = packageFile('db/migrations');

export interface OpenDatabaseOptions {
  /** How long to wait for another writer to release the file before refusing (default 5 s). */
  busyTimeoutMs?: number;
  /**
   * `full` (default) runs PRAGMA quick_check, which reads every page: about a second per 50 MB.
   * `on-access` leaves damage to be found by the pages a one-shot command actually reads (SQLite
   * reports SQLITE_CORRUPT, which the CLI turns into the same one-line refusal).
   */
  integrityCheck?: 'full' | 'on-access';
}

export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (or creates) the database after checking it is safe to use: a SQLite file, whole, not
 * damaged, not from a newer tandem, and not held by another writer. Each refusal is a
 * DatabaseUnusableError with a one-line message.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const onDisk = path !== ':memory:' && path !== '';
  if (onDisk) {
    mkdirSync(dirname(path), { recursive: true });
    checkFileHeader(path);
  }
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { timeout: busyTimeoutMs });
    const vectorSearch = prepareConnection(sqlite, path, { onDisk, fullCheck: (options.integrityCheck ?? 'full') === 'full' });
    const db = drizzle(sqlite, { schema });
    migrateAlongsideOthers(db);
    const opened = sqlite;
    return { db, sqlite, vectorSearch, close: () => opened.close() };
  } catch (error) {
    sqlite?.close();
    throw describeOpenFailure(error, path, busyTimeoutMs) ?? error;
  }
}

const MIGRATION_ATTEMPTS = 3;

/**
 * drizzle reads which migrations are applied before it opens its transaction, so two commands
 * started together on a new file both try to create the same tables; the later one waits for the
 * earlier one's commit and then fails on a table that now exists. Running again reads the
 * committed state and finds nothing left to do; a migration that is itself broken fails every time.
 */
function migrateAlongsideOthers(db: TandemDb): void {
  for (let attempt = 1; ; attempt += 1) {
    try {
      migrate(db, { migrationsFolder });
      return;
    } catch (error) {
      if (attempt >= MIGRATION_ATTEMPTS) throw error;
    }
  }
}

function prepareConnection(sqlite: Database.Database, path: string, { onDisk, fullCheck }: { onDisk: boolean; fullCheck: boolean }): boolean {
  const fresh = sqlite.pragma('page_count', { simple: true }) === 0;
  // Freed pages go back to the file at each removal (see src/knowledge/store/purge.ts); this has
  // to be chosen before the first table exists, so older files get it once through VACUUM below.
  if (fresh) sqlite.pragma('auto_vacuum = INCREMENTAL');
  // WAL lets the report read while the bot writes; NORMAL sync is safe under WAL and much faster.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros: a removed document's text must not linger in free space.
  sqlite.pragma('secure_delete = ON');
  // sqlite-vec must be loaded before migrations, which may reference vec0 tables.
  const vectorSearch = loadVectorExtension(sqlite);
  if (onDisk && !fresh) {
    if (fullCheck) checkIntegrity(sqlite, path);
    checkSchemaVersion(sqlite, path, migrationsFolder);
  }
  if (onDisk) checkWritable(sqlite);
  if (!fresh && sqlite.pragma('auto_vacuum', { simple: true }) !== INCREMENTAL) {
    sqlite.pragma('auto_vacuum = INCREMENTAL');
    sqlite.exec('VACUUM');
  }
  return vectorSearch;
}

const INCREMENTAL = 2;

function loadVectorExtension(sqlite: Database.Database): boolean {
  try {
    sqliteVec.load(sqlite);
    return true;
  } catch {
    // A platform without a prebuilt sqlite-vec still gets BM25 retrieval; callers report it.
    return false;
  }
}
