import t from 'tap'
import { AUTH, CROCUS, getJson, KEYS, testApp } from '../helpers/app.js'

const SEED_000 = 'd77f2436c617f0ca'

t.test('list, filters and pagination', async (t) => {
  const { app } = await testApp(t)
  const all = await getJson(app, '/v1/articles')
  t.equal(all.status, 200)
  t.equal(all.body.items.length, 5)
  t.equal(all.body.next_cursor, null)
  const first = all.body.items[0]
  t.same(Object.keys(first).sort(), ['content_hash', 'event', 'id', 'ingested_at', 'language', 'outlet', 'published_at', 'title', 'url', 'word_count'])
  t.equal(first.id, SEED_000)
  t.equal(first.content_hash.slice(0, 16), first.id, 'the id is derived from the content hash')
  t.same(first.event, { id: CROCUS, name: 'Crocus City Hall attack' })
  t.notOk('text' in first, 'lists leave the text out')

  t.equal((await getJson(app, `/v1/articles?event=${CROCUS}`)).body.items.length, 5)
  t.equal((await getJson(app, '/v1/articles?event=other')).body.items.length, 0)
  t.same((await getJson(app, `/v1/articles?outlet=${encodeURIComponent('El País')}`)).body.items.map((a: { id: string }) => a.id), [SEED_000])
  const beslan = await getJson(app, '/v1/articles?q=Beslan')
  t.same(beslan.body.items.map((a: { id: string }) => a.id), ['a63ad41b02b2c28d'])
  t.equal((await getJson(app, '/v1/articles?q=100%25_literally')).body.items.length, 0, '% and _ are literal')
  const prigozhin = await getJson(app, '/v1/articles?entity=yevgeny-prigozhin')
  t.same(prigozhin.body.items.map((a: { id: string }) => a.id), ['a63ad41b02b2c28d'])

  const pages: string[] = []
  let cursor: string | null = null
  do {
    const page = await getJson(app, `/v1/articles?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
    t.equal(page.status, 200)
    pages.push(...page.body.items.map((a: { id: string }) => a.id))
    cursor = page.body.next_cursor
  } while (cursor)
  t.same(pages, all.body.items.map((a: { id: string }) => a.id), 'pages of 2 give every article once, in order')
})

t.test('list errors name the parameter', async (t) => {
  const { app } = await testApp(t)
  for (const [query, field] of [
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=abc', 'limit'],
    ['cursor=%%%', 'cursor'],
    ['cursor=WyJ4Il0', 'cursor'], // ["x"]: a well-formed cursor of the wrong shape
    ['colour=red', 'colour'],
  ]) {
    const { status, body } = await getJson(app, `/v1/articles?${query}`)
    t.equal(status, 400, query)
    t.equal(body.error.code, 'bad_request')
    t.equal(body.error.details[0].field, field, `${query} names ${field}`)
  }
})

t.test('detail: text, entities with mentions, claims', async (t) => {
  const { app } = await testApp(t)
  const { status, body } = await getJson(app, `/v1/articles/${SEED_000}`)
  t.equal(status, 200)
  t.match(body.text, /^National mourning in Russia/)
  t.equal(body.title, 'National mourning in Russia after Crocus City Hall massacre')
  const watson = body.entities.find((e: { id: string }) => e.id === 'adrienne-watson')
  t.same(watson.kind, 'person')
  t.ok(watson.aliases.includes('Watson'))
  t.ok(watson.mentions.length >= 2)
  for (const e of body.entities) {
    for (const m of e.mentions) t.equal(body.text.slice(m.start, m.end), m.text, `mention ${m.text}@${m.start}`)
  }
  t.ok(body.claims.length > 10)
  for (const c of body.claims) {
    t.equal(c.article.id, SEED_000)
    t.equal(body.text.slice(c.evidence.start, c.evidence.end), c.evidence.text)
  }
  const quotes = body.claims.filter((c: { kind: string }) => c.kind === 'quote')
  t.equal(quotes.length, 2)
  t.ok(quotes.every((q: { claimant: { id: string } }) => q.claimant.id === 'adrienne-watson'))
  t.equal((await getJson(app, '/v1/articles/nope')).status, 404)
})

t.test('delete needs a key, removes mentions and claims in one go', async (t) => {
  const { app, db } = await testApp(t)
  const url = `/v1/articles/${SEED_000}`
  const none = await app.inject({ method: 'DELETE', url })
  t.equal(none.statusCode, 401)
  t.equal(none.json().error.code, 'unauthorized')
  const wrong = await app.inject({ method: 'DELETE', url, headers: { authorization: 'Bearer not-a-key-at-all' } })
  t.equal(wrong.statusCode, 403)
  const malformed = await app.inject({ method: 'DELETE', url, headers: { authorization: `Basic ${KEYS[0]!.key}` } })
  t.equal(malformed.statusCode, 401)
  t.equal((await getJson(app, url)).status, 200, 'still there after refused deletes')

  const count = (table: string) =>
    (db.$client.prepare(`SELECT count(*) n FROM ${table} WHERE article_id = ?`).get(SEED_000) as { n: number }).n
  t.ok(count('mentions') > 0)
  t.ok(count('claims') > 0)
  const ok = await app.inject({ method: 'DELETE', url, headers: { authorization: `Bearer ${KEYS[1]!.key}` } })
  t.equal(ok.statusCode, 200)
  t.same(ok.json(), { deleted: SEED_000 })
  t.equal(count('mentions'), 0)
  t.equal(count('claims'), 0)
  t.equal((await getJson(app, url)).status, 404)
  t.equal((await app.inject({ method: 'DELETE', url, headers: AUTH })).statusCode, 404)
  const stats = await getJson(app, '/v1/stats')
  t.equal(stats.body.articles, 4)
})
