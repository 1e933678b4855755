/**
 * The database for commands that only read or tidy the ledger (`tandem report`): opened here, in the
 * composition folder, like everything else that opens it — without building providers or the bot.
 */
import { openDatabase, type TandemDb } from '../../db/client.ts';
import type { TandemConfig } from '../config/schema.ts';

export interface LedgerAccess {
  db: TandemDb;
  close(): void;
}

export function openLedger(config: Pick<TandemConfig, 'database'>): LedgerAccess {
  const database = openDatabase(config.database.path);
  return { db: database.db, close: () => database.close() };
}
