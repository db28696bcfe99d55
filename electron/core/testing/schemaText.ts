import type { Db } from '../../../shared/node/sqlite/openDatabase';

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * sqlite_master as text, in the order SQLite stores it, with each definition exactly as stored:
 * two databases with the same text have the same schema. Automatic indexes have no definition.
 */
export function schemaText(db: Db): string {
  return (db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid').all() as SchemaObject[])
    .map(({ type, name, tbl_name, sql }) => (sql === null ? `-- ${type} ${name} on ${tbl_name}, made by SQLite\n` : `-- ${type} ${name} on ${tbl_name}\n${sql};\n`))
    .join('\n');
}
