// The read cache on the store's change token (issue 17; src/plugins/cache.ts): on either store an
// answer is served again, and its ETag validated, only while no write was committed — by this app,
// by a second store object on the same database (SQLite: a second connection to the file; PostgreSQL:
// a second pool, on a real server: PGlite is one process), or by a second API instance.
import { join } from 'node:path'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import pg from 'pg'
import t, { type Test } from 'tap'
import { buildApp } from '../../src/app.js'
import { etagSafe } from '../../src/plugins/cache.js'
import { pgPoolConnection } from '../../src/store/pg-connection.js'
import { PostgresStore } from '../../src/store/postgres.js'
import { openStore, SqliteStore } from '../../src/store/sqlite.js'
import { AUTH, CROCUS, KEYS } from '../helpers/app.js'
import { pgTestServer, whyNot } from '../helpers/pg-server.js'
import { STORES, testAppOn, type AnyStore } from '../helpers/stores.js'

const CACHE = { cacheBytes: 1 << 20, cacheMinUses: 1 }
const EVENT = `/v1/events/${CROCUS}`
const ARTICLE = 'Rescue teams in Oristano said at least 12 people were killed when a hotel collapsed on Tuesday, officials said.'
/** boot id, then the change token made safe for an ETag. */
const ETAG = /^"[0-9a-f]{8}\.[\w.:%-]+"$/

const get = (app: FastifyInstance, url: string, headers: Record<string, string> = {}) => app.inject({ url, headers })

/** The URL read twice: computed, then served from memory under the same ETag, which validates. */
async function cached(t: Test, app: FastifyInstance, url: string): Promise<LightMyRequestResponse> {
  const first = await get(app, url)
  t.equal(first.statusCode, 200, `${url}: 200`)
  t.equal(first.headers['x-cache'], 'miss', `${url}: computed`)
  t.match(first.headers.etag, ETAG)
  const second = await get(app, url)
  t.equal(second.headers['x-cache'], 'hit', `${url}: then served from memory`)
  t.equal(second.headers.etag, first.headers.etag)
  t.equal(second.body, first.body)
  t.equal((await get(app, url, { 'if-none-match': first.headers.etag as string })).statusCode, 304, `${url}: its ETag validates`)
  return first
}

/** After a write: the URL computed again, under another ETag; the old one no longer validates. */
async function fresh(t: Test, app: FastifyInstance, url: string, before: LightMyRequestResponse): Promise<LightMyRequestResponse> {
  const after = await get(app, url)
  t.equal(after.headers['x-cache'], 'miss', `${url}: computed again after the write`)
  t.not(after.headers.etag, before.headers.etag, `${url}: a new ETag`)
  t.equal((await get(app, url, { 'if-none-match': before.headers.etag as string })).statusCode, 200, `${url}: the old ETag no longer validates`)
  return after
}

t.test('etagSafe: tokens stand inside an ETag as they are, or percent-escaped, never with a comma or a quote', async (t) => {
  t.equal(etagSafe('3.1207'), '3.1207')
  t.equal(etagSafe('747:750:'), '747:750:')
  t.equal(etagSafe('747:750:747,748'), '747:750:747%2C748')
  t.equal(etagSafe('a"b%c d'), 'a%22b%25c%20d')
  t.not(etagSafe('1,2'), etagSafe('1%2C2'), 'two tokens stay two ETags')
})

for (const dialect of STORES) {
  t.test(`${dialect}: a write through the app makes the next reads fresh, with new ETags`, async (t) => {
    const { app } = await testAppOn(t, dialect, CACHE)
    const event = await cached(t, app, EVENT)
    const stats = await cached(t, app, '/v1/stats')
    const patched = await app.inject({ method: 'PATCH', url: EVENT, headers: AUTH, payload: { description: 'changed through the app' } })
    t.equal(patched.statusCode, 200)
    t.equal((await fresh(t, app, EVENT, event)).json().description, 'changed through the app')
    const posted = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: ARTICLE } })
    t.equal(posted.statusCode, 201)
    t.equal((await fresh(t, app, '/v1/stats', stats)).json().articles, stats.json().articles + 1, 'the new article counted')
  })

  t.test(`${dialect}: reading answers, kept rendered or not, leaves cached answers and ETags as they were`, async (t) => {
    const { app } = await testAppOn(t, dialect, CACHE)
    // An article ingested through the API is rendered at its first read; SQLite then keeps the
    // rendering (a row written), which changes no answer.
    const posted = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: ARTICLE } })
    t.equal(posted.statusCode, 201)
    const stats = await cached(t, app, '/v1/stats')
    const article = await get(app, `/v1/articles/${posted.json().id}`)
    t.equal(article.statusCode, 200)
    const entityIds = (article.json().entities as { id: string }[]).map((e) => e.id)
    for (const id of entityIds) t.equal((await get(app, `/v1/entities/${id}`)).statusCode, 200)
    t.ok(entityIds.length > 0, `and its ${entityIds.length} entities read`)
    const again = await get(app, '/v1/stats')
    t.equal(again.headers['x-cache'], 'hit', 'the cached answer is still served')
    t.equal(again.headers.etag, stats.headers.etag, 'under the same ETag')
  })
}

t.test('sqlite: a write through a second store on the same file is seen by the first app at once', async (t) => {
  const path = join(t.testdir(), 'two.db')
  const first = openStore({ databasePath: path })
  await first.open()
  t.teardown(() => first.close())
  await first.loadSeed()
  const app = await buildApp({ store: first, keys: KEYS, ...CACHE })
  t.teardown(() => app.close())
  const second = openStore({ databasePath: path })
  await second.open()
  t.teardown(() => second.close())
  await twoStores(t, app, second)
})

const server = await pgTestServer()

t.test('postgres on a real server: a write through a second store (its own pool) is seen by the first app at once', { skip: server ? false : whyNot }, async (t) => {
  const url = await server!.createDatabase(t)
  const first = new PostgresStore(pgPoolConnection(url))
  await first.open()
  t.teardown(() => first.close())
  await first.loadSeed()
  const app = await buildApp({ store: first, keys: KEYS, ...CACHE })
  t.teardown(() => app.close())
  const second = new PostgresStore(pgPoolConnection(url))
  await second.open()
  t.teardown(() => second.close())
  await twoStores(t, app, second)
})

/** `app` reads what `other`, a second store on the same database, writes: cache and ETags included. */
async function twoStores(t: Test, app: FastifyInstance, other: AnyStore) {
  const event = await cached(t, app, EVENT)
  const articles = await cached(t, app, '/v1/articles')
  await other.patchEvent(CROCUS, { description: 'changed through another store' }, 'editor')
  t.equal((await fresh(t, app, EVENT, event)).json().description, 'changed through another store')
  const cachedAgain = await cached(t, app, '/v1/articles')
  t.equal(cachedAgain.body, articles.body, 'the list did not change…')
  const victim = (articles.json().items as { id: string }[])[0]!.id
  t.equal(await other.deleteArticle(victim, 'editor'), true)
  const after = await fresh(t, app, '/v1/articles', cachedAgain)
  t.notOk((after.json().items as { id: string }[]).some((a) => a.id === victim), '…until the other store deleted an article')
  t.equal((await get(app, `/v1/articles/${victim}`)).statusCode, 404)
}

t.test('postgres on a real server: two API instances on one database, each with its cache, see each other’s writes at once', { skip: server ? false : whyNot }, async (t) => {
  const url = await server!.createDatabase(t)
  const apps: FastifyInstance[] = []
  for (const seed of [true, false]) {
    const store = new PostgresStore(pgPoolConnection(url))
    await store.open()
    t.teardown(() => store.close())
    if (seed) await store.loadSeed()
    const app = await buildApp({ store, keys: KEYS, ...CACHE })
    t.teardown(() => app.close())
    apps.push(app)
  }
  const [one, two] = apps as [FastifyInstance, FastifyInstance]
  const seen = await Promise.all([cached(t, one, EVENT), cached(t, two, EVENT), cached(t, one, '/v1/stats'), cached(t, two, '/v1/stats')])
  t.equal(seen[0].body, seen[1].body, 'both instances answer alike')

  const patched = await one.inject({ method: 'PATCH', url: EVENT, headers: AUTH, payload: { description: 'written through instance one' } })
  t.equal(patched.statusCode, 200)
  t.equal((await fresh(t, two, EVENT, seen[1])).json().description, 'written through instance one', 'instance two sees it at once')
  t.equal((await fresh(t, one, EVENT, seen[0])).json().description, 'written through instance one')

  const posted = await two.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: ARTICLE } })
  t.equal(posted.statusCode, 201)
  t.equal((await fresh(t, one, '/v1/stats', seen[2])).json().articles, seen[2].json().articles + 1, 'instance one counts the article instance two stored')
  t.equal((await get(one, `/v1/articles/${posted.json().id}`)).statusCode, 200)
  const again = await two.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: ARTICLE } })
  t.equal(again.json().duplicate, true, 'and the same text through the other instance is a duplicate')
})

t.test('postgres on a real server: a change token with transactions in progress (commas in it) still makes a valid ETag', { skip: server ? false : whyNot }, async (t) => {
  const url = await server!.createDatabase(t)
  const { app } = await (async () => {
    const store = new PostgresStore(pgPoolConnection(url))
    await store.open()
    t.teardown(() => store.close())
    await store.loadSeed()
    const app = await buildApp({ store, keys: KEYS, ...CACHE })
    t.teardown(() => app.close())
    return { app }
  })()
  // Three writing transactions: the oldest commits last, so the snapshot lists two in progress.
  const clients: pg.Client[] = []
  t.teardown(() => Promise.all(clients.map((c) => c.end())))
  for (let i = 0; i < 3; i++) {
    const c = new pg.Client({ connectionString: url })
    clients.push(c)
    await c.connect()
    await c.query('BEGIN')
    await c.query('SELECT txid_current()') // a transaction id, in the order of the loop
  }
  await clients[2]!.query('COMMIT')
  const first = await cached(t, app, '/v1/stats')
  t.match(first.headers.etag, /%2C/, `the snapshot lists transactions in progress: ${first.headers.etag}`)
  t.equal((await get(app, '/v1/stats', { 'if-none-match': `"other", ${first.headers.etag}` })).statusCode, 304, 'found in an If-None-Match list')
  await clients[1]!.query('COMMIT')
  await clients[0]!.query('COMMIT')
  await fresh(t, app, '/v1/stats', first)
})
