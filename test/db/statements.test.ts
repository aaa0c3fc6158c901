import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { asc } from 'drizzle-orm'
import t from 'tap'
import { analyze, closeDatabase, limitAtRunTime, openDatabase } from '../../src/db/open.js'
import { claims } from '../../src/db/schema.js'
import { loadSeed } from '../../seed/loader.js'
import { nodeChild } from '../helpers/child.js'
import { testDb } from '../helpers/app.js'

const countOf = (db: ReturnType<typeof testDb>, sql: string) => (db.$client.prepare(sql).get() as { n: number }).n

t.test('a bound LIMIT is evaluated when the statement runs, not planned for', async (t) => {
  t.equal(limitAtRunTime('SELECT a FROM t ORDER BY a LIMIT ?'), 'SELECT a FROM t ORDER BY a LIMIT +?')
  t.equal(limitAtRunTime('select a from (select a from t limit ?) limit ? offset ?'), 'select a from (select a from t limit +?) limit +? offset ?')
  t.equal(limitAtRunTime('SELECT a FROM t LIMIT 5'), 'SELECT a FROM t LIMIT 5', 'a literal limit is left as it is')
  t.equal(limitAtRunTime('SELECT delimit FROM t WHERE unlimited = ?'), 'SELECT delimit FROM t WHERE unlimited = ?', 'only the keyword')

  const db = testDb(t)
  const statement = db.$client.prepare('SELECT seq FROM claims ORDER BY seq LIMIT ?')
  t.match(statement.source, /LIMIT \+\?$/, "the connection's statements are prepared with it")
  // drizzle binds every limit: the same statement, rebound, returns each limit's rows.
  const total = countOf(db, 'SELECT count(*) n FROM claims')
  const query = db.select({ seq: claims.seq }).from(claims).orderBy(asc(claims.seq))
  for (const limit of [1, 3, 2, total + 5, 0]) t.equal(query.limit(limit).all().length, Math.min(limit, total), `limit ${limit}`)
})

t.test('analyze keeps rows per key, not sampled values', async (t) => {
  const db = testDb(t)
  analyze(db)
  t.ok(countOf(db, "SELECT count(*) n FROM sqlite_stat1 WHERE tbl = 'claims'") > 0, 'rows per index key of claims')
  t.equal(countOf(db, 'SELECT count(*) n FROM sqlite_stat4'), 0, 'no sampled key values')
})

t.test('npm run analyze on the configured database', async (t) => {
  const path = join(t.testdir({}), 'news.db')
  const db = openDatabase(path)
  loadSeed(db)
  closeDatabase(db)
  const [command, args] = nodeChild('src/ops/cli.ts', ['analyze'])
  const run = spawnSync(command, args, { env: { ...process.env, DATABASE_PATH: path }, encoding: 'utf8' })
  t.equal(run.status, 0, run.stderr)
  t.match(run.stdout, new RegExp(`analyzed ${path} in \\d+\\.\\d s`))
  const after = openDatabase(path)
  t.teardown(() => closeDatabase(after))
  t.ok(countOf(after, 'SELECT count(*) n FROM sqlite_stat1') > 0)
  t.equal(countOf(after, 'SELECT count(*) n FROM sqlite_stat4'), 0)

  const extra = spawnSync(...nodeChild('src/ops/cli.ts', ['analyze', 'x.db']), { encoding: 'utf8' })
  t.equal(extra.status, 2, 'analyze takes no file')
  t.match(extra.stderr, /usage: npm run backup/)
})
