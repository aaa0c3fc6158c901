import t from 'tap'
import { CROCUS, getJson, testApp } from '../helpers/app.js'

const { app } = await testApp(t)
const { status, body } = await getJson(app, `/v1/events/${CROCUS}/disputes`)

interface Side { claimant: { id: string } | null; stances: string[]; articles: { id: string }[] }

t.test('Ukraine: blamed by Putin, denied by Ukraine and the US side', async (t) => {
  t.equal(status, 200)
  const ukraine = body.targets.find((x: { target: { id: string } }) => x.target.id === 'ukraine')
  t.ok(ukraine, 'Ukraine is disputed')
  const blamers = new Map(ukraine.blamed_by.map((s: Side) => [s.claimant?.id ?? null, s]))
  t.ok(blamers.has('vladimir-putin'))
  t.same(new Set((blamers.get('vladimir-putin') as Side).stances), new Set(['suggests', 'asserts']))
  const deniers = new Set(ukraine.denied_by.map((s: Side) => s.claimant?.id))
  for (const who of ['ukraine', 'white-house', 'adrienne-watson', 'kamala-harris']) t.ok(deniers.has(who), `${who} denies`)
  for (const side of [...ukraine.blamed_by, ...ukraine.denied_by]) t.ok(side.articles.length > 0)
  t.notOk(body.targets.some((x: { target: { id: string } }) => x.target.id === 'islamic-state'), 'no one denies the Islamic State')
})

t.test('deaths: 133 exact against at least 137 and at least 143', async (t) => {
  const killed = body.figures.find((f: { metric: string }) => f.metric === 'killed')
  t.ok(killed)
  const idx = (v: number, q: string) => killed.readings.findIndex((r: { value: number; qualifier: string }) => r.value === v && r.qualifier === q)
  const pairs = new Set(killed.conflicts.map(([a, b]: [number, number]) => `${a}-${b}`))
  const conflict = (a: number, b: number) => pairs.has(`${Math.min(a, b)}-${Math.max(a, b)}`)
  t.ok(conflict(idx(133, 'exact'), idx(137, 'at_least')), '133 vs at least 137')
  t.ok(conflict(idx(133, 'exact'), idx(143, 'at_least')), '133 vs at least 143')
  t.notOk(conflict(idx(137, 'at_least'), idx(143, 'at_least')), 'at least 137 and at least 143 agree')
  t.notOk(conflict(idx(130, 'more_than'), idx(143, 'at_least')), 'over 130 and at least 143 agree')
  t.equal(killed.latest.article.published_at, '2024-03-27')
  t.notOk(body.figures.some((f: { metric: string }) => f.metric === 'hospitalized'), 'one figure cannot disagree with itself')
  t.match(body.rules.figures, /consistent/)
  t.equal((await getJson(app, '/v1/events/nope/disputes')).status, 404)
})
