// The sqlite store (src/store/sqlite.ts): opening and migrating, the change token, and answers equal
// to byte to those of the functions it wraps.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { closeDatabase, openDatabase } from '../../src/db/open.js'
import { listClaimsJson } from '../../src/queries/claims.js'
import { readDocument } from '../../src/queries/documents.js'
import { claimBatches } from '../../src/queries/exports.js'
import { responsibilityBySource } from '../../src/queries/responsibility.js'
import { stats } from '../../src/queries/stats.js'
import { openStore, SqliteStore } from '../../src/store/sqlite.js'
import { CROCUS } from '../helpers/app.js'
import { readFileSync } from 'node:fs'

const MIGRATIONS = JSON.parse(readFileSync(join(import.meta.dirname, '../../migrations/meta/_journal.json'), 'utf8')).entries.length as number

t.test('openStore: a new file is migrated, seeded on demand, and a second open applies nothing', async (t) => {
  const path = join(t.testdir(), 'data', 'store.db')
  const store = openStore({ databasePath: path })
  t.equal(store.dialect, 'sqlite')
  t.throws(() => store.db, /not open/, 'no handle before open()')
  const report = await store.open()
  t.same(report, { dialect: 'sqlite', migrationsApplied: MIGRATIONS, codePointsFilled: 0, rehash: { rehashed: 0, merged: [] } })
  t.equal(await store.isEmpty(), true)
  t.same(await store.loadSeed(), { articles: 5, entities: (await store.stats()).entities, events: (await store.stats()).events })
  t.equal(await store.isEmpty(), false)
  await store.close()
  await store.close() // idempotent

  const again = openStore({ databasePath: path })
  t.match(await again.open(), { migrationsApplied: 0, codePointsFilled: 0 }, 'an up-to-date file: nothing applied')
  t.equal((await again.stats()).articles, 5, 'the rows are there')
  await again.close()
})

t.test('open() fails on a file that is not a database, and leaves no handle', async (t) => {
  const dir = t.testdir({ 'junk.db': 'this is not a SQLite database, only text long enough to have a header '.repeat(20) })
  const store = openStore({ databasePath: join(dir, 'junk.db') })
  await t.rejects(store.open(), /not a database/)
  t.throws(() => store.db, /not open/)
})

t.test('SqliteStore.over a caller’s handle: the same answers as the functions it wraps; close() leaves the handle open', async (t) => {
  const db = openDatabase(':memory:')
  t.teardown(() => closeDatabase(db))
  const store = SqliteStore.over(db)
  await store.loadSeed()
  const articleId = (await store.listArticles({ limit: 1 })).items[0]!.id
  t.same(await store.articleJson(articleId), readDocument(db, 'article', articleId), 'article bytes')
  t.equal(await store.articleJson('no-such-article'), undefined)
  t.same(await store.claimsPageJson({ kind: 'count', limit: 3 }), listClaimsJson(db, { kind: 'count', limit: 3 }), 'a claims page, bytes')
  t.same(await store.stats(), stats(db))
  const event = (await store.eventRef(CROCUS))!
  t.equal(event.id, CROCUS)
  t.equal(await store.eventRef('no-such-event'), undefined)
  t.same(await store.responsibility(event, { by: 'claimant', limit: 5 }), responsibilityBySource(db, event, { by: 'claimant', limit: 5 }))
  const batches: unknown[] = []
  for await (const batch of store.claimBatches({ kind: 'quote' })) batches.push(batch)
  t.same(batches, [...claimBatches(db, { kind: 'quote' })], 'claim batches, as an async iterable')
  t.ok(batches.length > 0)
  const statusOf = (p: Promise<unknown>) => p.then(() => 'resolved', (err: { statusCode?: number }) => err.statusCode)
  const firstBatch = async () => {
    for await (const _ of store.claimBatches({ q: '(' })) return _
  }
  t.equal(await statusOf(firstBatch()), 400, 'an unparsable q is a 400 at the first batch')
  t.equal(await statusOf(store.patchClaim('no-such-claim', { value: 3 }, 'editor')), 404, 'curation errors are the API’s')
  t.equal(await store.resolveEvent(CROCUS), CROCUS)
  t.equal(await store.resolveEvent('no such event'), undefined)
  t.ok((await store.eventPlaces()).some((e) => e.id === CROCUS && e.placeId), 'events with their places')
  await store.close()
  t.equal(db.$client.open, true, 'the caller’s handle stays open')
})

t.test('storeArticle: written once by content hash, audited, its answer rendered; the registry follows entity writes', async (t) => {
  const db = openDatabase(':memory:')
  t.teardown(() => closeDatabase(db))
  const store = SqliteStore.over(db)
  const text = 'Police said two men were arrested in Ghent, Belgium, on Friday.'
  const extraction = store.ingestor.extract({ text })
  const write = { text, title: 'Arrests', outlet: null, url: null, publishedAt: null, language: 'eng', eventId: null }
  const first = await store.storeArticle(write, extraction, { method: 'extracted', actor: 'tester' })
  t.equal(first.duplicate, false)
  t.ok(db.$client.prepare("SELECT 1 FROM documents WHERE kind = 'article' AND id = ?").get(first.id), 'its answer is kept')
  t.match(await store.listAudit({ limit: 1 }), { items: [{ actor: 'tester', action: 'ingest', resource: 'article', resource_id: first.id }] })
  t.same(await store.storeArticle(write, extraction, { method: 'extracted', actor: 'tester' }), { id: first.id, duplicate: true }, 'the same text again: nothing written')
  t.same(await store.articleByHash((await store.getArticle(first.id))!.content_hash), { id: first.id, eventId: null })
  const unrendered = await store.storeArticle({ ...write, text: `${text} Both were charged.` }, store.ingestor.extract({ text: `${text} Both were charged.` }), { method: 'extracted', actor: 'tester', render: false })
  t.notOk(db.$client.prepare("SELECT 1 FROM documents WHERE kind = 'article' AND id = ?").get(unrendered.id), 'render: false keeps no answer')

  const before = store.ingestor.registry
  const id = await store.upsertEntity({ name: 'Ghent Police Zone', kind: 'group', aliases: ['PZ Gent'] })
  t.not(store.ingestor.registry, before, 'an entity write reloads the registry')
  t.ok(store.ingestor.registry.entities.some((e) => e.id === id && e.aliases.includes('PZ Gent')))
  const reloaded = store.ingestor.registry
  await store.addAlias(id, 'Gent police', 'editor')
  t.ok(store.ingestor.registry !== reloaded && store.ingestor.registry.entities.find((e) => e.id === id)!.aliases.includes('Gent police'), 'and so does a curation of aliases')
})

t.test('changeToken: changes after a write by this connection or another, not after a read', async (t) => {
  const path = join(t.testdir(), 'token.db')
  const store = openStore({ databasePath: path })
  await store.open()
  t.teardown(() => store.close())
  await store.loadSeed()
  const first = (await store.listArticles({ limit: 1 })).items[0]!.id
  // The first read of an answer not kept renders and keeps it: a row written, but no change of the
  // data, so the token stays (else every first read of an article would make every ETag stale).
  const t00 = await store.changeToken()
  await store.articleJson(first)
  t.equal(await store.changeToken(), t00, 'keeping a rendered answer changes no answer: the token stays')
  const t0 = await store.changeToken()
  await store.stats()
  await store.articleJson(first)
  await store.claimsPageJson({ limit: 5 })
  t.equal(await store.changeToken(), t0, 'reads change nothing')
  const created = await store.createEvent({ name: 'A flood in Sylhet', date: '2026-06-01', place: null, parent: null, description: null }, 'editor')
  const t1 = await store.changeToken()
  t.not(t1, t0, 'a write through the store')
  const other = new Database(path)
  other.prepare('UPDATE events SET description = ? WHERE id = ?').run('monsoon', created.id)
  other.close()
  t.not(await store.changeToken(), t1, 'a write by another connection')
})
