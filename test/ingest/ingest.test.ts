// The Ingestor's own contract, in process against a real database: what it stores and what its audit
// entry says of it, and which texts it knows before extracting them.
import t from 'tap'
import { closeDatabase, openDatabase } from '../../src/db/open.js'
import { contentHashOf, sha256 } from '../../src/ingest/ids.js'
import { Ingestor } from '../../src/ingest/ingest.js'
import { ExtractionPool } from '../../src/ingest/pool.js'
import { testDb } from '../helpers/app.js'
import { databaseBefore } from '../helpers/migrations.js'

const STORY = 'At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said.'

t.test("an ingest's audit entry records the title, outlet, url and date the article was stored with, wherever the title came from", async (t) => {
  const db = testDb(t, { seed: false })
  const ingestor = new Ingestor(db)
  const cases = [
    // The title the request gives.
    { input: { text: STORY, title: 'Blast in Quetta', outlet: 'Dawn', url: 'https://dawn.example/quetta', published_at: '2025-10-13' }, title: 'Blast in Quetta' },
    // None given: the text's first line when it reads as a headline.
    { input: { text: `Market bomb kills 12 in Sibi\n\n${STORY.replace('Quetta', 'Sibi')}`, outlet: 'Dawn' }, title: 'Market bomb kills 12 in Sibi' },
    // None given and no headline: null, in the row and in the entry alike.
    { input: { text: STORY.replace('Quetta', 'Turbat'), published_at: '2025-10-14' }, title: null },
  ]
  const row = db.$client.prepare('SELECT title, outlet, url, published_at FROM articles WHERE id = ?')
  const entry = db.$client.prepare("SELECT after FROM audit WHERE action = 'ingest' AND resource = 'article' AND resource_id = ?").pluck()
  for (const c of cases) {
    const { id, duplicate } = ingestor.ingest(c.input)
    t.equal(duplicate, false)
    const stored = row.get(id) as { title: string | null; outlet: string | null; url: string | null; published_at: string | null }
    t.equal(stored.title, c.title, `stored title: ${c.title}`)
    const after = JSON.parse(entry.get(id) as string)
    t.same({ title: after.title, outlet: after.outlet, url: after.url, published_at: after.published_at }, stored, `the entry says what was stored (${c.title})`)
  }
})

/** The pool, counting the extractions it is asked for (each still runs on a real worker thread). */
class CountingPool extends ExtractionPool {
  extracts = 0
  override extract(...args: Parameters<ExtractionPool['extract']>) {
    this.extracts++
    return super.extract(...args)
  }
}

t.test('an article stored before content hashes (found by its legacy id) is known before extraction, not after', async (t) => {
  const dir = t.testdir({})
  // A database of the time before migration 0008: the article's content hash is the SHA-256 of its
  // text as stored, and its text has two spaces in a row, so the reader's-form hash of today differs.
  const { path, db: old } = databaseBefore(dir, '0008')
  const text = 'A fire in a warehouse in Rotterdam injured  six workers on Tuesday, the fire brigade said.'
  const legacyId = sha256(text).slice(0, 16)
  old.$client
    .prepare("INSERT INTO articles (id, title, language, text, content_hash, word_count, ingested_at) VALUES (?, 'Warehouse fire', 'eng', ?, ?, 15, '2026-01-01T00:00:00Z')")
    .run(legacyId, text, sha256(text))
  closeDatabase(old)
  const db = openDatabase(path) // migrated to the current set; not hashed again yet (as a script run before the server's first start)
  t.teardown(() => closeDatabase(db))
  t.not(contentHashOf(text), sha256(text), 'the old hash is not the one computed now')
  t.equal(db.$client.prepare('SELECT hash_version FROM articles WHERE id = ?').pluck().get(legacyId), 0)

  const ingestor = new Ingestor(db)
  // The part before extraction (the CLI's bulk path runs it, then extracts on its threads).
  t.match(ingestor.prepare({ text }), { id: legacyId, duplicate: true, extraction: null }, 'prepare() finds it: nothing to extract')
  // The API's path: the text is checked on the pool, then extracted there unless already stored.
  const pool = new CountingPool({ maxThreads: 1 })
  t.teardown(() => pool.close())
  const result = await ingestor.ingestOffThread({ text }, pool, { budgetMs: 60_000, actor: 'test' })
  t.match(result, { id: legacyId, duplicate: true })
  t.equal(pool.extracts, 0, 'no extraction was run for it')
  // In this thread too (the CLI's small runs).
  t.match(ingestor.ingest({ text }), { id: legacyId, duplicate: true })
  t.equal(db.$client.prepare('SELECT count(*) FROM articles').pluck().get(), 1, 'still one article')

  // A text not stored is extracted as before.
  const other = await ingestor.ingestOffThread({ text: text.replace('Rotterdam', 'Antwerp') }, pool, { budgetMs: 60_000, actor: 'test' })
  t.equal(other.duplicate, false)
  t.equal(pool.extracts, 1, 'a new text is extracted')
})
