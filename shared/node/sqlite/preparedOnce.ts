import type BetterSqlite3 from 'better-sqlite3';

const byConnection = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * The statement for `sql` on this connection, compiled the first time it is asked for and kept
 * while the connection lives: a function called on every payment then pays for SQLite's parser
 * once, not each time. A plucked statement is kept apart from a plain one of the same text, since
 * plucking is a setting of the statement. A closed connection's statements go with it.
 */
export function preparedOnce(db: BetterSqlite3.Database, sql: string, options: { pluck?: boolean } = {}): BetterSqlite3.Statement {
  let statements = byConnection.get(db);
  if (!statements) {
    statements = new Map();
    byConnection.set(db, statements);
  }
  const key = options.pluck ? `pluck ${sql}` : sql;
  let statement = statements.get(key);
  if (!statement) {
    statement = options.pluck ? db.prepare(sql).pluck() : db.prepare(sql);
    statements.set(key, statement);
  }
  return statement;
}
