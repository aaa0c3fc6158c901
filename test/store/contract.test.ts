// The store contract on both implementations (issue 17): the seed loaded into the sqlite store and
// into the postgres store (PGlite) through store.loadSeed, the same requests through the real app
// give the same JSON, byte for byte (timestamps of the moment aside: ingested_at, an audit entry's
// at, an export's exported_at), lists page by page through their cursors; and writes through the
// app (an article POSTed, curation of events, articles and claims, deletes) answer the same and
// leave the same answers after. Methods the postgres store does not have yet are listed, each
// shown to refuse with its name rather than answer something.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import t, { type Test } from 'tap'
import { AUTH, CROCUS } from '../helpers/app.js'
import { STORES, testAppOn, type AnyStore } from '../helpers/stores.js'

/**
 * An answer's bytes with the moment's timestamps replaced, and a next page's cursor only said to be
 * there (a cursor is opaque and valid on the store that issued it: SQLite's list-index pages end
 * theirs just before the next claim), so two stores' answers compare.
 */
const normalized = (body: string) =>
  body.replace(/"(ingested_at|at|exported_at)":"[^"]*"/g, '"$1":"T"').replace(/"next_cursor":"[^"]*"/g, '"next_cursor":"(a cursor)"')

type Apps = Record<'sqlite' | 'postgres', { app: FastifyInstance; store: AnyStore }>

async function bothApps(t: Test): Promise<Apps> {
  const [sqlite, postgres] = await Promise.all(STORES.map((d) => testAppOn(t, d)))
  return { sqlite: sqlite!, postgres: postgres! }
}

async function request(app: FastifyInstance, method: string, url: string, payload?: unknown) {
  const res = await app.inject({ method: method as 'GET', url, headers: method === 'GET' ? {} : AUTH, payload: payload as string })
  // A redirect's answer is where it points.
  return { status: res.statusCode, body: res.headers.location ? `location: ${res.headers.location}` : normalized(res.body) }
}

/** The same request on both apps: the same status and the same bytes. Returns the status and the parsed answer. */
async function compare(t: Test, apps: Apps, method: string, url: string, payload?: unknown) {
  const a = await request(apps.sqlite.app, method, url, payload)
  const b = await request(apps.postgres.app, method, url, payload)
  t.equal(b.status, a.status, `${method} ${url}: status ${a.status}`)
  t.equal(b.body, a.body, `${method} ${url}: the same JSON`)
  return { status: a.status, body: /^[[{]/.test(a.body) && !url.includes('.ndjson') ? JSON.parse(a.body) : a.body }
}

/** The same request on both apps (see compare); the parsed answer. */
async function same(t: Test, apps: Apps, method: string, url: string, payload?: unknown) {
  return (await compare(t, apps, method, url, payload)).body
}

/** Every page of a list on both apps, each following its own store's cursors (at least `minPages`). */
async function samePages(t: Test, apps: Apps, url: string, minPages = 2) {
  const pages: string[][] = []
  for (const { app } of [apps.sqlite, apps.postgres]) {
    const seen: string[] = []
    for (let next: string | null = url; next; ) {
      const res = await request(app, 'GET', next)
      t.equal(res.status, 200)
      seen.push(res.body)
      const cursor = JSON.parse((await app.inject({ method: 'GET', url: next })).body).next_cursor as string | null
      next = cursor ? `${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}` : null
      if (seen.length > 200) throw new Error(`${url}: more than 200 pages`)
    }
    pages.push(seen)
  }
  t.ok(pages[0]!.length >= minPages, `${url}: ${minPages} pages or more`)
  t.same(pages[1], pages[0], `${url}: ${pages[0]!.length} pages, the same on both`)
}

t.test('the seeded database: the same reads give the same JSON on both stores', async (t) => {
  const apps = await bothApps(t)
  const stats = await same(t, apps, 'GET', '/v1/stats')
  t.ok(stats.articles === 5 && stats.claims.total > 50, 'the seed is there')
  await same(t, apps, 'GET', '/v1/events')
  await same(t, apps, 'GET', `/v1/events/${CROCUS}`)
  await same(t, apps, 'GET', '/v1/events/no-such-event')
  await samePages(t, apps, '/v1/entities?limit=4')
  await samePages(t, apps, '/v1/entities?kind=group&limit=3')
  await same(t, apps, 'GET', '/v1/entities?q=state')
  await same(t, apps, 'GET', '/v1/entities?q=MOSCOW')
  await same(t, apps, 'GET', '/v1/entities?q=50%25')
  const entities = (await same(t, apps, 'GET', '/v1/entities?limit=200')).items as { id: string }[]
  for (const e of entities) await same(t, apps, 'GET', `/v1/entities/${e.id}`)
  await same(t, apps, 'GET', '/v1/entities/no-such-entity')
  await samePages(t, apps, '/v1/articles?limit=2')
  const articles = (await same(t, apps, 'GET', '/v1/articles')).items as { id: string }[]
  t.equal(articles.length, 5)
  for (const a of articles) await same(t, apps, 'GET', `/v1/articles/${a.id}`)
  await same(t, apps, 'GET', `/v1/articles?event=${CROCUS}&limit=3`)
  await same(t, apps, 'GET', `/v1/articles?entity=islamic-state`)
  await same(t, apps, 'GET', `/v1/articles?outlet=nope`)
  await same(t, apps, 'GET', '/v1/articles/no-such-article')
  await samePages(t, apps, '/v1/claims?limit=25')
  for (const filter of ['kind=quote', 'kind=count&metric=killed', 'kind=responsibility&stance=denies', 'claimant=islamic-state', `event=${CROCUS}&method=curated`, `article=${articles[2]!.id}`]) {
    await samePages(t, apps, `/v1/claims?${filter}&limit=3`)
  }
  await same(t, apps, 'GET', '/v1/claims?limit=2&facet=claimant&facet=target&facet=stance&facet=metric&facet=article&facet=outlet')
  await same(t, apps, 'GET', '/v1/claims?kind=count&limit=1&facet=metric')
  await same(t, apps, 'GET', '/v1/claims?cursor=not-a-cursor')
  await same(t, apps, 'GET', '/v1/claims.ndjson?kind=responsibility')
  await same(t, apps, 'GET', '/v1/claims.csv?claimant=islamic-state')
  await same(t, apps, 'GET', `/v1/events/${CROCUS}/export.json`)
  await same(t, apps, 'GET', '/v1/audit')
})

t.test('writes through the app answer the same on both stores, and leave the same answers', async (t) => {
  const apps = await bothApps(t)
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'articles', 'beni-peacekeepers-attack.txt'), 'utf8')
  const posted = await same(t, apps, 'POST', '/v1/articles', { text, outlet: 'Reuters', published_at: '2025-10-14', title: 'Peacekeepers attacked near Beni' })
  t.equal(posted.duplicate, false)
  t.ok(posted.claims.length > 0 && posted.entities.length > 0, 'extracted entities and claims')
  await same(t, apps, 'POST', '/v1/articles', { text, outlet: 'Reuters' }) // a duplicate: the stored article, duplicate true
  await same(t, apps, 'GET', `/v1/articles/${posted.id}`)
  await same(t, apps, 'GET', '/v1/stats')
  await same(t, apps, 'GET', `/v1/claims?article=${posted.id}`)
  await same(t, apps, 'GET', '/v1/entities?limit=200')
  for (const e of posted.entities as { id: string }[]) await same(t, apps, 'GET', `/v1/entities/${e.id}`)

  const event = await same(t, apps, 'POST', '/v1/events', { name: 'Beni attack', date: '2025-10-13', place: null, parent: null, description: null })
  t.equal(event.id, 'beni-attack-2025')
  await same(t, apps, 'POST', '/v1/events', { name: 'Beni attack', date: '2025-10-13', place: null, parent: null, description: null }) // 409
  await same(t, apps, 'PATCH', `/v1/events/${event.id}`, { description: 'An attack on a UN base', parent: CROCUS })
  await same(t, apps, 'PATCH', `/v1/events/${CROCUS}`, { parent: event.id }) // 400: its own ancestor
  await same(t, apps, 'PATCH', '/v1/events/no-such-event', { description: 'x' }) // 404
  await same(t, apps, 'PUT', `/v1/articles/${posted.id}/event`, { event: event.id })
  await same(t, apps, 'PUT', `/v1/articles/${posted.id}/event`, { event: 'no-such-event' }) // 400
  await same(t, apps, 'GET', `/v1/events/${event.id}`)
  await same(t, apps, 'GET', `/v1/articles/${posted.id}`)
  await same(t, apps, 'GET', `/v1/claims?event=${event.id}&facet=claimant`)

  const claim = (posted.claims as { id: string }[])[0]!.id
  await same(t, apps, 'DELETE', `/v1/claims/${claim}`)
  await same(t, apps, 'DELETE', `/v1/claims/${claim}`) // 404
  await same(t, apps, 'GET', `/v1/articles/${posted.id}`)
  const seeded = (await same(t, apps, 'GET', `/v1/articles?event=${CROCUS}&limit=1`)).items[0].id as string
  await same(t, apps, 'DELETE', `/v1/articles/${seeded}`)
  await same(t, apps, 'DELETE', `/v1/articles/${seeded}`) // 404
  await same(t, apps, 'GET', `/v1/events/${CROCUS}`)
  await same(t, apps, 'GET', '/v1/entities?limit=200')
  await same(t, apps, 'GET', '/v1/entities/islamic-state')
  await same(t, apps, 'GET', '/v1/stats')
  await samePages(t, apps, '/v1/audit?limit=2')
})

const METRICS = ['killed', 'injured', 'hospitalized', 'critical', 'missing', 'arrested']

/**
 * Every event's responsibility (each grouping, page by page through its cursors, with several
 * page and group sizes), figures (each metric and none, several limits) and disputes: the same
 * bytes on both apps. Returns what the SQLite side answered, for the caller to check that the data
 * reaches the cases it means to compare.
 */
async function sameByEvent(t: Test, apps: Apps) {
  const seen = { events: 0, writtenKeys: 0, nullKeys: 0, subsets: 0, truncated: 0, disputedTargets: 0, disputedFigures: 0, multiPage: 0 }
  const events = (await same(t, apps, 'GET', '/v1/events?limit=500')).items as { id: string }[]
  for (const { id } of events) {
    seen.events++
    const base = `/v1/events/${id}`
    for (const by of ['article', 'claimant', 'outlet', 'target']) {
      await samePages(t, apps, `${base}/responsibility?by=${by}&limit=1&claims=1`, 1)
      await samePages(t, apps, `${base}/responsibility?by=${by}&limit=2&claims=2`, 1)
      for (const query of [`by=${by}`, `by=${by}&limit=500&claims=500`]) {
        const r = await same(t, apps, 'GET', `${base}/responsibility?${query}`)
        for (const g of r.groups as { key: { id: string | null; name: string | null } }[]) {
          if (g.key.id === null && g.key.name !== null) seen.writtenKeys++
          if (g.key.id === null && g.key.name === null) seen.nullKeys++
        }
        if (r.next_cursor) seen.multiPage++
      }
    }
    await same(t, apps, 'GET', `${base}/responsibility?cursor=bm90LWEtY3Vyc29y`) // 400 on cursor
    await same(t, apps, 'GET', `${base}/responsibility?by=article&cursor=${Buffer.from('["x","y"]').toString('base64url')}`) // 400: not a seq
    for (const metric of ['', ...METRICS]) {
      for (const limit of ['', '1', '2', '500']) {
        const f = await same(t, apps, 'GET', `${base}/figures?${metric ? `metric=${metric}&` : ''}${limit ? `limit=${limit}` : ''}`)
        for (const m of f.metrics as { subsets: unknown[]; truncated: boolean }[]) {
          seen.subsets += m.subsets.length
          if (m.truncated) seen.truncated++
        }
      }
    }
    const d = await same(t, apps, 'GET', `${base}/disputes`)
    seen.disputedTargets += d.targets.length
    seen.disputedFigures += d.figures.length
  }
  await same(t, apps, 'GET', '/v1/events/no-such-event/responsibility')
  await same(t, apps, 'GET', '/v1/events/no-such-event/figures')
  await same(t, apps, 'GET', '/v1/events/no-such-event/disputes')
  return seen
}

/** Fixture articles posted to an event (by name) on both apps: the same answers. */
async function postFixtures(t: Test, apps: Apps, names: string[], event: string | null) {
  const ids: string[] = []
  for (const [i, name] of names.entries()) {
    const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'articles', `${name}.txt`), 'utf8')
    const posted = await same(t, apps, 'POST', '/v1/articles', { text, title: name, outlet: i % 2 ? 'Reuters' : 'AFP', published_at: `2024-03-${23 + (i % 3)}`, ...(event ? { event } : {}) })
    ids.push(posted.id)
  }
  return ids
}

t.test('responsibility, figures and disputes: the same answers on both stores, before and after writes', async (t) => {
  const apps = await bothApps(t)
  const seeded = await sameByEvent(t, apps)
  t.ok(seeded.writtenKeys > 0 && seeded.nullKeys > 0 && seeded.subsets > 0 && seeded.disputedTargets > 0 && seeded.disputedFigures > 0, `the seed reaches written and unattributed groups, subsets and disputes (${JSON.stringify(seeded)})`)

  // Articles of other events, and more for the seeded one: figures revised, undated, parties as written.
  const other = await same(t, apps, 'POST', '/v1/events', { name: 'Quetta market bombing', date: '2024-03-20', place: null, parent: null, description: null })
  const quetta = await postFixtures(t, apps, ['quetta-market-bombing-toll', 'maiduguri-bus-station-bombing', 'lyon-van-ramming'], other.name)
  await postFixtures(t, apps, ['beni-peacekeepers-attack', 'mozambique-convoy-ambush', 'ecuador-blames-peru-grid-cyberattack', 'kisumu-by-election-violence'], CROCUS)
  const undated = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'articles', 'bangladesh-ferry-capsize-live.txt'), 'utf8')
  await same(t, apps, 'POST', '/v1/articles', { text: undated, event: CROCUS }) // no date, no outlet
  const posted = await sameByEvent(t, apps)
  t.ok(posted.events === 2 && posted.multiPage > 0 && posted.truncated > 0, `two events, groups over several pages, figures truncated (${JSON.stringify(posted)})`)

  // Curation: an article moved to the other event, a claim deleted, an event renamed.
  await same(t, apps, 'PUT', `/v1/articles/${quetta[1]}/event`, { event: CROCUS })
  const claims = (await same(t, apps, 'GET', `/v1/claims?event=${CROCUS}&kind=count&limit=1`)).items as { id: string }[]
  await same(t, apps, 'DELETE', `/v1/claims/${claims[0]!.id}`)
  await same(t, apps, 'PATCH', `/v1/events/${other.id}`, { name: 'Market bombing in Quetta' })
  await sameByEvent(t, apps)
})

t.test('curation of claims and entities: the same answers, errors, rows and audit on both stores', async (t) => {
  const apps = await bothApps(t)
  const A0 = 'd77f2436c617f0ca' // seed 000
  const A2 = 'a63ad41b02b2c28d' // seed 002
  /** After a write: what it touched, read back on both stores. */
  const touched = async (entities: string[], articles: string[]) => {
    for (const e of entities) await same(t, apps, 'GET', `/v1/entities/${e}`)
    for (const a of articles) {
      await same(t, apps, 'GET', `/v1/articles/${a}`)
      await same(t, apps, 'GET', `/v1/claims?article=${a}&limit=500`)
    }
    await same(t, apps, 'GET', '/v1/audit?limit=3')
    for (const by of ['claimant', 'target', 'article', 'outlet']) await same(t, apps, 'GET', `/v1/events/${CROCUS}/responsibility?by=${by}&limit=500`)
    await same(t, apps, 'GET', `/v1/events/${CROCUS}/figures`)
    await same(t, apps, 'GET', `/v1/events/${CROCUS}/disputes`)
  }
  /** A write on both stores: the same answer, with the status (and for a 400 the field) this test means. */
  const expect = async (method: string, url: string, payload: unknown, status: number, field?: string) => {
    const answer = await compare(t, apps, method, url, payload)
    t.equal(answer.status, status, `${method} ${url}: ${status}`)
    if (field) t.match(answer.body, { error: { details: [{ field }] } }, `${method} ${url}: on ${field}`)
    return answer.body
  }

  // POST /v1/claims: parties as written (non-ASCII: SQLite's lower() folds ASCII only, so
  // "THE Élysée" and "the élysée" are two groups on both stores), a figure of part of the victims.
  const written = { article: A0, kind: 'responsibility', stance: 'suggests', target_text: 'The Organisers', evidence: { start: 61, end: 178 } }
  const c1 = await expect('POST', '/v1/claims', { ...written, claimant_text: 'THE Élysée Palace' }, 201)
  await expect('POST', '/v1/claims', { ...written, claimant_text: 'the élysée palace', evidence: { start_cp: 61, end_cp: 178 } }, 201)
  await expect('POST', '/v1/claims', { ...written, claimant_text: 'THE Élysée Palace' }, 409)
  await expect('POST', '/v1/claims', { article: A2, kind: 'count', metric: 'killed', value: 40, qualifier: 'about', subset: 'children', evidence: { start: 71, end: 104 } }, 201)
  await expect('POST', '/v1/claims', { article: A2, kind: 'count', metric: 'injured', value: 9, qualifier: 'up_to', claimant: 'vladimir-putin', evidence: { start: 71, end: 104 } }, 201)
  await touched(['vladimir-putin'], [A0, A2])
  await expect('POST', '/v1/claims', { ...written, article: 'no-such-article' }, 400, 'article')
  await expect('POST', '/v1/claims', { article: A0, kind: 'quote', quote: 'words', evidence: { start: 0, end: 5 } }, 400, 'claimant')
  await expect('POST', '/v1/claims', { ...written, claimant: 'no-such-entity' }, 400, 'claimant')
  await expect('POST', '/v1/claims', { ...written, target: 'ukraine' }, 400, 'target_text')
  await expect('POST', '/v1/claims', { ...written, metric: 'killed' }, 400, 'metric')
  await expect('POST', '/v1/claims', { ...written, stance: null }, 400, 'stance')
  await expect('POST', '/v1/claims', { ...written, evidence: { start: 178, end: 61 } }, 400, 'evidence')
  await expect('POST', '/v1/claims', { ...written, evidence: { start: 61, end: 178, text: 'not the text' } }, 400, 'evidence.text')
  // An article with a character outside the BMP: a span starting inside it is refused; code points convert.
  const emoji = await same(t, apps, 'POST', '/v1/articles', { text: '😀 Officials in Quetta said 12 people were killed in the blast. The Taliban denied any involvement.', event: CROCUS })
  await expect('POST', '/v1/claims', { article: emoji.id, kind: 'quote', quote: 'q', claimant_text: 'officials', evidence: { start: 1, end: 12 } }, 400, 'evidence')
  await expect('POST', '/v1/claims', { article: emoji.id, kind: 'quote', quote: 'q', claimant_text: 'Officials', evidence: { start_cp: 2, end_cp: 11 } }, 201)

  // PATCH /v1/claims/{id}
  await expect('PATCH', `/v1/claims/${c1.id}`, { target: 'ukraine', claimant: 'kremlin' }, 200)
  await expect('PATCH', '/v1/claims/ce51b5a3a24785ff', { value: 144, qualifier: 'more_than', evidence: { start_cp: 234, end_cp: 260 } }, 200)
  await expect('PATCH', '/v1/claims/cdac4f5f8c895f3f', { target_text: 'the West', stance: 'asserts', event: null }, 200)
  await touched(['kremlin', 'ukraine', 'vladimir-putin'], [A0])
  await expect('PATCH', '/v1/claims/no-such-claim', { value: 1 }, 404)
  await expect('PATCH', `/v1/claims/${c1.id}`, { target: 'no-such-entity' }, 400, 'target')
  await expect('PATCH', `/v1/claims/${c1.id}`, { target: null }, 400, 'target')
  await expect('PATCH', `/v1/claims/${c1.id}`, { metric: 'killed' }, 400, 'metric')
  await expect('PATCH', `/v1/claims/${c1.id}`, { event: 'no-such-event' }, 400, 'event')
  await expect('PATCH', `/v1/claims/${c1.id}`, { evidence: { start: 0, end: 100000 } }, 400, 'evidence')
  await expect('PATCH', '/v1/claims/c3847d5463faa3e1', { claimant: null }, 400, 'claimant') // a quote keeps its speaker

  // Entities: rename (the new name becomes an alias), kind, parent; aliases; errors.
  await expect('PATCH', '/v1/entities/kyiv', { name: 'Kyiv city', description: 'The capital', wikidata: 'Q1899' }, 200)
  await expect('PATCH', '/v1/entities/telegram', { kind: 'place', parent: 'russia' }, 200)
  await touched(['kyiv', 'telegram', 'russia'], [])
  await expect('PATCH', '/v1/entities/no-such-entity', { name: 'x' }, 404)
  await expect('PATCH', '/v1/entities/islamic-state', { parent: 'isis-k' }, 400, 'parent')
  await expect('PATCH', '/v1/entities/islamic-state', { parent: 'no-such-entity' }, 400, 'parent')
  await expect('POST', '/v1/entities/isis-k/aliases', { alias: 'Daesh' }, 409) // islamic-state's
  await expect('PATCH', '/v1/entities/kyiv', { kind: 'group' }, 200)
  await expect('POST', '/v1/entities/ukraine/aliases', { alias: 'Kyiv city' }, 201) // a place's alias; kyiv is a group now
  await expect('PATCH', '/v1/entities/kyiv', { kind: 'place' }, 409) // "Kyiv city" would clash with ukraine
  await expect('POST', '/v1/entities/islamic-state/aliases', { alias: 'IS' }, 201)
  await expect('POST', '/v1/entities/islamic-state/aliases', { alias: 'IS' }, 201) // its own: unchanged, no audit entry
  await expect('POST', '/v1/entities/isis-k/aliases', { alias: 'IS' }, 409)
  await expect('POST', '/v1/entities/no-such-entity/aliases', { alias: 'IS' }, 404)
  await expect('DELETE', '/v1/entities/islamic-state/aliases/IS', undefined, 200)
  await expect('DELETE', '/v1/entities/islamic-state/aliases/IS', undefined, 404)
  await expect('DELETE', '/v1/entities/no-such-entity/aliases/IS', undefined, 404)
  await touched(['islamic-state', 'isis-k', 'ukraine', 'kyiv'], [])

  // Merges: an entity merged into another, then that one into a third (older redirects as SQLite keeps them).
  await expect('POST', '/v1/entities/kremlin/merge', { into: 'kremlin' }, 400, 'into')
  await expect('POST', '/v1/entities/no-such-entity/merge', { into: 'russia' }, 404)
  await expect('POST', '/v1/entities/kremlin/merge', { into: 'no-such-entity' }, 400, 'into')
  await expect('POST', '/v1/entities/isis-k/merge', { into: 'islamic-state' }, 200)
  await expect('POST', '/v1/entities/kremlin/merge', { into: 'vladimir-putin' }, 200)
  await expect('POST', '/v1/entities/vladimir-putin/merge', { into: 'russia' }, 200)
  for (const id of ['isis-k', 'kremlin', 'vladimir-putin']) await same(t, apps, 'GET', `/v1/entities/${id}`) // 308 or 404, as SQLite
  await touched(['islamic-state', 'russia', 'ukraine'], [A0, A2])
  await samePages(t, apps, '/v1/audit?limit=7')
  await samePages(t, apps, '/v1/entities?limit=7')
  await same(t, apps, 'GET', '/v1/stats')
  const after = await sameByEvent(t, apps)
  t.ok(after.writtenKeys >= 4 && after.subsets > 0, `written parties and subsets after curation (${JSON.stringify(after)})`)
})

t.test('the postgres store refuses, by name, what it does not have yet', async (t) => {
  const apps = await bothApps(t)
  const lite = apps.sqlite.store
  const pg = apps.postgres.store
  const notYet: [string, (s: AnyStore) => Promise<unknown>][] = [
    ['search', (s) => s.search({ q: 'attack', kind: 'article', limit: 5 })],
  ]
  for (const [method, call] of notYet) {
    await t.rejects(call(pg), new RegExp(`^postgres store: ${method} not implemented yet$`), `${method}: refused by name`)
  }
  // The same calls reach real code on SQLite (an answer or an API error), never that refusal.
  for (const [method, call] of notYet) {
    const outcome = await call(lite).then(() => 'answered', (err: Error) => err.message)
    t.notMatch(outcome, /not implemented/, `${method}: SQLite answers`)
  }
  const search = await apps.postgres.app.inject({ method: 'GET', url: '/v1/search?q=attack' })
  t.equal(search.statusCode, 500, 'through the app: a 500, not an empty answer')
})
