import t from 'tap'
import { search, toFtsQuery } from '../../src/queries/search.js'
import { AUTH, getJson, testApp } from '../helpers/app.js'

const { app } = await testApp(t)
const text = async (id: string) => (await getJson(app, `/v1/articles/${id}`)).body.text as string

t.test('words: ranked articles, snippets and exact offsets of every hit', async (t) => {
  const { status, body } = await getJson(app, '/v1/search?q=Beslan')
  t.equal(status, 200)
  t.equal(body.items.length, 1)
  const hit = body.items[0]
  t.equal(hit.kind, 'article')
  t.equal(hit.article.id, 'a63ad41b02b2c28d')
  t.match(hit.snippet, /<mark>Beslan<\/mark>/)
  const full = await text(hit.article.id)
  t.ok(hit.hits.length >= 1)
  for (const h of hit.hits) t.equal(full.slice(h.start, h.end), 'Beslan')

  const stemmed = await getJson(app, '/v1/search?q=attack&limit=500')
  t.equal(stemmed.body.items.length, 5, 'every seed article speaks of the attack')
  const ranks = stemmed.body.items.map((i: { rank: number }) => i.rank)
  t.same(ranks, [...ranks].sort((a, b) => a - b), 'best first')
  for (const item of stemmed.body.items) {
    const article = await text(item.article.id)
    for (const h of item.hits) t.match(article.slice(h.start, h.end).toLowerCase(), /^attack/, 'attack, attacks, attacked')
  }
})

t.test('phrases and claims', async (t) => {
  const { body } = await getJson(app, `/v1/search?kind=claim&q=${encodeURIComponent('"no Ukrainian involvement"')}`)
  t.ok(body.items.length >= 1)
  for (const item of body.items) {
    t.equal(item.kind, 'claim')
    t.equal(item.claim.article.id, item.article.id)
    const article = await text(item.article.id)
    t.same(item.hits.map((h: { start: number; end: number }) => article.slice(h.start, h.end)), ['no Ukrainian involvement'], 'a phrase is one hit')
  }
  const notAPhrase = await getJson(app, `/v1/search?kind=claim&q=${encodeURIComponent('"involvement Ukrainian no"')}`)
  t.equal(notAPhrase.body.items.length, 0, 'a phrase keeps its word order')
})

t.test('pagination over ranked results', async (t) => {
  const all = (await getJson(app, '/v1/search?q=Putin&limit=500')).body.items.map((i: { article: { id: string } }) => i.article.id)
  const paged: string[] = []
  let cursor: string | null = null
  do {
    const page = await getJson(app, `/v1/search?q=Putin&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
    paged.push(...page.body.items.map((i: { article: { id: string } }) => i.article.id))
    cursor = page.body.next_cursor
  } while (cursor)
  t.same(paged, all)
  t.ok(all.length > 2)
  // Pages of one hit: each its own snippet and hits (SQLite's FTS5 ignores `rowid = ?` bound to a
  // JavaScript number and returns every match: with .get(), the first).
  const everyHit = (await getJson(app, '/v1/search?q=Putin&limit=500')).body.items
  cursor = null
  for (const expected of everyHit) {
    const page = await getJson(app, `/v1/search?q=Putin&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
    t.same(page.body.items, [expected], `a page of one hit: ${expected.article.id}`)
    cursor = page.body.next_cursor
  }
})

t.test('ranking covers the newest matches, and says when that was not all of them', async (t) => {
  const every = await getJson(app, '/v1/search?q=attack&limit=500')
  t.same(every.body.window, { ranked: 5, complete: true }, 'five matches, all ranked')
  const { db } = await testApp(t)
  const seqOf = (id: string) => db.$client.prepare('SELECT seq FROM articles WHERE id = ?').pluck().get(id) as number
  const newest = (db.$client.prepare('SELECT seq FROM articles ORDER BY seq DESC LIMIT 3').pluck().all() as number[])
  const windowed = search(db, { q: 'attack', kind: 'article', limit: 50 }, 3)
  t.same(windowed.window, { ranked: 3, complete: false }, 'three of five ranked')
  t.same(windowed.items.map((i) => seqOf(i.article.id)).sort(), [...newest].sort(), 'the three newest matches')
  const ranks = windowed.items.map((i) => i.rank)
  t.same(ranks, [...ranks].sort((a, b) => a - b), 'best first')
  const claims = search(db, { q: 'attack', kind: 'claim', limit: 2 }, 4)
  t.same(claims.window, { ranked: 4, complete: false })
  t.equal(claims.items.length, 2)
  const rest = search(db, { q: 'attack', kind: 'claim', limit: 2, cursor: claims.next_cursor! }, 4)
  t.equal(rest.items.length, 2, 'pages stay within the window')
  t.equal(rest.next_cursor, null)
})

t.test('queries users type, and ones FTS cannot parse', async (t) => {
  t.equal(toFtsQuery('Putin Ukraine'), '"Putin" "Ukraine"')
  t.equal(toFtsQuery('"death toll" 143'), '"death toll" "143"')
  t.equal(toFtsQuery('ISIS-K’s claim'), '"ISIS-K’s" "claim"')
  t.equal(toFtsQuery('Putin OR Harris'), 'Putin OR Harris', 'operators pass through')
  for (const q of ['"', '(', 'AND', 'Putin AND', 'NEAR(', '***', 'col:umn']) {
    const { status, body } = await getJson(app, `/v1/search?q=${encodeURIComponent(q)}`)
    t.equal(status === 200 ? 200 : 400, status, `${q}: never a 5xx`)
    if (status === 400) t.equal(body.error.details[0].field, 'q')
  }
  t.equal((await getJson(app, '/v1/search?q=Putin&kind=tweet')).body.error.details[0].field, 'kind')
  t.equal((await getJson(app, '/v1/search')).status, 400, 'q is required')
  t.equal((await getJson(app, '/v1/articles?q=(')).status, 400, 'q= on lists uses the same machinery')
  t.same((await getJson(app, '/v1/claims?q=Telegram&limit=500')).body.items.length, 0)
  t.ok((await getJson(app, '/v1/claims?q=responsibility')).body.items.length > 0)
})

t.test('the index follows writes and deletes', async (t) => {
  const { app } = await testApp(t)
  const posted = await app.inject({
    method: 'POST',
    url: '/v1/articles',
    headers: AUTH,
    payload: { text: 'A landslide buried part of the village of Quillacollo in Bolivia on Sunday, killing at least 14 people, officials said.' },
  })
  t.equal(posted.statusCode, 201)
  const found = await getJson(app, '/v1/search?q=Quillacollo')
  t.same(found.body.items.map((i: { article: { id: string } }) => i.article.id), [posted.json().id])
  const claimHits = await getJson(app, '/v1/search?q=landslide&kind=claim')
  t.ok(claimHits.body.items.every((i: { article: { id: string } }) => i.article.id === posted.json().id))
  await app.inject({ method: 'DELETE', url: `/v1/articles/${posted.json().id}`, headers: AUTH })
  t.equal((await getJson(app, '/v1/search?q=Quillacollo')).body.items.length, 0)
  t.equal((await getJson(app, '/v1/search?q=Quillacollo&kind=claim')).body.items.length, 0)
})
