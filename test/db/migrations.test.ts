import { join } from 'node:path'
import t from 'tap'
import { closeDatabase, DEFAULT_SQLITE_MEMORY, openDatabase } from '../../src/db/open.js'
import { loadSeed } from '../../seed/loader.js'
import { buildApp } from '../../src/app.js'
import { contentHashOf, sha256 } from '../../src/ingest/ids.js'
import { rehashArticles } from '../../src/ingest/rehash.js'
import { AUTH, KEYS } from '../helpers/app.js'
import { databaseBefore } from '../helpers/migrations.js'

t.test('a database made with the first migration keeps every row through the current set', async (t) => {
  const dir = t.testdir({})
  // The first migration set: only 0000, as the journal then listed it.
  const { path, db: old } = databaseBefore(dir, '0001')
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

t.test('migration 0008 hashes existing articles over their reader form, and reports and merges the duplicates', async (t) => {
  const dir = t.testdir({})
  // The migration set before 0008, as a database made then was migrated.
  const { path, db: old } = databaseBefore(dir, '0008')
  t.notOk((old.$client.pragma('table_info(articles)') as { name: string }[]).some((c) => c.name === 'hash_version'))

  // Three articles as the code of that time stored them (content_hash = SHA-256 of the text as
  // stored): the same story twice, posted with different whitespace, the second one curated; and
  // another story.
  const story = 'At least 14 people were killed when a fuel tanker exploded near Lokoja, Nigeria, on Sunday, officials said.\n\nThe tanker overturned on the highway.'
  const texts = { plain: story, messy: `   ${story.replace('\n\n', '\n\n\n\n')}  `, other: 'Floods killed 9 people in Sylhet, Bangladesh, on Monday, officials said.', spaced: 'A fire in a warehouse in Rotterdam injured  six workers on Tuesday, the fire brigade said.' }
  const insertArticle = old.$client.prepare(
    'INSERT INTO articles (id, title, outlet, url, published_at, language, text, content_hash, word_count, event_id, ingested_at) VALUES (?, ?, NULL, NULL, NULL, ?, ?, ?, ?, NULL, ?)',
  )
  const insertClaim = old.$client.prepare(
    "INSERT INTO claims (id, article_id, event_id, kind, claimant_id, target_id, stance, metric, value, qualifier, quote, evidence_text, evidence_start, evidence_end, method, confidence, created_at) VALUES (?, ?, NULL, 'count', NULL, NULL, NULL, 'killed', 14, 'at_least', NULL, ?, ?, ?, ?, 1, ?)",
  )
  const ids: Record<string, string> = {}
  for (const [name, text] of Object.entries(texts)) {
    const hash = sha256(text)
    ids[name] = hash.slice(0, 16)
    insertArticle.run(ids[name], name, 'eng', text, hash, text.split(/\s+/).filter(Boolean).length, '2026-01-01T00:00:00Z')
    const start = text.indexOf('At least 14 people were killed')
    if (start >= 0) {
      insertClaim.run(`c-${name}`, ids[name], 'At least 14 people were killed', start, start + 30, name === 'messy' ? 'curated' : 'extracted', '2026-01-01T00:00:00Z')
    }
  }
  closeDatabase(old)

  const upgraded = openDatabase(path) // applies 0008
  t.teardown(() => closeDatabase(upgraded))
  const rows = () => upgraded.$client.prepare('SELECT id, content_hash, hash_version FROM articles ORDER BY seq').all() as { id: string; content_hash: string; hash_version: number }[]
  t.same(rows().map((r) => r.hash_version), [0, 0, 0, 0], 'rows made before 0008 are marked as hashed the old way')

  // Before the rows are hashed again (a seed or a script run before the server's first start), the
  // same text is still known, by its id.
  const early = await buildApp({ db: upgraded, keys: KEYS })
  const same = await early.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: texts.spaced } })
  await early.close()
  t.same({ status: same.statusCode, id: same.json().id, duplicate: same.json().duplicate }, { status: 200, id: ids.spaced, duplicate: true })

  const report = rehashArticles(upgraded)
  t.same(report, { rehashed: 4, merged: [{ kept: ids.messy, removed: ids.plain, title: 'plain' }] }, 'the duplicate is reported, merged into the curated one')
  t.same(rows(), [
    { id: ids.messy, content_hash: contentHashOf(story), hash_version: 1 },
    { id: ids.other, content_hash: sha256(texts.other), hash_version: 1 },
    { id: ids.spaced, content_hash: contentHashOf(texts.spaced), hash_version: 1 },
  ])
  t.equal((upgraded.$client.prepare('SELECT count(*) n FROM claims WHERE article_id = ?').get(ids.plain) as { n: number }).n, 0, 'the removed article takes its rows with it')
  const audit = upgraded.$client.prepare("SELECT actor, action, resource, resource_id, after FROM audit WHERE action = 'merge-duplicate'").all()
  t.same(audit, [{ actor: 'migration 0008', action: 'merge-duplicate', resource: 'article', resource_id: ids.plain, after: JSON.stringify({ merged_into: ids.messy, content_hash: contentHashOf(story) }) }])
  t.same(rehashArticles(upgraded), { rehashed: 0, merged: [] }, 'a second start finds nothing to do')

  // The same story posted now is the article kept.
  const app = await buildApp({ db: upgraded, keys: KEYS })
  t.teardown(() => app.close())
  const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: story } })
  t.same({ status: res.statusCode, id: res.json().id, duplicate: res.json().duplicate }, { status: 200, id: ids.messy, duplicate: true })
})
