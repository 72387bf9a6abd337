import Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';

interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

const normalize = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

function objects(db: Db): Map<string, string> {
  const rows = db
    .prepare<[], SchemaObject>("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all();
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, normalize(r.sql)]));
}

/**
 * What differs between a restored database's schema and the schema its version's migrations make:
 * a missing or altered trigger (the audit trail's guards), an extra view, table or index. Compared on
 * the SQL text SQLite stores, whitespace folded. Empty when they match.
 */
export function schemaDifferences(db: Db, version: number): string[] {
  const reference = new Database(':memory:');
  try {
    migrate(reference, { migrations: migrations.filter((m) => m.version <= version), backupPath: () => ':memory:' });
    const expected = objects(reference);
    const found = objects(db);
    const differences: string[] = [];
    for (const [name, sql] of expected) {
      const actual = found.get(name);
      if (actual === undefined) differences.push(`missing ${name}`);
      else if (actual !== sql) differences.push(`altered ${name}`);
    }
    for (const name of found.keys()) if (!expected.has(name)) differences.push(`extra ${name}`);
    return differences;
  } finally {
    reference.close();
  }
}
