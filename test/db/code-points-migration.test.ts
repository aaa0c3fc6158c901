// Migration 0009 on a database written before it: every mention and claim gets its code-point
// offsets, the rendered claims and kept answers show them, and a second start does nothing.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { CODE_POINTS_FILLED, fillCodePointOffsets } from '../../src/db/code-points.js'
import { closeDatabase, openDatabase } from '../../src/db/open.js'
import { documentDrift } from '../../src/queries/documents.js'
import { loadSeed } from '../../seed/loader.js'
import { KEYS } from '../helpers/app.js'
import { nodeChild } from '../helpers/child.js'
import { databaseBefore } from '../helpers/migrations.js'

type Span = { start: number; end: number; start_cp: number; end_cp: number; text: string }

const ASTRAL = '😀 𝔸 At least 14 people were killed when a fuel tanker exploded near Lokoja 🔥, Nigeria, on Sunday, officials said.'
const PLAIN = 'Floods killed 9 people in Sylhet, Bangladesh, on Monday, officials said — café owners fled.'

/** A database file migrated with the set before 0009, as one made then was. */
function databaseBefore0009(dir: string): string {
  const { path, db: old } = databaseBefore(dir, '0009')
  t.notOk((old.$client.pragma('table_info(claims)') as { name: string }[]).some((c) => c.name === 'evidence_start_cp'), 'no code-point columns yet')
  const sqlite = old.$client
  // Two articles as the code of that time stored them: one with emoji before its spans, one without.
  sqlite.prepare("INSERT INTO entities (id, slug, name, kind, created_at) VALUES ('lokoja', 'lokoja', 'Lokoja', 'place', '2026-01-01'), ('nigeria', 'nigeria', 'Nigeria', 'place', '2026-01-01'), ('sylhet', 'sylhet', 'Sylhet', 'place', '2026-01-01')").run()
  const article = sqlite.prepare("INSERT INTO articles (id, title, language, text, content_hash, word_count, ingested_at) VALUES (?, ?, 'eng', ?, ?, 20, '2026-01-01T00:00:00Z')")
  const mention = sqlite.prepare('INSERT INTO mentions (article_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)')
  const claim = sqlite.prepare(
    "INSERT INTO claims (id, article_id, kind, claimant_id, metric, value, qualifier, evidence_start, evidence_end, evidence_text, method, confidence) VALUES (?, ?, 'count', ?, 'killed', ?, 'at_least', ?, ?, ?, 'extracted', 0.9)",
  )
  const span = (text: string, s: string) => [text.indexOf(s), text.indexOf(s) + s.length, s] as const
  article.run('astral', 'Tanker 🔥', ASTRAL, 'h1')
  mention.run('astral', 'lokoja', ...span(ASTRAL, 'Lokoja'))
  mention.run('astral', 'nigeria', ...span(ASTRAL, 'Nigeria'))
  claim.run('c-astral', 'astral', 'lokoja', 14, ...span(ASTRAL, 'At least 14 people were killed'))
  article.run('plain', 'Floods', PLAIN, 'h2')
  mention.run('plain', 'sylhet', ...span(PLAIN, 'Sylhet'))
  claim.run('c-plain', 'plain', 'sylhet', 9, ...span(PLAIN, 'killed 9 people'))
  // A kept answer of that time (its spans without the code-point pair).
  sqlite.prepare("INSERT INTO documents (kind, id, body) VALUES ('article', 'astral', '{\"stale\":true}')").run()
  const rendered = sqlite.prepare('SELECT body FROM claim_docs').pluck().all() as string[]
  t.equal(rendered.length, 2)
  t.notMatch(rendered[0], /start_cp/, 'claims rendered without the pair')
  closeDatabase(old)
  return path
}

const pythonSlice = (text: string, s: Span) => Array.from(text).slice(s.start_cp, s.end_cp).join('')

t.test('rows written before 0009 get exact code-point offsets when the database is opened', async (t) => {
  const path = databaseBefore0009(t.testdir({}))
  const db = openDatabase(path) // applies 0009, then fills
  t.teardown(() => closeDatabase(db))
  const sqlite = db.$client
  const mentions = sqlite.prepare('SELECT article_id, text, start, "end", start_cp, end_cp FROM mentions ORDER BY seq').all()
  t.same(mentions, [
    { article_id: 'astral', text: 'Lokoja', start: ASTRAL.indexOf('Lokoja'), end: ASTRAL.indexOf('Lokoja') + 6, start_cp: ASTRAL.indexOf('Lokoja') - 2, end_cp: ASTRAL.indexOf('Lokoja') + 4 },
    { article_id: 'astral', text: 'Nigeria', start: ASTRAL.indexOf('Nigeria'), end: ASTRAL.indexOf('Nigeria') + 7, start_cp: ASTRAL.indexOf('Nigeria') - 3, end_cp: ASTRAL.indexOf('Nigeria') + 4 },
    { article_id: 'plain', text: 'Sylhet', start: PLAIN.indexOf('Sylhet'), end: PLAIN.indexOf('Sylhet') + 6, start_cp: PLAIN.indexOf('Sylhet'), end_cp: PLAIN.indexOf('Sylhet') + 6 },
  ], 'two astral characters before Lokoja, three before Nigeria; none in the plain article')
  t.same(sqlite.prepare('SELECT id, evidence_start_cp, evidence_end_cp FROM claims ORDER BY seq').all(), [
    { id: 'c-astral', evidence_start_cp: ASTRAL.indexOf('At least') - 2, evidence_end_cp: ASTRAL.indexOf('At least') - 2 + 30 },
    { id: 'c-plain', evidence_start_cp: PLAIN.indexOf('killed'), evidence_end_cp: PLAIN.indexOf('killed') + 15 },
  ])
  t.same(documentDrift(db), [], 'claim_docs rendered again with the pair, no stale kept answer')
  t.equal(sqlite.prepare('SELECT count(*) FROM documents').pluck().get(), 0, 'the kept answer of that time is gone')
  t.same(fillCodePointOffsets(db), { mentions: 0, claims: 0, astralArticles: 0, ms: 0 }, 'a second start finds nothing to do')

  // Served: each span slices right by code points, from claim_docs and from a newly rendered article.
  const app = await buildApp({ db, keys: KEYS })
  t.teardown(() => app.close())
  const claims = (await app.inject('/v1/claims')).json().items as { evidence: Span; article: { id: string } }[]
  t.equal(claims.length, 2)
  for (const c of claims) {
    const text = c.article.id === 'astral' ? ASTRAL : PLAIN
    t.equal(pythonSlice(text, c.evidence), c.evidence.text, `claim of ${c.article.id}`)
  }
  const article = (await app.inject('/v1/articles/astral')).json()
  for (const m of article.entities.flatMap((e: { mentions: Span[] }) => e.mentions)) t.equal(pythonSlice(ASTRAL, m), m.text, m.text)
})

t.test('rows a bulk loader writes without the pair, after the fill completed, are filled by fillCodePointOffsets or by the open after the mark is cleared; a corrupt span is named', async (t) => {
  const dir = t.testdir({})
  const path = join(dir, 'bulk.db')
  const db = openDatabase(path)
  t.equal(db.$client.pragma('user_version', { simple: true }), CODE_POINTS_FILLED, 'a new database is marked filled at its first open')
  loadSeed(db)
  const sqlite = db.$client
  t.equal(sqlite.prepare('SELECT count(*) FROM mentions WHERE start_cp IS NULL OR end_cp IS NULL').pluck().get(), 0, 'the seed writes the pair of its mentions')
  t.equal(sqlite.prepare('SELECT count(*) FROM claims WHERE evidence_start_cp IS NULL OR evidence_end_cp IS NULL').pluck().get(), 0, '… and of its claims')
  // As a raw SQL bulk loader may write rows: plain INSERTs that leave the new columns out.
  sqlite.prepare("INSERT INTO articles (id, title, language, text, content_hash, word_count, ingested_at) VALUES ('bulk', 't', 'eng', ?, 'hb', 20, '2026-01-01')").run(ASTRAL)
  const insertMention = (d: typeof db, start: number, end: number, text: string) =>
    d.$client.prepare("INSERT INTO mentions (article_id, entity_id, start, \"end\", text) SELECT 'bulk', id, ?, ?, ? FROM entities LIMIT 1").run(start, end, text)
  insertMention(db, ASTRAL.indexOf('Nigeria'), ASTRAL.indexOf('Nigeria') + 7, 'Nigeria')
  const seeded = sqlite.prepare('SELECT count(*) FROM claims').pluck().get() as number
  t.ok(seeded > 50, 'the seed wrote its claims with their pair')
  closeDatabase(db)

  const bulkStartCp = (d: typeof db) => d.$client.prepare("SELECT start_cp FROM mentions WHERE article_id = 'bulk' AND text = 'Nigeria'").pluck().get()
  const reopened = openDatabase(path)
  t.equal(bulkStartCp(reopened), null, 'the open does not look: the file is marked filled')
  t.match(fillCodePointOffsets(reopened), { mentions: 1, claims: 0, astralArticles: 1 }, 'the loader fills them itself')
  t.equal(bulkStartCp(reopened), ASTRAL.indexOf('Nigeria') - 3, 'filled')
  // Or the loader clears the mark, and the next open fills.
  insertMention(reopened, ASTRAL.indexOf('Lokoja'), ASTRAL.indexOf('Lokoja') + 6, 'Lokoja')
  reopened.$client.pragma('user_version = 0')
  closeDatabase(reopened)
  const cleared = openDatabase(path)
  t.equal(cleared.$client.prepare("SELECT start_cp FROM mentions WHERE article_id = 'bulk' AND text = 'Lokoja'").pluck().get(), ASTRAL.indexOf('Lokoja') - 2, 'filled when opened')
  t.equal(cleared.$client.pragma('user_version', { simple: true }), CODE_POINTS_FILLED, 'and marked again')
  t.equal(cleared.$client.prepare('SELECT count(*) FROM mentions WHERE start_cp IS NULL OR end_cp IS NULL').pluck().get(), 0)
  // Looking for rows to fill is a lookup in an empty partial index, never a scan.
  for (const [table, pending] of [['claims', 'evidence_start_cp IS NULL OR evidence_end_cp IS NULL'], ['mentions', 'start_cp IS NULL OR end_cp IS NULL']]) {
    const plan = cleared.$client.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM ${table} WHERE (${pending}) LIMIT 1`).all() as { detail: string }[]
    t.match(plan[0]!.detail, new RegExp(`USING INDEX ${table}_cp_pending_idx`), `${table}: ${plan[0]!.detail}`)
  }
  // A span that splits an emoji was never a span of characters: the fill says which row.
  cleared.$client.prepare("INSERT INTO mentions (article_id, entity_id, start, \"end\", text) SELECT 'bulk', id, 1, 3, 'x' FROM entities LIMIT 1").run()
  t.throws(() => fillCodePointOffsets(cleared), /article bulk: mention \d+ \[1, 3\) is no span of its text: offset 1 .* splits/)
  t.equal(cleared.$client.prepare('SELECT count(*) FROM mentions WHERE start_cp IS NULL').pluck().get(), 1, 'nothing half-written')
  closeDatabase(cleared)
})

/** What a connection ran that reads or writes the rows the fill looks for. */
const FILL_SQL = /\bmentions\b|\bclaims\b|start_cp|cp_bmp_articles/

t.test('once the fill has completed, later opens do not look for rows to fill', async (t) => {
  const path = databaseBefore0009(t.testdir({}))
  const first: string[] = []
  const db = openDatabase(path, { trace: (sql) => first.push(sql) })
  t.ok(first.some((sql) => /FROM mentions WHERE \(start_cp IS NULL OR end_cp IS NULL\)/.test(sql)), 'the first open looks (the trace sees it)')
  t.ok(first.some((sql) => /^UPDATE mentions SET start_cp/.test(sql)), '… and fills')
  t.equal(db.$client.pragma('user_version', { simple: true }), CODE_POINTS_FILLED, 'and marks the file')
  const filled = db.$client.prepare('SELECT seq, start_cp, end_cp FROM mentions ORDER BY seq').all()
  closeDatabase(db)

  const second: string[] = []
  const again = openDatabase(path, { trace: (sql) => second.push(sql) })
  t.teardown(() => closeDatabase(again))
  t.ok(second.some((sql) => /user_version/.test(sql)), 'the second open reads the mark')
  t.same(second.filter((sql) => FILL_SQL.test(sql)), [], 'and runs no statement on mentions or claims')
  t.same(again.$client.prepare('SELECT seq, start_cp, end_cp FROM mentions ORDER BY seq').all(), filled, 'the offsets stay')
})

/** The rows of the database at `path` that the fill has not reached, and its mark, read without opening it as the app does. */
function fillState(path: string) {
  const raw = openDatabase(path, { migrate: false })
  try {
    return {
      mark: raw.$client.pragma('user_version', { simple: true }),
      pendingMentions: raw.$client.prepare('SELECT count(*) FROM mentions WHERE start_cp IS NULL OR end_cp IS NULL').pluck().get(),
      pendingClaims: raw.$client.prepare('SELECT count(*) FROM claims WHERE evidence_start_cp IS NULL OR evidence_end_cp IS NULL').pluck().get(),
    }
  } finally {
    closeDatabase(raw)
  }
}

t.test('a fill cut short by an error leaves no mark and nothing filled; once the row is mended the next open fills every row', async (t) => {
  const path = databaseBefore0009(t.testdir({}))
  // A span that splits the emoji at the start of the astral article: its article is converted after
  // the plain one's rows have been filled in the same transaction.
  const old = openDatabase(path, { migrate: false })
  old.$client.prepare("INSERT INTO mentions (article_id, entity_id, start, \"end\", text) VALUES ('astral', 'nigeria', 1, 3, 'x')").run()
  closeDatabase(old)
  t.throws(() => openDatabase(path), /article astral: mention \d+ \[1, 3\) is no span of its text/)
  t.same(fillState(path), { mark: 0, pendingMentions: 4, pendingClaims: 2 }, 'no mark; the plain article rolled back with the rest')

  const mend = openDatabase(path, { migrate: false })
  mend.$client.prepare("DELETE FROM mentions WHERE article_id = 'astral' AND start = 1").run()
  closeDatabase(mend)
  closeDatabase(openDatabase(path))
  t.same(fillState(path), { mark: CODE_POINTS_FILLED, pendingMentions: 0, pendingClaims: 0 }, 'the next open filled every row and marked the file')
})

t.test('a process killed in the middle of the fill leaves no mark and nothing filled; the next open fills every row', async (t) => {
  const dir = t.testdir({})
  const path = databaseBefore0009(dir)
  const root = join(import.meta.dirname, '..', '..')
  // The open's two steps, with a trigger of this connection only that kills the process (SIGKILL:
  // no handler, no rollback) at the first row the fill updates.
  const script = join(dir, 'killed-mid-fill.ts')
  writeFileSync(
    script,
    `import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { MIGRATIONS_FOLDER, openDatabase } from ${JSON.stringify(join(root, 'src/db/open.ts'))}
import { fillCodePointOffsets } from ${JSON.stringify(join(root, 'src/db/code-points.ts'))}
const db = openDatabase(process.argv[2]!, { migrate: false })
migrate(db, { migrationsFolder: MIGRATIONS_FOLDER })
db.$client.function('crash', () => process.kill(process.pid, 'SIGKILL'))
db.$client.exec('CREATE TEMP TRIGGER crash_mid_fill AFTER UPDATE OF start_cp ON main.mentions BEGIN SELECT crash(); END')
fillCodePointOffsets(db)
console.log('the fill completed')
`,
  )
  const child = spawnSync(...nodeChild(script, [path]), { cwd: root, encoding: 'utf8', timeout: 120_000 })
  t.equal(child.signal, 'SIGKILL', `killed (${child.stderr.slice(0, 300)})`)
  t.notMatch(child.stdout, /completed/)
  t.same(fillState(path), { mark: 0, pendingMentions: 3, pendingClaims: 2 }, 'no mark, no row filled')

  const db = openDatabase(path)
  t.teardown(() => closeDatabase(db))
  t.equal(db.$client.pragma('integrity_check', { simple: true }), 'ok')
  t.equal(db.$client.pragma('user_version', { simple: true }), CODE_POINTS_FILLED, 'the next open filled and marked it')
  t.same(db.$client.prepare('SELECT article_id, start_cp FROM mentions ORDER BY seq').all(), [
    { article_id: 'astral', start_cp: ASTRAL.indexOf('Lokoja') - 2 },
    { article_id: 'astral', start_cp: ASTRAL.indexOf('Nigeria') - 3 },
    { article_id: 'plain', start_cp: PLAIN.indexOf('Sylhet') },
  ])
  t.equal(db.$client.prepare('SELECT count(*) FROM claims WHERE evidence_start_cp IS NULL').pluck().get(), 0)
})
