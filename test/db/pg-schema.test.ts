// The PostgreSQL schema (issue 17) on PGlite, PostgreSQL compiled to WebAssembly, in process: its
// migrations apply through drizzle's migrator; every table, column, index and foreign key of the
// migrated SQLite schema has its PostgreSQL counterpart (the check itself is shown to catch a
// column, an index and a cascade left out); an article is stored with its mentions and claims; and
// full-text search answers with websearch_to_tsquery, ranked by ts_rank_cd.
import { PGlite } from '@electric-sql/pglite'
import { eq, sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import t from 'tap'
import { closeDatabase, openDatabase } from '../../src/db/open.js'
import { PG_MIGRATIONS_FOLDER } from '../../src/db/pg/migrate.js'
import * as pg from '../../src/db/pg/schema.js'

/** Columns PostgreSQL has that SQLite keeps elsewhere (FTS5 tables): the generated tsvectors. */
const PG_ONLY_COLUMNS = ['articles.search', 'claims.search']
/**
 * Indexes PostgreSQL has that SQLite has not: primary keys' own (a one-column key's `<table>_pkey`, a
 * composite key's `<table>_<columns>_pk`, where SQLite keys the table itself), and the GIN indexes of the tsvectors.
 */
const PG_ONLY_INDEX = /_pkey$|_pk$|^(articles|claims)_search_idx$/
/** What SQLite's declared types are on PostgreSQL. */
const TYPES: Record<string, string[]> = { integer: ['integer', 'bigint'], text: ['text', 'json', 'jsonb'], real: ['double precision'] }

interface Column {
  table: string
  name: string
  type: string
  nullable: boolean
}

/** The migrated SQLite schema: its tables (not FTS5's nor drizzle's), columns, named indexes and foreign keys. */
function sqliteSchema() {
  const db = openDatabase(':memory:')
  try {
    const sqlite = db.$client
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE '__drizzle%' ORDER BY name")
      .pluck()
      .all() as string[]
    const columns: Column[] = tables.flatMap((table) =>
      (sqlite.pragma(`table_xinfo(${table})`) as { name: string; type: string; notnull: number; pk: number }[]).map((c) => ({
        table,
        name: c.name,
        type: c.type.toLowerCase(),
        // A primary key column is never null, declared so or not.
        nullable: c.notnull === 0 && c.pk === 0,
      })),
    )
    const indexes = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name").pluck().all() as string[]
    const foreignKeys = tables.flatMap((table) =>
      (sqlite.pragma(`foreign_key_list(${table})`) as { table: string; from: string; to: string; on_delete: string }[]).map(
        (f) => `${table}.${f.from} → ${f.table}.${f.to} on delete ${f.on_delete.toLowerCase()}`,
      ),
    )
    return { tables, columns, indexes, foreignKeys: foreignKeys.sort() }
  } finally {
    closeDatabase(db)
  }
}

/** The same of the PostgreSQL database's public schema. */
async function postgresSchema(client: PGlite) {
  const columns = (
    await client.query<{ table: string; name: string; type: string; nullable: string }>(
      `SELECT table_name AS table, column_name AS name, data_type AS type, is_nullable AS nullable
       FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    )
  ).rows.map((c): Column => ({ ...c, nullable: c.nullable === 'YES' }))
  const indexes = (await client.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`)).rows.map((r) => r.name)
  // One row per column pair of each foreign key, in the words SQLite's foreign_key_list uses.
  const foreignKeys = (
    await client.query<{ fk: string }>(`
      SELECT c.conrelid::regclass::text || '.' || a.attname || ' → ' || c.confrelid::regclass::text || '.' || fa.attname || ' on delete ' ||
             CASE c.confdeltype WHEN 'a' THEN 'no action' WHEN 'r' THEN 'restrict' WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' WHEN 'd' THEN 'set default' END AS fk
      FROM pg_constraint c
      CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k(col, fcol)
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col
      JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = k.fcol
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`)
  ).rows.map((r) => r.fk)
  return { tables: [...new Set(columns.map((c) => c.table))].sort(), columns, indexes, foreignKeys: foreignKeys.sort() }
}

/** Everything of the SQLite schema that PostgreSQL lacks or has otherwise, and what it has besides: empty when they agree. */
function differences(lite: ReturnType<typeof sqliteSchema>, post: Awaited<ReturnType<typeof postgresSchema>>): string[] {
  const out: string[] = []
  for (const table of lite.tables) if (!post.tables.includes(table)) out.push(`table ${table}: missing on PostgreSQL`)
  for (const table of post.tables) if (!lite.tables.includes(table)) out.push(`table ${table}: only on PostgreSQL`)
  const postColumns = new Map(post.columns.map((c) => [`${c.table}.${c.name}`, c]))
  for (const c of lite.columns) {
    const key = `${c.table}.${c.name}`
    const p = postColumns.get(key)
    postColumns.delete(key)
    if (!p) {
      if (post.tables.includes(c.table)) out.push(`column ${key}: missing on PostgreSQL`)
      continue
    }
    if (!(TYPES[c.type] ?? [c.type]).includes(p.type)) out.push(`column ${key}: ${c.type} on SQLite, ${p.type} on PostgreSQL`)
    if (c.nullable !== p.nullable) out.push(`column ${key}: ${c.nullable ? 'nullable' : 'not null'} on SQLite, ${p.nullable ? 'nullable' : 'not null'} on PostgreSQL`)
  }
  for (const key of postColumns.keys()) if (!PG_ONLY_COLUMNS.includes(key)) out.push(`column ${key}: only on PostgreSQL`)
  for (const name of lite.indexes) if (!post.indexes.includes(name)) out.push(`index ${name}: missing on PostgreSQL`)
  for (const name of post.indexes) if (!lite.indexes.includes(name) && !PG_ONLY_INDEX.test(name)) out.push(`index ${name}: only on PostgreSQL`)
  for (const fk of lite.foreignKeys) if (!post.foreignKeys.includes(fk)) out.push(`foreign key ${fk}: missing on PostgreSQL`)
  for (const fk of post.foreignKeys) if (!lite.foreignKeys.includes(fk)) out.push(`foreign key ${fk}: only on PostgreSQL`)
  return out
}

const client = new PGlite()
t.teardown(() => client.close())
const db = drizzle(client, { schema: pg })

t.test('migrations-pg applies through drizzle’s migrator, and again is a no-op', async (t) => {
  await migrate(db, { migrationsFolder: PG_MIGRATIONS_FOLDER })
  const applied = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations')).rows[0]!.n
  t.ok(applied >= 1, `${applied} migration(s) recorded`)
  await migrate(db, { migrationsFolder: PG_MIGRATIONS_FOLDER })
  t.equal((await client.query<{ n: number }>('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations')).rows[0]!.n, applied, 'none applied twice')
})

t.test('every SQLite table, column, index and foreign key has its PostgreSQL counterpart', async (t) => {
  const lite = sqliteSchema()
  const post = await postgresSchema(client)
  t.ok(lite.tables.length >= 15 && lite.columns.length >= 100 && lite.indexes.length >= 30 && lite.foreignKeys.length >= 10, 'the SQLite schema was read whole')
  t.same(differences(lite, post), [], 'no differences')
  for (const key of PG_ONLY_COLUMNS) t.ok(post.columns.some((c) => `${c.table}.${c.name}` === key), `${key} exists`)

  // The check catches what a change to one schema alone would leave: DDL is transactional on
  // PostgreSQL, so each change is undone after its check.
  const changes: [string, string, RegExp][] = [
    ['a SQLite column forgotten', 'ALTER TABLE claims DROP COLUMN subset CASCADE', /^column claims\.subset: missing on PostgreSQL$/],
    ['a column that may hold null', 'ALTER TABLE articles ALTER COLUMN language DROP NOT NULL', /^column articles\.language: not null on SQLite, nullable on PostgreSQL$/],
    ['an index forgotten', 'DROP INDEX claims_event_targets_idx', /^index claims_event_targets_idx: missing on PostgreSQL$/],
    ['a cascade that is not one', 'ALTER TABLE mentions DROP CONSTRAINT mentions_article_id_articles_id_fk, ADD FOREIGN KEY (article_id) REFERENCES articles(id)', /^foreign key mentions\.article_id → articles\.id on delete cascade: missing/],
    ['a column only on PostgreSQL', 'ALTER TABLE events ADD COLUMN country text', /^column events\.country: only on PostgreSQL$/],
  ]
  for (const [what, ddl, expected] of changes) {
    await client.exec('BEGIN')
    try {
      await client.exec(ddl)
      const found = differences(lite, await postgresSchema(client))
      t.ok(found.some((d) => expected.test(d)), `${what}: reported (${found.join('; ')})`)
    } finally {
      await client.exec('ROLLBACK')
    }
  }
  t.same(differences(lite, await postgresSchema(client)), [], 'every change undone')
})

const TEXT =
  'Islamic State claimed responsibility for the attack on Crocus City Hall, in which at least 143 people were killed. Ukraine denied any involvement.'
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s })

t.test('an article with its mentions and claims is stored, and goes with them', async (t) => {
  const createdAt = '2024-03-23T00:00:00.000Z'
  await db.insert(pg.entities).values([
    { id: 'islamic-state', slug: 'islamic-state', name: 'Islamic State', kind: 'group', createdAt },
    { id: 'ukraine', slug: 'ukraine', name: 'Ukraine', kind: 'place', createdAt },
    { id: 'crocus-city-hall', slug: 'crocus-city-hall', name: 'Crocus City Hall', kind: 'place', createdAt },
  ])
  await db.insert(pg.entityAliases).values([
    { entityId: 'islamic-state', kind: 'group', alias: 'Islamic State' },
    { entityId: 'islamic-state', kind: 'group', alias: 'ISIS' },
  ])
  // An alias is unique per kind: the same one again is a conflict, taken as nothing to do.
  const again = await db.insert(pg.entityAliases).values({ entityId: 'ukraine', kind: 'group', alias: 'ISIS' }).onConflictDoNothing().returning()
  t.same(again, [], 'ON CONFLICT DO NOTHING on (kind, alias)')
  await db.insert(pg.events).values({ id: 'crocus', slug: 'crocus', name: 'Crocus City Hall attack', date: '2024-03-22', placeId: 'crocus-city-hall' })
  const [article] = await db
    .insert(pg.articles)
    .values({ id: 'a1', title: 'Islamic State claims Moscow concert hall attack', language: 'eng', text: TEXT, contentHash: 'h1', hashVersion: 1, wordCount: 24, eventId: 'crocus', ingestedAt: createdAt })
    .returning({ seq: pg.articles.seq })
  t.equal(article!.seq, 1, 'seq from the identity column')
  await db.insert(pg.mentions).values(
    (['Islamic State', 'Crocus City Hall', 'Ukraine'] as const).map((s) => {
      const { start, end, text } = span(s)
      return { articleId: 'a1', entityId: s.toLowerCase().replaceAll(' ', '-'), start, end, startCp: start, endCp: end, text }
    }),
  )
  const claimed = span('Islamic State claimed responsibility for the attack')
  const killed = span('at least 143 people were killed')
  const denied = span('Ukraine denied any involvement')
  const evidence = (s: ReturnType<typeof span>) => ({ evidenceText: s.text, evidenceStart: s.start, evidenceEnd: s.end, evidenceStartCp: s.start, evidenceEndCp: s.end })
  await db.insert(pg.claims).values([
    { id: 'c1', articleId: 'a1', eventId: 'crocus', kind: 'responsibility', claimantId: 'islamic-state', targetId: 'islamic-state', stance: 'asserts', ...evidence(claimed), method: 'extracted', confidence: 0.9 },
    { id: 'c2', articleId: 'a1', eventId: 'crocus', kind: 'count', metric: 'killed', value: 143, qualifier: 'at_least', ...evidence(killed), method: 'extracted', confidence: 1 },
    { id: 'c3', articleId: 'a1', eventId: 'crocus', kind: 'responsibility', claimantId: 'ukraine', targetId: 'ukraine', stance: 'denies', ...evidence(denied), method: 'curated', confidence: 0.85 },
  ])
  const stored = await db.select().from(pg.claims).where(eq(pg.claims.articleId, 'a1')).orderBy(pg.claims.seq)
  t.same(
    stored.map((c) => [c.id, c.kind, c.value, c.qualifier, c.confidence, TEXT.slice(c.evidenceStart, c.evidenceEnd) === c.evidenceText]),
    [
      ['c1', 'responsibility', null, null, 0.9, true],
      ['c2', 'count', 143, 'at_least', 1, true],
      ['c3', 'responsibility', null, null, 0.85, true],
    ],
    'claims read back as written (a double precision confidence exact)',
  )
  t.match(stored[0]!.createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/, 'created_at defaults to the text SQLite writes')
  const mentioned = await db.select({ text: pg.mentions.text }).from(pg.mentions).where(eq(pg.mentions.articleId, 'a1')).orderBy(pg.mentions.start)
  t.same(mentioned.map((m) => m.text), ['Islamic State', 'Crocus City Hall', 'Ukraine'])

  // The rendered claim's kind and facet are read from its body, as SQLite's generated columns.
  await db.insert(pg.claimDocs).values({ seq: stored[1]!.seq, body: JSON.stringify({ id: 'c2', kind: 'count', metric: 'killed' }) })
  t.same(await db.select({ kind: pg.claimDocs.kind, facet: pg.claimDocs.facet }).from(pg.claimDocs), [{ kind: 'count', facet: 'killed' }])

  // Deleting the article takes its mentions and claims (the schema's cascades), within a transaction undone after.
  await db
    .transaction(async (tx) => {
      await tx.delete(pg.articles).where(eq(pg.articles.id, 'a1'))
      const left = await tx.execute<{ n: number }>(sql`SELECT (SELECT count(*) FROM mentions) + (SELECT count(*) FROM claims) AS n`)
      t.equal(Number(left.rows[0]!.n), 0, 'mentions and claims cascade')
      tx.rollback()
    })
    .catch((err: Error) => t.match(err.message, /rollback/i))
  t.equal((await db.select().from(pg.claims)).length, 3, 'rolled back')
})

t.test('full-text search: websearch_to_tsquery, ranked by ts_rank_cd, titles above bodies', async (t) => {
  await db.insert(pg.articles).values({
    id: 'a2',
    title: 'Concert hall attack: the victims',
    language: 'eng',
    text: 'Relatives gathered outside the morgue. Officials said the Islamic State had claimed the attacks.',
    contentHash: 'h2',
    wordCount: 14,
    ingestedAt: '2024-03-24T00:00:00.000Z',
  })
  const search = (q: string) =>
    db.execute<{ id: string; rank: number }>(sql`
      SELECT id, ts_rank_cd(search, query) AS rank
      FROM articles, websearch_to_tsquery('english', ${q}) AS query
      WHERE search @@ query
      ORDER BY rank DESC, seq`)
  // Stemming: "claims" matches "claimed", "attacks" matches "attack".
  t.same((await search('claims attacks')).rows.map((r) => r.id), ['a1', 'a2'], 'both match, stemmed; a1 names both words in its title')
  t.same((await search('"Islamic State" -Ukraine')).rows.map((r) => r.id), ['a2'], 'a phrase, and a word excluded')
  t.same((await search('victims OR morgue')).rows.map((r) => r.id), ['a2'], 'OR')
  t.same((await search('Beslan')).rows, [], 'no match, no rows')
  // Punctuation a user types is no syntax error: websearch_to_tsquery never fails on input.
  t.same((await search('"unterminated (( AND ::')).rows, [], 'no error on stray operators')
  const claims = await db.execute<{ id: string }>(sql`
    SELECT id FROM claims WHERE search @@ websearch_to_tsquery('english', 'denied involvement') ORDER BY ts_rank_cd(search, websearch_to_tsquery('english', 'denied involvement')) DESC`)
  t.same(claims.rows.map((r) => r.id), ['c3'], 'claims are searched by their evidence')
  // A title weighs more than the body: the same word in a title ranks above it in a text.
  await db.insert(pg.articles).values([
    { id: 'w-title', title: 'Gunmen', language: 'eng', text: 'Shots were fired at a market.', contentHash: 'h3', wordCount: 6, ingestedAt: '2024-03-25T00:00:00.000Z' },
    { id: 'w-text', title: 'Market', language: 'eng', text: 'Gunmen fired shots at a market.', contentHash: 'h4', wordCount: 6, ingestedAt: '2024-03-25T00:00:00.000Z' },
  ])
  t.same((await search('gunmen')).rows.map((r) => r.id), ['w-title', 'w-text'], 'title (weight A) above text (weight B)')
  // Four rows: a sequential scan is cheaper, so it is turned off to see that the index can serve.
  await db.execute(sql`SET enable_seqscan = off`)
  const indexed = await db.execute<{ 'QUERY PLAN': string }>(sql`EXPLAIN SELECT id FROM articles WHERE search @@ websearch_to_tsquery('english', 'gunmen')`)
  await db.execute(sql`RESET enable_seqscan`)
  t.match(indexed.rows.map((r) => r['QUERY PLAN']).join('\n'), /articles_search_idx/, 'the GIN index can answer it')
})
