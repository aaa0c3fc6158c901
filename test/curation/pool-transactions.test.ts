// Curation writes read what they just wrote through their own transaction (issue 17): on a
// connection pool, `db` inside `db.transaction((tx) => …)` is another connection, which does not see
// the transaction's uncommitted rows. One SQLite connection forgives that; this test does not. Its
// database is one file opened twice: transactions run on the first connection, every other query
// on the second, as a pool would hand them out. Each write's answer and its audit entry must show
// the change it made.
import { join } from 'node:path'
import { and, eq } from 'drizzle-orm'
import t from 'tap'
import { deleteClaim, createClaim, patchClaim } from '../../src/curation/claims.js'
import { addAlias, mergeEntity, patchEntity, removeAlias } from '../../src/curation/entities.js'
import { createEvent, patchEvent } from '../../src/curation/events.js'
import { closeDatabase, openDatabase, type Db } from '../../src/db/open.js'
import { audit, claims } from '../../src/db/schema.js'
import { loadSeed } from '../../seed/loader.js'
import { CROCUS } from '../helpers/app.js'

/** `reader`, except that its transactions run on `writer`: two connections, as a pool gives. */
function pool(writer: Db, reader: Db): Db {
  return new Proxy(reader, {
    get: (target, prop, receiver) => (prop === 'transaction' ? writer.transaction.bind(writer) : Reflect.get(target, prop, receiver)),
  })
}

const dir = t.testdir()
const path = join(dir, 'pool.db')
const writer = openDatabase(path)
loadSeed(writer)
const reader = openDatabase(path, { migrate: false })
t.teardown(() => {
  closeDatabase(reader)
  closeDatabase(writer)
})
const db = pool(writer, reader)

/** The newest audit entry of a resource, as the writer committed it. */
const lastAudit = (resource: 'claim' | 'entity' | 'event' | 'alias', id: string) =>
  writer.select().from(audit).where(and(eq(audit.resource, resource), eq(audit.resourceId, id))).orderBy(audit.seq).all().at(-1)

t.test('the pool is two connections: the reader sees a write only once committed', async (t) => {
  writer.transaction((tx) => {
    tx.update(claims).set({ confidence: 0.5 }).where(eq(claims.kind, 'quote')).run()
    t.notOk(reader.select().from(claims).where(eq(claims.confidence, 0.5)).all().length, 'uncommitted: not seen by the other connection')
    tx.update(claims).set({ confidence: 1 }).where(eq(claims.kind, 'quote')).run()
  })
})

t.test('claims: the patched and the created claim are answered and audited as written', async (t) => {
  const count = writer.select().from(claims).where(and(eq(claims.kind, 'count'), eq(claims.eventId, CROCUS))).all()[0]!
  const patched = patchClaim(db, count.id, { value: count.value! + 1000 }, 'editor')
  t.equal(patched.value, count.value! + 1000, 'the answer shows the new value')
  t.equal(patched.method, 'curated')
  t.equal((lastAudit('claim', count.id)?.after as { value: number }).value, count.value! + 1000, 'the audit entry’s after too')

  const created = createClaim(
    db,
    {
      article: count.articleId,
      kind: 'count',
      claimant: null,
      claimant_text: null,
      target: null,
      target_text: null,
      stance: null,
      metric: 'missing',
      value: 7,
      qualifier: 'about',
      subset: null,
      quote: null,
      evidence: { start: count.evidenceStart, end: count.evidenceEnd },
    },
    'editor',
  )
  t.ok(created, 'the created claim is answered')
  t.equal(created?.value, 7)
  t.equal((lastAudit('claim', created!.id)?.after as { metric: string }).metric, 'missing', 'and audited')

  deleteClaim(db, created!.id, 'editor')
  t.equal(writer.select().from(claims).where(eq(claims.id, created!.id)).all().length, 0, 'deleted')
  t.equal((lastAudit('claim', created!.id)?.before as { id: string }).id, created!.id, 'the deletion is audited with the claim it removed')
})

t.test('entities: aliases added and removed, a patch and a merge are answered and audited as written', async (t) => {
  t.ok(addAlias(db, 'vladimir-putin', 'V. V. Putin', 'editor').includes('V. V. Putin'), 'the added alias is in the answer')
  t.notOk(removeAlias(db, 'vladimir-putin', 'V. V. Putin', 'editor').includes('V. V. Putin'), 'the removed one is not')

  patchEntity(db, 'piknik', { description: 'A Russian rock band' }, 'editor')
  t.equal((lastAudit('entity', 'piknik')?.after as { description: string }).description, 'A Russian rock band', 'the patch’s audit entry shows it')

  const merged = mergeEntity(db, 'abc', 'the-washington-post', 'editor')
  const after = lastAudit('entity', 'abc')?.after as { into: string; aliases: string[] }
  t.equal(after.into, 'the-washington-post')
  t.ok(after.aliases.includes('ABC'), 'the merge’s audit entry shows the aliases the merged entity brought')
  t.ok(merged.aliases.includes('ABC'), 'so does the answer')
})

t.test('events: the created and the patched event are answered and audited as written', async (t) => {
  const created = createEvent(db, { name: 'Moscow concert hall siege', date: '2024-03-22', place: null, parent: CROCUS, description: null }, 'editor')
  t.ok(created, 'the created event is answered')
  t.equal(created?.parent?.id, CROCUS)
  t.equal((lastAudit('event', created!.id)?.after as { name: string } | null)?.name, 'Moscow concert hall siege', 'and audited')

  const patched = patchEvent(db, created!.id, { name: 'Crocus City Hall siege' }, 'editor')
  t.equal(patched.name, 'Crocus City Hall siege', 'the answer shows the new name')
  t.equal((lastAudit('event', created!.id)?.after as { name: string }).name, 'Crocus City Hall siege', 'the audit entry’s after too')
})
