import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import type { ApiKey } from '../../src/config.js'
import { closeDatabase, openDatabase, type Db } from '../../src/db/open.js'
import { loadSeed } from '../../seed/loader.js'

export const KEYS: ApiKey[] = [
  { name: 'editor', key: 'editor-key-0123456789' },
  { name: 'robot', key: 'robot-key-0123456789' },
]
export const AUTH = { authorization: `Bearer ${KEYS[0]!.key}` }

interface Tap {
  teardown(fn: () => unknown): void
}

/** A fresh in-memory database, migrated and (unless told otherwise) seeded, closed after the test. */
export function testDb(t: Tap, options: { seed?: boolean } = {}): Db {
  const db = openDatabase(':memory:')
  if (options.seed !== false) loadSeed(db)
  t.teardown(() => closeDatabase(db))
  return db
}

/** The real app over a fresh database; requests go through app.inject. */
export async function testApp(t: Tap, options: { seed?: boolean; bodyLimit?: number } = {}): Promise<{ app: FastifyInstance; db: Db }> {
  const db = testDb(t, options)
  const app = await buildApp({ db, keys: KEYS, bodyLimit: options.bodyLimit })
  t.teardown(() => app.close())
  return { app, db }
}

/** GET a JSON path and return status and parsed body. */
export async function getJson(app: FastifyInstance, url: string) {
  const res = await app.inject({ method: 'GET', url })
  return { status: res.statusCode, body: res.json() }
}

export const CROCUS = 'crocus-city-hall-attack'
