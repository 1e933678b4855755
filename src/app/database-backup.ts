/**
 * `tandem backup FILE`: a consistent copy of the whole database (ledger and knowledge base) taken
 * with SQLite's online backup API, so a bot that keeps running and writing is no obstacle. The
 * copy is checked before the command says it is done.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/client.ts';
import { UsageError } from '../errors.ts';

export interface BackupOutcome {
  file: string;
  bytes: number;
}

export async function backupDatabase(databasePath: string, destination: string): Promise<BackupOutcome> {
  const file = resolve(destination);
  // Never overwrites: not an older backup, and not the database itself.
  if (existsSync(file)) throw new UsageError(`${file} already exists: choose a new file name (a backup never overwrites).`);
  if (!existsSync(dirname(file))) throw new UsageError(`${dirname(file)} does not exist: create the folder first or choose another path.`);
  const database = openDatabase(databasePath);
  try {
    await database.sqlite.backup(file);
  } finally {
    database.close();
  }
  verifyCopy(file);
  return { file, bytes: statSync(file).size };
}

function verifyCopy(file: string): void {
  const copy = new Database(file, { readonly: true });
  try {
    const result = copy.pragma('quick_check(1)', { simple: true });
    if (result !== 'ok') throw new Error(`the backup at ${file} failed its integrity check (${String(result)}); try again`);
  } finally {
    copy.close();
  }
}
