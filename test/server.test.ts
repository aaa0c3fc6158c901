import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { startServer as start } from './helpers/child.js'

// The real server as a user starts it: a child process, configured only by the environment.

t.test('starts on an empty directory: migrates, seeds, generates a private key, stops on SIGTERM', async (t) => {
  const dir = t.testdir({})
  const dbPath = join(dir, 'data', 'newsclaims.db')
  const server = start({ DATABASE_PATH: dbPath, PORT: '0' })
  const url = await server.listening
  const stats = await (await fetch(`${url}/v1/stats`)).json()
  t.equal(stats.articles, 5, 'seeded on first start')
  const keyFile = join(dir, 'data', 'api-key')
  t.ok(existsSync(keyFile))
  t.equal(statSync(keyFile).mode & 0o777, 0o600, 'only the owner can read the key')
  const key = readFileSync(keyFile, 'utf8').trim()
  t.match(server.output(), keyFile, 'the key file path is logged')
  t.notMatch(server.output(), key, 'the key is never logged')
  t.match(server.output(), `${url}/docs`)

  const denied = await fetch(`${url}/v1/articles/d77f2436c617f0ca`, { method: 'DELETE' })
  t.equal(denied.status, 401)
  const allowed = await fetch(`${url}/v1/articles/d77f2436c617f0ca`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${key}` },
  })
  t.equal(allowed.status, 200)
  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0)

  const again = start({ DATABASE_PATH: dbPath, PORT: '0' })
  const url2 = await again.listening
  t.equal((await (await fetch(`${url2}/v1/stats`)).json()).articles, 4, 'a database with articles is not re-seeded')
  t.match(again.output(), /kept in/)
  again.child.kill('SIGTERM')
  t.equal(await again.exited, 0)
})

t.test('a bad configuration stops the start with a clear message', async (t) => {
  const server = start({ PORT: 'not-a-port', DATABASE_PATH: join(t.testdir({}), 'x.db') })
  t.equal(await server.exited, 1)
  t.match(server.output(), /Invalid configuration:\n {2}PORT: /)
  await t.rejects(server.listening)
})

t.test('50 concurrent POSTs of 10 texts: 10 stored, 40 duplicates, no 5xx', async (t) => {
  const dir = t.testdir({})
  const key = 'race-key-0123456789'
  const server = start({ DATABASE_PATH: join(dir, 'race.db'), PORT: '0', API_KEYS: `racer:${key}`, RATE_LIMIT_WRITES: '1000' })
  const url = await server.listening
  const texts = Array.from(
    { length: 10 },
    (_, i) => `At least ${i + 3} people were killed when a bridge collapsed in Porto Alegre, Brazil, on day ${i}, the fire service said.`,
  )
  const posts = Array.from({ length: 50 }, (_, i) =>
    fetch(`${url}/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: texts[i % 10] }),
    }).then(async (r) => ({ status: r.status, body: await r.json() })),
  )
  const answers = await Promise.all(posts)
  t.equal(answers.filter((a) => a.status >= 500).length, 0, 'no 5xx')
  t.equal(answers.filter((a) => a.status === 201).length, 10, '10 stored')
  t.equal(answers.filter((a) => a.status === 200 && a.body.duplicate === true).length, 40, '40 duplicates')
  t.equal(new Set(answers.map((a) => a.body.id)).size, 10, 'ten ids in all')
  t.notMatch(JSON.stringify(answers), /SQLITE_BUSY/)
  const stats = await (await fetch(`${url}/v1/stats`)).json()
  t.equal(stats.articles, 15, 'the 5 seed articles and the 10 new ones')
  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0)
})

t.test('SIGTERM lets an in-flight POST finish, then checkpoints and closes', async (t) => {
  const dir = t.testdir({})
  const key = 'term-key-0123456789'
  const dbPath = join(dir, 'term.db')
  const server = start({ DATABASE_PATH: dbPath, PORT: '0', API_KEYS: key, BODY_LIMIT: String(4 * 1024 * 1024) })
  const url = await server.listening
  // A long article keeps the request busy (extraction) while the signal arrives.
  const paragraph = 'At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said. '
  const text = Array.from({ length: 4000 }, (_, i) => paragraph.replace('12', String(i + 12))).join('\n\n')
  const posted = fetch(`${url}/v1/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  })
  await new Promise((r) => setTimeout(r, 150))
  server.child.kill('SIGTERM')
  const res = await posted
  t.equal(res.status, 201, 'the in-flight request completed')
  t.equal(await server.exited, 0)
  t.match(server.output(), /"signal":"SIGTERM"/)
  t.notOk(existsSync(`${dbPath}.pid`), 'the pid file is gone')
  t.equal(existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0, 0, 'the WAL was checkpointed')
  await t.rejects(fetch(`${url}/v1/health`), 'no longer accepting')
})
