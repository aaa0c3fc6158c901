import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as schema from './schema.js'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations')

/**
 * Opens (creating if needed) a database file, or `:memory:`, with the pragmas every connection
 * needs, and applies pending migrations. The caller owns the returned handle and closes it.
 */
export function openDatabase(path: string, options: { migrate?: boolean } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true })
  const sqlite = new Database(path)
  // SQLite-specific: WAL lets readers run while one writer writes; busy_timeout makes a second
  // writer wait rather than fail with SQLITE_BUSY.
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  const db = drizzle(sqlite, { schema }) as Db
  if (options.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS_FOLDER })
  return db
}

export function closeDatabase(db: Db): void {
  const sqlite = db.$client
  if (!sqlite.open) return
  if (!sqlite.memory) sqlite.pragma('wal_checkpoint(TRUNCATE)')
  sqlite.close()
}
