// The ingest's two transactions read and write through their own handle (issue 17, docs/storage.md
// §3 rows 10 and 11): `Ingestor.store` renders the new article's answer inside its transaction, and
// `rehashArticles` (migration 0008's data half) hashes again and merges duplicates in one. On a
// connection pool, `db` inside `db.transaction((tx) => …)` is another connection: it does not see
// the transaction's uncommitted rows, and what it writes is not part of the transaction. As in
// test/curation/pool-transactions.test.ts, one database file is opened twice: transactions run on
// the first connection, every other query on the second, as a pool would hand them out.
import { join } from 'node:path'
import { and, eq } from 'drizzle-orm'
import t from 'tap'
import { closeDatabase, openDatabase, type Db } from '../../src/db/open.js'
import { articles, audit, documents } from '../../src/db/schema.js'
import { contentHashOf, sha256 } from '../../src/ingest/ids.js'
import { Ingestor } from '../../src/ingest/ingest.js'
import { rehashArticles } from '../../src/ingest/rehash.js'
import { renderDocument } from '../../src/queries/documents.js'
import { loadSeed } from '../../seed/loader.js'
import { databaseBefore } from '../helpers/migrations.js'

/** `reader`, except that its transactions run on `writer`: two connections, as a pool gives. */
function pool(writer: Db, reader: Db): Db {
  return new Proxy(reader, {
    get: (target, prop, receiver) => (prop === 'transaction' ? writer.transaction.bind(writer) : Reflect.get(target, prop, receiver)),
  })
}

/** Opens a file twice; closes both at the test's end. */
function twoConnections(t: Tap, path: string, prepare?: (writer: Db) => void) {
  const writer = openDatabase(path)
  prepare?.(writer)
  const reader = openDatabase(path, { migrate: false })
  t.teardown(() => {
    closeDatabase(reader)
    closeDatabase(writer)
  })
  return { writer, reader, db: pool(writer, reader) }
}
type Tap = { teardown(fn: () => unknown): void }

t.test('Ingestor.store: the new article’s answer is rendered from the rows its transaction wrote', async (t) => {
  const { writer, db } = twoConnections(t, join(t.testdir(), 'pool.db'), (w) => loadSeed(w))
  const text = 'At least 12 people were killed when a bus fell into a ravine near Kandy, Sri Lanka, on Monday, police said. The driver survived.'
  const stored = new Ingestor(db).ingest({ text, title: 'Bus falls into ravine', outlet: 'Daily Mirror' }, 'editor')
  t.equal(stored.duplicate, false)
  const kept = writer.select().from(documents).where(and(eq(documents.kind, 'article'), eq(documents.id, stored.id))).get()
  t.ok(kept, 'the answer is kept with the article (through the other connection nothing was rendered: it could not see the article)')
  t.equal(kept?.body, renderDocument(writer, 'article', stored.id), 'and it is the article as written, its claims included')
  t.match(JSON.parse(kept?.body ?? '{}'), { id: stored.id, title: 'Bus falls into ravine', outlet: 'Daily Mirror', claims: [{ kind: 'count', value: 12 }] })
  const entry = writer.select().from(audit).where(and(eq(audit.action, 'ingest'), eq(audit.resourceId, stored.id))).get()
  t.match(entry, { actor: 'editor', resource: 'article', after: { title: 'Bus falls into ravine', outlet: 'Daily Mirror', content_hash: contentHashOf(text) } }, 'audited in the same transaction')
  t.equal(new Ingestor(db).ingest({ text }).duplicate, true, 'the same text again is a duplicate')
})

/**
 * A database whose articles were stored before migration 0008 (hash_version 0, content_hash the
 * SHA-256 of the stored text): the same story twice (different whitespace, the second curated), and
 * another. Returns the file and the articles' ids.
 */
function beforeRehash(dir: string) {
  const { path, db: old } = databaseBefore(dir, '0008')
  const story = 'At least 14 people were killed when a fuel tanker exploded near Lokoja, Nigeria, on Sunday, officials said.\n\nThe tanker overturned on the highway.'
  const texts = { plain: story, messy: `   ${story.replace('\n\n', '\n\n\n\n')}  `, other: 'Floods killed 9 people in Sylhet, Bangladesh, on Monday, officials said.' }
  const insertArticle = old.$client.prepare(
    'INSERT INTO articles (id, title, outlet, url, published_at, language, text, content_hash, word_count, event_id, ingested_at) VALUES (?, ?, NULL, NULL, NULL, ?, ?, ?, ?, NULL, ?)',
  )
  const insertClaim = old.$client.prepare(
    "INSERT INTO claims (id, article_id, event_id, kind, claimant_id, target_id, stance, metric, value, qualifier, quote, evidence_text, evidence_start, evidence_end, method, confidence, created_at) VALUES (?, ?, NULL, 'count', NULL, NULL, NULL, 'killed', 14, 'at_least', NULL, ?, ?, ?, ?, 1, ?)",
  )
  const ids: Record<keyof typeof texts, string> = { plain: '', messy: '', other: '' }
  for (const [name, text] of Object.entries(texts) as [keyof typeof texts, string][]) {
    const hash = sha256(text)
    ids[name] = hash.slice(0, 16)
    insertArticle.run(ids[name], name, 'eng', text, hash, text.split(/\s+/).filter(Boolean).length, '2026-01-01T00:00:00Z')
    const start = text.indexOf('At least 14 people were killed')
    if (start >= 0) insertClaim.run(`c-${name}`, ids[name], 'At least 14 people were killed', start, start + 30, name === 'messy' ? 'curated' : 'extracted', '2026-01-01T00:00:00Z')
  }
  closeDatabase(old)
  return { path, ids, story, texts }
}

t.test('rehashArticles: a failure part-way leaves every row as it was', async (t) => {
  const { path, ids } = beforeRehash(t.testdir())
  const { writer, db } = twoConnections(t, path)
  const rows = () => writer.select({ id: articles.id, hash: articles.contentHash, version: articles.hashVersion }).from(articles).orderBy(articles.seq).all()
  const before = rows()
  t.same(before.map((r) => r.version), [0, 0, 0])
  // The merge's audit entry is refused: the transaction fails after its first writes.
  writer.$client.exec("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'audit refused'); END")
  t.throws(() => rehashArticles(db), /audit refused/)
  writer.$client.exec('DROP TRIGGER refuse_audit')
  t.same(rows(), before, 'no hash updated, no duplicate deleted: nothing was written outside the transaction')
  t.ok(rows().some((r) => r.id === ids.plain), 'the duplicate is still there')
})

t.test('rehashArticles: hashes again and merges in one transaction on its own handle', async (t) => {
  const { path, ids, story, texts } = beforeRehash(t.testdir())
  const { writer, db } = twoConnections(t, path)
  const report = rehashArticles(db)
  t.same(report, { rehashed: 3, merged: [{ kept: ids.messy, removed: ids.plain, title: 'plain' }] }, 'the duplicate is merged into the curated one')
  t.same(writer.select({ id: articles.id, hash: articles.contentHash, version: articles.hashVersion }).from(articles).orderBy(articles.seq).all(), [
    { id: ids.messy, hash: contentHashOf(story), version: 1 },
    { id: ids.other, hash: contentHashOf(texts.other), version: 1 },
  ])
  const merges = writer.select({ actor: audit.actor, id: audit.resourceId, after: audit.after }).from(audit).where(eq(audit.action, 'merge-duplicate')).all()
  t.same(merges, [{ actor: 'migration 0008', id: ids.plain, after: { merged_into: ids.messy, content_hash: contentHashOf(story) } }])
  t.same(rehashArticles(db), { rehashed: 0, merged: [] }, 'nothing left to do')
})
