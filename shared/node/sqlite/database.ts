import BetterSqlite3 from 'better-sqlite3';

/**
 * The one better-sqlite3 every ledger, backup and check opens through. Under Node it loads the
 * package's own build; Electron main first names its own build (a different ABI), kept apart in
 * native/electron, and every connection in this thread then loads that one. A worker thread has
 * its own copy of this module, so main passes the path on to it.
 */
let nativeBinding: string | undefined;

export function useSqliteBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** The build this thread's connections load; undefined for the package's own (Node's). */
export function sqliteBinding(): string | undefined {
  return nativeBinding;
}

export default class Database extends BetterSqlite3 {
  constructor(file: string, options: BetterSqlite3.Options = {}) {
    super(file, nativeBinding === undefined ? options : { ...options, nativeBinding });
  }
}
