import type Database from 'better-sqlite3';

// Hot queries run as statements prepared once per connection: drizzle's ad-hoc builders cost
// up to 18x on point lookups (QUALITY.md), and re-preparing SQL on every call is waste.
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(sqlite: Database.Database, sql: string): Database.Statement {
  let perDb = cache.get(sqlite);
  if (!perDb) {
    perDb = new Map();
    cache.set(sqlite, perDb);
  }
  let stmt = perDb.get(sql);
  if (!stmt) {
    stmt = sqlite.prepare(sql);
    perDb.set(sql, stmt);
  }
  return stmt;
}
