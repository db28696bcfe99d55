import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * How many ledger rows the database file holds without its WAL: what a checkpoint has copied in
 * so far. The file is read from a copy, so the live WAL is neither read nor disturbed.
 */
export function ledgerRowsInFileAlone(file: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'rokad-file-alone-'));
  try {
    const copy = join(dir, 'ledger.sqlite');
    copyFileSync(file, copy);
    const db = new Database(copy);
    try {
      const hasLedger = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger'").get() !== undefined;
      return hasLedger ? (db.prepare('SELECT count(*) FROM ledger').pluck().get() as number) : 0;
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
