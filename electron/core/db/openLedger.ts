import { openDatabase, type Db } from '../../../shared/node/sqlite/openDatabase';
import { ledgerMigrations } from './migrations';

/** Opens the cabin's ledger file, migrated to this version's schema. */
export function openLedger(file: string): Db {
  return openDatabase(file, ledgerMigrations);
}
