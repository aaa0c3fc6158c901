import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { closeDatabase, openDatabase } from '../../src/db/open.js'
import { documentDrift, readDocument, renderDocument, type DocumentKind } from '../../src/queries/documents.js'
import { loadSeed, readSeed } from '../../seed/loader.js'
import { AUTH, CROCUS, testApp } from '../helpers/app.js'

// claim_docs and documents (migrations/0005_documents.sql) keep rendered answers; after every kind
// of write the API and the database allow, each must equal what rendering now gives.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'articles')

t.test('kept renderings stay equal to rendering now through every kind of write', async (t) => {
  const { app, db } = await testApp(t)
  const sqlite = db.$client
  const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n
  const ids = (kind: DocumentKind) => sqlite.prepare(`SELECT id FROM ${kind === 'article' ? 'articles' : 'entities'}`).pluck().all() as string[]
  // Every document is kept before each write, so that a trigger that misses one shows as drift.
  const keepAll = () => {
    for (const kind of ['article', 'entity'] as const) for (const id of ids(kind)) readDocument(db, kind, id)
    t.equal(count('SELECT count(*) n FROM documents'), ids('article').length + ids('entity').length, 'every document kept')
  }
  const same = (step: string) => t.same(documentDrift(db), [], `in step after ${step}`)
  const send = async (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) => {
    keepAll()
    const res = await app.inject({ method, url, headers: AUTH, ...(payload ? { payload } : {}) })
    t.ok(res.statusCode < 300, `${method} ${url} → ${res.statusCode} ${res.statusCode >= 300 ? res.body : ''}`)
    return res.json()
  }

  same('the seed')
  t.equal(count('SELECT count(*) n FROM claim_docs'), count('SELECT count(*) n FROM claims'), 'a kept rendering per claim')
  keepAll()
  same('keeping every document')

  const posted: string[] = []
  for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()) {
    posted.push((await send('POST', '/v1/articles', { text: readFileSync(join(FIXTURES, f), 'utf8') })).id)
  }
  same('ingesting the fixture articles')
  t.ok(
    sqlite.prepare("SELECT 1 FROM documents WHERE kind = 'article' AND id = ?").get(posted.at(-1)),
    'an ingested article is kept rendered by its ingest',
  )

  const claims = sqlite.prepare('SELECT id, kind FROM claims ORDER BY seq').all() as { id: string; kind: string }[]
  const resp = claims.filter((c) => c.kind === 'responsibility')
  await send('PATCH', `/v1/claims/${claims.find((c) => c.kind === 'count')!.id}`, { value: 999, qualifier: 'about' })
  same('correcting a figure')
  await send('PATCH', `/v1/claims/${resp[0]!.id}`, { stance: 'denies', target: 'russia' })
  same('moving a claim to another target')
  await send('PATCH', `/v1/claims/${resp[1]!.id}`, { claimant: null })
  same('removing a claimant')
  await send('DELETE', `/v1/claims/${resp[2]!.id}`)
  same('deleting a claim')

  await send('PATCH', '/v1/entities/vladimir-putin', { name: 'Vladimir V. Putin' })
  same('renaming an entity')
  await send('PATCH', '/v1/entities/islamic-state', { parent: 'russia' })
  same('giving an entity a parent')
  await send('PATCH', '/v1/entities/russia', { name: 'Russian Federation' })
  same('renaming a parent')
  await send('POST', '/v1/entities/ukraine/aliases', { alias: 'Ukraina' })
  same('adding an alias')
  await send('POST', '/v1/entities/white-house/merge', { into: 'united-states' })
  same('a merge')

  await send('PATCH', `/v1/events/${CROCUS}`, { name: 'Crocus City Hall massacre' })
  same('renaming an event')
  const event = await send('POST', '/v1/events', { name: 'A second event' })
  await send('PUT', `/v1/articles/${posted[0]}/event`, { event: event.id })
  await send('PUT', `/v1/articles/${posted[1]}/event`, { event: null })
  same('moving articles between events')
  await send('DELETE', `/v1/articles/${posted[2]}`)
  same('deleting an article')

  // What only the database does: cascades from deleting an entity and an event, an edited title.
  keepAll()
  sqlite.prepare("DELETE FROM entities WHERE id = 'ukraine'").run()
  same('deleting an entity')
  keepAll()
  sqlite.prepare('DELETE FROM events WHERE id = ?').run(CROCUS)
  same('deleting an event')
  keepAll()
  sqlite.prepare("UPDATE articles SET title = 'Edited', outlet = 'Elsewhere' WHERE id = ?").run(posted[3])
  same('editing an article row')

  // And the check sees a rendering that drifted.
  sqlite.prepare("UPDATE documents SET body = '{}' WHERE rowid = (SELECT min(rowid) FROM documents)").run()
  sqlite.prepare("UPDATE claim_docs SET body = '{}' WHERE seq = (SELECT min(seq) FROM claim_docs)").run()
  t.equal(documentDrift(db).length, 2, 'drifted renderings are found')
})

t.test('the per-id reads answer from the kept document, byte for byte what rendering gives', async (t) => {
  const { app, db } = await testApp(t)
  const sqlite = db.$client
  for (const [kind, url] of [['article', '/v1/articles/'], ['entity', '/v1/entities/']] as const) {
    const id = kind === 'article' ? (sqlite.prepare('SELECT id FROM articles LIMIT 1').pluck().get() as string) : 'vladimir-putin'
    sqlite.prepare('DELETE FROM documents').run()
    const first = await app.inject({ url: url + id })
    t.equal(first.statusCode, 200)
    t.match(first.headers['content-type'], /^application\/json; charset=utf-8/)
    t.equal(first.body, renderDocument(db, kind, id), `${kind}: the answer is the rendering`)
    t.equal(sqlite.prepare('SELECT body FROM documents WHERE kind = ? AND id = ?').pluck().get(kind, id), first.body, `${kind}: kept by its first read`)
    // What a read writes is the kept row: change it and the next read says so.
    sqlite.prepare("UPDATE documents SET body = '{\"kept\":true}' WHERE kind = ? AND id = ?").run(kind, id)
    t.equal((await app.inject({ url: `${url}${id}?again` })).body, '{"kept":true}', `${kind}: later reads are the kept row`)
    t.equal((await app.inject({ url: `${url}no-such-id` })).statusCode, 404, `${kind}: 404 for an unknown id`)
  }
  t.equal(sqlite.prepare("SELECT count(*) FROM documents WHERE id = 'no-such-id'").pluck().get(), 0, 'nothing kept for an unknown id')
})

t.test('a read renders without keeping when another connection holds the write lock, or inside a transaction', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newsclaims-documents-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const path = join(dir, 'db.sqlite')
  const db = openDatabase(path)
  t.teardown(() => closeDatabase(db))
  loadSeed(db, readSeed())
  const id = 'vladimir-putin'
  const kept = () => db.$client.prepare("SELECT count(*) FROM documents WHERE kind = 'entity' AND id = ?").pluck().get(id)

  db.$client.pragma('busy_timeout = 60000')
  const other = new Database(path)
  other.exec('BEGIN IMMEDIATE')
  const t0 = performance.now()
  t.equal(readDocument(db, 'entity', id)?.toString(), renderDocument(db, 'entity', id), 'answered while another connection writes')
  t.ok(performance.now() - t0 < 30_000, 'without waiting out the busy timeout (60 s)')
  t.equal(kept(), 0, 'not kept')
  t.equal(db.$client.pragma('busy_timeout', { simple: true }), 60000, 'the busy timeout is set back')
  other.exec('ROLLBACK')
  other.close()

  db.transaction(() => t.equal(readDocument(db, 'entity', id)?.toString(), renderDocument(db, 'entity', id), 'answered inside a transaction'))
  t.equal(kept(), 0, 'not kept from inside a transaction')
  readDocument(db, 'entity', id)
  t.equal(kept(), 1, 'kept once the database is free')
})
