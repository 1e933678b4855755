/** `tandem backup FILE`: copy the database safely, even while tandem is running. */
import { resolve } from 'node:path';
import { backupDatabase } from '../../app/database-backup.ts';
import { writeLine, type CliIo } from '../io.ts';
import { loadCliConfig, type GlobalOptions } from '../runtime.ts';

export async function runBackup(io: CliIo, globals: GlobalOptions, file: string): Promise<void> {
  const { config } = loadCliConfig(io, globals);
  const outcome = await backupDatabase(config.database.path, resolve(io.cwd, file));
  writeLine(io.stdout, `Backed up ${config.database.path} to ${outcome.file} (${(outcome.bytes / 1024 / 1024).toFixed(1)} MB). To restore: stop tandem, then copy it over ${config.database.path} and delete ${config.database.path}-wal and ${config.database.path}-shm if present.`);
}
