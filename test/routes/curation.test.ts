import t from 'tap'
import type { Claim } from '../../src/domain/api.js'
import { AUTH, CROCUS, getJson, KEYS, testApp } from '../helpers/app.js'

type App = Awaited<ReturnType<typeof testApp>>['app']
const send = (app: App, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = AUTH) =>
  app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) })

const SEED_000 = 'd77f2436c617f0ca'

t.test('correct, add and delete claims; every change is audited by key name', async (t) => {
  const { app } = await testApp(t)
  const putin = (await getJson(app, '/v1/claims?claimant=vladimir-putin&kind=responsibility&article=' + SEED_000)).body.items[0] as Claim
  t.equal((await send(app, 'PATCH', `/v1/claims/${putin.id}`, { stance: 'asserts' }, {})).statusCode, 401)
  t.equal((await send(app, 'PATCH', '/v1/claims/nope', { stance: 'asserts' })).statusCode, 404)
  const wrongKind = await send(app, 'PATCH', `/v1/claims/${putin.id}`, { metric: 'killed' })
  t.equal(wrongKind.statusCode, 400)
  t.equal(wrongKind.json().error.details[0].field, 'metric')
  t.equal((await send(app, 'PATCH', `/v1/claims/${putin.id}`, {})).statusCode, 400, 'an empty patch says so')
  t.equal((await send(app, 'PATCH', `/v1/claims/${putin.id}`, { target: 'atlantis' })).json().error.details[0].field, 'target')

  const patched = await send(app, 'PATCH', `/v1/claims/${putin.id}`, { stance: 'asserts' }, { authorization: `Bearer ${KEYS[1]!.key}` })
  t.equal(patched.statusCode, 200)
  t.equal(patched.json().stance, 'asserts')
  t.equal(patched.json().method, 'curated')
  t.equal(patched.json().id, putin.id, 'the id stays')

  const audit = await getJson(app, `/v1/audit?resource=claim&id=${putin.id}`)
  t.equal(audit.body.items.length, 1, 'refused writes leave no trace')
  const entry = audit.body.items[0]
  t.equal(entry.actor, 'robot', "the key's name")
  t.equal(entry.action, 'update')
  t.equal(entry.before.stance, 'suggests')
  t.equal(entry.after.stance, 'asserts')
  t.notMatch(JSON.stringify(audit.body), KEYS[1]!.key, 'never the key')

  const text = (await getJson(app, `/v1/articles/${SEED_000}`)).body.text as string
  const start = text.indexOf('40 of whom')
  const bad = [
    [{ article: SEED_000, kind: 'count', metric: 'critical', value: 40, qualifier: 'exact', evidence: { start, end: start + 10, text: 'forty' } }, 'evidence.text'],
    [{ article: SEED_000, kind: 'count', metric: 'critical', value: 40, qualifier: 'exact', evidence: { start, end: text.length + 5 } }, 'evidence'],
    [{ article: SEED_000, kind: 'count', metric: 'critical', value: 40, evidence: { start, end: start + 10 } }, 'qualifier'],
    [{ article: SEED_000, kind: 'quote', quote: 'x', evidence: { start, end: start + 10 } }, 'claimant'],
    [{ article: 'nope', kind: 'quote', claimant: 'vladimir-putin', quote: 'x', evidence: { start, end: start + 10 } }, 'article'],
  ] as const
  for (const [body, field] of bad) {
    const res = await send(app, 'POST', '/v1/claims', body)
    t.equal(res.statusCode, 400, field)
    t.equal(res.json().error.details[0].field, field)
  }
  const created = await send(app, 'POST', '/v1/claims', {
    article: SEED_000, kind: 'count', claimant: 'afp', metric: 'critical', value: 40, qualifier: 'at_least', evidence: { start, end: start + 10 },
  })
  t.equal(created.statusCode, 201)
  t.equal(created.json().evidence.text, '40 of whom')
  t.same(created.json().event, { id: CROCUS, name: 'Crocus City Hall attack' }, "the article's event")
  t.equal((await send(app, 'POST', '/v1/claims', { article: SEED_000, kind: 'count', claimant: 'afp', metric: 'critical', value: 40, qualifier: 'at_least', evidence: { start, end: start + 10 } })).statusCode, 409)
  const deleted = await send(app, 'DELETE', `/v1/claims/${created.json().id}`)
  t.same(deleted.json(), { deleted: created.json().id })
  t.equal((await send(app, 'DELETE', `/v1/claims/${created.json().id}`)).statusCode, 404)
  const trail = (await getJson(app, '/v1/audit?resource=claim')).body.items.map((e: { action: string }) => e.action)
  t.same(trail, ['delete', 'create', 'update'], 'newest first')
})

t.test('a correction survives re-ingesting the same text', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const text = 'At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said. More than 30 were injured.'
  const first = (await send(app, 'POST', '/v1/articles', { text })).json()
  const killed = first.claims.find((c: Claim) => c.metric === 'killed')
  await send(app, 'PATCH', `/v1/claims/${killed.id}`, { value: 13, qualifier: 'exact' })
  const again = await send(app, 'POST', '/v1/articles', { text })
  t.equal(again.statusCode, 200)
  t.equal(again.json().duplicate, true)
  const after = again.json().claims.find((c: Claim) => c.id === killed.id)
  t.match(after, { value: 13, qualifier: 'exact', method: 'curated' })
})

t.test('entities: correct, aliases that later articles use, merge with a redirect', async (t) => {
  const { app } = await testApp(t)
  const cycle = await send(app, 'PATCH', '/v1/entities/islamic-state', { parent: 'isis-k' })
  t.equal(cycle.statusCode, 400)
  t.equal(cycle.json().error.details[0].field, 'parent')
  t.equal((await send(app, 'PATCH', '/v1/entities/isis-k', { wikidata: 'not-an-id' })).statusCode, 400)
  const fixed = await send(app, 'PATCH', '/v1/entities/isis-k', { name: 'Islamic State Khorasan Province', description: 'Afghan branch' })
  t.equal(fixed.statusCode, 200)
  t.equal(fixed.json().name, 'Islamic State Khorasan Province')
  t.ok(fixed.json().aliases.includes('ISIS-K'), 'old names stay aliases')

  const taken = await send(app, 'POST', '/v1/entities/isis-k/aliases', { alias: 'ISIS' })
  t.equal(taken.statusCode, 409, 'an alias of another group')
  const added = await send(app, 'POST', '/v1/entities/piknik/aliases', { alias: 'Picnic Band' })
  t.equal(added.statusCode, 201)
  t.ok(added.json().aliases.includes('Picnic Band'))
  const later = await send(app, 'POST', '/v1/articles', {
    text: 'The rock group Picnic Band cancelled its spring tour on Monday after the attack, its manager said in a statement.',
  })
  t.ok(later.json().entities.some((e: { id: string }) => e.id === 'piknik'), 'the next article is read with the new alias')
  t.equal((await send(app, 'DELETE', '/v1/entities/piknik/aliases/Nope')).statusCode, 404)
  const removed = await send(app, 'DELETE', `/v1/entities/piknik/aliases/${encodeURIComponent('Picnic Band')}`)
  t.notOk(removed.json().aliases.includes('Picnic Band'))

  const before = await getJson(app, '/v1/entities/united-states')
  const merged = await send(app, 'POST', '/v1/entities/white-house/merge', { into: 'united-states' })
  t.equal(merged.statusCode, 200)
  t.ok(merged.json().aliases.includes('White House'), 'aliases move')
  t.ok(merged.json().counts.mentions > before.body.counts.mentions, 'mentions move')
  const old = await app.inject('/v1/entities/white-house')
  t.equal(old.statusCode, 308)
  t.equal(old.headers.location, '/v1/entities/united-states')
  const denials = (await getJson(app, `/v1/events/${CROCUS}/disputes`)).body.targets.find((x: { target: { id: string } }) => x.target.id === 'ukraine').denied_by
  t.notOk(denials.some((s: { claimant: { id: string } | null }) => s.claimant?.id === 'white-house'), 'claims follow the merge')
  t.ok((await getJson(app, '/v1/claims?claimant=white-house')).body.items.length === 0)
  t.equal((await send(app, 'POST', '/v1/entities/kremlin/merge', { into: 'kremlin' })).statusCode, 400)
  t.equal((await send(app, 'POST', '/v1/entities/kremlin/merge', { into: 'white-house' })).json().error.details[0].field, 'into', 'merged ids are gone')
  t.equal((await getJson(app, '/v1/audit?resource=entity&id=white-house')).body.items[0].action, 'merge')
})

t.test('events: create, correct, move an article', async (t) => {
  const { app } = await testApp(t)
  const created = await send(app, 'POST', '/v1/events', { name: 'Moscow attack investigation', date: '2024-03-25', place: 'moscow', parent: CROCUS })
  t.equal(created.statusCode, 201)
  const ev = created.json()
  t.equal(ev.id, 'moscow-attack-investigation-2024')
  t.same(ev.parent, { id: CROCUS, name: 'Crocus City Hall attack' })
  t.equal((await send(app, 'POST', '/v1/events', { name: 'Moscow attack investigation', date: '2024-03-25' })).statusCode, 409)
  t.equal((await send(app, 'POST', '/v1/events', { name: 'X', place: 'atlantis' })).json().error.details[0].field, 'place')
  t.equal((await send(app, 'PATCH', `/v1/events/${CROCUS}`, { parent: ev.id })).statusCode, 400, 'no cycles')
  const patched = await send(app, 'PATCH', `/v1/events/${ev.id}`, { description: 'Arrests and trial' })
  t.equal(patched.json().description, 'Arrests and trial')

  const moved = await send(app, 'PUT', '/v1/articles/72310df056a5f00a/event', { event: ev.id })
  t.same(moved.json(), { article: '72310df056a5f00a', event: ev.id })
  const figures = await getJson(app, `/v1/events/${ev.id}/figures?metric=arrested`)
  t.equal(figures.body.metrics[0].figures.length, 2, "the article's claims moved with it")
  t.equal((await getJson(app, `/v1/events/${CROCUS}`)).body.article_count, 4)
  t.equal((await send(app, 'PUT', '/v1/articles/72310df056a5f00a/event', { event: 'nope' })).statusCode, 400)
  t.equal((await send(app, 'PUT', '/v1/articles/nope/event', { event: null })).statusCode, 404)
  const trail = await getJson(app, '/v1/audit?limit=1')
  t.equal(trail.body.items[0].resource, 'article')
  t.ok(trail.body.next_cursor)
  const next = await getJson(app, `/v1/audit?limit=1&cursor=${trail.body.next_cursor}`)
  t.equal(next.body.items[0].resource, 'event')
})
