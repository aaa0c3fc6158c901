import t from 'tap'
import { CROCUS, getJson, testApp } from '../helpers/app.js'

const { app } = await testApp(t)

t.test('list and detail', async (t) => {
  const list = await getJson(app, '/v1/events')
  t.equal(list.status, 200)
  t.equal(list.body.items.length, 1)
  const ev = list.body.items[0]
  t.equal(ev.id, CROCUS)
  t.equal(ev.date, '2024-03-22')
  t.equal(ev.article_count, 5)
  t.equal(ev.place.id, 'crocus-city-hall')
  t.equal(list.body.next_cursor, null)

  const detail = await getJson(app, `/v1/events/${CROCUS}`)
  t.equal(detail.status, 200)
  t.equal(detail.body.articles.length, 5)
  const stats = await getJson(app, '/v1/stats')
  t.same(detail.body.claim_counts, stats.body.claims, 'every seed claim belongs to the one event')
  t.equal((await getJson(app, '/v1/events/nope')).status, 404)
  t.equal((await getJson(app, '/v1/events?limit=1&cursor=WzFd')).body.items.length, 0, 'a cursor past the end is an empty page')
})

t.test('health and stats', async (t) => {
  const health = await getJson(app, '/v1/health')
  t.same(health, { status: 200, body: { status: 'ok', version: '0.1.0' } })
  const stats = await getJson(app, '/v1/stats')
  t.equal(stats.body.articles, 5)
  t.equal(stats.body.events, 1)
  t.ok(stats.body.entities >= 34)
  const c = stats.body.claims
  t.equal(c.total, c.responsibility + c.count + c.quote)
  t.ok(c.responsibility > 0 && c.count > 0 && c.quote > 0)
})
