// The two drivers the postgres store (./postgres.ts) runs on, each one small factory: node-postgres
// (`pg`, a Pool: production, DATABASE_URL) and PGlite (PostgreSQL compiled to WebAssembly, in
// process: the tests). Both give a drizzle PostgreSQL database over src/db/pg/schema.ts and apply
// migrations-pg/ with drizzle's migrator for that driver.
import { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres'
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import pg from 'pg'
import { PG_MIGRATIONS_FOLDER } from '../db/pg/migrate.js'
import * as schema from '../db/pg/schema.js'
import type { PgConnection, PgDb } from './postgres.js'

/** A URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return '(an unparsable URL)'
  }
}

export interface PoolOptions {
  /** Connections at most (default 10). */
  max?: number
  /** Milliseconds to wait for a connection to open before failing (default 5,000). */
  connectionTimeoutMs?: number
}

/**
 * A node-postgres Pool on `url` (postgres://user:pass@host:5432/db). Nothing connects until the
 * first query (the store's open()); an error of an idle connection (the server restarted) is
 * dropped with the connection rather than crashing the process.
 */
export function pgPoolConnection(url: string, { max = 10, connectionTimeoutMs = 5000 }: PoolOptions = {}): PgConnection {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: connectionTimeoutMs })
  pool.on('error', () => {})
  const db = drizzleNodePg(pool, { schema }) as unknown as PgDb
  let ended = false
  return {
    db,
    label: redactUrl(url),
    migrate: () => migrateNodePg(drizzleNodePg(pool, { schema }), { migrationsFolder: PG_MIGRATIONS_FOLDER }),
    end: async () => {
      if (ended) return
      ended = true
      await pool.end()
    },
  }
}

/** PGlite in memory (or a PGlite the caller made): the tests' PostgreSQL, no server needed. */
export function pgliteConnection(client: PGlite = new PGlite()): PgConnection {
  const db = drizzlePglite(client, { schema })
  return {
    db: db as unknown as PgDb,
    label: 'PGlite',
    migrate: () => migratePglite(db, { migrationsFolder: PG_MIGRATIONS_FOLDER }),
    end: async () => {
      if (!client.closed) await client.close()
    },
  }
}
