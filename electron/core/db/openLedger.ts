import { openDatabase, type Db } from '../../../shared/node/sqlite/openDatabase';
import { backupBeforeUpdate } from './backupBeforeUpdate';
import { ledgerMigrations } from './migrations';
import { boundWalGrowth } from './walCheckpoints';

/**
 * Opens the cabin's ledger file, migrated to this version's schema; an older version's file is
 * copied aside first. SQLite checkpoints on its own only past the WAL's bound (see walCheckpoints).
 */
export function openLedger(file: string): Db {
  backupBeforeUpdate(file, ledgerMigrations.length);
  const db = openDatabase(file, ledgerMigrations);
  boundWalGrowth(db);
  return db;
}
