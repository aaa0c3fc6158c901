import t from 'tap'
import { CROCUS, getJson, testApp } from '../helpers/app.js'

const { app } = await testApp(t)
const SEED = { '000': 'd77f2436c617f0ca', '001': '7b13943edb418c29', '002': 'a63ad41b02b2c28d', '003': '72310df056a5f00a', '004': 'c2eed1b615dead02' }

interface Figure {
  value: number
  qualifier: string
  article: { id: string; published_at: string | null }
  claimant: { id: string } | null
  interval: { low: number; high: number | null }
}

t.test('deaths as DESIGN §3 reports them, article by article', async (t) => {
  const { status, body } = await getJson(app, `/v1/events/${CROCUS}/figures?metric=killed`)
  t.equal(status, 200)
  t.equal(body.metrics.length, 1)
  const killed = body.metrics[0]
  t.equal(killed.metric, 'killed')
  const seen = new Set(killed.figures.map((f: Figure) => `${f.article.id} ${f.qualifier} ${f.value}`))
  for (const expected of [
    `${SEED['000']} at_least 143`,
    `${SEED['000']} exact 133`,
    `${SEED['000']} more_than 100`,
    `${SEED['001']} more_than 130`,
    `${SEED['002']} at_least 137`,
    `${SEED['003']} exact 133`,
    `${SEED['004']} exact 133`,
  ]) {
    t.ok(seen.has(expected), expected)
  }
  t.notOk([...seen].some((s) => String(s).endsWith(' 300')), 'Beslan 2004 is another event')
  t.equal(killed.summary.max, 143)
  t.equal(killed.summary.consistent, false, '133 exact and at least 137 cannot both be true')
  t.equal(killed.summary.common_interval, null)
  t.ok(killed.summary.distinct_values.includes(137))
  t.same(killed.summary.distinct_values, [...killed.summary.distinct_values].sort((a: number, b: number) => a - b))
  t.match(body.consistency_rule, /intervals?|range/)
})

t.test('latest figure by publication date', async (t) => {
  const { body } = await getJson(app, `/v1/events/${CROCUS}/figures?metric=killed`)
  const { latest } = body.metrics[0].summary
  const newest = Math.max(...body.metrics[0].figures.map((f: Figure) => Date.parse(f.article.published_at!)))
  t.equal(Date.parse(latest.article.published_at), newest)
  t.equal(latest.article.id, SEED['003'], '003 is the most recent seed article')
  t.equal(latest.value, 133)
})

t.test('injured, hospitalized, critical and arrested', async (t) => {
  const { body } = await getJson(app, `/v1/events/${CROCUS}/figures`)
  const metric = (m: string) => body.metrics.find((x: { metric: string }) => x.metric === m)
  const has = (m: string, article: string, q: string, v: number, claimant?: string) =>
    t.ok(
      metric(m).figures.some(
        (f: Figure) =>
          f.article.id === article && f.qualifier === q && f.value === v && (claimant === undefined || f.claimant?.id === claimant),
      ),
      `${m} ${q} ${v} in ${article}${claimant ? ` according to ${claimant}` : ''}`,
    )
  has('injured', SEED['003'], 'about', 145)
  has('injured', SEED['004'], 'more_than', 150)
  has('hospitalized', SEED['000'], 'exact', 110, 'afp')
  has('critical', SEED['000'], 'exact', 40, 'afp')
  has('arrested', SEED['003'], 'exact', 4)
  has('arrested', SEED['003'], 'exact', 7)
  t.equal(metric('injured').summary.consistent, true, 'about 145 (130–160) and more than 150 share 151–160')
})

t.test('unknown event and bad metric', async (t) => {
  t.equal((await getJson(app, '/v1/events/nope/figures')).status, 404)
  const bad = await getJson(app, `/v1/events/${CROCUS}/figures?metric=vibes`)
  t.equal(bad.status, 400)
  t.equal(bad.body.error.details[0].field, 'metric')
})
