// DATABASE_URL (issue 17): a postgres:// URL is parsed and checked, each fault named without the
// password; and since the PostgreSQL store does not exist yet, a good URL is refused at start too,
// with a clear message and a non-zero exit, rather than ignored.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { loadConfig, parseDatabaseUrl, type DatabaseUrl } from '../../src/config.js'
import { startServer } from '../helpers/child.js'

const parsed = (raw: string) => {
  const p = parseDatabaseUrl(raw)
  if ('problems' in p) throw new Error(`${raw}: ${p.problems.join('; ')}`)
  return p
}
const problems = (raw: string) => {
  const p = parseDatabaseUrl(raw)
  return 'problems' in p ? p.problems : []
}

t.test('good URLs: their parts, defaults, decoding, and a redacted form', async (t) => {
  t.same(parsed('postgres://newsclaims:s3cret@db.internal:5433/newsclaims'), {
    url: 'postgres://newsclaims:s3cret@db.internal:5433/newsclaims',
    host: 'db.internal',
    port: 5433,
    database: 'newsclaims',
    user: 'newsclaims',
    password: 's3cret',
    sslmode: undefined,
    redacted: 'postgres://newsclaims:***@db.internal:5433/newsclaims',
  } satisfies DatabaseUrl)
  const p = parsed('postgresql://app%40corp:p%40ss%2Fw%3Ard@localhost/news%20db?sslmode=verify-full&application_name=api')
  t.equal(p.port, 5432, 'port defaults to 5432')
  t.equal(p.user, 'app@corp', 'user percent-decoded')
  t.equal(p.password, 'p@ss/w:rd', 'password percent-decoded')
  t.equal(p.database, 'news db', 'database percent-decoded')
  t.equal(p.sslmode, 'verify-full')
  t.notMatch(p.redacted, /p%40ss|p@ss/, 'the redacted form has no password')
  t.match(p.redacted, /application_name=api/, 'and keeps the options')
  t.equal(parsed('postgres://[::1]:5432/db').host, '::1', 'an IPv6 host without brackets')
  t.same([parsed('postgres:///db?host=/var/run/postgresql').host, parsed('postgres:///db?host=/var/run/postgresql').user], ['/var/run/postgresql', undefined], 'a Unix socket directory, no user')
})

t.test('bad URLs: each fault named', async (t) => {
  const cases: [string, RegExp][] = [
    ['mysql://u:p@h/db', /must be a postgres:\/\/ or postgresql:\/\/ URL .* \(got a mysql: URL\)/],
    ['localhost:5432/db', /must be a postgres:\/\/ or postgresql:\/\/ URL/],
    ['just words', /must be a postgres:\/\/ or postgresql:\/\/ URL such as postgres:\/\/user:password@host:5432\/database$/],
    ['postgres://u:p@h:99999/db', /is not a well-formed URL/],
    ['postgres://u:p@h:port/db', /is not a well-formed URL/],
    ['postgres://u:p@h:0/db', /^port must be from 1 to 65535$/],
    ['postgres:///db', /^names no host/],
    ['postgres://u:p@h', /^names no database/],
    ['postgres://u:p@h/', /^names no database/],
    ['postgres://u:p@h/db/extra', /^names a path, not one database/],
    ['postgres://u:p%ZZ@h/db', /^its password has a malformed %-escape$/],
    ['postgres://u:p@h/db?sslmode=sometimes', /^sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full \(got "sometimes"\)$/],
  ]
  for (const [raw, expected] of cases) {
    const found = problems(raw)
    t.ok(found.some((m) => expected.test(m)), `${raw}: ${found.join('; ')}`)
  }
  t.same(problems('postgres:///'), [
    'names no host; expected postgres://user:password@host:5432/database',
    'names no database; expected postgres://user:password@host:5432/database',
  ], 'every fault at once')
})

t.test('loadConfig: a bad URL names DATABASE_URL and never the password; a good one is refused for now', async (t) => {
  t.throws(() => loadConfig({ DATABASE_URL: 'postgres://app:hunter2hunter2@db/' }), { name: 'ConfigError', message: /\n {2}DATABASE_URL: names no database/ })
  try {
    loadConfig({ DATABASE_URL: 'postgres://app:hunter2hunter2@db/' })
  } catch (err) {
    t.notMatch((err as Error).message, /hunter2/, 'the password is not in the message')
  }
  const refused = (() => {
    try {
      loadConfig({ DATABASE_URL: 'postgres://app:hunter2hunter2@db:5432/news', DATABASE_PATH: '/srv/news.db' })
    } catch (err) {
      return (err as Error).message
    }
    return 'accepted'
  })()
  t.match(refused, /DATABASE_URL: PostgreSQL is not supported yet \(issue 17\); postgres:\/\/app:\*\*\*@db:5432\/news was not used\. Unset DATABASE_URL to run on SQLite at DATABASE_PATH \(\/srv\/news\.db\)\./)
  t.notMatch(refused, /hunter2/)
  t.equal(loadConfig({ DATABASE_URL: '' }).databasePath, './data/newsclaims.db', 'empty means unset: SQLite as before')
  t.notOk('databaseUrl' in loadConfig({}), 'the configuration has no PostgreSQL part yet')
})

t.test('npm start: a bad or a good DATABASE_URL stops the server at once, exit 1, nothing written', async (t) => {
  const dir = t.testdir()
  for (const [url, expected] of [
    ['postgres://app:hunter2hunter2@db:5432/', /DATABASE_URL: names no database/],
    ['postgres://app:hunter2hunter2@db:5432/news', /DATABASE_URL: PostgreSQL is not supported yet \(issue 17\)/],
  ] as const) {
    const path = join(dir, 'never.db')
    const server = startServer({ DATABASE_URL: url, DATABASE_PATH: path, PORT: '0' })
    server.listening.catch(() => {}) // it never listens: that is the point
    const code = await server.exited
    t.equal(code, 1, `${url.replace('hunter2hunter2', '***')}: exit 1`)
    t.match(server.output(), expected)
    t.notMatch(server.output(), /hunter2/, 'the password is never printed')
    t.notOk(existsSync(path), 'no SQLite database was created')
  }
})
