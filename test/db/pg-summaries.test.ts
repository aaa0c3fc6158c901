// The summary tables on PostgreSQL (migrations-pg/0001_summaries.sql) against SQLite's: the seed's
// rows copied from a seeded SQLite database into PGlite give the same five summary tables, and so
// does each write after it, made by the same SQL on both (an article moved between events, claims
// retargeted, given a subset, deleted, an entity merged away, mentions upserted over existing spans,
// an article deleted). Each PostgreSQL table is also compared with its recomputation (the
// migration's backfills), and the comparison is shown to catch a trigger that is missing.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import t, { type Test } from 'tap'
import { openDatabase, type Db } from '../../src/db/open.js'
import { PG_MIGRATIONS_FOLDER } from '../../src/db/pg/migrate.js'
import * as pg from '../../src/db/pg/schema.js'
import * as lite from '../../src/db/schema.js'
import { SUMMARY_TABLES, type SummaryTable } from '../../src/db/summaries.js'
import { loadSeed } from '../../seed/loader.js'
import { CROCUS } from '../helpers/app.js'

const sqlite: Db = openDatabase(':memory:')
loadSeed(sqlite)
t.teardown(() => sqlite.$client.close())
const client = new PGlite()
t.teardown(() => client.close())
const db = drizzle(client, { schema: pg })

/** A table's rows as sorted JSON lines: the same set on both stores compares equal. */
const linesOf = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(Object.entries(r).sort())).sort()
const sqliteRows = (table: SummaryTable) => linesOf(sqlite.$client.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[])
const pgRows = async (table: string) => linesOf((await client.query<Record<string, unknown>>(`SELECT * FROM ${table}`)).rows)

/** The migration's backfills: each summary table's definition, by table. */
const backfills = new Map(
  readFileSync(join(PG_MIGRATIONS_FOLDER, '0001_summaries.sql'), 'utf8')
    .split('--> statement-breakpoint')
    .map((s) => s.replace(/^(\s*--.*\n)*/, '').trim())
    .flatMap((s) => {
      const m = /^INSERT INTO "(\w+)"/.exec(s)
      return m ? [[m[1]!, s] as const] : []
    }),
)

/** Where a kept PostgreSQL summary differs from its recomputation: `table: n kept only, m recomputed only`. */
async function drift(inTransaction = false): Promise<string[]> {
  const out: string[] = []
  // The recomputation's temporary tables are undone after: a savepoint inside the caller's transaction.
  await client.exec(inTransaction ? 'SAVEPOINT drift' : 'BEGIN')
  try {
    // article_entities first: the others are computed from the recomputed one, as on SQLite.
    for (const table of SUMMARY_TABLES) {
      await client.exec(`CREATE TEMP TABLE recomputed_${table} (LIKE ${table})`)
    }
    for (const table of SUMMARY_TABLES) {
      const sql = backfills.get(table)!.replace(/^INSERT INTO "\w+"/, `INSERT INTO recomputed_${table}`).replaceAll(/\barticle_entities\b(?! \(| x| y)/g, 'recomputed_article_entities')
      await client.exec(sql)
    }
    for (const table of SUMMARY_TABLES) {
      const kept = await pgRows(table)
      const recomputed = await pgRows(`recomputed_${table}`)
      const keptOnly = kept.filter((r) => !recomputed.includes(r))
      const recomputedOnly = recomputed.filter((r) => !kept.includes(r))
      if (keptOnly.length || recomputedOnly.length) out.push(`${table}: ${keptOnly.length} kept only, ${recomputedOnly.length} recomputed only`)
    }
  } finally {
    await client.exec(inTransaction ? 'ROLLBACK TO SAVEPOINT drift; RELEASE SAVEPOINT drift' : 'ROLLBACK')
  }
  return out
}

/** Both stores' summaries are the same, and PostgreSQL's are its own definitions'. */
async function agree(t: Test, when: string) {
  for (const table of SUMMARY_TABLES) t.same(await pgRows(table), sqliteRows(table), `${when}: ${table} as on SQLite`)
  t.same(await drift(), [], `${when}: every PostgreSQL summary as recomputed`)
}

/** The same SQL on both stores, in one transaction each. */
async function both(statements: string[]) {
  sqlite.$client.transaction(() => {
    for (const s of statements) sqlite.$client.exec(s)
  })()
  await client.transaction(async (tx) => {
    for (const s of statements) await tx.exec(s)
  })
}

t.before(async () => {
  await migrate(db, { migrationsFolder: PG_MIGRATIONS_FOLDER })
  // Copied as `npm run migrate-store` will: parents before children, every seq kept, then each
  // identity moved past the highest seq. The summaries are the triggers' work, not copied.
  const copy = async (table: 'entities' | 'events' | 'articles' | 'entityAliases' | 'mentions' | 'claims') => {
    const rows = sqlite.select().from(lite[table]).all()
    for (let i = 0; i < rows.length; i += 200) await db.insert(pg[table]).values(rows.slice(i, i + 200) as never)
  }
  for (const table of ['entities', 'events', 'articles', 'entityAliases', 'mentions', 'claims'] as const) await copy(table)
  for (const table of ['entities', 'events', 'articles', 'entity_aliases', 'mentions', 'claims']) {
    await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'seq'), (SELECT max(seq) FROM ${table}))`)
  }
})

t.test('every summaries_ trigger of SQLite has its PostgreSQL namesake, on the same table', async (t) => {
  const triggersOf = (rows: { name: string; on: string }[]) => rows.map((r) => `${r.name} on ${r.on}`).sort()
  const onSqlite = triggersOf(sqlite.$client.prepare("SELECT name, tbl_name AS \"on\" FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'summaries\\_%' ESCAPE '\\'").all() as { name: string; on: string }[])
  const onPg = triggersOf((await client.query<{ name: string; on: string }>("SELECT tgname AS name, tgrelid::regclass::text AS on FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'summaries\\_%'")).rows)
  t.equal(onSqlite.length, 10)
  t.same(onPg.filter((x) => onSqlite.includes(x)), onSqlite, 'each of SQLite’s')
  t.same(onPg.filter((x) => !onSqlite.includes(x)), ['summaries_co_mentions_delete on article_entities', 'summaries_co_mentions_insert on article_entities'], 'and the two statement triggers of co-mentions')
})

t.test('the seed copied: the same summaries as SQLite’s triggers kept', async (t) => {
  t.ok(sqliteRows('co_mentions').length > 100 && sqliteRows('event_figure_stats').length > 5 && sqliteRows('event_target_stats').length > 5, 'the seed fills every summary')
  await agree(t, 'seeded')
})

const one = (sql: string) => sqlite.$client.prepare(sql).pluck().get() as string

t.test('each write: the same summaries on both stores', async (t) => {
  const [first, second, third] = sqlite.$client.prepare('SELECT id FROM articles ORDER BY seq').pluck().all() as string[]
  await both([`UPDATE articles SET event_id = NULL WHERE id = '${first}'`])
  await agree(t, 'an article moved out of its event')
  await both([`UPDATE articles SET event_id = '${CROCUS}' WHERE id = '${first}'`])
  await agree(t, 'and back')

  const blame = one(`SELECT id FROM claims WHERE kind = 'responsibility' AND target_id = 'islamic-state' AND claimant_id IS NOT NULL ORDER BY seq`)
  const count = one(`SELECT id FROM claims WHERE kind = 'count' AND subset IS NULL AND event_id IS NOT NULL ORDER BY seq`)
  const quote = one(`SELECT id FROM claims WHERE kind = 'quote' ORDER BY seq`)
  await both([
    `UPDATE claims SET target_id = 'ukraine', stance = 'denies' WHERE id = '${blame}'`,
    `UPDATE claims SET subset = 'children' WHERE id = '${count}'`,
    `UPDATE claims SET confidence = 0.5 WHERE id = '${quote}'`,
  ])
  await agree(t, 'claims retargeted, given a subset, and one changed where no summary looks')
  await both([`DELETE FROM claims WHERE id IN ('${quote}', '${count}')`])
  await agree(t, 'claims deleted')

  // A merge as the curation writes it: mentions and claims move, the entity goes (claims' SET NULL).
  await both([
    `UPDATE mentions SET entity_id = 'united-states' WHERE entity_id = 'white-house'`,
    `UPDATE claims SET claimant_id = 'united-states' WHERE claimant_id = 'white-house'`,
    `DELETE FROM entities WHERE id = 'white-house'`,
  ])
  await agree(t, 'an entity merged into another')

  // Upserts over existing spans (another entity) and new ones, in one statement, as storeArticle writes.
  const [span] = sqlite.$client.prepare(`SELECT start, "end" FROM mentions WHERE article_id = ? ORDER BY start`).raw().all(second) as [number, number][]
  await both([
    `INSERT INTO mentions (article_id, entity_id, start, "end", start_cp, end_cp, text) VALUES
       ('${second}', 'kremlin', ${span![0]}, ${span![1]}, ${span![0]}, ${span![1]}, 'x'),
       ('${second}', 'kremlin', 100000, 100005, 100000, 100005, 'y'),
       ('${second}', 'beslan', 100010, 100015, 100010, 100015, 'z')
     ON CONFLICT (article_id, start, "end") DO UPDATE SET entity_id = excluded.entity_id, text = excluded.text`,
  ])
  await agree(t, 'mentions upserted')
  // Every mention of several entities of an article at once: several pairs gone in one statement.
  await both([`DELETE FROM mentions WHERE article_id = '${second}' AND entity_id IN ('kremlin', 'beslan', 'vladimir-putin')`])
  await agree(t, 'several entities leave an article in one statement')
  await both([`DELETE FROM articles WHERE id = '${third}'`])
  await agree(t, 'an article deleted with its mentions and claims')
})

t.test('the comparison catches a summary left behind', async (t) => {
  const [article] = (await client.query<{ id: string }>('SELECT id FROM articles ORDER BY seq LIMIT 1')).rows
  await client.exec('BEGIN')
  try {
    await client.exec('DROP TRIGGER summaries_co_mentions_delete ON article_entities')
    await client.exec(`DELETE FROM mentions WHERE article_id = '${article!.id}'`)
    t.match(await drift(true), [/^co_mentions: \d+ kept only, \d+ recomputed only$/], "co-mentions of the entities gone stay (or keep their old counts): reported")
  } finally {
    await client.exec('ROLLBACK')
  }
  await client.exec('BEGIN')
  try {
    await client.exec('DROP TRIGGER summaries_claim_update ON claims')
    await client.exec(`UPDATE claims SET value = value + 1 WHERE kind = 'count' AND subset IS NULL AND event_id IS NOT NULL`)
    t.match(await drift(true), [/^event_figure_stats: \d+ kept only, \d+ recomputed only$/], 'figures left at their old values: reported')
  } finally {
    await client.exec('ROLLBACK')
  }
  t.same(await drift(), [], 'undone')
})
