// Issue 16 item 5: every span the API serves carries its offsets in code points (start_cp, end_cp)
// beside its UTF-16 ones, so that a Python client's text[start_cp:end_cp] is the span after an emoji.
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import t, { type Test } from 'tap'
import { AUTH, testApp } from '../helpers/app.js'

type App = Awaited<ReturnType<typeof testApp>>['app']
type Span = { start: number; end: number; start_cp: number; end_cp: number; text?: string }
type Claim = { id: string; kind: string; evidence: Span & { text: string } }

// Emoji and mathematical letters (each one code point, two UTF-16 code units) before the first
// entity, between entities and claims, inside a quote's evidence, and a flag (two code points).
const TEXT =
  '😀 𝔸 At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said. ' +
  '🔥🔥 The Pakistani Taliban claimed responsibility for the attack, spokesman Zabihullah Mujahid said. ' +
  '𝔹 "We will strike again 👊," Mujahid said in a statement. ' +
  'Officials in Islamabad 🇵🇰 blamed India for the attack; India denied any role.'

const codePoints = (s: string) => Array.from(s)

/** What a Python client does with the pair: slice the text by code points. */
const pythonSlice = (text: string, s: Span) => codePoints(text).slice(s.start_cp, s.end_cp).join('')

/** Every span checks out in both units, and those with a text are that text. Returns how many came after an astral character. */
function checkSpans(t: Test, text: string, spans: Span[], where: string): number {
  t.ok(spans.length > 0, `${where}: spans served`)
  let shifted = 0
  for (const s of spans) {
    const label = `${where} ${JSON.stringify(s)}`
    t.ok(Number.isInteger(s.start_cp) && Number.isInteger(s.end_cp), `${label}: start_cp and end_cp are integers`)
    t.equal(pythonSlice(text, s), text.slice(s.start, s.end), `${label}: the code-point slice is the UTF-16 slice`)
    if (s.text !== undefined) t.equal(pythonSlice(text, s), s.text, `${label}: and the span's text`)
    t.equal(s.start_cp, codePoints(text.slice(0, s.start)).length, `${label}: start_cp counts the code points before it`)
    if (s.start_cp < s.start) shifted++
  }
  return shifted
}

const post = (app: App, url: string, payload: object) => app.inject({ method: 'POST', url, headers: AUTH, payload })
const patch = (app: App, url: string, payload: object) => app.inject({ method: 'PATCH', url, headers: AUTH, payload })
const get = async (app: App, url: string) => {
  const res = await app.inject(url)
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return res
}

async function ingest(t: Test) {
  const { app, db } = await testApp(t, { seed: false })
  const event = await post(app, '/v1/events', { name: 'Quetta market bombing' })
  t.equal(event.statusCode, 201, event.body)
  const res = await post(app, '/v1/articles', { text: TEXT, title: 'Bomb 💣 in Quetta', outlet: 'Test', event: event.json().id })
  t.equal(res.statusCode, 201, res.body)
  return { app, db, article: res.json(), eventId: event.json().id as string }
}

const articleSpans = (a: { entities: { mentions: Span[] }[]; claims: Claim[] }) => [
  ...a.entities.flatMap((e) => e.mentions),
  ...a.claims.map((c) => c.evidence),
]

t.test('after emoji and other astral characters, every span served slices right by code points', async (t) => {
  const { app, article, eventId } = await ingest(t)
  const text: string = article.text
  t.equal(text, TEXT)
  t.ok(checkSpans(t, text, articleSpans(article), 'ingest answer') >= 5, 'most spans lie after astral characters')
  const quetta = article.entities.flatMap((e: { mentions: Span[] }) => e.mentions).find((m: Span) => m.text === 'Quetta')
  t.same([quetta.start, quetta.end, quetta.start_cp, quetta.end_cp], [73, 79, 71, 77], 'Quetta: two astral characters before it')

  // The article read twice: rendered at the first read, then the kept document.
  for (const round of ['rendered', 'kept']) {
    const detail = (await get(app, `/v1/articles/${article.id}`)).json()
    t.same(detail.entities, article.entities, `${round}: the same mentions as the ingest answered`)
    checkSpans(t, text, articleSpans(detail), `article (${round})`)
  }

  // Claims lists: by article (claim_docs by seq), quotes alone (claim_docs' list index), by q.
  const byArticle = (await get(app, `/v1/claims?article=${article.id}`)).json().items as Claim[]
  t.equal(byArticle.length, article.claims.length)
  checkSpans(t, text, byArticle.map((c) => c.evidence), 'claims?article')
  const quotes = (await get(app, '/v1/claims?kind=quote')).json().items as Claim[]
  t.ok(quotes.some((c) => c.evidence.text.includes('👊')), 'the quote with an emoji inside is listed')
  checkSpans(t, text, quotes.map((c) => c.evidence), 'claims?kind=quote')
  checkSpans(t, text, (await get(app, '/v1/claims?q=killed')).json().items.map((c: Claim) => c.evidence), 'claims?q')

  // Answers that embed claims.
  const resp = (await get(app, `/v1/events/${eventId}/responsibility?by=claimant`)).json()
  checkSpans(t, text, resp.groups.flatMap((g: { claims: Claim[] }) => g.claims.map((c) => c.evidence)), 'responsibility')
  const figures = (await get(app, `/v1/events/${eventId}/figures`)).json()
  const figureSpans = figures.metrics.flatMap((m: { figures: { evidence: Span }[]; summary: { latest: { evidence: Span } | null } }) => [
    ...m.figures.map((f) => f.evidence),
    ...(m.summary.latest ? [m.summary.latest.evidence] : []),
  ])
  checkSpans(t, text, figureSpans, 'figures')
  const entityId = article.entities.find((e: { name: string }) => e.name === 'Zabihullah Mujahid')?.id
  t.ok(entityId, 'the spokesman is an entity')
  const profile = (await get(app, `/v1/entities/${entityId}`)).json()
  checkSpans(t, text, [...profile.claims_made, ...profile.claims_about].map((c: Claim) => c.evidence), 'entity profile')

  // Search hits: articles (offsets into the article text) and claims (offsets into it too, via the evidence).
  const articleHits = (await get(app, '/v1/search?q=India')).json().items[0].hits as Span[]
  t.equal(articleHits.length, 2)
  checkSpans(t, text, articleHits, 'article search hits')
  for (const h of articleHits) t.equal(pythonSlice(text, h), 'India')
  const claimHits = (await get(app, '/v1/search?q=strike&kind=claim')).json().items.flatMap((i: { hits: Span[] }) => i.hits) as Span[]
  checkSpans(t, text, claimHits, 'claim search hits')
  for (const h of claimHits) t.equal(pythonSlice(text, h), 'strike')

  // Exports.
  const ndjson = (await get(app, `/v1/claims.ndjson?article=${article.id}`)).body.trim().split('\n').map((l) => JSON.parse(l) as Claim)
  checkSpans(t, text, ndjson.map((c) => c.evidence), 'claims.ndjson')
  const [header, ...rows] = parse((await get(app, `/v1/claims.csv?article=${article.id}`)).body) as string[][]
  const col = (name: string) => header!.indexOf(name)
  t.ok(col('evidence_start_cp') > 0 && col('evidence_end_cp') > 0, 'the CSV has the code-point columns')
  checkSpans(t, text, rows.map((r) => ({
    text: r[col('evidence_text')]!.replace(/^'/, ''),
    start: Number(r[col('evidence_start')]), end: Number(r[col('evidence_end')]),
    start_cp: Number(r[col('evidence_start_cp')]), end_cp: Number(r[col('evidence_end_cp')]),
  })), 'claims.csv')
  const exported = (await get(app, `/v1/events/${eventId}/export.json`)).json()
  checkSpans(t, text, [...exported.articles[0].entities.flatMap((e: { mentions: Span[] }) => e.mentions), ...exported.claims.map((c: Claim) => c.evidence)], 'export.json')
})

t.test('curation: a claim created or corrected in either unit is served in both', async (t) => {
  const { app, article } = await ingest(t)
  const text: string = article.text
  const word = 'Islamabad'
  const start = text.indexOf(word)
  const startCp = codePoints(text.slice(0, start)).length
  t.ok(startCp < start, 'Islamabad lies after astral characters')

  // Created with code points (what a Python client counts).
  const created = await post(app, '/v1/claims', {
    article: article.id, kind: 'quote', claimant_text: 'officials', quote: 'blamed India',
    evidence: { start_cp: startCp, end_cp: startCp + word.length, text: word },
  })
  t.equal(created.statusCode, 201, created.body)
  const claim = created.json() as Claim
  t.same(claim.evidence, { text: word, start, end: start + word.length, start_cp: startCp, end_cp: startCp + word.length })

  // Corrected with UTF-16 offsets: the span that holds the flag.
  const flagged = 'Islamabad 🇵🇰 blamed'
  const fStart = text.indexOf(flagged)
  const fixed = await patch(app, `/v1/claims/${claim.id}`, { evidence: { start: fStart, end: fStart + flagged.length } })
  t.equal(fixed.statusCode, 200, fixed.body)
  const fixedSpan = fixed.json().evidence as Span
  t.equal(fixedSpan.text, flagged)
  t.equal(fixedSpan.end_cp - fixedSpan.start_cp, codePoints(flagged).length, 'the flag counts 2 code points, 4 UTF-16 code units')
  checkSpans(t, text, [fixedSpan], 'patched')

  // Corrected with code points: the quote with 👊 inside.
  const quote = 'We will strike again 👊'
  const qStartCp = codePoints(text.slice(0, text.indexOf(quote))).length
  const again = await patch(app, `/v1/claims/${claim.id}`, { evidence: { start_cp: qStartCp, end_cp: qStartCp + codePoints(quote).length, text: quote } })
  t.equal(again.statusCode, 200, again.body)
  t.equal(again.json().evidence.text, quote)
  t.equal(again.json().id, claim.id, 'the id stays')

  // Every read shows the correction: claim_docs, the article's document, the search index.
  const listed = ((await get(app, `/v1/claims?article=${article.id}`)).json().items as Claim[]).find((c) => c.id === claim.id)!
  t.same(listed.evidence, again.json().evidence, 'claims list')
  const detail = (await get(app, `/v1/articles/${article.id}`)).json()
  t.same(detail.claims.find((c: Claim) => c.id === claim.id).evidence, again.json().evidence, 'article detail')
  const hit = (await get(app, '/v1/search?q=strike&kind=claim')).json().items.find((i: { claim: Claim }) => i.claim.id === claim.id)
  t.ok(hit, 'found by its new evidence')
  checkSpans(t, text, hit.hits, 'search hits of the corrected claim')
  const audit = (await get(app, `/v1/audit?resource=claim&id=${claim.id}`)).json().items
  t.same(audit[0].after.evidence, again.json().evidence, 'the audit trail records the span in both units')

  // Refused: a span that splits an emoji, both pairs, half a pair, outside the text, a wrong text.
  const emoji = text.indexOf('👊')
  const refusals: [object, string, RegExp][] = [
    [{ start: emoji + 1, end: emoji + 5 }, 'evidence', /splits a character outside the BMP/],
    [{ start: 0, end: 5, start_cp: 0, end_cp: 5 }, 'evidence', /not both/],
    [{ start_cp: 3 }, 'evidence.end_cp', /is required with start_cp/],
    [{}, 'evidence', /give start and end/],
    [{ start_cp: 0, end_cp: codePoints(text).length + 1 }, 'evidence', /code points/],
    [{ start_cp: qStartCp, end_cp: qStartCp + 3, text: 'nope' }, 'evidence.text', /"We "/],
  ]
  for (const [evidence, field, message] of refusals) {
    const res = await patch(app, `/v1/claims/${claim.id}`, { evidence })
    t.equal(res.statusCode, 400, `${JSON.stringify(evidence)}: ${res.body}`)
    const detail = res.json().error.details?.[0]
    t.equal(detail?.field, field, JSON.stringify(evidence))
    t.match(detail?.message, message)
  }
  const unchanged = ((await get(app, `/v1/claims?article=${article.id}`)).json().items as Claim[]).find((c) => c.id === claim.id)!
  t.same(unchanged.evidence, again.json().evidence, 'refused patches change nothing')
})

t.test('entity merges keep every span', async (t) => {
  const { app, article } = await ingest(t)
  const ids = article.entities.map((e: { id: string; name: string }) => e)
  const from = ids.find((e: { name: string }) => e.name === 'Quetta')
  const into = ids.find((e: { name: string }) => e.name === 'Pakistan')
  const merged = await post(app, `/v1/entities/${from.id}/merge`, { into: into.id })
  t.equal(merged.statusCode, 200, merged.body)
  const detail = (await get(app, `/v1/articles/${article.id}`)).json()
  const spans = articleSpans(detail)
  t.equal(spans.length, articleSpans(article).length, 'no span lost')
  checkSpans(t, article.text, spans, 'after the merge')
})

t.test('the OpenAPI document describes the code-point pair on every span, with its unit', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const doc = (await app.inject('/openapi.json')).json()
  const found: string[] = []
  const walk = (node: unknown, path: string): void => {
    if (!node || typeof node !== 'object') return
    const props = (node as { properties?: Record<string, { description?: string }> }).properties
    if (props?.start && props.end) {
      if (props.start_cp) {
        found.push(path)
        t.match(props.start_cp.description, /code points/, `${path}.start_cp`)
        t.match(props.end_cp!.description, /code points/, `${path}.end_cp`)
        t.match(props.start!.description, /UTF-16 code units/, `${path}.start`)
      } else {
        t.fail(`${path}: a span without start_cp`)
      }
    }
    for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`)
  }
  walk(doc, '$')
  t.ok(found.length >= 5, `spans with their code-point pair: ${found.length}`)
  t.ok(found.some((p) => p.includes('Claim')), 'the Claim schema')
  t.ok(found.some((p) => p.includes('SearchHit')), 'search hits')
})

t.test('any text mixing astral characters with names, figures and quotes: stored, every span right in both units', async (t) => {
  const { app } = await testApp(t, { seed: false })
  // Astral characters glued to words, between sentences, in names' places; ZWJ sequences, flags,
  // mathematical letters (which are letters: \p{L}), a CJK extension character.
  const fragment = fc.constantFrom(
    'Quetta', 'Pakistan', 'police said', 'At least 12 people were killed', 'The Taliban claimed responsibility', 'Mujahid',
    'India denied', 'Officials blamed India', ' "We will strike again," he said', '😀', '𝔸𝔹ℂ', '🇵🇰', '👨‍👩‍👧', '𝒜bc', '𠜎', ' ', '. ', ', ', '\n\n',
  )
  let spans = 0
  await fc.assert(
    fc.asyncProperty(fc.array(fragment, { minLength: 20, maxLength: 70 }), async (parts) => {
      const res = await post(app, '/v1/articles', { text: `Report: ${parts.join('')}.` })
      if (res.statusCode !== 201 && res.statusCode !== 200) return res.statusCode < 500
      const a = res.json()
      for (const s of articleSpans(a)) {
        spans++
        if (pythonSlice(a.text, s) !== s.text || a.text.slice(s.start, s.end) !== s.text) return false
      }
      return true
    }),
    { seed: 20261130, numRuns: 40 },
  )
  t.ok(spans > 100, `${spans} spans checked`)
})
