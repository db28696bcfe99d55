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

export type FileHeader = { ok: true; version: number } | { ok: false; problem: string };

/**
 * What start-up reads before it opens the ledger, in time that does not grow with the ledger:
 * whether the file opens as a database with a readable schema, and the schema version it is at.
 */
export function readDatabaseHeader(file: string): FileHeader {
  let db: Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    return { ok: true, version: db.pragma('user_version', { simple: true }) as number };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  } finally {
    db?.close();
  }
}
