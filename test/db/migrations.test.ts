import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import t from 'tap'
import { closeDatabase, DEFAULT_SQLITE_MEMORY, MIGRATIONS_FOLDER, openDatabase } from '../../src/db/open.js'
import { loadSeed } from '../../seed/loader.js'

t.test('a database made with the first migration keeps every row through the current set', async (t) => {
  const dir = t.testdir({})
  // The first migration set: only 0000, as the journal then listed it.
  const first = join(dir, 'migrations')
  cpSync(MIGRATIONS_FOLDER, first, { recursive: true })
  const journalPath = join(first, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'))
  t.ok(journal.entries.length > 1, 'there are later migrations to apply')
  journal.entries = journal.entries.slice(0, 1)
  writeFileSync(journalPath, JSON.stringify(journal))

  const path = join(dir, 'old.db')
  const old = openDatabase(path, { migrate: false })
  migrate(old, { migrationsFolder: first })
  // The seed as the current loader writes it, copied into the old schema's columns: what a database
  // of that time held (its rows refer to each other both ways, so foreign keys wait for the copy).
  const TABLES = ['events', 'entities', 'entity_aliases', 'articles', 'mentions', 'claims']
  const columnsOf = (db: typeof old, table: string) => (db.$client.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name)
  const current = openDatabase(':memory:')
  loadSeed(current)
  old.$client.pragma('foreign_keys = OFF')
  for (const table of TABLES) {
    const columns = columnsOf(old, table).join(', ')
    const insert = old.$client.prepare(`INSERT INTO ${table} (${columns}) VALUES (${columnsOf(old, table).map(() => '?').join(', ')})`)
    for (const row of current.$client.prepare(`SELECT ${columns} FROM ${table} ORDER BY seq`).raw().all()) insert.run(row as unknown[])
  }
  closeDatabase(current)
  old.$client.pragma('foreign_keys = ON')
  t.same(old.$client.pragma('foreign_key_check'), [], 'the copy keeps its references')
  const oldColumns = Object.fromEntries(TABLES.map((table) => [table, columnsOf(old, table).join(', ')]))
  const snapshot = (db: typeof old) =>
    Object.fromEntries(TABLES.map((table) => [table, db.$client.prepare(`SELECT ${oldColumns[table]} FROM ${table} ORDER BY seq`).all()]))
  const before = snapshot(old)
  t.ok(before.claims!.length > 50, 'the seed is in the old database')
  t.notOk(old.$client.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").get(), 'no search index yet')
  closeDatabase(old)

  const upgraded = openDatabase(path) // applies the current set
  t.teardown(() => closeDatabase(upgraded))
  t.same(snapshot(upgraded), before, 'every row intact')
  t.equal(upgraded.$client.pragma('integrity_check', { simple: true }), 'ok')
  const found = upgraded.$client.prepare("SELECT count(*) n FROM articles_fts WHERE articles_fts MATCH 'Beslan'").get() as { n: number }
  t.equal(found.n, 1, 'existing articles were indexed for search')
})

t.test('a file connection gets its page cache and memory map; :memory: its page cache', async (t) => {
  const dir = t.testdir({})
  const file = openDatabase(join(dir, 'memory.db'), { memory: { cacheMb: 8, mmapMb: 16 } })
  t.teardown(() => closeDatabase(file))
  t.equal(file.$client.pragma('cache_size', { simple: true }), -8192, 'cache_size in KiB')
  t.equal(file.$client.pragma('mmap_size', { simple: true }), 16 * 2 ** 20, 'mmap_size in bytes')
  const mem = openDatabase(':memory:')
  t.teardown(() => closeDatabase(mem))
  t.equal(mem.$client.pragma('cache_size', { simple: true }), -DEFAULT_SQLITE_MEMORY.cacheMb * 1024, 'the default page cache')
})
