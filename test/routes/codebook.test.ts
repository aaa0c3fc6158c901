import t from 'tap'
import type { Claim } from '../../src/domain/api.js'
import { AUTH, CROCUS, getJson, testApp } from '../helpers/app.js'

// docs/annotation.md through the API: a claimant or target named only by description is kept as
// written (claimant_text, target_text), a count of part of the victims has a subset, and an event's
// figure summary and disputes read totals only, with subsets shown apart.

const SEED_002 = 'a63ad41b02b2c28d'
const SEED_000 = 'd77f2436c617f0ca'

const { app } = await testApp(t)
const post = (payload: object) => app.inject({ method: 'POST', url: '/v1/claims', headers: AUTH, payload })
const spanOf = async (article: string, words: string) => {
  const text = (await getJson(app, `/v1/articles/${article}`)).body.text as string
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`${words} not in ${article}`)
  return { start, end: start + words.length }
}

t.test('the seed keeps descriptions as written: Putin accuses "its allies", Chernov suggests "the West"', async (t) => {
  const { body } = await getJson(app, `/v1/claims?kind=responsibility&article=${SEED_002}&limit=100`)
  const items = body.items as Claim[]
  const putin = items.filter((c) => c.claimant?.id === 'vladimir-putin' && c.target === null).map((c) => `${c.stance} ${c.target_text}`)
  t.same(putin.sort(), ['asserts its allies', 'suggests the West'])
  t.ok(items.some((c) => c.claimant?.id === 'valeri-chernov' && c.target_text === 'the West'))
  const media = (await getJson(app, '/v1/claims?kind=responsibility&limit=100&target=islamic-state')).body.items as Claim[]
  const unnamed = media.find((c) => c.claimant_text === 'independent Russian media')
  t.ok(unnamed, 'an unnamed collective voice as claimant_text')
  t.equal(unnamed?.claimant, null)
  for (const c of items) t.ok(c.target === null || c.target_text === null, 'never both an entity and a text')
})

t.test('responsibility by target groups parties kept as text by their normalized words', async (t) => {
  const { body } = await getJson(app, `/v1/events/${CROCUS}/responsibility?by=target&limit=50`)
  const west = body.groups.filter((g: { key: { id: string | null; name: string | null } }) => g.key.name?.toLowerCase() === 'the west')
  t.equal(west.length, 1, 'one group for "the West"')
  t.equal(west[0].key.id, null)
  t.equal(west[0].claims_total, 2)
  const byClaimant = await getJson(app, `/v1/events/${CROCUS}/responsibility?by=claimant&limit=50`)
  const media = byClaimant.body.groups.find((g: { key: { name: string | null } }) => g.key.name === 'independent Russian media')
  t.same(media?.key, { id: null, name: 'independent Russian media' })
  t.ok(byClaimant.body.groups.some((g: { key: { id: string | null; name: string | null } }) => g.key.id === null && g.key.name === null), "the article's own voice apart")
})

t.test('claims with text parties and subsets: created, validated, shown, exported', async (t) => {
  const evidence = await spanOf(SEED_000, '40 of whom are in critical condition')
  const bad = [
    [{ article: SEED_000, kind: 'responsibility', stance: 'asserts', evidence }, 'target', /target or target_text/],
    [{ article: SEED_000, kind: 'responsibility', stance: 'asserts', target: 'ukraine', target_text: 'Kyiv', evidence }, 'target_text', /not both/],
    [{ article: SEED_000, kind: 'responsibility', stance: 'asserts', target_text: 'x', claimant: 'afp', claimant_text: 'y', evidence }, 'claimant_text', /not both/],
    [{ article: SEED_000, kind: 'responsibility', stance: 'asserts', target_text: 'x', subset: 'women', evidence }, 'subset', /has no subset/],
    [{ article: SEED_000, kind: 'count', metric: 'critical', value: 40, qualifier: 'exact', subset: '  ', evidence }, 'subset', /./],
  ] as const
  for (const [payload, field, message] of bad) {
    const res = await post(payload)
    t.equal(res.statusCode, 400, `${field}: ${res.body}`)
    t.equal(res.json().error.details[0].field, field)
    t.match(res.json().error.details[0].message ?? res.json().error.message, message)
  }

  const subset = await post({ article: SEED_000, kind: 'count', claimant: 'afp', metric: 'critical', value: 40, qualifier: 'exact', subset: 'hospitalized', evidence })
  t.equal(subset.statusCode, 201, subset.body)
  t.equal(subset.json().subset, 'hospitalized')
  const same = await post({ article: SEED_000, kind: 'count', claimant: 'afp', metric: 'critical', value: 40, qualifier: 'exact', subset: 'hospitalized', evidence })
  t.equal(same.statusCode, 409, 'the same subset figure twice')
  const total = await post({ article: SEED_000, kind: 'count', claimant: 'afp', metric: 'critical', value: 40, qualifier: 'exact', evidence })
  t.equal(total.statusCode, 201, 'the total at the same span is another claim')
  t.not(total.json().id, subset.json().id)
  const blame = await post({ article: SEED_000, kind: 'responsibility', claimant_text: 'Russian state television', stance: 'suggests', target_text: 'Western intelligence services', evidence })
  t.equal(blame.statusCode, 201, blame.body)
  t.match(blame.json(), { claimant: null, claimant_text: 'Russian state television', target: null, target_text: 'Western intelligence services', subset: null })

  // The rendered list (claim_docs) shows the same fields as the claim read by id.
  const listed = (await getJson(app, `/v1/claims?kind=responsibility&stance=suggests&limit=500`)).body.items as Claim[]
  t.same(listed.find((c) => c.id === blame.json().id), blame.json())

  const patched = await app.inject({ method: 'PATCH', url: `/v1/claims/${blame.json().id}`, headers: AUTH, payload: { target: 'ukraine' } })
  t.equal(patched.statusCode, 200, patched.body)
  t.match(patched.json(), { target: { id: 'ukraine' }, target_text: null }, 'an entity replaces the text')
  const cleared = await app.inject({ method: 'PATCH', url: `/v1/claims/${blame.json().id}`, headers: AUTH, payload: { target: null } })
  t.equal(cleared.statusCode, 400, 'a responsibility claim keeps a target')
  const stored = (await getJson(app, `/v1/claims?article=${SEED_000}&kind=responsibility&limit=500`)).body.items.find((c: Claim) => c.id === blame.json().id)
  t.equal(stored.target.id, 'ukraine', 'nothing half-written')

  const csv = await app.inject({ method: 'GET', url: `/v1/claims.csv?article=${SEED_000}&kind=count` })
  const [header, ...rows] = csv.body.trim().split('\r\n')
  const columns = header!.split(',')
  const row = rows.map((r) => r.split(',')).find((r) => r[columns.indexOf('id')] === subset.json().id)!
  t.equal(row[columns.indexOf('subset')], 'hospitalized')
  const review = await app.inject({ method: 'GET', url: `/v1/claims.jsonld?article=${SEED_000}` })
  t.match(review.body, /"name":"Western intelligence services"|"name":"Russian state television"/)
})

t.test('figures and disputes read totals; subsets are shown apart', async (t) => {
  const evidence = await spanOf(SEED_000, 'the killing of at least 143 people')
  const res = await post({ article: SEED_000, kind: 'count', metric: 'killed', value: 12, qualifier: 'exact', subset: 'children', evidence })
  t.equal(res.statusCode, 201, res.body)
  const { body } = await getJson(app, `/v1/events/${CROCUS}/figures?metric=killed`)
  const killed = body.metrics[0]
  t.notOk(killed.figures.some((f: { value: number }) => f.value === 12), 'not among the totals')
  t.same(killed.subsets.map((f: { value: number; subset: string }) => `${f.value} ${f.subset}`), ['12 children', '3 minors'], 'in the order of the text: the new figure, then the seed minors')
  t.notOk(killed.summary.distinct_values.includes(12), 'nor in the summary')
  t.equal(killed.summary.min, 100)
  const disputes = await getJson(app, `/v1/events/${CROCUS}/disputes`)
  const readings = disputes.body.figures.find((f: { metric: string }) => f.metric === 'killed').readings
  t.notOk(readings.some((r: { value: number }) => r.value === 12), 'disputes read totals only')

  // A metric reported only for part of the victims has subsets and an empty summary.
  const only = await post({ article: SEED_000, kind: 'count', metric: 'missing', value: 3, qualifier: 'exact', subset: 'musicians', evidence })
  t.equal(only.statusCode, 201)
  const missing = (await getJson(app, `/v1/events/${CROCUS}/figures?metric=missing`)).body.metrics[0]
  t.match(missing, { metric: 'missing', figures: [], summary: { count: 0, min: null, max: null, latest: null, consistent: true, common_interval: null } })
  t.equal(missing.subsets.length, 1)
})

t.test('an ingested article: described parties and subsets extracted, stored and read back', async (t) => {
  const text = 'Crush kills 14 at festival\n\nFourteen people were killed, including six children, in a crush at a music festival in Accra on Saturday. Survivors blamed the festival’s organisers for the crush.'
  const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text } })
  t.equal(res.statusCode, 201, res.body)
  const claims = res.json().claims as Claim[]
  t.ok(claims.some((c) => c.kind === 'count' && c.value === 6 && c.subset === 'children'), 'the subset figure')
  t.ok(claims.some((c) => c.kind === 'count' && c.value === 14 && c.subset === null), 'the total')
  const blame = claims.find((c) => c.kind === 'responsibility')
  t.match(blame, { claimant: null, claimant_text: 'Survivors', target: null, target_text: 'the festival’s organisers', stance: 'asserts' })
  const stored = (await getJson(app, `/v1/articles/${res.json().id}`)).body.claims as Claim[]
  t.same(stored.map((c) => c.id).sort(), claims.map((c) => c.id).sort(), 'read back as stored')
})
