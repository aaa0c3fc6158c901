import t from 'tap'
import { AUTH, testApp } from '../helpers/app.js'

type Json = { [key: string]: unknown }

/** Every object schema in a tree that has both `start` and `end` properties, with where it was found. */
function spanSchemas(node: unknown, path = '$', out: { path: string; props: Record<string, Json> }[] = []) {
  if (!node || typeof node !== 'object') return out
  if (Array.isArray(node)) {
    node.forEach((n, i) => spanSchemas(n, `${path}[${i}]`, out))
    return out
  }
  const props = (node as Json)['properties'] as Record<string, Json> | undefined
  if (props && props['start'] && props['end']) out.push({ path, props })
  for (const [k, v] of Object.entries(node as Json)) spanSchemas(v, `${path}.${k}`, out)
  return out
}

t.test('the OpenAPI document says what offsets count, on every span', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json()
  t.match(doc.info.description, /UTF-16 code units/)
  const spans = spanSchemas(doc)
  t.ok(spans.length >= 5, `spans in mentions, evidence, search hits… (${spans.length} found)`)
  for (const { path, props } of spans) {
    t.match(props['start']!['description'], /UTF-16 code units/, `${path}.start`)
    t.match(props['end']!['description'], /UTF-16 code units/, `${path}.end`)
  }
})

t.test('after an emoji, offsets are UTF-16 code units, and the documented recipes slice right', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const text = '🔥🚨 LIVE 🔥 At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said.'
  const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...AUTH, 'content-type': 'application/json' }, payload: { text } })
  t.equal(res.statusCode, 201, res.body)
  const article = res.json()
  const spans = [
    ...article.entities.flatMap((e: { mentions: { start: number; end: number; text: string }[] }) => e.mentions),
    ...article.claims.map((c: { evidence: { start: number; end: number; text: string } }) => c.evidence),
  ]
  const quetta = spans.find((s) => s.text === 'Quetta')
  t.ok(quetta, 'Quetta is a mention')
  t.equal(quetta.start, text.indexOf('Quetta'), 'counted in UTF-16 code units: each of the three emoji counts 2')
  t.equal([...text].slice(quetta.start, quetta.end).join(''), 'tta, P', 'counting code points instead would slice 3 characters too far')
  for (const s of spans) {
    t.equal(article.text.slice(s.start, s.end), s.text, 'JavaScript: text.slice(start, end)')
    // Python's text.encode('utf-16-le')[2*start:2*end].decode('utf-16-le'), as the docs give it.
    t.equal(Buffer.from(article.text, 'utf16le').subarray(2 * s.start, 2 * s.end).toString('utf16le'), s.text, 'UTF-16 bytes')
  }
})
