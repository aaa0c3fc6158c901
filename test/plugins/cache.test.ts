import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { acceptsGzip } from '../../src/plugins/cache.js'
import { closeDatabase, openDatabase } from '../../src/db/open.js'
import { loadSeed } from '../../seed/loader.js'
import { AUTH, CROCUS, KEYS } from '../helpers/app.js'

// The read cache (src/plugins/cache.ts) on a real database file: answers are served again only while
// nothing was written, by this process or by another connection.

async function cachedApp(t: { teardown(fn: () => unknown): void }, options: { cacheBytes?: number; minUses?: number; readAuth?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'newsclaims-cache-'))
  const path = join(dir, 'db.sqlite')
  const db = openDatabase(path)
  loadSeed(db)
  const app = await buildApp({ db, keys: KEYS, cacheBytes: options.cacheBytes ?? 1 << 20, cacheMinUses: options.minUses ?? 1, readAuth: options.readAuth })
  t.teardown(async () => {
    await app.close()
    closeDatabase(db)
    rmSync(dir, { recursive: true, force: true })
  })
  return { app, path }
}

const STATS = '/v1/stats'
const ARTICLE = 'Rescue teams in Oristano said at least 12 people were killed when a hotel collapsed on Tuesday, officials said.'

t.test('a second read is served from memory, a validator gets 304, a write invalidates both', async (t) => {
  const { app } = await cachedApp(t)
  const first = await app.inject(STATS)
  t.equal(first.statusCode, 200)
  t.equal(first.headers['x-cache'], 'miss')
  const etag = first.headers.etag as string
  t.match(etag, /^"[0-9a-f]{8}\.\d+\.\d+"$/)
  t.equal(first.headers['cache-control'], 'no-cache', 'clients revalidate')

  const second = await app.inject(STATS)
  t.equal(second.headers['x-cache'], 'hit')
  t.equal(second.body, first.body)
  t.equal(second.headers['content-type'], first.headers['content-type'])
  t.equal(second.headers.etag, etag)

  const revalidated = await app.inject({ url: STATS, headers: { 'if-none-match': `W/"x", ${etag}` } })
  t.equal(revalidated.statusCode, 304)
  t.equal(revalidated.body, '')
  t.equal((await app.inject({ url: STATS, headers: { 'if-none-match': '"someone-else"' } })).statusCode, 200)

  const posted = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: ARTICLE } })
  t.equal(posted.statusCode, 201)
  const after = await app.inject(STATS)
  t.equal(after.headers['x-cache'], 'miss', 'the write invalidated the cached answer')
  t.not(after.headers.etag, etag)
  t.equal(after.json().articles, first.json().articles + 1, 'and the new answer counts the new article')
  t.equal((await app.inject({ url: STATS, headers: { 'if-none-match': etag } })).statusCode, 200, 'the old validator no longer matches')

  // A refused write changes nothing, yet is counted: the cache is conservative, never stale.
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/nope`, headers: AUTH })).statusCode, 404)
  t.equal((await app.inject(STATS)).headers['x-cache'], 'miss')
})

t.test('by default an answer is kept from its second computation on (RESPONSE_CACHE_MIN_USES=2)', async (t) => {
  const { app } = await cachedApp(t, { minUses: 2 })
  const first = await app.inject(STATS)
  t.equal(first.headers['x-cache'], 'miss')
  t.equal((await app.inject(STATS)).headers['x-cache'], 'miss', 'computed a second time, now kept')
  const third = await app.inject(STATS)
  t.equal(third.headers['x-cache'], 'hit')
  t.equal(third.body, first.body)
  t.equal((await app.inject({ url: STATS, headers: { 'if-none-match': first.headers.etag as string } })).statusCode, 304, 'validators from the first answer')
  // Pages read once (a crawler's) are never kept, and do not push out the answer read again.
  const { app: small } = await cachedApp(t, { minUses: 2, cacheBytes: 64 * 1024 })
  await small.inject(STATS)
  await small.inject(STATS)
  for (let i = 1; i <= 60; i++) t.equal((await small.inject(`/v1/claims?limit=${i}`)).headers['x-cache'], 'miss')
  t.equal((await small.inject(STATS)).headers['x-cache'], 'hit', 'still kept after 60 answers read once')
  t.equal((await small.inject('/v1/claims?limit=5')).headers['x-cache'], 'miss', 'read twice: kept from now on')
  t.equal((await small.inject('/v1/claims?limit=5')).headers['x-cache'], 'hit')
})

t.test('a URL asked again only after more others than the cache holds is not kept', async (t) => {
  const { app } = await cachedApp(t, { minUses: 2 })
  await app.inject(STATS)
  // 1,500 other answers, each computed once: more URLs than the cache holds answers (and than the
  // 1,000 it counts at least), so the first computation of STATS is forgotten…
  for (const kind of ['', '&kind=count', '&kind=responsibility']) {
    for (let limit = 1; limit <= 500; limit++) t.equal((await app.inject(`/v1/claims?limit=${limit}${kind}`)).statusCode, 200)
  }
  t.equal((await app.inject(STATS)).headers['x-cache'], 'miss', 'the second computation counts as a first…')
  t.equal((await app.inject(STATS)).headers['x-cache'], 'miss', '…so the third is computed too, and kept')
  t.equal((await app.inject(STATS)).headers['x-cache'], 'hit')
})

t.test('kept answers of 1 KB or more go gzipped to clients that accept it', async (t) => {
  const { app } = await cachedApp(t)
  const url = `/v1/events/${CROCUS}/figures`
  const GZIP = { 'accept-encoding': 'gzip, deflate, br' }
  const first = await app.inject({ url, headers: GZIP })
  t.equal(first.headers['x-cache'], 'miss')
  t.equal(first.headers['content-encoding'], undefined, 'an answer computed now is sent as it is')
  t.equal(first.headers.vary, 'Accept-Encoding')
  t.ok(first.rawPayload.length >= 1024)
  // Gzipped in zlib's thread pool: served so from a later read on.
  let hit = await app.inject({ url, headers: GZIP })
  for (let i = 0; i < 200 && hit.headers['content-encoding'] !== 'gzip'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5))
    hit = await app.inject({ url, headers: GZIP })
  }
  t.equal(hit.headers['x-cache'], 'hit')
  t.equal(hit.headers['content-encoding'], 'gzip')
  t.equal(hit.headers.vary, 'Accept-Encoding')
  t.ok(hit.rawPayload.length < first.rawPayload.length / 2, `${first.rawPayload.length} → ${hit.rawPayload.length} bytes`)
  t.same(gunzipSync(hit.rawPayload), first.rawPayload, 'the same answer')
  t.equal(Number(hit.headers['content-length']), hit.rawPayload.length)
  t.equal(hit.headers.etag, `W/${first.headers.etag}`, 'a weak validator for the other representation')
  t.equal((await app.inject({ url, headers: { ...GZIP, 'if-none-match': hit.headers.etag as string } })).statusCode, 304)
  t.equal((await app.inject({ url, headers: { 'if-none-match': hit.headers.etag as string } })).statusCode, 304)

  for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'gzip;q=0, deflate' }, { 'accept-encoding': 'br' }]) {
    const plain = await app.inject({ url, headers })
    t.equal(plain.headers['x-cache'], 'hit')
    t.equal(plain.headers['content-encoding'], undefined, JSON.stringify(headers))
    t.same(plain.rawPayload, first.rawPayload)
    t.equal(plain.headers.etag, first.headers.etag)
  }
  // Answers under 1 KB are not worth it.
  const small = '/v1/claims?limit=1'
  await app.inject(small)
  await new Promise((resolve) => setTimeout(resolve, 50))
  const kept = await app.inject({ url: small, headers: GZIP })
  t.equal(kept.headers['x-cache'], 'hit')
  t.ok(kept.rawPayload.length < 1024)
  t.equal(kept.headers['content-encoding'], undefined)
})

t.test('Accept-Encoding: gzip named or *, with a weight above 0', async (t) => {
  for (const header of ['gzip', 'GZIP', 'deflate, gzip', 'gzip;q=0.5', 'br;q=1, gzip; q=0.1', '*', 'x-gzip', 'br, *;q=0.2']) t.ok(acceptsGzip(header), header)
  for (const header of [undefined, '', 'identity', 'br, deflate', 'gzip;q=0', '*;q=0', 'gzip;q=0, *', 'gzipped']) t.notOk(acceptsGzip(header), String(header))
})

t.test("another connection's commit (the ingest CLI, say) invalidates too", async (t) => {
  const { app, path } = await cachedApp(t)
  const before = await app.inject(`/v1/events/${CROCUS}`)
  t.equal((await app.inject(`/v1/events/${CROCUS}`)).headers['x-cache'], 'hit')
  const other = new Database(path)
  other.prepare("UPDATE events SET description = 'changed elsewhere' WHERE id = ?").run(CROCUS)
  other.close()
  const after = await app.inject(`/v1/events/${CROCUS}`)
  t.equal(after.headers['x-cache'], 'miss')
  t.not(after.headers.etag, before.headers.etag)
  t.equal(after.json().description, 'changed elsewhere')
})

t.test('only 200s are kept, within the byte budget; liveness is never cached', async (t) => {
  const { app } = await cachedApp(t, { cacheBytes: 256 * 1024 })
  t.equal((await app.inject('/v1/articles/nope')).statusCode, 404)
  t.equal((await app.inject('/v1/articles/nope')).headers['x-cache'], 'miss', 'errors are computed each time')
  const health = await app.inject('/v1/health')
  t.equal(health.headers.etag, undefined)
  t.equal(health.headers['x-cache'], undefined)
  // Many different pages: the oldest are dropped so that the cache stays within its budget.
  const urls = Array.from({ length: 40 }, (_, i) => `/v1/claims?limit=${i + 1}`)
  for (const url of urls) await app.inject(url)
  t.equal((await app.inject(urls.at(-1)!)).headers['x-cache'], 'hit', 'the latest is kept')
  t.equal((await app.inject(urls[0]!)).headers['x-cache'], 'miss', 'the oldest was dropped')
  // An answer larger than an eighth of the budget is served but not kept.
  const big = '/v1/claims?limit=200'
  t.ok((await app.inject(big)).body.length > 32 * 1024)
  t.equal((await app.inject(big)).headers['x-cache'], 'miss')
})

t.test('with READ_AUTH, a cached answer is not served to a request without a key', async (t) => {
  const { app } = await cachedApp(t, { readAuth: true })
  t.equal((await app.inject({ url: STATS, headers: AUTH })).statusCode, 200)
  t.equal((await app.inject({ url: STATS, headers: AUTH })).headers['x-cache'], 'hit')
  t.equal((await app.inject(STATS)).statusCode, 401)
})

t.test('off (RESPONSE_CACHE_MB=0): ETags and 304s, but nothing kept', async (t) => {
  const { app } = await cachedApp(t, { cacheBytes: 0 })
  const first = await app.inject(STATS)
  t.equal((await app.inject(STATS)).headers['x-cache'], 'miss')
  t.equal((await app.inject({ url: STATS, headers: { 'if-none-match': first.headers.etag as string } })).statusCode, 304)
  t.equal(first.headers.vary, undefined, 'answers never vary by Accept-Encoding: nothing is kept to gzip')
})
