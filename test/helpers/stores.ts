// The app and the store on either implementation (issue 17): the sqlite store over an in-memory
// database, or the postgres store on PGlite (PostgreSQL compiled to WebAssembly, in process, no
// server), migrated and (unless told otherwise) seeded through store.loadSeed. Tests that run on
// both loop over STORES.
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import { openDatabase, closeDatabase } from '../../src/db/open.js'
import { pgliteConnection, pgPoolConnection } from '../../src/store/pg-connection.js'
import { PostgresStore } from '../../src/store/postgres.js'
import { SqliteStore } from '../../src/store/sqlite.js'
import type { Dialect } from '../../src/store/types.js'
import { KEYS } from './app.js'
import type { PgTestServer } from './pg-server.js'

export const STORES: Dialect[] = ['sqlite', 'postgres']

interface Tap {
  teardown(fn: () => unknown): void
}

export type AnyStore = SqliteStore | PostgresStore

export interface StoreOptions {
  seed?: boolean
  /**
   * postgres only: a new database on this real server (test/helpers/pg-server.ts), its default
   * collation ICU's en-US where the server has ICU, over a node-postgres pool; PGlite without it.
   */
  server?: PgTestServer
}

/** A fresh store of this dialect, opened, seeded unless `seed: false`, closed after the test. */
export async function testStore(t: Tap, dialect: Dialect, options: StoreOptions = {}): Promise<AnyStore> {
  let store: AnyStore
  if (dialect === 'sqlite') {
    const db = openDatabase(':memory:')
    t.teardown(() => closeDatabase(db))
    store = SqliteStore.over(db)
  } else {
    store = new PostgresStore(options.server ? pgPoolConnection(await options.server.createDatabase(t, { icu: true })) : pgliteConnection())
    await store.open()
    t.teardown(() => store.close())
  }
  if (options.seed !== false) await store.loadSeed()
  return store
}

/** The real app over a fresh store of this dialect; requests go through app.inject. */
export async function testAppOn(
  t: Tap,
  dialect: Dialect,
  options: StoreOptions & { bodyLimit?: number; cacheBytes?: number; cacheMinUses?: number } = {},
): Promise<{ app: FastifyInstance; store: AnyStore }> {
  const store = await testStore(t, dialect, options)
  const app = await buildApp({ store, keys: KEYS, bodyLimit: options.bodyLimit, cacheBytes: options.cacheBytes, cacheMinUses: options.cacheMinUses })
  t.teardown(() => app.close())
  return { app, store }
}
