import { fillPlaceholders } from 'drizzle-orm'
import type { Db, Handle } from './open.js'

const kept = new WeakMap<Handle, Map<string, unknown>>()

/**
 * A drizzle query prepared once per connection and kept under a name. Drizzle builds the SQL of a
 * query every time it runs (~0.1–0.3 ms for a select with joins, more than running it on an index);
 * a prepared query takes its values as placeholders (`sql.placeholder('id')`). The name must say
 * everything that changes the SQL (e.g. which filters a list uses), never a value.
 */
export function prepared<T>(db: Handle, name: string, build: () => T): T {
  let queries = kept.get(db)
  if (!queries) kept.set(db, (queries = new Map()))
  let query = queries.get(name) as T | undefined
  if (query === undefined) {
    query = build()
    queries.set(name, query)
  }
  return query
}

/**
 * A drizzle query's SQL as a better-sqlite3 statement that returns rows as arrays of what SQLite
 * gives, values by placeholder name: for hot paths where drizzle's row mapping (an object per row,
 * a decoder per field) costs more than the query itself.
 */
export function preparedRaw(db: Db, name: string, build: () => { toSQL(): { sql: string; params: unknown[] } }) {
  return prepared(db, `raw:${name}`, () => {
    const { sql, params } = build().toSQL()
    const statement = db.$client.prepare(sql)
    // Statements are shared by SQL text (db/open.ts): the mode is set on each use.
    return { all: (values: Record<string, unknown>) => statement.raw(true).all(fillPlaceholders(params, values)) as unknown[][] }
  })
}
