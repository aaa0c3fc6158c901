import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { AUTH, CROCUS, getJson, testApp } from '../helpers/app.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'articles')
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.txt`), 'utf8')

const post = (app: Awaited<ReturnType<typeof testApp>>['app'], payload: unknown, headers: Record<string, string> = {}, url = '/v1/articles') =>
  app.inject({
    method: 'POST',
    url,
    headers: { ...AUTH, ...headers },
    payload: payload as string,
  })

interface Span { start: number; end: number; text: string }

function checkOffsets(t: Test, body: { text: string; entities: { mentions: Span[] }[]; claims: { evidence: Span }[] }) {
  for (const e of body.entities) for (const m of e.mentions) t.equal(body.text.slice(m.start, m.end), m.text)
  for (const c of body.claims) t.equal(body.text.slice(c.evidence.start, c.evidence.end), c.evidence.text)
}

t.test('POST an article about an attack never seen: entities and claims with exact offsets', async (t) => {
  const { app } = await testApp(t)
  const text = fixture('quetta-market-bombing-toll')
  const res = await post(app, { text, outlet: 'Reuters', published_at: '2025-10-14' })
  t.equal(res.statusCode, 201)
  const body = res.json()
  t.equal(body.duplicate, false)
  t.equal(body.text, text)
  t.equal(body.outlet, 'Reuters')
  t.equal(body.title, 'Death toll from Quetta market bombing rises to at least 41', 'the headline line becomes the title')
  t.equal(body.event, null, 'no event in the database is about Quetta')
  checkOffsets(t, body)
  const names = new Set(body.entities.map((e: { name: string }) => e.name))
  for (const n of ['Quetta', 'Pakistan', 'Naveed Kakar']) t.ok(names.has(n), `entity ${n}`)
  t.ok(body.claims.length > 0)
  for (const c of body.claims) {
    t.equal(c.method, 'extracted')
    t.ok(c.confidence > 0 && c.confidence <= 1)
  }
  t.ok(
    body.claims.some((c: { kind: string; metric: string; value: number; qualifier: string }) => c.kind === 'count' && c.metric === 'killed' && c.value === 41 && c.qualifier === 'at_least'),
    'killed at least 41',
  )

  const again = await post(app, { text })
  t.equal(again.statusCode, 200)
  t.equal(again.json().duplicate, true)
  t.equal(again.json().id, body.id)
  t.equal((await getJson(app, '/v1/stats')).body.articles, 6, 'the duplicate was not stored twice')

  const entity = body.entities.find((e: { name: string }) => e.name === 'Naveed Kakar')
  const profile = await getJson(app, `/v1/entities/${entity.id}`)
  t.equal(profile.status, 200, 'new entities are created and can be read')
  t.equal(profile.body.kind, 'person')
})

t.test('text/plain and text/html bodies, metadata in the query', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const text = 'Flood kills 12 in Sylhet\n\nAt least 12 people were killed and 30 were missing after floods swept through Sylhet in Bangladesh on Monday, officials said.'
  const plain = await post(app, text, { 'content-type': 'text/plain' }, '/v1/articles?outlet=Daily%20Star&published_at=2025-06-02')
  t.equal(plain.statusCode, 201)
  t.equal(plain.json().outlet, 'Daily Star')
  t.equal(plain.json().published_at, '2025-06-02')

  const html = `<html><head><title>Bridge collapse in Porto Alegre</title></head><body><nav>Menu</nav><article>
    <h1>Bridge collapse in Porto Alegre</h1>
    <p>At least 9 people were killed when a road bridge collapsed in Porto Alegre, Brazil, on Tuesday, the fire service said.</p>
    <p>More than 20 people were injured. "We are still searching the river," said Carla Mendes, a spokeswoman for the fire service.</p>
    </article><footer>Copyright</footer></body></html>`
  const res = await post(app, html, { 'content-type': 'text/html; charset=utf-8' })
  t.equal(res.statusCode, 201)
  const body = res.json()
  t.notMatch(body.text, /Menu|Copyright|<p>/, 'only the main text is kept')
  t.match(body.text, /At least 9 people were killed/)
  t.equal(body.title, 'Bridge collapse in Porto Alegre')
  checkOffsets(t, body)
})

t.test('bad input: 400, 401, 413, 415, 422, and nothing stored', async (t) => {
  const { app } = await testApp(t, { seed: false, bodyLimit: 2048 })
  const english = 'A bomb exploded near a market in the city on Monday, killing at least 12 people, police said.'
  const cases: [string, () => ReturnType<typeof post>, number, string | RegExp][] = [
    ['empty text', () => post(app, { text: '   \n ' }), 400, /text: the article text is empty/],
    ['no text', () => post(app, { title: 'x' }), 400, /text/],
    ['unknown field', () => post(app, { text: english, colour: 'red' }), 400, /colour/],
    ['bad date', () => post(app, { text: english, published_at: 'yesterday' }), 400, /published_at/],
    ['bad url', () => post(app, { text: english, url: 'not a url' }), 400, /url/],
    ['unknown event', () => post(app, { text: english, event: 'no-such-event' }), 400, /event: no event/],
    ['broken JSON', () => post(app, '{"text": ', { 'content-type': 'application/json' }), 400, /JSON/i],
    ['query with JSON', () => post(app, { text: english }, {}, '/v1/articles?outlet=x'), 400, /query string/],
    ['too large', () => post(app, { text: english.repeat(40) }), 413, /too large/i],
    ['unknown type', () => post(app, english, { 'content-type': 'application/pdf' }), 415, /unsupported media type/i],
    [
      'not English',
      () => post(app, { text: 'Un ataque terrorista en una sala de conciertos de Moscú dejó al menos 137 muertos, según las autoridades rusas, que detuvieron a once sospechosos el sábado por la mañana.' }),
      422,
      /not English/,
    ],
    ['no key', () => app.inject({ method: 'POST', url: '/v1/articles', payload: { text: english } }), 401, /Bearer/],
    ['wrong key', () => app.inject({ method: 'POST', url: '/v1/articles', headers: { authorization: 'Bearer wrong-wrong-wrong-wrong' }, payload: { text: english } }), 403, /not valid/],
  ]
  for (const [name, send, status, message] of cases) {
    const res = await send()
    t.equal(res.statusCode, status, name)
    t.match(res.json().error.message, message, name)
    t.type(res.json().error.code, 'string')
  }
  t.equal((await getJson(app, '/v1/stats')).body.articles, 0)
})

t.test('an article is stored whole or not at all', async (t) => {
  const { app, db } = await testApp(t, { seed: false })
  db.$client.exec(`CREATE TEMP TRIGGER no_claims BEFORE INSERT ON claims BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`)
  const res = await post(app, { text: 'At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said.' })
  t.equal(res.statusCode, 500)
  t.notMatch(res.body, /disk on fire/, 'internals stay in the log')
  for (const table of ['articles', 'mentions', 'claims', 'entities']) {
    t.equal((db.$client.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n, 0, `no ${table} left behind`)
  }
})

t.test('events: named, matched by venue and date, or none', async (t) => {
  const { app } = await testApp(t)
  const venue = 'Mourners laid flowers outside Crocus City Hall in Krasnogorsk on Monday as investigators questioned the suspects, Russian media reported.'
  const near = await post(app, { text: venue, published_at: '2024-03-25' })
  t.equal(near.statusCode, 201)
  t.same(near.json().event, { id: CROCUS, name: 'Crocus City Hall attack' }, 'names the venue, within 14 days')
  const far = await post(app, { text: `${venue} A year later.`, published_at: '2025-03-22' })
  t.equal(far.json().event, null, 'names the venue, a year later')
  const named = await post(app, { text: 'Investigators said on Tuesday that the four suspects had travelled together before the attack.', event: 'Crocus City Hall attack' })
  t.same(named.json().event, { id: CROCUS, name: 'Crocus City Hall attack' }, 'named by its name')
  for (const c of named.json().claims) t.same(c.event, { id: CROCUS, name: 'Crocus City Hall attack' })
})

t.test('a figure about another event mentioned in passing does not become this event\'s figure', async (t) => {
  const { app } = await testApp(t)
  const text =
    'Gunmen attacked Crocus City Hall near Moscow on Friday, killing at least 40 people, officials said.\n\n' +
    'It was the deadliest attack in Russia since the siege of a school in Beslan in 2004, in which more than 330 people died.'
  const res = await post(app, { text, published_at: '2024-03-23' })
  t.equal(res.statusCode, 201)
  t.equal(res.json().event?.id, CROCUS)
  const figures = await getJson(app, `/v1/events/${CROCUS}/figures?metric=killed`)
  const values = figures.body.metrics[0].figures.filter((f: { article: { id: string } }) => f.article.id === res.json().id).map((f: { value: number }) => f.value)
  t.same(values, [40], 'the Beslan toll stays out of this event')
})

t.test('the registry learns: an entity created by one article is recognized in the next', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const first = await post(app, {
    text: 'The Mehran Liberation Army claimed responsibility for the bombing in Quetta, Pakistan, on Monday, which killed 14 people, police said.',
  })
  const mla = first.json().entities.find((e: { name: string }) => /Mehran Liberation Army/.test(e.name))
  t.ok(mla, 'the new group was found')
  const second = await post(app, {
    text: 'Police in Quetta said on Friday they had arrested three members of the Mehran Liberation Army in connection with the market bombing.',
  })
  const again = second.json().entities.find((e: { name: string }) => /Mehran Liberation Army/.test(e.name))
  t.equal(again?.id, mla.id, 'the same entity, not a new one')
})

t.test('HTML with no readable text is a 400, never a 500 (found by the fuzzer)', async (t) => {
  const { app } = await testApp(t, { seed: false })
  for (const html of ['<script>alert(1)</script>', '']) {
    const res = await post(app, html, { 'content-type': 'text/html' })
    t.equal(res.statusCode, 400, JSON.stringify(html))
    t.match(res.json().error.message, /text/)
  }
})

t.test('hostile HTML: deep nesting and huge pages are read in linear time (found by the fuzzer)', async (t) => {
  const { app } = await testApp(t, { seed: false })
  // 150,000 nested <div>s: Readability on a DOM would take hours; the page is read by stripping tags.
  const deep = `<title>Flood &amp; fire &constructor;</title>${'<div>'.repeat(150_000)}At least 9 people were killed when floods hit Sylhet, Bangladesh, on Monday, officials said. &toString;`
  const res = await post(app, deep, { 'content-type': 'text/html' })
  t.equal(res.statusCode, 201)
  t.equal(res.json().title, 'Flood & fire &constructor;', "an entity named like Object's members is left as written")
  t.equal(res.json().text, 'At least 9 people were killed when floods hit Sylhet, Bangladesh, on Monday, officials said. &toString;')
})

t.test("a word like Object's members beside a figure (found by the fuzzer: a 500)", async (t) => {
  const { app } = await testApp(t, { seed: false })
  const html = '<html><head><title>constructor The terrorists opened fire</title></head><body><p>constructor The terrorists opened fire and killed more than 100 civilians before setting fire to the building and fled.</p></body></html>'
  const res = await post(app, html, { 'content-type': 'text/html' })
  t.equal(res.statusCode, 201, res.body)
  t.same(res.json().claims.filter((c: { kind: string }) => c.kind === 'count').map((c: { metric: string; value: number }) => [c.metric, c.value]), [['killed', 100]])
})
