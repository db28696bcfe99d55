import type Database from 'better-sqlite3';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Rebuilds `table` from a new CREATE TABLE statement, for what SQLite cannot alter in place (a
 * CHECK, a column's constraints). `define` is given the table's stored CREATE statement and
 * returns the new one, so a step states only what it changes and never re-types the rest.
 *
 * The table is renamed aside, created anew, every row copied with its rowid (an FTS index or
 * another table may key on it; a WITHOUT ROWID definition has none to keep), the old one dropped, and its indexes and triggers re-created
 * from their stored definitions after the copy, so copying fires none of them. Columns the new
 * definition adds take their DEFAULT. Runs inside a migration's transaction: any failure leaves
 * the database as it was.
 */
export function rebuildTable(db: Database.Database, table: string, define: (current: string) => string): void {
  if (!db.inTransaction) throw new Error(`Rebuilding ${table} must run inside a migration's transaction.`);
  const current = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) as string | undefined;
  if (current === undefined) throw new Error(`There is no table ${table} to rebuild.`);
  const definition = define(current);
  if (definition === current) throw new Error(`The new definition of ${table} is the same as the current one: nothing to rebuild.`);
  // With foreign keys on, renaming a table rewrites other tables' references to the old name,
  // which the drop then leaves pointing at nothing, with no error from foreign_key_check.
  const referencing = db
    .prepare(
      'SELECT DISTINCT m.name FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS f WHERE m.type = \'table\' AND m.name <> @table AND f."table" = @table COLLATE NOCASE',
    )
    .pluck()
    .all({ table }) as string[];
  if (referencing.length > 0) throw new Error(`Cannot rebuild ${table}: ${referencing.join(', ')} reference it by foreign key.`);

  const dependents = db
    .prepare("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")
    .pluck()
    .all(table) as string[];
  const keepsRowid = !/\bWITHOUT\s+ROWID\b/i.test(definition);
  const names = (db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[]).map(quote);
  const columns = (keepsRowid ? ['rowid', ...names] : names).join(', ');
  const aside = quote(`${table}_before_rebuild`);
  // Legacy renaming leaves other tables' triggers and views naming the table alone; they must reach the new one.
  const legacy = db.pragma('legacy_alter_table', { simple: true }) as number;
  db.pragma('legacy_alter_table = ON');
  try {
    db.exec(`ALTER TABLE ${quote(table)} RENAME TO ${aside}`);
    db.exec(definition);
    db.exec(`INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM ${aside}`);
    db.exec(`DROP TABLE ${aside}`);
    for (const sql of dependents) db.exec(sql);
  } finally {
    db.pragma(`legacy_alter_table = ${legacy}`);
  }
  const broken = db.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) throw new Error(`The rebuilt ${table} has ${broken.length} broken references; the database was not changed.`);
}
