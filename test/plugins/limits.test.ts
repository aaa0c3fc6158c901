import { Writable } from 'node:stream'
import pino from 'pino'
import t from 'tap'
import helmet from 'helmet'
import { buildApp } from '../../src/app.js'
import { SECURITY } from '../../src/plugins/limits.js'
import { AUTH, KEYS, testDb } from '../helpers/app.js'

const ARTICLE = 'At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said.'

t.test('writes and search are rate-limited per key or IP, with Retry-After and the envelope', async (t) => {
  const app = await buildApp({ db: testDb(t), keys: KEYS, rateLimit: { writes: 3, searches: 2 } })
  t.teardown(() => app.close())
  const del = (headers: Record<string, string>) => app.inject({ method: 'DELETE', url: '/v1/articles/nope', headers })
  for (let i = 0; i < 3; i++) t.equal((await del(AUTH)).statusCode, 404)
  const limited = await del(AUTH)
  t.equal(limited.statusCode, 429)
  t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After in seconds')
  t.equal(limited.json().error.code, 'too_many_requests')
  t.equal((await del({ authorization: `Bearer ${KEYS[1]!.key}` })).statusCode, 404, 'another key has its own budget')
  t.equal((await app.inject('/v1/search?q=Putin')).statusCode, 200)
  t.equal((await app.inject('/v1/search?q=Putin')).statusCode, 200)
  t.equal((await app.inject('/v1/search?q=Putin')).statusCode, 429)
  t.equal((await app.inject('/v1/articles')).statusCode, 200, 'other reads are not limited')
})

t.test('security headers; CORS off unless configured', async (t) => {
  const off = await buildApp({ db: testDb(t), keys: KEYS })
  t.teardown(() => off.close())
  const res = await off.inject({ url: '/v1/health', headers: { origin: 'https://evil.example' } })
  // Exactly the headers helmet sets, on every answer (errors too), however often asked.
  const expected: Record<string, string> = {}
  helmet(SECURITY)({} as never, { setHeader: (k: string, v: unknown) => (expected[k.toLowerCase()] = String(v)), removeHeader: () => {} } as never, () => {})
  t.ok(Object.keys(expected).length >= 10, Object.keys(expected).join(', '))
  for (const url of ['/v1/health', '/v1/health', '/v1/articles', '/v1/articles/nope', '/nowhere']) {
    const answer = await off.inject(url)
    for (const [name, value] of Object.entries(expected)) t.equal(answer.headers[name], value, `${url}: ${name}`)
  }
  t.equal(res.headers['x-content-type-options'], 'nosniff')
  t.match(res.headers['content-security-policy'], /default-src 'self';.*style-src 'self' 'unsafe-inline'/)
  t.ok(res.headers['strict-transport-security'])
  t.notOk(res.headers['access-control-allow-origin'])
  t.equal((await off.inject('/docs/')).statusCode, 200, 'the docs still load')

  const on = await buildApp({ db: testDb(t), keys: KEYS, corsOrigins: ['https://app.example'], cacheBytes: 1 << 20 })
  t.teardown(() => on.close())
  const allowed = await on.inject({ url: '/v1/health', headers: { origin: 'https://app.example' } })
  t.equal(allowed.headers['access-control-allow-origin'], 'https://app.example')
  const listed = await on.inject({ url: '/v1/articles', headers: { origin: 'https://app.example' } })
  t.equal(listed.headers.vary, 'Origin, Accept-Encoding', "CORS's Vary kept beside the read cache's")
  const other = await on.inject({ url: '/v1/health', headers: { origin: 'https://evil.example' } })
  t.notOk(other.headers['access-control-allow-origin'])
})

t.test('READ_AUTH: reads need a key too, health stays open', async (t) => {
  const app = await buildApp({ db: testDb(t), keys: KEYS, readAuth: true })
  t.teardown(() => app.close())
  t.equal((await app.inject('/v1/articles')).statusCode, 401)
  t.equal((await app.inject({ url: '/v1/articles', headers: { authorization: 'Bearer wrong-wrong-wrong-wrong' } })).statusCode, 403)
  t.equal((await app.inject({ url: '/v1/articles', headers: AUTH })).statusCode, 200)
  t.equal((await app.inject('/v1/health')).statusCode, 200)
})

t.test('logs carry neither keys nor article texts', async (t) => {
  const lines: string[] = []
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) })
  const app = await buildApp({ db: testDb(t, { seed: false }), keys: KEYS, logger: pino({ level: 'trace' }, sink) })
  t.teardown(() => app.close())
  t.equal((await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: ARTICLE } })).statusCode, 201)
  await app.inject({ method: 'POST', url: '/v1/articles', headers: { authorization: 'Bearer not-a-real-key-at-all' }, payload: { text: ARTICLE } })
  const log = lines.join('')
  t.ok(log.length > 0)
  t.match(log, /"key":"editor"/, 'the key name is logged')
  t.notMatch(log, KEYS[0]!.key)
  t.notMatch(log, 'not-a-real-key-at-all')
  t.notMatch(log, 'bomb exploded in a market')
})
