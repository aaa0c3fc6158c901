// Item 8 of issue 16: every write is audited — article ingests and deletes join curation in the
// audit trail, with the key's name, the article id and its content hash.
import t from 'tap'
import { contentHashOf } from '../../src/ingest/ids.js'
import { AUTH, KEYS, testApp } from '../helpers/app.js'

const TEXT = 'At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said.'

t.test('an ingest and a delete are audit entries: who, which article, which content hash', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const posted = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: TEXT, outlet: 'Dawn', published_at: '2025-10-13' } })
  t.equal(posted.statusCode, 201)
  const id = posted.json().id
  const trail = async () => (await app.inject({ method: 'GET', url: `/v1/audit?resource=article&id=${id}` })).json().items
  const [ingest] = await trail()
  t.match(ingest, {
    actor: KEYS[0]!.name,
    action: 'ingest',
    resource: 'article',
    resource_id: id,
    before: null,
    after: { content_hash: contentHashOf(TEXT), outlet: 'Dawn', published_at: '2025-10-13', event: null, claims: posted.json().claims.length },
  })
  t.equal(ingest.after.content_hash, posted.json().content_hash)

  const again = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: TEXT } })
  t.equal(again.statusCode, 200)
  t.equal((await trail()).length, 1, 'a duplicate writes nothing, so is no entry')

  const robot = { authorization: `Bearer ${KEYS[1]!.key}` }
  const deleted = await app.inject({ method: 'DELETE', url: `/v1/articles/${id}`, headers: robot })
  t.equal(deleted.statusCode, 200)
  const [del, first] = await trail()
  t.match(del, { actor: KEYS[1]!.name, action: 'delete', resource: 'article', resource_id: id, before: { content_hash: contentHashOf(TEXT), outlet: 'Dawn', published_at: '2025-10-13' }, after: null })
  t.equal(first.action, 'ingest', 'newest first')
  t.notMatch(JSON.stringify(await trail()), KEYS[1]!.key, 'key names, never keys')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${id}`, headers: robot })).statusCode, 404)
  t.equal((await trail()).length, 2, 'a delete of nothing is no entry')
})

t.test('a refused or failed ingest leaves no entry', async (t) => {
  const { app, db } = await testApp(t, { seed: false })
  t.equal((await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: TEXT, published_at: '2024-02-30' } })).statusCode, 400)
  db.$client.exec(`CREATE TEMP TRIGGER no_claims BEFORE INSERT ON claims BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`)
  t.equal((await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: TEXT } })).statusCode, 500)
  t.same((await app.inject({ method: 'GET', url: '/v1/audit?resource=article' })).json().items, [], 'the entry goes with the transaction')
})
