import Database from 'better-sqlite3'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { PAGE_SIZE, closeDatabase, openDatabase } from '../../src/db/open.js'
import { Ingestor } from '../../src/ingest/ingest.js'
import { backup, pidFileOf, restore, runningServer } from '../../src/ops/backup.js'
import { loadSeed } from '../../seed/loader.js'

const count = (path: string, table: string) => {
  const db = new Database(path, { readonly: true })
  try {
    return (db.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n
  } finally {
    db.close()
  }
}

t.test('backup under write load, then restore into a consistent copy', async (t) => {
  const dir = t.testdir({})
  const live = join(dir, 'live.db')
  const db = openDatabase(live)
  t.teardown(() => closeDatabase(db))
  loadSeed(db)
  const ingestor = new Ingestor(db)
  // Writers keep going while the backup copies pages.
  let written = 0
  const writer = setInterval(() => {
    ingestor.ingest({ text: `Article ${written}: at least ${written + 2} people were killed when a bus crashed near Kandy, Sri Lanka, officials said.` })
    written++
  }, 1)
  const copy = join(dir, 'copy.db')
  let steps = 0
  await backup(live, copy, () => steps++)
  clearInterval(writer)
  t.ok(written > 0, `${written} articles written during the backup`)
  t.ok(steps > 0, 'progress was reported')
  const copied = count(copy, 'articles')
  t.ok(copied >= 5 && copied <= 5 + written)
  const orphans = new Database(copy, { readonly: true })
  t.equal(
    (orphans.prepare('SELECT count(*) n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)').get() as { n: number }).n,
    0,
    'every copied article has its mentions',
  )
  orphans.close()
  await t.rejects(backup(live, copy), /exists/, 'never overwrites a file')

  // Restore is refused while a server runs on the database…
  writeFileSync(pidFileOf(live), `${process.pid}\n`)
  t.equal(runningServer(live), process.pid)
  t.throws(() => restore(copy, live), /a server \(pid \d+\) is using/)
  // …and goes ahead once it is gone (a stale pid file does not count).
  writeFileSync(pidFileOf(live), '999999999\n')
  t.equal(runningServer(live), null)
  const target = join(dir, 'restored.db')
  restore(copy, target)
  t.equal(count(target, 'articles'), copied)
  const restored = new Database(target, { readonly: true })
  t.equal(restored.pragma('integrity_check', { simple: true }), 'ok')
  t.ok((restored.prepare("SELECT count(*) n FROM articles_fts WHERE articles_fts MATCH 'Beslan'").get() as { n: number }).n === 1, 'search works on the copy')
  restored.close()
  t.throws(() => restore(join(dir, 'missing.db'), target), /unable to open|does not exist|SQLITE_CANTOPEN/i)
})

t.test('new databases get 16 KB pages; an older one keeps its own until restored from a backup', async (t) => {
  const dir = t.testdir({})
  const fresh = openDatabase(join(dir, 'fresh.db'))
  t.equal(fresh.$client.pragma('page_size', { simple: true }), PAGE_SIZE)
  closeDatabase(fresh)
  // A database made before (SQLite's default 4 KB pages, WAL) keeps them when opened and migrated…
  const old = join(dir, 'old.db')
  const made = new Database(old)
  made.pragma('journal_mode = WAL')
  made.exec('CREATE TABLE before_us (x)')
  made.close()
  const opened = openDatabase(old)
  loadSeed(opened)
  t.equal(opened.$client.pragma('page_size', { simple: true }), 4096)
  closeDatabase(opened)
  // …and its backup, once restored, has the new page size and every row.
  await backup(old, join(dir, 'old-backup.db'))
  const target = join(dir, 'moved.db')
  restore(join(dir, 'old-backup.db'), target)
  const moved = openDatabase(target)
  t.equal(moved.$client.pragma('page_size', { simple: true }), PAGE_SIZE)
  t.equal(moved.$client.pragma('journal_mode', { simple: true }), 'wal', 'the server opens it in WAL mode')
  closeDatabase(moved)
  t.equal(count(target, 'articles'), count(old, 'articles'))
  t.equal(count(target, 'claims'), count(old, 'claims'))
})
