import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { generateCorpus } from '../../bench/corpus.js'
import { nodeChild } from '../helpers/child.js'

const ROOT = join(import.meta.dirname, '..', '..')
const ARTICLES = 200

const stored = (db: string): number => {
  try {
    const d = new Database(db, { readonly: true, timeout: 5000 })
    try {
      return (d.prepare('SELECT count(*) n FROM articles').get() as { n: number }).n
    } finally {
      d.close()
    }
  } catch {
    return 0 // not created yet
  }
}

t.test('SIGKILL in the middle of a folder: nothing half-written, and a rerun stores exactly the rest', async (t) => {
  const dir = t.testdir({})
  const folder = join(dir, 'articles')
  mkdirSync(folder)
  generateCorpus(ARTICLES, 99).forEach((text, i) => writeFileSync(join(folder, `${String(i).padStart(4, '0')}.txt`), text))
  const db = join(dir, 'crash.db')
  const env = { ...process.env, DATABASE_PATH: db }

  const child = spawn(...nodeChild('src/ingest/cli.ts', [folder]), { cwd: ROOT, env, stdio: 'ignore' })
  const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
  // Kill it once some, but not all, articles are in.
  for (let waited = 0; waited < 120_000; waited += 50) {
    const n = stored(db)
    if (n >= 10) break
    await new Promise((r) => setTimeout(r, 50))
  }
  child.kill('SIGKILL')
  t.equal(await exited, 'SIGKILL')
  const before = stored(db)
  t.ok(before > 0 && before < ARTICLES, `killed midway: ${before} of ${ARTICLES} stored`)

  const check = new Database(db)
  t.equal(check.pragma('integrity_check', { simple: true }), 'ok')
  const orphans = check
    .prepare(
      `SELECT count(*) n FROM articles a
       WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)
          OR NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)`,
    )
    .get() as { n: number }
  t.equal(orphans.n, 0, 'no article without its mentions and claims')
  check.close()

  const rerun = spawnSync(...nodeChild('src/ingest/cli.ts', [folder]), { cwd: ROOT, env, encoding: 'utf8' })
  t.equal(rerun.status, 0, 'the rerun succeeds')
  t.match(rerun.stdout, new RegExp(`ingested ${ARTICLES - before}, duplicates ${before}, failed 0`))
  t.equal(stored(db), ARTICLES)
})
