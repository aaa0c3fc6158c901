import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import type { Claim } from '../../src/domain/api.js'
import { AUTH, testApp } from '../helpers/app.js'

// The articles of our own writing (test/fixtures/articles), each POSTed to a service that has never
// seen anything (no seed): what comes back through the API is scored against the expected file.
const DIR = join(import.meta.dirname, '..', 'fixtures', 'articles')
const names = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort()

interface Expected {
  entities: { name: string; kind: string }[]
  counts: { metric: string; value: number; qualifier: string }[]
  responsibility: { claimant: string | null; target: string; stance: string }[]
}

let tp = 0
let fp = 0
let fn = 0
for (const name of names) {
  t.test(name, async (t) => {
    const { app } = await testApp(t, { seed: false })
    const text = readFileSync(join(DIR, `${name}.txt`), 'utf8')
    const expected: Expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'))
    const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text } })
    t.equal(res.statusCode, 201)
    const body = res.json()
    for (const e of body.entities) for (const m of e.mentions) t.equal(text.slice(m.start, m.end), m.text)
    for (const c of body.claims as Claim[]) t.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text)
    // Counts: the API's figures (other events' figures carry no event, as stored) against the file.
    const got = new Set((body.claims as Claim[]).filter((c) => c.kind === 'count').map((c) => `${c.metric} ${c.value} ${c.qualifier}`))
    const want = new Set(expected.counts.map((c) => `${c.metric} ${c.value} ${c.qualifier}`))
    for (const g of got) (want.has(g) ? tp++ : fp++)
    for (const w of want) if (!got.has(w)) fn++
    const found = new Set(body.entities.flatMap((e: { name: string; aliases: string[] }) => [e.name, ...e.aliases].map((n) => n.toLowerCase())))
    const named = expected.entities.filter((e) => found.has(e.name.toLowerCase())).length
    t.ok(named / Math.max(1, expected.entities.length) >= 0.6, `${named}/${expected.entities.length} expected entities come back`)
  })
}

t.test('figures through POST, over all fixtures', async (t) => {
  const precision = tp / (tp + fp)
  const recall = tp / (tp + fn)
  const f1 = (2 * precision * recall) / (precision + recall)
  t.comment(`counts through POST: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (${tp} tp, ${fp} fp, ${fn} fn)`)
  // A floor at the score measured when the fixtures were brought in line with docs/annotation.md
  // (subsets count as figures; F1 0.871), not a target.
  t.ok(f1 >= 0.87, `F1 ${f1.toFixed(3)} ≥ 0.87`)
})
