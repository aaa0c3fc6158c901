// The Ingestor's own contract, in process against a real database: what it stores and what its audit
// entry says of it, and which texts it knows before extracting them.
import t from 'tap'
import { Ingestor } from '../../src/ingest/ingest.js'
import { testDb } from '../helpers/app.js'

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
