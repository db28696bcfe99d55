import { openDatabase, type Db } from '../../../shared/node/sqlite/openDatabase';
import { backupBeforeUpdate } from './backupBeforeUpdate';
import { ledgerMigrations } from './migrations';

/** Opens the cabin's ledger file, migrated to this version's schema; an older version's file is copied aside first. */
export function openLedger(file: string): Db {
  backupBeforeUpdate(file, ledgerMigrations.length);
  return openDatabase(file, ledgerMigrations);
}
