import t from 'tap'
import type { Claim } from '../../src/domain/api.js'
import { CROCUS, getJson, testApp } from '../helpers/app.js'

// DESIGN §3: who claims, asserts, suggests and denies what, per article, read through the API.

const { app } = await testApp(t)

const SEED = {
  '000': 'd77f2436c617f0ca',
  '001': '7b13943edb418c29',
  '002': 'a63ad41b02b2c28d',
  '003': '72310df056a5f00a',
  '004': 'c2eed1b615dead02',
} as const

// A party kept as written (docs/annotation.md) shows as its words in quotes.
const triple = (c: Claim) => `${c.claimant?.id ?? (c.claimant_text ? `"${c.claimant_text}"` : '(article)')} ${c.stance} ${c.target?.id ?? `"${c.target_text}"`}`

const { status, body } = await getJson(app, `/v1/events/${CROCUS}/responsibility?by=article`)
const byArticle = new Map<string, Set<string>>(
  body.groups.map((g: { key: { id: string }; claims: Claim[] }) => [g.key.id, new Set(g.claims.map(triple))]),
)

t.test('responsibility by article answers DESIGN §3', async (t) => {
  t.equal(status, 200)
  t.equal(body.by, 'article')
  t.same(body.event, { id: CROCUS, name: 'Crocus City Hall attack' })
  t.same([...byArticle.keys()], Object.values(SEED), 'every seed article, in stored order')
  const has = (article: keyof typeof SEED, ...triples: string[]) => {
    for (const tr of triples) t.ok(byArticle.get(SEED[article])!.has(tr), `${article}: ${tr}`)
  }
  // The Islamic State claims it (000, 002, 004); ISIS-K claims it (003).
  has('000', 'islamic-state asserts islamic-state')
  has('002', 'islamic-state asserts islamic-state')
  has('004', 'islamic-state asserts islamic-state')
  has('003', 'isis-k asserts isis-k')
  // US officials assert ISIS-K and the Islamic State, and deny Ukraine's involvement.
  has('000', 'adrienne-watson asserts isis-k', 'adrienne-watson asserts islamic-state')
  has('000', 'white-house denies ukraine', 'adrienne-watson denies ukraine')
  has('001', 'united-states asserts isis-k')
  has('002', 'kamala-harris asserts isis-k', 'united-states asserts islamic-state')
  has('002', 'kamala-harris denies ukraine', 'united-states denies ukraine')
  has('003', 'united-states asserts isis-k')
  has('004', 'united-states asserts islamic-state')
  // Putin suggests Ukraine (000, 001, 004) or asserts it (002, 003).
  has('000', 'vladimir-putin suggests ukraine')
  has('001', 'vladimir-putin suggests ukraine')
  has('004', 'vladimir-putin suggests ukraine')
  has('002', 'vladimir-putin asserts ukraine')
  has('003', 'vladimir-putin asserts ukraine')
  // Ukraine denies (000, 001, 003).
  has('000', 'ukraine denies ukraine')
  has('001', 'ukraine denies ukraine')
  has('003', 'ukraine denies ukraine')
  // Bystanders in 002.
  has('002', 'valeri-chernov suggests ukraine', 'vomik-aliev asserts islamic-state')
  // Parties named only by description, kept as written.
  has('002', 'vladimir-putin suggests "the West"', 'vladimir-putin asserts "its allies"', 'valeri-chernov suggests "the West"')
  has('004', '"independent Russian media" asserts islamic-state')
})

t.test('no one is said to deny the Islamic State or ISIS-K', async (t) => {
  for (const [article, triples] of byArticle) {
    for (const tr of triples) t.notMatch(tr, /denies (islamic-state|isis-k)$/, `${article}: ${tr}`)
  }
})

t.test('every claim carries its article, event and evidence', async (t) => {
  for (const g of body.groups) {
    for (const c of g.claims as Claim[]) {
      t.equal(c.kind, 'responsibility')
      t.equal(c.article.id, g.key.id)
      t.same(c.event, { id: CROCUS, name: 'Crocus City Hall attack' })
      t.equal(c.method, 'curated')
      t.ok(c.evidence.end > c.evidence.start)
    }
  }
})

t.test('grouped by claimant, target and outlet', async (t) => {
  const claimants = await getJson(app, `/v1/events/${CROCUS}/responsibility?by=claimant&limit=500`)
  t.equal(claimants.status, 200)
  const putin = claimants.body.groups.find((g: { key: { id: string } }) => g.key.id === 'vladimir-putin')
  t.same(new Set(putin.claims.map((c: Claim) => c.target?.id ?? c.target_text)), new Set(['ukraine', 'its allies', 'the West']), 'Putin blames Ukraine, its allies and the West')
  t.ok(putin.claims.every((c: Claim) => c.claimant!.id === 'vladimir-putin'))

  const targets = await getJson(app, `/v1/events/${CROCUS}/responsibility?by=target&limit=500`)
  const ukraine = targets.body.groups.find((g: { key: { id: string } }) => g.key.id === 'ukraine')
  t.same(
    new Set(ukraine.claims.filter((c: Claim) => c.stance === 'denies').map((c: Claim) => c.claimant!.id)),
    new Set(['ukraine', 'white-house', 'adrienne-watson', 'kamala-harris', 'united-states']),
    'who denies that Ukraine was involved',
  )

  const outlets = await getJson(app, `/v1/events/${CROCUS}/responsibility?by=outlet`)
  t.same(
    outlets.body.groups.map((g: { key: unknown }) => g.key),
    [{ id: null, name: null }, { id: 'El País', name: 'El País' }],
    'unknown outlets form one group, sorted first',
  )
  const total = outlets.body.groups.reduce((n: number, g: { claims_total: number }) => n + g.claims_total, 0)
  const all = body.groups.reduce((n: number, g: { claims: unknown[] }) => n + g.claims.length, 0)
  t.equal(total, all, 'grouping by outlet loses no claim')
  for (const g of outlets.body.groups) t.equal(g.claims.length, Math.min(g.claims_total, 20), 'the first 20 of a group are listed')
})

t.test('claims= bounds the claims listed per group; claims_total counts them all', async (t) => {
  const every = await getJson(app, `/v1/events/${CROCUS}/responsibility?by=target&claims=500`)
  const first = await getJson(app, `/v1/events/${CROCUS}/responsibility?by=target&claims=1`)
  t.equal(first.status, 200)
  t.ok(every.body.groups.some((g: { claims: unknown[] }) => g.claims.length > 1), 'some target is blamed more than once')
  t.same(first.body.groups.map((g: { key: unknown }) => g.key), every.body.groups.map((g: { key: unknown }) => g.key), 'the same groups')
  every.body.groups.forEach((g: { claims: Claim[]; claims_total: number }, i: number) => {
    t.equal(g.claims_total, g.claims.length, 'with 500 a group lists all its claims')
    t.equal(first.body.groups[i].claims_total, g.claims_total, 'the total is the same')
    t.same(first.body.groups[i].claims, g.claims.slice(0, 1), 'the oldest claim first')
  })
  const bad = await getJson(app, `/v1/events/${CROCUS}/responsibility?claims=0`)
  t.equal(bad.status, 400)
  t.equal(bad.body.error.details[0].field, 'claims')
})

t.test('groups paginate with an opaque cursor, for every grouping', async (t) => {
  for (const by of ['article', 'claimant', 'outlet', 'target']) {
    const all = await getJson(app, `/v1/events/${CROCUS}/responsibility?by=${by}&limit=500`)
    const seen: unknown[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page = await getJson(
        app,
        `/v1/events/${CROCUS}/responsibility?by=${by}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      )
      t.equal(page.status, 200)
      t.equal(page.body.groups.length, 1)
      seen.push(...page.body.groups)
      cursor = page.body.next_cursor
      pages++
    } while (cursor && pages < 50)
    t.same(seen, all.body.groups, `${by}: pages put together equal the whole`)
    t.ok(pages > 1, `${by}: more than one page`)
  }
})

t.test('errors', async (t) => {
  const unknown = await getJson(app, '/v1/events/no-such-event/responsibility')
  t.equal(unknown.status, 404)
  t.equal(unknown.body.error.code, 'not_found')
  const badBy = await getJson(app, `/v1/events/${CROCUS}/responsibility?by=weather`)
  t.equal(badBy.status, 400)
  t.equal(badBy.body.error.details[0].field, 'by')
  const badCursor = await getJson(app, `/v1/events/${CROCUS}/responsibility?cursor=bm9wZQ`)
  t.equal(badCursor.status, 400)
  t.equal(badCursor.body.error.details[0].field, 'cursor')
})
