import t from 'tap'
import { getJson, testApp } from '../helpers/app.js'

const { app } = await testApp(t)

t.test('DESIGN §3 entities exist with the right kinds', async (t) => {
  const want: Record<string, string[]> = {
    person: ['Vladimir Putin', 'Adrienne Watson', 'Kamala Harris', 'Yevgeny Prigozhin', 'Bashar al-Assad', 'Valentina Karenina', 'Valeri Chernov', 'Vomik Aliev'],
    group: ['Islamic State', 'ISIS-K', 'AFP', 'White House', 'National Security Council', 'Kremlin', 'Wagner Group', 'NATO', 'European Union', 'Piknik', 'The Washington Post', 'ABC', 'Telegram'],
    place: ['Russia', 'Moscow', 'Crocus City Hall', 'Ukraine', 'Kyiv', 'United States', 'Tajikistan', 'Afghanistan', 'Syria', 'Caucasus', 'Beslan', 'Europe', 'Soviet Union'],
  }
  for (const [kind, names] of Object.entries(want)) {
    const { status, body } = await getJson(app, `/v1/entities?kind=${kind}&limit=500`)
    t.equal(status, 200)
    t.ok(body.items.every((e: { kind: string }) => e.kind === kind))
    const have = new Set(body.items.map((e: { name: string }) => e.name))
    for (const name of names) t.ok(have.has(name), `${kind} ${name}`)
  }
})

t.test('list is sorted by name, searchable by alias, paginated', async (t) => {
  const all = await getJson(app, '/v1/entities?limit=500')
  const names = all.body.items.map((e: { name: string }) => e.name)
  t.same(names, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  const kiev = await getJson(app, '/v1/entities?q=Kiev')
  t.same(kiev.body.items.map((e: { id: string }) => e.id), ['kyiv'], 'found by its alias')
  const seen: string[] = []
  let cursor: string | null = null
  do {
    const page = await getJson(app, `/v1/entities?limit=7${cursor ? `&cursor=${cursor}` : ''}`)
    seen.push(...page.body.items.map((e: { id: string }) => e.id))
    cursor = page.body.next_cursor
  } while (cursor)
  t.same(seen, all.body.items.map((e: { id: string }) => e.id))
  t.equal((await getJson(app, '/v1/entities?kind=planet')).body.error.details[0].field, 'kind')
})

t.test('ISIS-K: parent, aliases, counts, claims made and about', async (t) => {
  const { status, body } = await getJson(app, '/v1/entities/isis-k')
  t.equal(status, 200)
  t.same(body.parent, { id: 'islamic-state', name: 'Islamic State', kind: 'group' })
  t.ok(body.aliases.includes('ISIS-K'))
  t.ok(body.counts.articles >= 3)
  t.ok(body.counts.mentions >= body.counts.articles)
  t.equal(body.counts.claims_made, body.claims_made.length)
  t.ok(body.claims_made.every((c: { claimant: { id: string } }) => c.claimant.id === 'isis-k'))
  t.ok(body.claims_about.every((c: { target: { id: string } }) => c.target.id === 'isis-k'))
  t.ok(body.claims_about.some((c: { claimant: { id: string } }) => c.claimant.id === 'united-states'))
  t.equal(body.articles.reduce((n: number, a: { mentions: number }) => n + a.mentions, 0), body.counts.mentions)

  const parent = await getJson(app, '/v1/entities/islamic-state')
  t.ok(parent.body.children.some((c: { id: string }) => c.id === 'isis-k'))
  const venue = await getJson(app, '/v1/entities/crocus-city-hall')
  t.equal(venue.body.kind, 'place')
  t.ok(venue.body.parent, 'the venue has a parent place')
  t.equal((await getJson(app, '/v1/entities/atlantis')).status, 404)
})

t.test('profile per event: mentions, claims and the entities named beside it', async (t) => {
  const { body } = await getJson(app, '/v1/entities/vladimir-putin')
  t.equal(body.events.length, 1)
  const crocus = body.events[0]
  t.same(crocus.event, { id: 'crocus-city-hall-attack', name: 'Crocus City Hall attack' })
  t.equal(crocus.mentions, body.counts.mentions)
  t.equal(crocus.articles, body.counts.articles)
  t.equal(crocus.claims_made, body.counts.claims_made)
  t.ok(crocus.claims_made > 0)
  t.ok(crocus.co_mentioned.length <= 10 && crocus.co_mentioned.length > 0)
  const names = crocus.co_mentioned.map((c: { entity: { id: string } }) => c.entity.id)
  t.ok(names.includes('ukraine'), 'Ukraine is named beside Putin')
  t.notOk(names.includes('vladimir-putin'), 'not itself')
  const n = crocus.co_mentioned.map((c: { articles: number }) => c.articles)
  t.same(n, [...n].sort((a, b) => b - a))
  t.ok(n[0] <= crocus.articles, 'co-mentioned in at most the articles it is in')
})
