/**
 * Checks that a database file is safe to use before tandem writes to it. A wrong file, a truncated
 * copy, a damaged page or a schema from a newer tandem must stop the command with one line saying
 * what is wrong and what to do — not a stack trace, and never silent use of data tandem cannot trust.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { DatabaseUnusableError } from '../src/errors.ts';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
const HEADER_BYTES = 100;

export const BACKUP_HINT = 'restore your latest backup (made with `tandem backup FILE`) or move the file away to start an empty database';

/** Header checks that need no SQLite: is it a SQLite file at all, and is all of it there? */
export function checkFileHeader(path: string): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return; // No file yet: SQLite creates it.
  }
  if (size === 0) return; // SQLite treats an empty file as a new database.
  const header = readHeader(path, Math.min(size, HEADER_BYTES));
  const magicLength = Math.min(header.length, SQLITE_MAGIC.length);
  if (!header.subarray(0, magicLength).equals(SQLITE_MAGIC.subarray(0, magicLength))) {
    throw new DatabaseUnusableError(`${path} is not a SQLite database (it starts with ${describeStart(header)}): point --db or TANDEM_DB at tandem's database file, or move this file away.`);
  }
  if (size < HEADER_BYTES) throw truncated(path, size, HEADER_BYTES);
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  // The page count in the header is only valid when its "valid for" number matches the change counter,
  // and only settled when no WAL is pending: a checkpoint in another process writes page 1 (with
  // the new count) before the pages that extend the file.
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24) && !walPending(path);
  if (countValid && pages > 0 && size < pages * pageSize) throw truncated(path, size, pages * pageSize);
  if (pageSize >= 512 && size % pageSize !== 0) throw truncated(path, size, Math.ceil(size / pageSize) * pageSize);
}

function walPending(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

function readHeader(path: string, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const descriptor = openSync(path, 'r');
  try {
    readSync(descriptor, buffer, 0, length, 0);
  } finally {
    closeSync(descriptor);
  }
  return buffer;
}

function describeStart(header: Buffer): string {
  const text = header.subarray(0, 16).toString('latin1').replace(/[^\x20-\x7e]/g, '.');
  return JSON.stringify(text);
}

function truncated(path: string, size: number, expected: number): DatabaseUnusableError {
  return new DatabaseUnusableError(`${path} is truncated (${size} of at least ${expected} bytes): ${BACKUP_HINT}.`);
}

/** Refuses a database whose applied migrations are newer than the ones this tandem ships. */
export function checkSchemaVersion(sqlite: Database.Database, path: string, migrationsFolder: string): void {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return;
  const newestApplied = (sqlite.prepare('SELECT max(created_at) AS newest FROM __drizzle_migrations').get() as { newest: number | null }).newest;
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as { entries: Array<{ when: number; tag: string }> };
  const newestKnown = journal.entries.reduce<{ when: number; tag: string } | undefined>((newest, entry) => (!newest || entry.when > newest.when ? entry : newest), undefined);
  if (newestApplied !== null && newestKnown && Number(newestApplied) > newestKnown.when) {
    throw new DatabaseUnusableError(`${path} was written by a newer tandem (its schema is newer than ${newestKnown.tag}, the newest this version knows): upgrade tandem, or point --db at another file.`);
  }
}

/** SQLite's own structural check; a damaged file is refused before anything reads or writes it. */
export function checkIntegrity(sqlite: Database.Database, path: string): void {
  const rows = sqlite.pragma('quick_check(1)') as Array<{ quick_check: string }>;
  const first = rows[0]?.quick_check ?? 'no answer';
  if (first !== 'ok') throw new DatabaseUnusableError(`${path} failed its integrity check (${first.split('\n')[0]}): ${BACKUP_HINT}.`);
}

/**
 * Takes and releases the write lock once, so a database held by another writer is reported here —
 * after the busy timeout — rather than as a failure halfway through the command.
 */
export function checkWritable(sqlite: Database.Database): void {
  sqlite.exec('BEGIN IMMEDIATE');
  sqlite.exec('COMMIT');
}

/** A damaged page found while a command runs (after an `on-access` open): the same one-line refusal. */
export function describeDamage(error: unknown): DatabaseUnusableError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) return undefined;
  return new DatabaseUnusableError(`the database is damaged (${error instanceof Error ? error.message : String(error)}): ${BACKUP_HINT}.`, { cause: error });
}

/** Turns SQLite's own open-time failures into the same one-line refusals. */
export function describeOpenFailure(error: unknown, path: string, busyTimeoutMs: number): DatabaseUnusableError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') return new DatabaseUnusableError(`${path} is not a SQLite database (${detail}): point --db or TANDEM_DB at tandem's database file, or move this file away.`, { cause: error });
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') return new DatabaseUnusableError(`${path} is damaged (${detail}): ${BACKUP_HINT}.`, { cause: error });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DatabaseUnusableError(`${path} is locked by another process writing to it (waited ${Math.round(busyTimeoutMs / 1000)} s): stop the other tandem or wait for it to finish, then try again.`, { cause: error });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code.startsWith('SQLITE_IOERR')) {
    return new DatabaseUnusableError(`${path} cannot be opened for writing (${detail}): check that the file and its folder exist and are writable.`, { cause: error });
  }
  return undefined;
}
