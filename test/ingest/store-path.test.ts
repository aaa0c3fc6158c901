// The API's ingest (Ingestor.ingestOffThread, behind POST /v1/articles) reaches the database only
// through the store's ingest methods (issue 17): here its handle throws at any use, and its store is
// the real sqlite store over a real database, its calls counted.
import t from 'tap'
import type { Db } from '../../src/db/open.js'
import { Ingestor, type IngestStore } from '../../src/ingest/ingest.js'
import { ExtractionPool } from '../../src/ingest/pool.js'
import { SqliteStore } from '../../src/store/sqlite.js'
import { CROCUS, testDb } from '../helpers/app.js'

const untouchable = new Proxy({} as Db, {
  get: (_target, prop) => {
    throw new Error(`the ingest used the database handle (${String(prop)}) instead of the store`)
  },
})

/** The store's ingest methods, each call counted by name. */
function counted(store: IngestStore) {
  const calls: string[] = []
  const methods = ['articleByHash', 'resolveEvent', 'eventPlaces', 'registry', 'storeArticle'] as const
  const wrapped = Object.fromEntries(
    methods.map((m) => [m, (...args: unknown[]) => (calls.push(m), (store[m] as (...a: unknown[]) => unknown).apply(store, args))]),
  ) as unknown as IngestStore
  return { wrapped, calls }
}

const pool = new ExtractionPool({ maxThreads: 1 })
t.teardown(() => pool.close())
const budget = { budgetMs: 60_000, actor: 'tester' }

t.test('ingestOffThread: stores through the store, never the handle', async (t) => {
  const db = testDb(t)
  const store = SqliteStore.over(db)
  const { wrapped, calls } = counted(store)
  const ingestor = new Ingestor(untouchable, wrapped)
  // It names the seed's venue, so it is matched to the seed's event by place.
  const text = 'At least 12 people were killed in a fire at Crocus City Hall on Friday, officials said on Monday.'
  const stored = await ingestor.ingestOffThread({ text, title: 'Crocus toll rises', published_at: '2024-03-25' }, pool, budget)
  t.equal(stored.duplicate, false)
  t.equal(stored.eventId, CROCUS, 'matched to the event of the place it names')
  t.same(calls, ['articleByHash', 'registry', 'eventPlaces', 'storeArticle'])
  const article = (await store.getArticle(stored.id))!
  t.match(article, { title: 'Crocus toll rises', published_at: '2024-03-25', event: { id: CROCUS }, claims: [{ kind: 'count', value: 12 }] }, 'the article with its claims')
  t.match(await store.listAudit({ limit: 1 }), { items: [{ action: 'ingest', actor: 'tester', resource_id: stored.id }] }, 'audited')
  t.ok(db.$client.prepare("SELECT 1 FROM documents WHERE kind = 'article' AND id = ?").get(stored.id) === undefined, 'its answer is left to its first read, as before')

  calls.length = 0
  t.match(await ingestor.ingestOffThread({ text }, pool, budget), { id: stored.id, duplicate: true, extraction: null }, 'the same text: a duplicate')
  t.same(calls, ['articleByHash'], 'found by its hash, not extracted again')

  calls.length = 0
  const named = await ingestor.ingestOffThread({ text: 'Two people were injured in a fire in a market in Quetta, Pakistan, officials said.', event: CROCUS }, pool, budget)
  t.equal(named.eventId, CROCUS, 'an event named by the request')
  t.same(calls, ['articleByHash', 'resolveEvent', 'registry', 'resolveEvent', 'storeArticle'], 'the registry is loaded again after a stored article')

  calls.length = 0
  const statusOf = (p: Promise<unknown>) => p.then(() => 'stored', (err: { statusCode?: number; message: string }) => `${err.statusCode}: ${err.message}`)
  t.equal(await statusOf(ingestor.ingestOffThread({ text: 'Police said a bus crashed in Kandy.', event: 'no such event' }, pool, budget)), '400: event: no event has the id or name "no such event"')
  t.equal(await statusOf(ingestor.ingestOffThread({ text: 'Police said a bus crashed in Kandy.', published_at: '2024-02-30' }, pool, budget)), '400: published_at: "2024-02-30" is not a real date: February 2024 has 29 days')
  t.same(calls, ['articleByHash', 'resolveEvent'], 'refused before extraction, nothing stored')
})

t.test('ingestOffThread: each article is extracted against the registry the one before it left, loaded from the store', async (t) => {
  const db = testDb(t, { seed: false })
  const ingestor = new Ingestor(untouchable, SqliteStore.over(db))
  const first = 'Gunmen attacked a police station in Kandahar on Monday, killing four officers. The Kandahar Freedom Movement (KFM) claimed responsibility for the attack in a statement.'
  const second = 'The KFM said on Tuesday that it would carry out more attacks in the region, officials said.'
  const [a, b] = await Promise.all([ingestor.ingestOffThread({ text: first }, pool, budget), ingestor.ingestOffThread({ text: second }, pool, budget)])
  t.equal(a.extraction!.entities.find((e) => e.name === 'Kandahar Freedom Movement')?.id, null, 'new in the first article')
  t.equal(b.extraction!.entities.find((e) => e.aliases.includes('KFM'))?.id, 'kandahar-freedom-movement', 'known to the second by the alias the first taught')
})
