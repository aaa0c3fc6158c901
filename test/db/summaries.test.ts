import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { closeDatabase, openDatabase } from '../../src/db/open.js'
import { documentSql, rebuildSummaries, SUMMARY_TABLES, summaryDrift, summarySql } from '../../src/db/summaries.js'
import { documentDrift } from '../../src/queries/documents.js'
import { AUTH, CROCUS, testApp } from '../helpers/app.js'
import { nodeChild } from '../helpers/child.js'

// The summary tables (migrations/0004_summaries.sql) are kept by triggers; after every kind of write
// the API and the database allow, they must equal a recomputation from the stored rows.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'articles')

t.test('summaries stay equal to a recomputation through every kind of write', async (t) => {
  const { app, db } = await testApp(t)
  const sqlite = db.$client
  const count = (table: string) => (sqlite.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n
  const same = (step: string) => t.same(summaryDrift(sqlite), [], `in step after ${step}`)
  const send = async (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) => {
    const res = await app.inject({ method, url, headers: AUTH, ...(payload ? { payload } : {}) })
    t.ok(res.statusCode < 300, `${method} ${url} → ${res.statusCode} ${res.statusCode >= 300 ? res.body : ''}`)
    return res.json()
  }

  same('the seed')
  for (const table of SUMMARY_TABLES) t.ok(count(table) > 0, `${table} has rows after the seed`)
  // The seed's answer, read from the summaries: Putin blames Ukraine in this event.
  t.ok(
    sqlite.prepare("SELECT claims FROM event_target_stats WHERE event_id = ? AND target_id = 'ukraine' AND claimant_key = 'vladimir-putin'").get(CROCUS),
    'a blame row for the seed',
  )

  const posted: string[] = []
  for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()) {
    posted.push((await send('POST', '/v1/articles', { text: readFileSync(join(FIXTURES, f), 'utf8') })).id)
  }
  same('ingesting the fixture articles')

  // Curation: claims changed in every summarized column, created, deleted.
  const claims = sqlite.prepare('SELECT id, kind FROM claims ORDER BY seq').all() as { id: string; kind: string }[]
  const count0 = claims.find((c) => c.kind === 'count')!
  const resp = claims.filter((c) => c.kind === 'responsibility')
  await send('PATCH', `/v1/claims/${count0.id}`, { value: 999, qualifier: 'about' })
  await send('PATCH', `/v1/claims/${resp[0]!.id}`, { stance: 'denies', target: 'russia' })
  await send('PATCH', `/v1/claims/${resp[1]!.id}`, { claimant: null })
  await send('DELETE', `/v1/claims/${resp[2]!.id}`)
  same('claim corrections and a deletion')

  // Entities: a merge moves mentions and claims onto another entity.
  await send('POST', '/v1/entities/white-house/merge', { into: 'united-states' })
  same('a merge')

  // Articles moved between events, to none, and deleted.
  const event = await send('POST', '/v1/events', { name: 'A second event' })
  await send('PUT', `/v1/articles/${posted[0]}/event`, { event: event.id })
  await send('PUT', `/v1/articles/${posted[1]}/event`, { event: null })
  const seedArticle = (sqlite.prepare('SELECT id FROM articles WHERE event_id = ? ORDER BY seq LIMIT 1').get(CROCUS) as { id: string }).id
  await send('PUT', `/v1/articles/${seedArticle}/event`, { event: event.id })
  same('moving articles between events')
  await send('DELETE', `/v1/articles/${posted[2]}`)
  await send('DELETE', `/v1/articles/${seedArticle}`)
  same('deleting articles')

  // What only the database does: cascades from deleting an entity and an event.
  sqlite.prepare("DELETE FROM entities WHERE id = 'russia'").run()
  sqlite.prepare('DELETE FROM events WHERE id = ?').run(CROCUS)
  same('cascades from deleting an entity and an event')

  // A rebuild from scratch gives the same rows, and the check sees a summary that drifted.
  rebuildSummaries(sqlite)
  same('a rebuild')
  sqlite.prepare('UPDATE entity_event_stats SET mentions = mentions + 1 WHERE (entity_id, event_key) IN (SELECT entity_id, event_key FROM entity_event_stats LIMIT 1)').run()
  t.equal(summaryDrift(sqlite)[0]?.table, 'entity_event_stats', 'a drifted row is found')
})

t.test('the synthetic corpus (bench:data) builds its summaries at the end, equal to what the triggers keep', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newsclaims-bench-data-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const path = join(dir, 'bench.db')
  const [cmd, args] = nodeChild('bench/data.ts', ['--articles', '300', '--db', path])
  const built = spawnSync(cmd, args, { cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8' })
  t.equal(built.status, 0, built.stderr)
  t.match(built.stdout, /summaries \d+\.\d s/)
  const db = openDatabase(path, { migrate: false })
  t.teardown(() => closeDatabase(db))
  const sqlite = db.$client
  t.same(summaryDrift(sqlite), [], 'in step after the bulk build')
  const triggers = (sqlite.prepare("SELECT count(*) n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'summaries_%'").get() as { n: number }).n
  t.equal(triggers, summarySql().triggers.length, 'the triggers are back')
  const docTriggers = (sqlite.prepare("SELECT count(*) n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'docs_%'").get() as { n: number }).n
  t.equal(docTriggers, documentSql().triggers.length, 'the rendered answers\' triggers are back')
  const rendered = (sqlite.prepare('SELECT (SELECT count(*) FROM documents) - (SELECT count(*) FROM articles) - (SELECT count(*) FROM entities) n').get() as { n: number }).n
  t.equal(rendered, 0, 'every article and entity answer rendered')
  t.same(documentDrift(db), [], 'every rendered answer equal to rendering now')
  // And they keep working on the built file: a deleted article leaves the summaries in step.
  sqlite.pragma('foreign_keys = ON')
  sqlite.prepare('DELETE FROM articles WHERE seq = (SELECT max(seq) FROM articles)').run()
  t.same(summaryDrift(sqlite), [], 'in step after a delete on the built file')
  t.same(documentDrift(db), [], 'rendered answers in step after a delete on the built file')
})
