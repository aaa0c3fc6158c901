import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { codePointsFilled, fillCodePointOffsets } from './code-points.js'
import * as schema from './schema.js'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

/**
 * The database or one of its transactions: what a read that may run inside a write takes, so that
 * it reads through the writing transaction (on a connection pool, `db` inside a transaction is
 * another connection, which does not see its uncommitted rows).
 */
export type Handle = Db | Parameters<Parameters<Db['transaction']>[0]>[0]

export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations')

/** Memory a connection may use to read: SQLite's page cache, and the part of the file mapped. */
export interface SqliteMemory {
  cacheMb: number
  mmapMb: number
}

/**
 * SQLite's defaults (a 2 MB page cache, every page read through a system call) suit small files;
 * a 1–2 GB database read at random by an API spends most of a query copying pages in. Mapped
 * pages are the operating system's page cache, shared by every connection and process. SQLite maps
 * at most 2 GB (its compile-time SQLITE_MAX_MMAP_SIZE); pages past it are cached per connection.
 */
export const DEFAULT_SQLITE_MEMORY: SqliteMemory = { cacheMb: 256, mmapMb: 2048 }

/**
 * Bytes a page, for the databases this creates (SQLite's default is 4096). The answers kept rendered
 * (an article ~12 KB, a page of 50 claims ~27 KB side by side in an index) then lie in one to
 * two pages instead of a page and an overflow chain of three to seven: at 100,000 articles, reads
 * of articles by id and deep claims pages measured 15–35 % faster. A database keeps the page size it
 * was created with; `npm run restore` writes its copy with this one.
 */
export const PAGE_SIZE = 16384

/**
 * Opens (creating if needed) a database file, or `:memory:`, with the pragmas every connection
 * needs, and applies pending migrations, then fills what a migration leaves to JavaScript (the
 * code-point offsets of rows written before 0009, src/db/code-points.ts) unless the file is marked
 * as filled already: only the opens until that fill has once completed look for rows to fill.
 * `trace` is called with the text of every SQL statement the connection runs, values bound
 * (better-sqlite3's `verbose`). The caller owns the returned handle and closes it.
 */
export function openDatabase(
  path: string,
  options: { migrate?: boolean; memory?: SqliteMemory; trace?: (sql: string) => void } = {},
): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true })
  const sqlite = new Database(path, options.trace ? { verbose: (sql) => options.trace!(String(sql)) } : {})
  // Takes effect only while the file is empty: before WAL mode writes its first page.
  sqlite.pragma(`page_size = ${PAGE_SIZE}`)
  // SQLite-specific: WAL lets readers run while one writer writes; busy_timeout makes a second
  // writer wait rather than fail with SQLITE_BUSY.
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  const memory = options.memory ?? DEFAULT_SQLITE_MEMORY
  sqlite.pragma(`cache_size = ${-Math.round(memory.cacheMb * 1024)}`)
  if (path !== ':memory:') sqlite.pragma(`mmap_size = ${Math.round(memory.mmapMb * 2 ** 20)}`)
  reusePreparedStatements(sqlite)
  const db = drizzle(sqlite, { schema }) as Db
  if (options.migrate !== false) migrateDatabase(db)
  return db
}

/** What migrating a database did: migrations applied now, rows given code-point offsets. */
export interface MigrationReport {
  migrationsApplied: number
  codePointsFilled: number
}

/**
 * Applies pending migrations to an open database (what openDatabase does unless `migrate: false`),
 * then migration 0009's data half, which SQL cannot compute, until it has once completed. Throws
 * when a migration or the fill fails; a failed migration's transaction leaves nothing applied.
 */
export function migrateDatabase(db: Db): MigrationReport {
  const applied = () =>
    db.$client.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").pluck().get()
      ? (db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number)
      : 0
  const before = applied()
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER })
  let filled = 0
  if (!codePointsFilled(db)) {
    const fill = fillCodePointOffsets(db)
    filled = fill.mentions + fill.claims
  }
  return { migrationsApplied: applied() - before, codePointsFilled: filled }
}

/**
 * `LIMIT ?` written `LIMIT +?`. SQLite (3.53) plans for the value bound to a bare `LIMIT ?`
 * (sqlite3ExprIsInteger marks it in the statement's expmask), so binding another value expires the
 * statement and its next run parses and plans it again; drizzle binds every limit it is given, a
 * number too. `+?` is an expression SQLite evaluates when the statement runs: the same rows, the
 * statement prepared once (counting 51 rows of the claims list index: 9.3 → 3.5 µs in process; deep
 * claims pages served 6,100–6,800 → 8,800–8,900 req/s).
 */
export function limitAtRunTime(sql: string): string {
  return sql.replace(/\b(limit) \?/gi, '$1 +?')
}

/** Prepared statements kept per connection, least recently used first out. */
const STATEMENT_CACHE = 1000

/**
 * Drizzle prepares every query it runs, each time: for the small queries of a read API, SQLite's
 * parsing and planning cost more than running them. The connection's `prepare` keeps the
 * statements it made, by SQL text, and hands the same one back (reset to return plain rows: a
 * caller may have switched it to raw or pluck mode). A statement still being iterated is busy
 * and not shared: the caller gets a fresh one. Whoever keeps a statement sets its mode on each use.
 */
function reusePreparedStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite) as (source: string) => Database.Statement
  const cache = new Map<string, Database.Statement>()
  sqlite.prepare = ((sql: string) => {
    const source = limitAtRunTime(sql)
    const cached = cache.get(source)
    if (cached && !cached.busy) {
      cache.delete(source)
      cache.set(source, cached)
      return cached.reader ? cached.pluck(false).expand(false).raw(false) : cached
    }
    const statement = prepare(source)
    if (!cached) {
      cache.set(source, statement)
      if (cache.size > STATEMENT_CACHE) cache.delete(cache.keys().next().value!)
    }
    return statement
  }) as typeof sqlite.prepare
}

/**
 * Gathers the query planner's statistics (ANALYZE) and keeps, of them, the rows per key of each
 * index (sqlite_stat1), not the sampled key values (sqlite_stat4). better-sqlite3 builds SQLite with
 * STAT4: with samples present, a statement whose plan could depend on a value bound to an indexed
 * column (`seq > ?`, `event_id = ?`) is parsed and planned again every time another value is bound
 * (as with `LIMIT ?` above). The key queries' plans do not depend on the values
 * (test/queries/plans.test.ts holds them on their indexes without any statistics).
 * Returns the seconds it took.
 */
export function analyze(db: Db): number {
  const t = performance.now()
  const sqlite = db.$client
  sqlite.transaction(() => {
    sqlite.exec('ANALYZE')
    sqlite.exec('DELETE FROM sqlite_stat4')
  })()
  // ANALYZE changes the schema's version: other connections reload the statistics at their next
  // statement, this one here.
  sqlite.exec('ANALYZE sqlite_schema')
  return (performance.now() - t) / 1000
}

export function closeDatabase(db: Db): void {
  const sqlite = db.$client
  if (!sqlite.open) return
  if (!sqlite.memory) sqlite.pragma('wal_checkpoint(TRUNCATE)')
  sqlite.close()
}
