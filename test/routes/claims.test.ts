import t from 'tap'
import type { Claim } from '../../src/domain/api.js'
import { encodeCursor } from '../../src/queries/cursor.js'
import { CROCUS, getJson, testApp } from '../helpers/app.js'

const { app } = await testApp(t)
const all: Claim[] = (await getJson(app, '/v1/claims?limit=500')).body.items

t.test('a claim has every field, other kinds\' fields null', async (t) => {
  t.ok(all.length > 50)
  for (const c of all) {
    t.same(Object.keys(c).sort(), ['article', 'claimant', 'claimant_text', 'confidence', 'event', 'evidence', 'id', 'kind', 'method', 'metric', 'qualifier', 'quote', 'stance', 'subset', 'target', 'target_text', 'value'])
    if (c.kind === 'responsibility') t.ok(c.stance && (c.target || c.target_text) && c.metric === null && c.quote === null && c.subset === null)
    if (c.kind === 'count') t.ok(c.metric && c.value !== null && c.qualifier && c.stance === null && c.target === null && c.target_text === null)
    if (c.kind === 'quote') t.ok(c.quote && c.claimant && c.stance === null && c.metric === null && c.subset === null)
    t.ok(c.claimant === null || c.claimant_text === null, 'an entity or a text, not both')
  }
})

t.test('every filter, alone and combined, equals filtering the whole list', async (t) => {
  const cases: [string, (c: Claim) => boolean][] = [
    ['kind=quote', (c) => c.kind === 'quote'],
    ['stance=denies', (c) => c.stance === 'denies'],
    ['metric=killed', (c) => c.metric === 'killed'],
    ['claimant=vladimir-putin', (c) => c.claimant?.id === 'vladimir-putin'],
    ['target=ukraine', (c) => c.target?.id === 'ukraine'],
    ['article=a63ad41b02b2c28d', (c) => c.article.id === 'a63ad41b02b2c28d'],
    [`event=${CROCUS}`, (c) => c.event?.id === CROCUS],
    ['method=curated', (c) => c.method === 'curated'],
    ['method=extracted', (c) => c.method === 'extracted'],
    ['kind=responsibility&stance=denies&target=ukraine', (c) => c.kind === 'responsibility' && c.stance === 'denies' && c.target?.id === 'ukraine'],
    ['kind=count&metric=injured', (c) => c.kind === 'count' && c.metric === 'injured'],
    ['kind=responsibility&stance=denies', (c) => c.kind === 'responsibility' && c.stance === 'denies'],
    ['kind=count&stance=denies', () => false],
    ['kind=quote&metric=killed', () => false],
  ]
  for (const [query, keep] of cases) {
    const { status, body } = await getJson(app, `/v1/claims?${query}&limit=500`)
    t.equal(status, 200, query)
    t.same(body.items.map((c: Claim) => c.id), all.filter(keep).map((c) => c.id), query)
  }
  t.ok((await getJson(app, '/v1/claims?kind=quote')).body.items.length >= 6, 'quotes: Watson ×2, Harris, Karenina, Chernov, Aliev')
})

t.test('speakers of the quotes', async (t) => {
  const speakers = new Set(all.filter((c) => c.kind === 'quote').map((c) => c.claimant!.id))
  for (const s of ['adrienne-watson', 'kamala-harris', 'valentina-karenina', 'valeri-chernov', 'vomik-aliev']) t.ok(speakers.has(s), s)
})

t.test('pagination over claims, and the filter survives the cursor', async (t) => {
  const ids: string[] = []
  let cursor: string | null = null
  do {
    const page = await getJson(app, `/v1/claims?kind=responsibility&limit=9${cursor ? `&cursor=${cursor}` : ''}`)
    ids.push(...page.body.items.map((c: Claim) => c.id))
    cursor = page.body.next_cursor
  } while (cursor)
  t.same(ids, all.filter((c) => c.kind === 'responsibility').map((c) => c.id))
  t.equal(new Set(all.map((c) => c.id)).size, all.length, 'ids are unique')
})

t.test('lists read from the list index (one kind and its own field) page like the others', async (t) => {
  const lists: [string, (c: Claim) => boolean][] = [
    ['kind=count&metric=killed', (c) => c.kind === 'count' && c.metric === 'killed'],
    ['kind=responsibility&stance=asserts', (c) => c.kind === 'responsibility' && c.stance === 'asserts'],
    ['kind=quote', (c) => c.kind === 'quote'],
  ]
  for (const [query, keep] of lists) {
    const expected = all.filter(keep)
    t.ok(expected.length >= 4, `${query}: ${expected.length} claims`)
    // Page sizes that divide the list exactly (the last page must say there is no next one) and not.
    for (const limit of [1, 2, 3, expected.length, expected.length + 1]) {
      const pages: Claim[][] = []
      let cursor: string | null = null
      do {
        const { status, body } = await getJson(app, `/v1/claims?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
        t.equal(status, 200)
        pages.push(body.items)
        cursor = body.next_cursor
      } while (cursor && pages.length <= expected.length)
      t.same(pages.flat(), expected, `${query}, ${limit} a page`)
      t.equal(pages.length, Math.ceil(expected.length / limit), `${query}, ${limit} a page: no empty last page`)
    }
    // The answer's tail goes where the next page's first claim was read, or after the last claim:
    // with facets (longer than a claim), past the end of the list, and on its last page.
    const faceted = await getJson(app, `/v1/claims?${query}&limit=1&facet=outlet&facet=claimant`)
    t.same(faceted.body.items, expected.slice(0, 1), `${query}: a faceted page`)
    t.equal(faceted.body.facets.outlet.reduce((n: number, f: { count: number }) => n + f.count, 0), expected.length)
    t.type(faceted.body.next_cursor, 'string')
    const past = await getJson(app, `/v1/claims?${query}&cursor=${encodeCursor([Number.MAX_SAFE_INTEGER])}`)
    t.same(past.body, { items: [], next_cursor: null }, `${query}: past the end`)
    const last = await getJson(app, `/v1/claims?${query}&limit=${expected.length}&facet=stance`)
    t.same(last.body.items, expected)
    t.equal(last.body.next_cursor, null)
    t.ok(Array.isArray(last.body.facets.stance))
  }
})

t.test('bad enums are 400s naming the parameter', async (t) => {
  for (const p of ['kind=opinion', 'stance=maybe', 'metric=vibes', 'method=guessed']) {
    const { status, body } = await getJson(app, `/v1/claims?${p}`)
    t.equal(status, 400)
    t.equal(body.error.details[0].field, p.split('=')[0])
    t.match(body.error.message, p.split('=')[0]!)
  }
})

t.test('facets count the claims the current filters keep, per value', async (t) => {
  const { status, body } = await getJson(app, '/v1/claims?kind=responsibility&facet=claimant&facet=stance&facet=outlet&limit=1')
  t.equal(status, 200)
  t.equal(body.items.length, 1, 'the page is still a page')
  const responsibility = all.filter((c) => c.kind === 'responsibility')
  const stance = Object.fromEntries(body.facets.stance.map((f: { value: string; count: number }) => [f.value, f.count]))
  for (const s of ['asserts', 'suggests', 'denies']) t.equal(stance[s], responsibility.filter((c) => c.stance === s).length, s)
  const putin = body.facets.claimant.find((f: { value: string }) => f.value === 'vladimir-putin')
  t.same(putin, { value: 'vladimir-putin', label: 'Vladimir Putin', count: responsibility.filter((c) => c.claimant?.id === 'vladimir-putin').length })
  const voice = body.facets.claimant.find((f: { value: string | null }) => f.value === null)
  t.equal(voice?.count, responsibility.filter((c) => c.claimant === null).length, "the article's own voice is a value too")
  const counts = body.facets.claimant.map((f: { count: number }) => f.count)
  t.same(counts, [...counts].sort((a, b) => b - a), 'largest first')
  t.equal(body.facets.outlet.reduce((n: number, f: { count: number }) => n + f.count, 0), responsibility.length)
  t.notOk('metric' in body.facets, 'only the facets asked for')
  t.notOk('facets' in (await getJson(app, '/v1/claims?limit=1')).body, 'none unless asked')
  const bad = await getJson(app, '/v1/claims?facet=colour')
  t.equal(bad.status, 400)
  t.equal(bad.body.error.details[0].field, 'facet')
})
