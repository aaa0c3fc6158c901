// Hostile input, generated: a property-based fuzzer driven by the service's own OpenAPI document.
//
// For every documented route and method it sends generated path parameters (real ids and hostile
// strings), query strings (valid values from each parameter's schema, wrong types, huge numbers,
// 100 KB strings, repeats, unknown names) and bodies (objects built from the request schema, then
// mutated; wrong types, null, arrays, broken JSON, wrong content types, a few over the body limit),
// mostly with a valid key, sometimes with none or a wrong one. Each fast-check run is a short
// sequence of requests against a fresh app on a freshly seeded database, so a failure replays
// exactly. The properties, per response:
//   - the status is never >= 500;
//   - every 4xx is a JSON error envelope `{ error: { code, message } }`;
//   - every 2xx JSON body validates against the route's response schema in the OpenAPI document
//     (streamed exports and /docs are exempt from this one only);
//   - a write without a valid key never succeeds; a body over the limit is a 413.
//
// Reproducible: `npm test` runs it with a fixed seed (FIXED_SEED) and enough runs that every
// documented operation is exercised (checked), so a CI failure is a fault of the change, replayable
// as it is. `npm run fuzz -- --minutes 30` (test/helpers/fuzz-loop.ts) runs it again and again with
// random seeds and prints each failing seed with the command that replays it.
//
// Environment: FUZZ_RUNS (runs, default 300; each run is 1–30 requests), FUZZ_SEED (default
// FIXED_SEED; "random" for a new one each time), FUZZ_PATH (the path fast-check prints with a
// failure, to replay just that case).
import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import pino from 'pino'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { closeDatabase, openDatabase } from '../src/db/open.js'
import { loadSeed } from '../seed/loader.js'
import { KEYS } from './helpers/app.js'
import { resolveRef, validate, type Schema } from './helpers/json-schema.js'

/** The seed of `npm test`: fixed, so that a run fails only for a fault the change brought. */
const FIXED_SEED = 20261130
const DEFAULT_RUNS = 300
const RUNS = Number(process.env.FUZZ_RUNS ?? DEFAULT_RUNS)
const SEED =
  process.env.FUZZ_SEED === 'random'
    ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0
    : process.env.FUZZ_SEED
      ? Number(process.env.FUZZ_SEED)
      : FIXED_SEED
const PATH = process.env.FUZZ_PATH || undefined
const MAX_REQUESTS_PER_RUN = 30
const BODY_LIMIT = 1024 * 1024

// ---------------------------------------------------------------------------------------------
// The app under test, fresh per run; errors it logs are kept so a 5xx comes with its cause.

const logged: string[] = []
const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(line) })

async function withFreshApp<T>(fn: (app: FastifyInstance) => Promise<T>): Promise<T> {
  const db = openDatabase(':memory:')
  try {
    loadSeed(db)
    const app = await buildApp({ db, keys: KEYS, logger, bodyLimit: BODY_LIMIT })
    try {
      return await fn(app)
    } finally {
      await app.close()
    }
  } finally {
    closeDatabase(db)
  }
}

// ---------------------------------------------------------------------------------------------
// The OpenAPI document and some real ids, read once from a seeded app (the seed is deterministic).

type JsonObject = Record<string, unknown>
interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema: Schema
}
interface Operation {
  parameters?: Parameter[]
  requestBody?: { content: Record<string, { schema: Schema }> }
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>
  security?: unknown[]
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema> }
}

interface Fixture {
  doc: OpenApi
  ids: { articles: string[]; entities: string[]; claims: string[]; events: string[]; aliases: string[]; cursors: string[] }
  sentences: string[]
}

async function readFixture(): Promise<Fixture> {
  return withFreshApp(async (app) => {
    const get = async (url: string) => {
      const res = await app.inject(url)
      if (res.statusCode !== 200) throw new Error(`setup: GET ${url} → ${res.statusCode} ${res.body.slice(0, 300)}`)
      return res.json()
    }
    const doc = (await get('/openapi.json')) as OpenApi
    const idsOf = async (url: string) => ((await get(url)).items as { id: string }[]).map((i) => i.id)
    const articles = await idsOf('/v1/articles?limit=500')
    const entities = await idsOf('/v1/entities?limit=500')
    const claims = await idsOf('/v1/claims?limit=500')
    const events = await idsOf('/v1/events?limit=500')
    const aliases: string[] = []
    for (const id of entities.slice(0, 15)) aliases.push(...((await get(`/v1/entities/${encodeURIComponent(id)}`)).aliases as string[]))
    const cursors: string[] = []
    for (const url of ['/v1/articles?limit=1', '/v1/entities?limit=2', '/v1/claims?limit=3', '/v1/events?limit=1', '/v1/search?q=attack&limit=1', '/v1/audit?limit=1']) {
      const next = (await get(url)).next_cursor
      if (typeof next === 'string') cursors.push(next)
    }
    const text = (await get(`/v1/articles/${encodeURIComponent(articles[0]!)}`)).text as string
    const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20).slice(0, 40)
    return { doc, ids: { articles, entities, claims, events, aliases, cursors }, sentences }
  })
}

// ---------------------------------------------------------------------------------------------
// Hostile material.

const HOSTILE_STRINGS: string[] = [
  '', ' ', '  ', '\t', '\n', '\r\n', '\u0000', 'a\u0000b', '\u0000'.repeat(8),
  '.', '..', '../', '../../etc/passwd', '..\\..\\windows', '%', '%00', '%zz', '%%', '%2e%2e%2f',
  "' OR 1=1 --", "'; DROP TABLE articles; --", "1' AND sleep(5)--", 'x" OR "1"="1', '/* */', ';',
  '"', '""', '"""', '"unclosed', '(', ')', '()', 'NEAR(', 'NEAR(a b', 'NEAR(a b, -1)', 'a NEAR/3 b', '*', 'a*', '*a', '**',
  '^', '^a', 'AND', 'OR', 'NOT', 'a OR', 'OR a', 'a AND NOT', 'NOT NOT', ':', 'title:x', 'text:', '{title}: x', '-', '-a', '+', 'a + b',
  '{', '}', '[', ']', '\\', '\\"', '`', '$', '${7*7}', '{{7*7}}', '%s%s%n', '<script>alert(1)</script>', '<', '>', '&amp;', '&',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'null', 'undefined', 'true', 'false', 'NaN',
  '-1', '0', '-0', '1.5', '1e309', '-1e309', '0x1F', '9007199254740993', '9'.repeat(400),
  'ß', 'İ', 'ﬁ', 'ǅ', 'Москва', '北京', 'القاهرة', 'שלום', '🙂', '👨‍👩‍👧', '\u202e\u202d', '\ufeff', '\u200b', 'a\u0301', 'Z̤͔ͧ̑̓',
  '\ud800', '\udfff', 'a\ud800b', '\uffff', '\ufffd',
]

const huge = (n: number, ch = 'a') => ch.repeat(n)
const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('"', '(', ')', '*', '^', ':', '-', '+', 'NEAR', 'AND', 'OR', 'NOT', ' ', 'a', "'", '\u0000'), maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom(huge(10 * 1024), huge(10 * 1024, 'é'), huge(3000, '"'), huge(5000, '(')) },
  )

const NUMBERISH = ['-1', '0', '1', '500', '501', '-9007199254740993', '9007199254740993', '99999999999999999999999', '1.5', '1e3', '1e309', '0x10', ' 5', '5 ', '+5', '05', 'Infinity', '-Infinity', 'NaN', '']

/** `arb` in `percent`% of cases, otherwise null. */
const maybe = <T>(arb: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 100 - percent, arbitrary: fc.constant(null) }, { weight: percent, arbitrary: arb })

/** Percent-encodes, lone surrogates included (as the invalid UTF-8 they would be on the wire). */
function enc(s: string): string {
  try {
    return encodeURIComponent(s)
  } catch {
    return [...s].map((c) => (/[\ud800-\udfff]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c))).join('')
  }
}

// ---------------------------------------------------------------------------------------------
// Values from a JSON schema: valid-looking, with real ids where a field names one.

function idsFor(name: string, fx: Fixture): string[] {
  const { ids } = fx
  switch (name) {
    case 'article':
      return ids.articles
    case 'claimant':
    case 'target':
    case 'into':
    case 'place':
    case 'entity':
      return ids.entities
    case 'event':
      return ids.events
    case 'parent':
      return [...ids.entities, ...ids.events]
    case 'claim':
    case 'claim_id':
      return ids.claims
    case 'id':
      return [...ids.articles, ...ids.entities, ...ids.claims, ...ids.events]
    case 'alias':
    case 'name':
      return ids.aliases
    case 'cursor':
      return ids.cursors
    case 'q':
      return ['attack', 'Moscow', '"Crocus City Hall"', 'killed OR injured', 'Islamic State', 'claim*', 'NEAR(police said)']
    case 'text':
    case 'quote':
      return fx.sentences
    default:
      return []
  }
}

function arbFromSchema(schema: Schema, fx: Fixture, name = '', depth = 0): fc.Arbitrary<unknown> {
  if (typeof schema === 'boolean' || depth > 6) return fc.jsonValue({ maxDepth: 2 })
  const s = schema
  if (typeof s.$ref === 'string') return arbFromSchema(resolveRef(fx.doc, s.$ref), fx, name, depth + 1)
  if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) {
    const branches = ((s.anyOf ?? s.oneOf) as Schema[]).map((b) => arbFromSchema(b, fx, name, depth + 1))
    return fc.oneof(...branches)
  }
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]))
  if ('const' in s) return fc.constant(s.const)
  const type = Array.isArray(s.type) ? (s.type as string[]) : s.type === undefined ? [] : [s.type as string]
  if (type.length > 1) return fc.oneof(...type.map((ty) => arbFromSchema({ ...s, type: ty }, fx, name, depth + 1)))
  switch (type[0]) {
    case 'null':
      return fc.constant(null)
    case 'boolean':
      return fc.boolean()
    case 'integer':
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum : -1_000_000
      const max = typeof s.maximum === 'number' ? s.maximum : 1_000_000
      const near = fc.integer({ min: Math.max(min, -1_000_000), max: Math.min(max, Math.max(min, -1_000_000) + 3000) })
      return fc.oneof({ weight: 3, arbitrary: near }, { weight: 1, arbitrary: fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) }) })
    }
    case 'string': {
      const minLength = typeof s.minLength === 'number' ? s.minLength : 0
      const maxLength = typeof s.maxLength === 'number' ? s.maxLength : 200
      let base: fc.Arbitrary<string>
      if (typeof s.pattern === 'string') base = fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= maxLength)
      else if (s.format === 'uri') base = fc.webUrl()
      else base = fc.string({ unit: 'grapheme', minLength, maxLength: Math.min(maxLength, Math.max(minLength, 60)) })
      const known = idsFor(name, fx).filter((v) => v.length >= minLength && v.length <= maxLength)
      return known.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: base }) : base
    }
    case 'array': {
      const items = s.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : arbFromSchema(s.items as Schema, fx, name, depth + 1)
      return fc.array(items, { maxLength: 4 })
    }
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Schema>
      const required = new Set((s.required ?? []) as string[])
      const model: Record<string, fc.Arbitrary<unknown>> = {}
      for (const [k, v] of Object.entries(props)) model[k] = arbFromSchema(v, fx, k, depth + 1)
      const requiredKeys = Object.keys(props).filter((k) => required.has(k))
      return fc.record(model, { requiredKeys })
    }
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

// ---------------------------------------------------------------------------------------------
// Requests.

interface Req {
  method: string
  url: string
  headers: Record<string, string>
  /** the body; `{ repeat }` is materialized at send time (over the limit), to keep reports short */
  body?: string | Uint8Array | { over: number }
  /** the documented operation, when the URL certainly routes to it (schema validation applies) */
  route?: { path: string; method: string }
  exempt: boolean
  authorized: boolean
  secured: boolean
  expect413: boolean
  label: string
}

const short = (s: string, n = 240) => (s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s)
function describe(r: Req): string {
  const body = r.body === undefined ? '' : typeof r.body === 'string' ? ` body=${JSON.stringify(short(r.body))}` : 'over' in r.body ? ` body=<${r.body.over} bytes of JSON>` : ` body=<${r.body.length} bytes>`
  return `${r.method} ${short(r.url, 400)} headers=${JSON.stringify(r.headers, (_k, v) => (typeof v === 'string' ? short(v, 80) : v))}${body}`
}
function withToString(r: Req): Req {
  return Object.assign(r, { [fc.toStringMethod]: () => describe(r) })
}

const EXEMPT = /\.(ndjson|csv|jsonld)$|^\/docs/
const OTHER_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']
const CONTENT_TYPES = [
  'application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/json; charset=latin1', 'application/json;;',
  'application/merge-patch+json', 'application/xml', 'text/xml', 'text/plain', 'text/plain; charset=utf-8', 'text/html',
  'application/octet-stream', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'image/png', '*/*', ';', 'json', '',
]
const BROKEN_JSON = [
  '', ' ', '{', '}', '[', '{"a":}', '{"a":1,}', "{'a':1}", '[1,2', 'nul', 'undefined', 'NaN', 'Infinity', '{"a":1}{"b":2}', '\u0000',
  '{"text":"\u0000"}', '{"text":"x"', '\ufeff{"text":"x"}', '{"text":"a","text":1}', '{"__proto__":{"polluted":1},"text":"x"}',
  '{"constructor":{"prototype":{"polluted":1}}}', '1e999999', '-0', '"just a string"', '{"text":"\\ud800"}', '{"text":"\\u00"}',
  '{"a":' + '1'.repeat(5000) + '}', '['.repeat(20_000) + ']'.repeat(20_000), '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000), '['.repeat(50_000),
]
const HTML_SAMPLES = [
  '<html><head><title>Blast in Moscow</title></head><body><article><p>Police said at least 40 people were killed in Moscow on Friday. Islamic State claimed responsibility.</p></article></body></html>',
  '<script>alert(1)</script>', '<<<>>>', '<!DOCTYPE', '<svg onload=alert(1)>', '<html><body></body></html>', '<title></title>', '',
  '<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000), '<p>' + 'word '.repeat(4000) + '</p>', '<?xml version="1.0"?><a/>', '<html><head><title>' + '\u0000'.repeat(10) + '</title></head></html>',
]

const wrongTyped = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { a: 1 }, '', '   '),
    hostileString(),
    fc.jsonValue({ maxDepth: 3 }),
  )

type Mutation = { kind: 'drop' | 'set' | 'add'; key: number; extra: string; value: unknown }
function mutate(value: unknown, schemaKeys: string[], mutations: Mutation[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const obj: JsonObject = { ...(value as JsonObject) }
  for (const m of mutations) {
    const keys = [...new Set([...schemaKeys, ...Object.keys(obj)])]
    const key = keys.length > 0 ? keys[m.key % keys.length]! : m.extra
    if (m.kind === 'drop') delete obj[key]
    else if (m.kind === 'set') obj[key] = m.value
    else obj[m.extra] = m.value
  }
  return obj
}

function authArb(): fc.Arbitrary<{ headers: Record<string, string>; valid: boolean }> {
  const key = KEYS[0]!.key
  const valid = fc.constantFrom(...KEYS.map((k) => ({ headers: { authorization: `Bearer ${k.key}` }, valid: true })), { headers: { authorization: `bearer   ${key}  ` }, valid: true })
  const invalid = fc.constantFrom(
    {},
    { authorization: '' },
    { authorization: 'Bearer' },
    { authorization: 'Bearer ' },
    { authorization: 'Bearer wrong-key' },
    { authorization: `Bearer ${key.slice(0, -1)}` },
    { authorization: `Bearer ${key}x` },
    { authorization: `Bearer ${key} extra` },
    { authorization: `Basic ${Buffer.from(`editor:${key}`).toString('base64')}` },
    { authorization: `Token ${key}` },
    { authorization: key },
    { authorization: `Bearer ${'x'.repeat(10_000)}` },
    { authorization: "Bearer ' OR 1=1 --" },
  ).map((headers) => ({ headers: headers as Record<string, string>, valid: false }))
  return fc.oneof({ weight: 8, arbitrary: valid }, { weight: 2, arbitrary: invalid })
}

/**
 * Bodies that also pass the rules a schema cannot say (a quote needs its speaker, evidence lies in
 * the article), so that the success paths, and their response schemas, are reached often too.
 */
function sensible(fx: Fixture): Record<string, fc.Arbitrary<unknown>[]> {
  const article = fc.constantFrom(...fx.ids.articles)
  const entity = fc.constantFrom(...fx.ids.entities)
  const event = fc.constantFrom(...fx.ids.events)
  const evidence = fc.integer({ min: 0, max: 400 }).chain((start) => fc.record({ start: fc.constant(start), end: fc.integer({ min: start + 1, max: start + 80 }) }))
  const text = fc.array(fc.constantFrom(...fx.sentences), { minLength: 1, maxLength: 12 }).map((ss) => ss.join(' '))
  const isoDate = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString())
  return {
    'POST /v1/claims': [
      fc.record({ article, kind: fc.constant('responsibility'), claimant: fc.option(entity), target: entity, stance: fc.constantFrom('asserts', 'suggests', 'denies'), evidence }),
      fc.record({ article, kind: fc.constant('count'), claimant: fc.option(entity), metric: fc.constantFrom('killed', 'injured', 'missing'), value: fc.nat(10_000), qualifier: fc.constantFrom('exact', 'at_least', 'about'), evidence }),
      fc.record({ article, kind: fc.constant('quote'), claimant: entity, quote: fc.constantFrom(...fx.sentences), evidence }),
    ],
    'PATCH /v1/claims/{id}': [fc.record({ claimant: fc.option(entity), event: fc.option(event) }, { requiredKeys: [] }).filter((p) => Object.keys(p).length > 0)],
    'POST /v1/articles': [
      fc.record({ text, title: fc.option(fc.string({ minLength: 1, maxLength: 80 })), outlet: fc.option(fc.constantFrom('AFP', 'Reuters', 'BBC')), url: fc.option(fc.webUrl()), published_at: fc.option(isoDate), event: fc.option(event) }, { requiredKeys: ['text'] }),
    ],
    'PUT /v1/articles/{id}/event': [fc.record({ event: fc.option(event) })],
  }
}

function buildArbitraries(fx: Fixture) {
  const ops: { path: string; method: string; op: Operation }[] = []
  for (const [path, methods] of Object.entries(fx.doc.paths)) {
    for (const [method, op] of Object.entries(methods)) ops.push({ path, method: method.toUpperCase(), op })
  }
  const resourceIds = (path: string): string[] => {
    if (path.startsWith('/v1/articles')) return fx.ids.articles
    if (path.startsWith('/v1/entities')) return fx.ids.entities
    if (path.startsWith('/v1/claims')) return fx.ids.claims
    if (path.startsWith('/v1/events')) return fx.ids.events
    return []
  }

  /** A path segment: [text as sent, whether routing to the template is certain, whether real]. */
  const segment = (name: string, path: string): fc.Arbitrary<[string, boolean, boolean]> => {
    const real = name === 'alias' ? fx.ids.aliases : resourceIds(path)
    const all = idsFor('id', fx)
    const hostileEncoded = hostileString().map((s): [string, boolean, boolean] => [enc(s), s !== '' && s !== '.' && s !== '..', false])
    const raw = fc.constantFrom('../', '..', '.', '%', '%00', '%zz', '%E0%A4%A', '%ED%A0%80', '?', '#', ';', '//', 'a/b', '%2F', '%252F', ' ', '').map((s): [string, boolean, boolean] => [s, false, false])
    return fc.oneof(
      { weight: real.length > 0 ? 6 : 0, arbitrary: fc.constantFrom(...(real.length > 0 ? real : ['x'])).map((s): [string, boolean, boolean] => [enc(s), true, true]) },
      { weight: 1, arbitrary: fc.constantFrom(...all).map((s): [string, boolean, boolean] => [enc(s), true, false]) },
      { weight: 4, arbitrary: hostileEncoded },
      { weight: 1, arbitrary: raw },
    )
  }

  const queryValue = (p: Parameter): fc.Arbitrary<string[]> => {
    const valid = arbFromSchema(p.schema, fx, p.name).map((v) => (Array.isArray(v) ? v.map(String) : [v === null ? '' : String(v)]))
    const wrong = fc.oneof(fc.constantFrom(...NUMBERISH), hostileString(), fc.constantFrom(huge(100 * 1024), huge(100 * 1024, '"'))).map((v) => [v])
    const repeated = fc.array(fc.oneof(arbFromSchema(p.schema, fx, p.name).map(String), hostileString()), { minLength: 2, maxLength: 4 })
    return fc.oneof({ weight: 12, arbitrary: valid }, { weight: 3, arbitrary: wrong }, { weight: 1, arbitrary: repeated })
  }

  /** `presence`: how often (%) each optional documented parameter is given. */
  const queryArb = (params: Parameter[], presence: number): fc.Arbitrary<{ qs: string; count: number }> => {
    const documented = params.map((p) =>
      maybe(queryValue(p).map((vs) => vs.map((v) => `${enc(p.name)}=${enc(v)}`).join('&')), p.required ? 90 : presence),
    )
    const unknownName = fc.oneof(fc.constantFrom('foo', '__proto__', 'constructor', 'LIMIT', 'limit ', 'limit[]', 'limit[a]', 'a.b', '', '='), fc.string({ maxLength: 10 }))
    const unknown = maybe(fc.tuple(unknownName, hostileString()).map(([k, v]) => `${enc(k)}=${enc(v)}`), 10)
    const rawJunk = maybe(fc.constantFrom('%', '%zz', '%E0%A4%A', '&&&', '=', '==x', 'a', '?', '#frag', ';a=1', 'limit=1&limit', '%ED%A0%80=1'), 6)
    return fc.tuple(fc.tuple(...documented), unknown, rawJunk).map(([docs, u, junk]) => {
      const parts = [...docs.filter((d): d is string => d !== null), ...(u === null ? [] : [u]), ...(junk === null ? [] : [junk])]
      return { qs: parts.join('&'), count: parts.length }
    })
  }

  type BodyPart = { body?: Req['body']; contentType?: string; over?: boolean }
  const bodyArb = (path: string, method: string, op: Operation): fc.Arbitrary<BodyPart> => {
    const schema = op.requestBody?.content['application/json']?.schema
    if (!schema) {
      // No documented body: mostly none, sometimes one anyway.
      return fc.oneof(
        { weight: 8, arbitrary: fc.constant({}) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...CONTENT_TYPES), fc.oneof(fc.constantFrom(...BROKEN_JSON), fc.jsonValue().map((v) => JSON.stringify(v) ?? ''))).map(([contentType, body]) => ({ contentType, body })) },
      )
    }
    const resolved = typeof schema === 'object' && typeof schema.$ref === 'string' ? resolveRef(fx.doc, schema.$ref) : schema
    const schemaKeys = typeof resolved === 'object' ? Object.keys((resolved.properties ?? {}) as object) : []
    const validish = fc.oneof(arbFromSchema(schema, fx), ...(sensible(fx)[`${method} ${path}`] ?? []))
    const mutation: fc.Arbitrary<Mutation> = fc.record({
      kind: fc.constantFrom('drop', 'set', 'add'),
      key: fc.nat(),
      extra: fc.oneof(fc.constantFrom('unknown', '__proto__', 'constructor', '', 'text ', 'TEXT'), fc.string({ maxLength: 8 })),
      value: wrongTyped(),
    }) as fc.Arbitrary<Mutation>
    const mutated = fc.tuple(validish, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([v, ms]) => mutate(v, schemaKeys, ms))
    const json = (value: fc.Arbitrary<unknown>): fc.Arbitrary<BodyPart> => value.map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) ?? 'null' }))
    const isIngest = method === 'POST' && path === '/v1/articles'
    const articleText = fc.oneof(
      fc.array(fc.constantFrom(...fx.sentences, ...HOSTILE_STRINGS), { minLength: 1, maxLength: 30 }).map((ws) => ws.join(' ')),
      fc.string({ unit: 'grapheme', maxLength: 2000 }),
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.constantFrom(huge(20_000, 'killed '), huge(50_000, 'Moscow. ')),
    )
    const parts: fc.WeightedArbitrary<BodyPart>[] = [
      { weight: 5, arbitrary: json(validish) },
      { weight: 5, arbitrary: json(mutated) },
      { weight: 1, arbitrary: json(fc.constantFrom(null, [], [{}], 42, 'text', true, {})) },
      { weight: 1, arbitrary: json(validish.map((v) => [v])) },
      { weight: 2, arbitrary: fc.constantFrom(...BROKEN_JSON).map((body) => ({ contentType: 'application/json', body })) },
      { weight: 1, arbitrary: fc.constant({ contentType: 'application/json' }) },
      {
        weight: 2,
        arbitrary: fc.tuple(fc.constantFrom(...CONTENT_TYPES), fc.oneof(validish.map((v) => JSON.stringify(v) ?? ''), hostileString(), fc.uint8Array({ maxLength: 64 }))).map(([contentType, body]) => ({ contentType, body })),
      },
      { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/json').map((contentType) => ({ contentType, body: { over: BODY_LIMIT + 1 }, over: true })) },
    ]
    if (isIngest) {
      parts.push(
        { weight: 3, arbitrary: articleText.map((text) => ({ contentType: 'text/plain', body: text })) },
        { weight: 2, arbitrary: fc.oneof(fc.constantFrom(...HTML_SAMPLES), articleText.map((x) => `<html><head><title>${x.slice(0, 80)}</title></head><body><p>${x}</p></body></html>`)).map((body) => ({ contentType: 'text/html', body })) },
        { weight: 2, arbitrary: articleText.map((text) => ({ contentType: 'application/json', body: JSON.stringify({ text }) })) },
      )
    }
    return fc.oneof(...parts)
  }

  const documentedReq = fc.constantFrom(...ops).chain(({ path, method, op }) => {
    const params = op.parameters ?? []
    const pathParams = params.filter((p) => p.in === 'path')
    const secured = Array.isArray(op.security) && op.security.length > 0
    return fc
      .record({
        segments: fc.tuple(...pathParams.map((p) => segment(p.name, path))),
        // With a body, query parameters are the exception (POST /v1/articles takes them with text only).
        query: queryArb(params.filter((p) => p.in === 'query'), op.requestBody ? 8 : 35),
        body: bodyArb(path, method, op),
        auth: secured ? authArb() : fc.oneof({ weight: 9, arbitrary: fc.constant({ headers: {}, valid: false }) }, { weight: 1, arbitrary: authArb() }),
      })
      .map(({ segments, query, body, auth }) => {
        let url = path
        let certain = true
        let real = true
        pathParams.forEach((p, i) => {
          const [text, sure, isReal] = segments[i]!
          url = url.replace(`{${p.name}}`, text)
          certain &&= sure
          real &&= isReal
        })
        if (query.count > 0) url += `?${query.qs}`
        const headers: Record<string, string> = { ...auth.headers }
        if (body.contentType !== undefined && body.contentType !== '') headers['content-type'] = body.contentType
        return withToString({
          method,
          url,
          headers,
          body: body.body,
          route: certain ? { path, method: method.toLowerCase() } : undefined,
          exempt: EXEMPT.test(path),
          authorized: auth.valid,
          secured,
          // Over the limit, with a key, to a route that exists with real ids: nothing but a 413.
          expect413: Boolean(body.over) && auth.valid && certain && real && !/[?#]/.test(url.replace(/\?.*$/, '')),
          label: `${method} ${path}`,
        })
      })
  })

  // Routes outside the document, and methods a documented path does not have.
  const extraReq = fc
    .tuple(
      fc.oneof(
        fc.constantFrom('/openapi.json', '/docs', '/docs/', '/docs/json', '/docs/yaml', '/docs/static/index.html', '/docs/static/../../package.json', '/', '/v1', '/v1/', '/v2/articles', '/v1/articles/', '/V1/ARTICLES', '//v1//articles', '/v1/%2e%2e/openapi.json'),
        fc.constantFrom(...ops.map((o) => o.path.replace(/\{[^}]+\}/g, 'x'))),
      ),
      fc.constantFrom(...OTHER_METHODS),
      maybe(fc.tuple(hostileString(), hostileString()), 50),
      authArb(),
    )
    .map(([path, method, qs, auth]) =>
      withToString({
        method,
        url: qs === null ? path : `${path}?${enc(qs[0])}=${enc(qs[1])}`,
        headers: auth.headers,
        exempt: true,
        authorized: auth.valid,
        secured: false,
        expect413: false,
        label: `${method} (other) ${path}`,
      }),
    )

  return fc.array(fc.oneof({ weight: 12, arbitrary: documentedReq }, { weight: 1, arbitrary: extraReq }), { minLength: 1, maxLength: MAX_REQUESTS_PER_RUN, size: 'max' })
}

// ---------------------------------------------------------------------------------------------
// The checks.

const statuses = new Map<number, number>()
let sent = 0
let validated = 0
const exercised = new Set<string>()

function responseSchema(doc: OpenApi, route: { path: string; method: string }, status: number): Schema | undefined | null {
  const op = doc.paths[route.path]?.[route.method]
  if (!op) return null
  const res = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default
  if (!res) return undefined
  return res.content?.['application/json']?.schema
}

async function check(app: FastifyInstance, doc: OpenApi, req: Req): Promise<void> {
  logged.length = 0
  const payload = req.body === undefined ? undefined : typeof req.body === 'string' ? req.body : 'over' in req.body ? JSON.stringify({ text: huge(req.body.over) }) : Buffer.from(req.body)
  // FUZZ_TRACE=1: each request on stderr before it is sent, to find one that never answers.
  if (process.env.FUZZ_TRACE) process.stderr.write(`fuzz> ${req.method} ${req.url.slice(0, 300)} ${JSON.stringify(req.headers).slice(0, 200)} ${String(payload ?? '').slice(0, 300)}\n`)
  const res = await app.inject({ method: req.method as 'GET', url: req.url, headers: req.headers, ...(payload === undefined ? {} : { payload }) })
  sent++
  if (req.route) exercised.add(`${req.route.method} ${req.route.path}`)
  statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
  const status = res.statusCode
  const fail = (why: string): never => {
    const cause = logged.length > 0 ? `\n  logged: ${short(logged.join(' | '), 2000)}` : ''
    throw new Error(`${why}\n  request: ${describe(req)}\n  response: ${status} ${short(res.body, 600)}${cause}`)
  }

  if (status >= 500) fail(`a ${status}`)
  if (req.expect413 && status !== 413) fail(`a body over the limit answered ${status}, not 413`)
  if (req.secured && !req.authorized && status < 300) fail('a write without a valid key succeeded')

  if (status >= 400) {
    if (req.method === 'HEAD') return
    let body: unknown
    try {
      body = JSON.parse(res.body)
    } catch {
      fail('a 4xx whose body is not JSON')
    }
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error
    if (typeof error?.code !== 'string' || typeof error.message !== 'string') fail('a 4xx without the error envelope')
    return
  }
  if (status >= 300) {
    if (status === 308 || (req.url.startsWith('/docs') && status >= 300)) {
      if (!res.headers.location) fail('a redirect without a Location')
      return
    }
    fail(`an unexpected ${status}`)
  }
  // 2xx
  if (req.exempt || req.method === 'HEAD' || req.method === 'OPTIONS') return
  if (!req.route) return // the URL might have routed elsewhere (raw "/", empty segment): no schema to hold it to
  const schema = responseSchema(doc, req.route, status)
  if (schema === null) fail(`a ${status} from an undocumented route`)
  if (schema === undefined) fail(`a ${status} that the OpenAPI document does not list for ${req.label}`)
  if (!/^application\/json/.test(String(res.headers['content-type']))) fail(`a ${status} that is not JSON (${res.headers['content-type']})`)
  let body: unknown
  try {
    body = JSON.parse(res.body)
  } catch {
    fail(`a ${status} whose body is not JSON`)
  }
  const errors = validate(schema!, body, doc)
  if (errors.length > 0) fail(`a ${status} that does not match its schema: ${errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ')}`)
  validated++
}

// ---------------------------------------------------------------------------------------------

t.test('hostile input, generated from the OpenAPI document: no 5xx, always an envelope, 2xx as documented', { timeout: 120_000 + RUNS * 1000 }, async (t) => {
  const started = Date.now()
  t.comment(`fuzz: seed=${SEED}${PATH ? ` path=${PATH}` : ''} runs=${RUNS} (FUZZ_SEED, FUZZ_PATH, FUZZ_RUNS)`)
  const fx = await readFixture()
  t.ok(Object.keys(fx.doc.paths).length > 20, 'the document lists the routes')
  t.ok(fx.ids.articles.length && fx.ids.entities.length && fx.ids.claims.length && fx.ids.events.length, 'real ids to aim at')

  // The validator is not vacuous: a real claim passes, a damaged one does not.
  const claimSchema: Schema = { $ref: '#/components/schemas/Claim' }
  const claim = await withFreshApp(async (app) => (await app.inject('/v1/claims?limit=1')).json().items[0] as JsonObject)
  t.same(validate(claimSchema, claim, fx.doc), [], 'a real claim matches its schema')
  const damaged: JsonObject = { ...claim, confidence: 'high', kind: 'rumour', extra: 1 }
  delete damaged.evidence
  t.equal(validate(claimSchema, damaged, fx.doc).length, 4, 'a damaged claim does not (missing, wrong type, not in enum, unknown)')

  const requests = buildArbitraries(fx)
  const documented = Object.values(fx.doc.paths).reduce((n, methods) => n + Object.keys(methods).length, 0)
  try {
    await fc.assert(
      fc.asyncProperty(requests, async (reqs) => {
        await withFreshApp(async (app) => {
          for (const req of reqs) await check(app, fx.doc, req)
        })
      }),
      { seed: SEED, path: PATH, numRuns: RUNS },
    )
    t.pass(`${sent} requests, no 5xx, every 4xx an envelope, ${validated} 2xx bodies valid`)
    if (!PATH && RUNS >= DEFAULT_RUNS) {
      const missed = Object.entries(fx.doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`)).filter((op) => !exercised.has(op))
      t.same(missed, [], `every documented operation was exercised (${exercised.size}/${documented})`)
    }
  } finally {
    const tally = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}:${n}`).join(' ')
    t.comment(`fuzz: seed=${SEED} requests=${sent} validated2xx=${validated} time=${((Date.now() - started) / 1000).toFixed(1)}s`)
    t.comment(`fuzz: statuses ${tally}`)
    t.comment(`fuzz: documented operations exercised ${exercised.size}/${documented}`)
  }
})
