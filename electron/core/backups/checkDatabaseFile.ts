import Database from '../../../shared/node/sqlite/database';

export type FileHealth = { ok: true } | { ok: false; problem: string };

/**
 * SQLite's quick_check on a database file opened read-only, so checking never changes it.
 * quick_check finds broken pages and b-trees in time proportional to the file; a changed value
 * inside a sound page is the hash chain's to find (verify-ledger), not this check's.
 */
export function checkDatabaseFile(file: string): FileHealth {
  let db: Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const results = db.pragma('quick_check(5)', { simple: false }) as Array<{ quick_check: string }>;
    const problems = results.map((row) => row.quick_check).filter((text) => text !== 'ok');
    return problems.length === 0 ? { ok: true } : { ok: false, problem: problems.join('; ') };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  } finally {
    db?.close();
  }
}
