// Item 1 of issue 16: no request can stall the server. HTTP ingest reads pages and extracts on worker
// threads with a time budget per article; the event loop keeps answering meanwhile.
import { join } from 'node:path'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { Ingestor } from '../../src/ingest/ingest.js'
import { ExtractionPool } from '../../src/ingest/pool.js'
import { AUTH, KEYS, testDb } from '../helpers/app.js'
import { startServer } from '../helpers/child.js'

/** ~`bytes` of lowercase words without any punctuation, from a fixed pseudo-random sequence. */
function wordsWithoutPunctuation(bytes: number): string {
  const vocabulary =
    'government police market people city river officials north village report council water school road army border night morning week family street hospital station group week region minister'.split(' ')
  let x = 12345
  const parts: string[] = []
  let length = 0
  while (length + parts.length < bytes) {
    x = (x * 1103515245 + 12345) % 2 ** 31
    const w = vocabulary[x % vocabulary.length]!
    parts.push(w)
    length += w.length
  }
  return parts.join(' ')
}

async function timed(url: string): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  const res = await fetch(url)
  await res.arrayBuffer()
  return { status: res.status, ms: performance.now() - started }
}

t.test('while a 1 MB text without punctuation is ingested, health and reads answer within 100 ms', async (t) => {
  const key = 'stall-key-0123456789'
  const server = startServer({ DATABASE_PATH: join(t.testdir({}), 'stall.db'), PORT: '0', API_KEYS: `stall:${key}` })
  t.teardown(() => void server.child.kill('SIGTERM'))
  const url = await server.listening
  for (let i = 0; i < 5; i++) await timed(`${url}/v1/health`) // connections and routes warm
  const small = await fetch(`${url}/v1/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'text/plain' },
    body: 'At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said.',
  })
  t.equal(small.status, 201, 'a small article first: the worker threads are warm')

  const text = wordsWithoutPunctuation(1_000_000)
  t.ok(text.length > 990_000 && text.length < 1024 * 1024, 'a ~1 MB body under the 1 MiB text limit')
  let done = false
  const started = performance.now()
  const posted = fetch(`${url}/v1/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'text/plain' },
    body: text,
  }).then(async (r) => {
    const body = await r.json()
    done = true
    return { status: r.status, body, ms: performance.now() - started }
  })
  const health: number[] = []
  const reads: number[] = []
  // Every request sent while the ingest is pending counts, the one still waiting when it ends too
  // (on a stalled server that one waits for the whole extraction).
  while (!done) {
    await new Promise((r) => setTimeout(r, 20))
    if (done) break
    const h = await timed(`${url}/v1/health`)
    t.equal(h.status, 200)
    health.push(h.ms)
    if (done) break
    const a = await timed(`${url}/v1/articles/d77f2436c617f0ca`)
    t.equal(a.status, 200)
    reads.push(a.ms)
  }
  const post = await posted
  t.equal(post.status, 201, 'the 1 MB article is stored')
  t.equal(post.body.text.length, text.length)
  const max = (xs: number[]) => Math.max(0, ...xs)
  t.comment(
    `1 MB ingest took ${post.ms.toFixed(0)} ms; meanwhile ${health.length} /v1/health answered in at most ${max(health).toFixed(1)} ms ` +
      `(median ${(health.sort((a, b) => a - b)[health.length >> 1] ?? 0).toFixed(1)} ms), ${reads.length} article reads in at most ${max(reads).toFixed(1)} ms`,
  )
  t.ok(health.length >= 3, `health was asked while the ingest ran (${health.length} times)`)
  t.ok(max(health) < 100, `/v1/health within 100 ms during the ingest (max ${max(health).toFixed(1)} ms)`)
  t.ok(max(reads) < 100, `an article read within 100 ms during the ingest (max ${max(reads).toFixed(1)} ms)`)
  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0, 'the server and its worker threads stop on SIGTERM')
})

t.test('past its time budget an article is a 422 saying so, nothing is stored, and its thread is stopped', async (t) => {
  const db = testDb(t, { seed: false })
  const pool = new ExtractionPool({ maxThreads: 1 }).start()
  t.teardown(() => pool.close())
  // Warm the one thread, so that the budget is spent on the extraction, not on loading the pipeline.
  const ingestor = new Ingestor(db)
  await pool.extract({ text: 'Police said so.', title: null, language: 'eng', registry: ingestor.registrySnapshot() }, 60_000)
  const [thread] = pool.threads
  t.ok(thread, 'one warm thread')
  const exited = new Promise<'exited'>((resolve) => thread!.once('exit', () => resolve('exited')))

  const app = await buildApp({ db, keys: KEYS, extractionPool: pool, extractionTimeoutMs: 50 })
  t.teardown(() => app.close())
  const res = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    headers: { ...AUTH, 'content-type': 'text/plain' },
    payload: wordsWithoutPunctuation(1_000_000),
  })
  t.equal(res.statusCode, 422)
  t.equal(res.json().error.code, 'extraction_timeout')
  t.match(res.json().error.message, /longer than the 50 ms allowed \(EXTRACTION_TIMEOUT_MS\); nothing was stored/)
  t.equal((db.$client.prepare('SELECT count(*) n FROM articles').get() as { n: number }).n, 0, 'nothing stored')
  const stopped = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 5_000))])
  t.equal(stopped, 'exited', 'the thread that overran was terminated, not left extracting')
  t.notOk(pool.threads.some((w) => w.threadId === thread!.threadId), 'and the pool no longer holds it')

  // The pool goes on with a fresh thread: the next article, within a budget it can meet, is stored.
  const roomy = await buildApp({ db, keys: KEYS, extractionPool: pool, extractionTimeoutMs: 60_000 })
  t.teardown(() => roomy.close())
  const ok = await roomy.inject({
    method: 'POST',
    url: '/v1/articles',
    headers: AUTH,
    payload: { text: 'At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said.' },
  })
  t.equal(ok.statusCode, 201)
})

t.test('HTML pages are read on the pool too, under the same budget', async (t) => {
  const db = testDb(t, { seed: false })
  const pool = new ExtractionPool({ maxThreads: 1 })
  t.teardown(() => pool.close())
  const app = await buildApp({ db, keys: KEYS, extractionPool: pool })
  t.teardown(() => app.close())
  const page = '<html><head><title>Market bombing in Quetta</title></head><body><article><p>At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said.</p></article></body></html>'
  const res = await app.inject({ method: 'POST', url: '/v1/articles?outlet=Dawn', headers: { ...AUTH, 'content-type': 'text/html' }, payload: page })
  t.equal(res.statusCode, 201, res.body)
  t.equal(res.json().title, 'Market bombing in Quetta', 'the page lends its title')
  t.equal(res.json().outlet, 'Dawn', 'the query string adds metadata')
  t.match(res.json().text, /^At least 12 people were killed/)
  t.ok(pool.threads.length >= 1, 'the page was read on a worker thread of the pool handed in')
})

t.test('the registry stays current: ingests run one after another, each knowing what the last added', async (t) => {
  const db = testDb(t, { seed: false })
  const pool = new ExtractionPool({ maxThreads: 2 })
  t.teardown(() => pool.close())
  const ingestor = new Ingestor(db)
  const first = 'Gunmen attacked a police station in Kandahar on Monday, killing four officers. The Kandahar Freedom Movement (KFM) claimed responsibility for the attack in a statement.'
  const second = 'The KFM said on Tuesday that it would carry out more attacks in the region, officials said.'
  // Sent together: the second is extracted only after the first is stored, against the new registry.
  const [a, b] = await Promise.all([ingestor.ingestOffThread({ text: first }, pool, { budgetMs: 60_000, actor: "test" }), ingestor.ingestOffThread({ text: second }, pool, { budgetMs: 60_000, actor: "test" })])
  t.equal(a.duplicate, false)
  const created = a.extraction!.entities.find((e) => e.name === 'Kandahar Freedom Movement')
  t.equal(created?.id, null, 'new in the first article')
  const known = b.extraction!.entities.find((e) => e.aliases.includes('KFM'))
  t.equal(known?.id, 'kandahar-freedom-movement', 'the second article knows it by the alias the first taught, from the registry')
  t.equal(ingestor.registry.entities.find((e) => e.id === 'kandahar-freedom-movement')?.aliases.includes('KFM'), true)
})
