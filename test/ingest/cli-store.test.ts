// The ingest CLI's run (src/ingest/run.ts, what `npm run ingest` does between opening the store and
// printing) on both stores (issue 17): it reaches the database only through the store's ingest
// methods — on the postgres store (PGlite) the Ingestor's synchronous handle throws at any use — and
// gives the same outcomes and the same stored answers on both, in a bulk run (worker threads) and a
// small one (this thread); again, every article is a duplicate; a dry run writes nothing.
import { cpSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { listArticleFiles } from '../../src/ingest/files.js'
import { BULK_THRESHOLD, ingestFiles, type Outcome, type RunOptions } from '../../src/ingest/run.js'
import { Ingestor } from '../../src/ingest/ingest.js'
import type { Db } from '../../src/db/open.js'
import { STORES, testStore, type AnyStore } from '../helpers/stores.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'articles')
const OPTIONS: RunOptions = { minArticleWords: 15, extractionTimeoutMs: 30_000, threads: 2 }

/** A folder of the fixture articles, a front-matter file, a JSON array and short texts: `extra` more of those. */
function folder(dir: string, extra: number): string[] {
  const texts = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))
  for (const f of texts) cpSync(join(FIXTURES, f), join(dir, f))
  writeFileSync(
    join(dir, 'wire.md'),
    '---\ntitle: Storm kills 3 in Galway\noutlet: Irish Times\npublished_at: 2025-01-24\n---\n\nThree people were killed when a storm hit Galway, Ireland, on Friday, police said.\n',
  )
  writeFileSync(join(dir, 'batch.json'), JSON.stringify([
    { text: 'At least 5 people were killed in a landslide in Kerala, India, officials said.', outlet: 'The Hindu' },
    { text: 'Four people were injured in a fire in Lagos, Nigeria, on Sunday, the fire service said.' },
  ]))
  const places = ['Galle, Sri Lanka', 'Mombasa, Kenya', 'Cebu, the Philippines', 'Arequipa, Peru', 'Jos, Nigeria', 'Sylhet, Bangladesh']
  for (let i = 0; i < extra; i++) {
    writeFileSync(join(dir, `extra-${i}.txt`), `At least ${i + 3} people were killed when a building collapsed in ${places[i % places.length]}, on Monday, officials said. Rescue teams were searching the rubble for survivors.`)
  }
  writeFileSync(join(dir, 'empty.txt'), '   \n')
  return listArticleFiles(dir)
}

/** What a run leaves that both stores must agree on: outcomes, counts, every article's answer. */
async function state(store: AnyStore, outcomes: Outcome[]) {
  const ids = outcomes.flatMap((o) => (o.id ? [o.id] : []))
  const articles = []
  for (const id of ids) {
    const a = await store.getArticle(id)
    articles.push(a && { ...a, ingested_at: 'T' })
  }
  return { outcomes, stats: await store.stats(), articles, registry: (await store.registry()).entities.length }
}

/** The store's ingestor, or (sqlite) one whose synchronous handle throws at any use, as the postgres store's does. */
function storeOnly(store: AnyStore): { ingestor: Ingestor } {
  if (store.dialect === 'postgres') return store
  const refused = new Proxy({} as Db, {
    get() {
      throw new Error('the CLI reached the SQLite handle, not the store')
    },
  })
  return { ingestor: new Ingestor(refused, store) }
}

for (const [run, extra] of [['bulk, on worker threads', BULK_THRESHOLD], ['small, on this thread', 0]] as const) {
  t.test(`a ${run}: the same outcomes and stored answers on both stores, then all duplicates`, async (t) => {
    const results: Record<string, Awaited<ReturnType<typeof state>>> = {}
    for (const dialect of STORES) {
      const store = await testStore(t, dialect)
      const files = folder(t.testdir(), extra)
      t.equal(files.length >= BULK_THRESHOLD, extra > 0, `${files.length} files`)
      const first = await ingestFiles(storeOnly(store), files, OPTIONS)
      const failed = first.outcomes.filter((o) => o.status === 'failed')
      t.same(failed.map((o) => o.source.split('/').pop()), ['empty.txt'], `${dialect}: only the empty file fails`)
      t.match(failed[0]!.reason, /text/)
      const ingested = first.outcomes.filter((o) => o.status === 'ingested').length
      t.equal(ingested, first.outcomes.length - 1, `${dialect}: ${ingested} ingested`)
      results[dialect] = await state(store, first.outcomes.map((o) => ({ ...o, source: o.source.split('/').pop()! })))
      const again = await ingestFiles(storeOnly(store), files, OPTIONS)
      t.same(
        again.outcomes.filter((o) => o.status !== 'failed').map((o) => [o.status, o.id]),
        first.outcomes.filter((o) => o.status !== 'failed').map((o) => ['duplicate', o.id]),
        `${dialect}: a second run finds every article stored`,
      )
      t.equal((await store.stats()).articles, results[dialect]!.stats.articles, 'and stores nothing')
    }
    t.same(results.postgres, results.sqlite, 'the same outcomes, counts, answers and registry on both stores')
  })
}

t.test('--dry-run and --event on both stores: extractions only, nothing written; an unknown event fails its articles', async (t) => {
  for (const dialect of STORES) {
    const store = await testStore(t, dialect)
    const files = folder(t.testdir(), 0)
    const before = await store.stats()
    const dry = await ingestFiles(storeOnly(store), files, { ...OPTIONS, dryRun: true })
    t.ok(dry.extractions.length >= 10 && dry.outcomes.filter((o) => o.status === 'extracted').length === dry.extractions.length, `${dialect}: ${dry.extractions.length} extractions`)
    t.same(await store.stats(), before, `${dialect}: nothing written`)
    const two = files.filter((f) => /(beni-peacekeepers-attack|lyon-van-ramming)\.txt$/.test(f))
    const unknown = await ingestFiles(storeOnly(store), two, { ...OPTIONS, event: 'no-such-event' })
    t.same(unknown.outcomes.map((o) => o.status), ['failed', 'failed'])
    t.match(unknown.outcomes[0]!.reason, /event: no event has the id or name "no-such-event"/)
    const named = await ingestFiles(storeOnly(store), two.slice(0, 1), { ...OPTIONS, event: 'crocus-city-hall-attack' })
    t.equal(named.outcomes[0]!.status, 'ingested')
    t.equal((await store.getArticle(named.outcomes[0]!.id!))!.event?.id, 'crocus-city-hall-attack', `${dialect}: --event names the event`)
  }
})
