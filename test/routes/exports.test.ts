import t from 'tap'
import type { Claim } from '../../src/domain/api.js'
import { CSV_COLUMNS } from '../../src/queries/exports.js'
import { CROCUS, getJson, testApp } from '../helpers/app.js'

const { app, db } = await testApp(t)
const listed = async (query: string): Promise<Claim[]> => (await getJson(app, `/v1/claims?limit=500&${query}`)).body.items

/** A minimal RFC 4180 reader: quoted fields with "" escapes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') row.push(field), (field = '')
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++
    else field += ch
  }
  return rows
}

t.test('NDJSON: the same claims as the list, with the same filters', async (t) => {
  const res = await app.inject('/v1/claims.ndjson?kind=responsibility&stance=denies')
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /application\/x-ndjson/)
  const lines = res.body.trimEnd().split('\n').map((l) => JSON.parse(l))
  t.same(lines, await listed('kind=responsibility&stance=denies'))
  const all = (await app.inject('/v1/claims.ndjson')).body.trimEnd().split('\n')
  t.equal(all.length, (await getJson(app, '/v1/stats')).body.claims.total)
  t.equal((await app.inject('/v1/claims.ndjson?kind=gossip')).statusCode, 400)
  t.equal((await app.inject('/v1/claims.ndjson?q=(')).statusCode, 400, 'a bad search is a 400, not a broken stream')
  t.equal((await app.inject('/v1/claims.ndjson?claimant=nobody')).body, '', 'no claims, no lines')
})

t.test('CSV: a header and one row per claim, quoting what needs it', async (t) => {
  const res = await app.inject('/v1/claims.csv?kind=quote')
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /text\/csv/)
  const [header, ...rows] = parseCsv(res.body)
  t.same(header, [...CSV_COLUMNS])
  const quotes = await listed('kind=quote')
  t.equal(rows.length, quotes.length)
  const col = (name: string) => header!.indexOf(name)
  rows.forEach((r, i) => {
    t.equal(r[col('id')], quotes[i]!.id)
    t.equal(r[col('quote')], quotes[i]!.quote, 'commas, quotes and newlines survive')
    t.equal(Number(r[col('evidence_start')]), quotes[i]!.evidence.start)
  })
})

t.test('JSON-LD: responsibility claims as schema.org ClaimReview', async (t) => {
  const res = await app.inject(`/v1/claims.jsonld?event=${CROCUS}&claimant=vladimir-putin`)
  t.equal(res.statusCode, 200)
  const doc = JSON.parse(res.body)
  t.equal(doc['@context'], 'https://schema.org')
  const putin = await listed('kind=responsibility&claimant=vladimir-putin')
  t.equal(doc['@graph'].length, putin.length)
  for (const review of doc['@graph']) {
    t.equal(review['@type'], 'ClaimReview')
    t.equal(review.itemReviewed['@type'], 'Claim')
    t.same(review.itemReviewed.author, { '@type': 'Person', name: 'Vladimir Putin', identifier: 'vladimir-putin' })
    // A target kept as written ("the West") is a Thing of that name.
    t.ok(review.itemReviewed.about.name === 'Ukraine' || review.itemReviewed.about['@type'] === 'Thing', review.itemReviewed.about.name)
    t.equal(review.itemReviewed.appearance['@type'], 'NewsArticle')
    t.match(review.reviewRating.alternateName, /^Vladimir Putin (says|suggests)/)
  }
  t.ok(doc['@graph'].some((r: { itemReviewed: { about: object } }) => JSON.stringify(r.itemReviewed.about) === '{"@type":"Thing","name":"the West"}'))
  t.equal((await app.inject('/v1/claims.jsonld?kind=count')).statusCode, 400, 'only responsibility claims')
})

t.test('an event in one document', async (t) => {
  const res = await getJson(app, `/v1/events/${CROCUS}/export.json`)
  t.equal(res.status, 200)
  t.equal(res.body.event.id, CROCUS)
  t.equal(res.body.articles.length, 5)
  t.ok(res.body.articles.every((a: { text: string; entities: unknown[] }) => a.text.length > 0 && a.entities.length > 0))
  t.equal(res.body.claims.length, res.body.event.claim_counts.total)
  const ids = new Set(res.body.entities.map((e: { id: string }) => e.id))
  for (const c of res.body.claims as Claim[]) if (c.claimant) t.ok(ids.has(c.claimant.id) || c.claimant.id === 'united-states')
  t.equal((await getJson(app, '/v1/events/nope/export.json')).status, 404)
})

t.test('exports read in batches: more claims than one batch come out whole', async (t) => {
  // 2,500 copies of one claim: past two batch boundaries.
  const sqlite = db.$client
  sqlite.exec(`INSERT INTO claims (id, article_id, event_id, kind, claimant_id, target_id, stance, evidence_text, evidence_start, evidence_end, method, confidence)
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500)
    SELECT 'bulk' || i, article_id, event_id, kind, claimant_id, target_id, stance, evidence_text, evidence_start, evidence_end, 'extracted', 0.5
    FROM claims, n WHERE claims.kind = 'responsibility' AND claims.seq = (SELECT min(seq) FROM claims WHERE kind = 'responsibility')`)
  const lines = (await app.inject('/v1/claims.ndjson?method=extracted')).body.trimEnd().split('\n')
  t.equal(lines.length, 2500)
  t.equal(new Set(lines.map((l) => JSON.parse(l).id)).size, 2500, 'none twice, none lost')
})
