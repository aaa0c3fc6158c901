// The PostgreSQL twin of src/db/schema.ts (issue 17): the same tables, columns, keys and indexes under
// the same names, so that one set of queries' meaning holds on both stores and `npm run
// migrate-store` can copy rows column by column, every id and seq kept. What differs, and why:
//
// - seq is an identity column BY DEFAULT (not ALWAYS): a copy from SQLite writes the seq it had, since
//   cursors and claim_docs are keyed on it (the copy then moves each sequence past the highest seq).
// - REAL is double precision (SQLite's REAL is 8 bytes: a confidence reads back as it was written).
// - Full-text search: where SQLite keeps FTS5 tables beside articles and claims (migrations/0002),
//   each has a generated `search` tsvector column with a GIN index, weighted as SQLite's bm25 weights
//   them (an article's title A over its text B; a claim's evidence A over its quote B), in the
//   'english' configuration (Snowball stemming, as FTS5's porter tokenizer). The SQLite tokenizer
//   also drops diacritics; PostgreSQL's unaccent is not immutable, so it cannot take part in a
//   generated column: "Kyiv" and "Kyïv" match each other only on SQLite.
// - claim_docs' `kind` and `facet` are STORED generated columns (PostgreSQL before 18 has no
//   virtual ones), read from the body as SQLite reads them.
// - Text timestamps stay text (ISO 8601 strings written by the application), as on SQLite: the API
//   serves them as stored, and the copy between stores is exact.
//
// The summary tables are kept by the PL/pgSQL triggers of migrations-pg/0001_summaries.sql (a custom
// drizzle-kit migration; test/db/pg-summaries.test.ts holds them to SQLite's). The rendered claims and
// kept documents (SQLite's docs_* triggers) have no PostgreSQL version yet: docs/storage.md says what
// the postgres store must do instead. test/db/pg-schema.test.ts fails when a table, column, index or
// foreign key of the SQLite schema has no counterpart here.
import { sql, type SQL } from 'drizzle-orm'
import {
  customType,
  doublePrecision,
  index,
  integer,
  json,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'

/** PostgreSQL's tsvector, for generated full-text columns (drizzle has no built-in type for it). */
export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
})

/** The text search configuration every tsvector and tsquery of the schema uses. */
export const TEXT_SEARCH_CONFIG = 'english'

/** The tsvector of a weighted list of text columns (nulls count as empty). */
function weighted(...parts: [SQL, 'A' | 'B' | 'C' | 'D'][]): SQL {
  return sql.join(
    parts.map(([column, weight]) => sql`setweight(to_tsvector('${sql.raw(TEXT_SEARCH_CONFIG)}'::regconfig, coalesce(${column}, '')), '${sql.raw(weight)}')`),
    sql` || `,
  )
}

const KINDS = ['person', 'group', 'place'] as const
const CLAIM_KINDS = ['responsibility', 'count', 'quote'] as const

export const events = pgTable(
  'events',
  {
    seq: integer('seq').primaryKey().generatedByDefaultAsIdentity(),
    id: text('id').notNull().unique(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    date: text('date'),
    placeId: text('place_id').references(() => entities.id, { onDelete: 'set null' }),
    parentId: text('parent_id').references((): AnyPgColumn => events.id, { onDelete: 'set null' }),
    description: text('description'),
  },
  (t) => [index('events_place_idx').on(t.placeId)],
)

export const articles = pgTable(
  'articles',
  {
    seq: integer('seq').primaryKey().generatedByDefaultAsIdentity(),
    id: text('id').notNull().unique(),
    title: text('title'),
    outlet: text('outlet'),
    url: text('url'),
    publishedAt: text('published_at'),
    language: text('language').notNull(),
    text: text('text').notNull(),
    contentHash: text('content_hash').notNull().unique(),
    /** See src/db/schema.ts: 0 before the reader's-form hash, 1 (CONTENT_HASH_VERSION) since. */
    hashVersion: integer('hash_version').notNull().default(0),
    wordCount: integer('word_count').notNull(),
    eventId: text('event_id').references(() => events.id, { onDelete: 'set null' }),
    ingestedAt: text('ingested_at').notNull(),
    /** Title (weight A) and text (B), for websearch_to_tsquery and ts_rank_cd. */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs((): SQL => weighted([sql`${articles.title}`, 'A'], [sql`${articles.text}`, 'B'])),
  },
  (t) => [
    index('articles_event_idx').on(t.eventId, t.seq),
    index('articles_outlet_idx').on(t.outlet, t.seq),
    index('articles_event_published_idx').on(t.eventId, t.publishedAt, t.seq),
    index('articles_search_idx').using('gin', t.search),
  ],
)

export const entities = pgTable(
  'entities',
  {
    seq: integer('seq').primaryKey().generatedByDefaultAsIdentity(),
    id: text('id').notNull().unique(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: KINDS }).notNull(),
    parentId: text('parent_id').references((): AnyPgColumn => entities.id, { onDelete: 'set null' }),
    description: text('description'),
    wikidata: text('wikidata'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('entities_kind_name_idx').on(t.kind, t.name, t.id),
    index('entities_name_idx').on(t.name, t.id),
    index('entities_parent_idx').on(t.parentId),
  ],
)

export const entityAliases = pgTable(
  'entity_aliases',
  {
    seq: integer('seq').primaryKey().generatedByDefaultAsIdentity(),
    entityId: text('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: KINDS }).notNull(),
    alias: text('alias').notNull(),
  },
  (t) => [
    uniqueIndex('entity_aliases_kind_alias_uq').on(t.kind, t.alias),
    index('entity_aliases_entity_idx').on(t.entityId),
  ],
)

export const mentions = pgTable(
  'mentions',
  {
    seq: integer('seq').primaryKey().generatedByDefaultAsIdentity(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    entityId: text('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    /** [start, end) in UTF-16 code units of the article text (JavaScript string offsets). */
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /** The same span in Unicode code points. Every writer sets them (see src/db/schema.ts). */
    startCp: integer('start_cp'),
    endCp: integer('end_cp'),
    text: text('text').notNull(),
  },
  (t) => [
    uniqueIndex('mentions_article_span_uq').on(t.articleId, t.start, t.end),
    index('mentions_entity_article_idx').on(t.entityId, t.articleId),
    index('mentions_cp_pending_idx').on(t.articleId).where(sql`${t.startCp} IS NULL OR ${t.endCp} IS NULL`),
  ],
)

export const claims = pgTable(
  'claims',
  {
    seq: integer('seq').primaryKey().generatedByDefaultAsIdentity(),
    id: text('id').notNull().unique(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    eventId: text('event_id').references(() => events.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: CLAIM_KINDS }).notNull(),
    claimantId: text('claimant_id').references(() => entities.id, { onDelete: 'set null' }),
    targetId: text('target_id').references(() => entities.id, { onDelete: 'set null' }),
    stance: text('stance', { enum: ['asserts', 'suggests', 'denies'] }),
    metric: text('metric', {
      enum: ['killed', 'injured', 'hospitalized', 'critical', 'missing', 'arrested'],
    }),
    value: integer('value'),
    qualifier: text('qualifier', { enum: ['exact', 'at_least', 'more_than', 'about', 'up_to'] }),
    quote: text('quote'),
    claimantText: text('claimant_text'),
    targetText: text('target_text'),
    subset: text('subset'),
    evidenceText: text('evidence_text').notNull(),
    evidenceStart: integer('evidence_start').notNull(),
    evidenceEnd: integer('evidence_end').notNull(),
    evidenceStartCp: integer('evidence_start_cp'),
    evidenceEndCp: integer('evidence_end_cp'),
    method: text('method', { enum: ['curated', 'extracted'] }).notNull(),
    confidence: doublePrecision('confidence').notNull(),
    // The same text as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ','now'): UTC, milliseconds, a Z.
    createdAt: text('created_at')
      .notNull()
      .default(sql`to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`),
    /** Evidence (weight A) and quote (B), for websearch_to_tsquery and ts_rank_cd. */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs((): SQL => weighted([sql`${claims.evidenceText}`, 'A'], [sql`${claims.quote}`, 'B'])),
  },
  (t) => [
    index('claims_event_kind_idx').on(t.eventId, t.kind, t.seq),
    index('claims_article_idx').on(t.articleId, t.seq),
    index('claims_claimant_idx').on(t.claimantId, t.seq),
    index('claims_target_idx').on(t.targetId, t.seq),
    index('claims_kind_metric_idx').on(t.kind, t.metric, t.seq),
    index('claims_kind_stance_idx').on(t.kind, t.stance, t.seq),
    index('claims_method_idx').on(t.method, t.seq),
    index('claims_event_figures_idx').on(t.eventId, t.kind, t.metric, t.qualifier, t.value),
    index('claims_event_targets_idx').on(t.eventId, t.kind, t.targetId, t.stance, t.claimantId, t.targetText, t.claimantText),
    index('claims_cp_pending_idx').on(t.articleId).where(sql`${t.evidenceStartCp} IS NULL OR ${t.evidenceEndCp} IS NULL`),
    // An event's figures of part of the victims, few or none: whether a metric has any is answered
    // here, not by walking the event's articles in publication order to the end.
    index('claims_event_subsets_idx').on(t.eventId, t.metric, t.seq).where(sql`${t.kind} = 'count' AND ${t.subset} IS NOT NULL`),
    index('claims_search_idx').using('gin', t.search),
  ],
)

export const entityRedirects = pgTable('entity_redirects', {
  fromId: text('from_id').primaryKey(),
  toId: text('to_id')
    .notNull()
    .references(() => entities.id, { onDelete: 'cascade' }),
  mergedAt: text('merged_at').notNull(),
})

export const audit = pgTable(
  'audit',
  {
    seq: integer('seq').primaryKey().generatedByDefaultAsIdentity(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    resource: text('resource', { enum: ['article', 'entity', 'claim', 'event', 'alias'] }).notNull(),
    resourceId: text('resource_id').notNull(),
    // json, not jsonb: the before and after keep their keys in the order they were written.
    before: json('before'),
    after: json('after'),
  },
  (t) => [index('audit_resource_idx').on(t.resource, t.resourceId, t.seq)],
)

// Summaries (see src/db/schema.ts), kept by the triggers of migrations-pg/0001_summaries.sql.

export const articleEntities = pgTable(
  'article_entities',
  {
    articleId: text('article_id').notNull(),
    entityId: text('entity_id').notNull(),
    eventKey: text('event_key').notNull(),
    articleSeq: integer('article_seq').notNull(),
    mentions: integer('mentions').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.entityId] }),
    // As migrations/0004_summaries.sql wrote it: most mentions first, then the latest stored.
    index('article_entities_entity_idx').on(t.entityId, t.mentions.desc(), t.articleSeq.desc()),
  ],
)

export const entityEventStats = pgTable(
  'entity_event_stats',
  {
    entityId: text('entity_id').notNull(),
    eventKey: text('event_key').notNull(),
    articles: integer('articles').notNull(),
    mentions: integer('mentions').notNull(),
    claimsMade: integer('claims_made').notNull(),
    claimsAbout: integer('claims_about').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entityId, t.eventKey] })],
)

export const coMentions = pgTable(
  'co_mentions',
  {
    entityId: text('entity_id').notNull(),
    eventKey: text('event_key').notNull(),
    otherId: text('other_id').notNull(),
    articles: integer('articles').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.entityId, t.eventKey, t.otherId] }),
    index('co_mentions_top_idx').on(t.entityId, t.eventKey, t.articles.desc(), t.otherId),
  ],
)

export const eventFigureStats = pgTable(
  'event_figure_stats',
  {
    eventId: text('event_id').notNull(),
    metric: text('metric').notNull(),
    value: integer('value').notNull(),
    qualifier: text('qualifier').notNull(),
    claims: integer('claims').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.metric, t.value, t.qualifier] })],
)

export const eventTargetStats = pgTable(
  'event_target_stats',
  {
    eventId: text('event_id').notNull(),
    targetId: text('target_id').notNull(),
    claimantKey: text('claimant_key').notNull(),
    stance: text('stance').notNull(),
    claims: integer('claims').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.targetId, t.claimantKey, t.stance] })],
)

/** Each claim as the API writes it (the JSON of `Claim`), byte for byte as served: text, not jsonb. */
export const claimDocs = pgTable(
  'claim_docs',
  {
    seq: integer('seq').primaryKey(),
    body: text('body').notNull(),
    kind: text('kind', { enum: CLAIM_KINDS }).generatedAlwaysAs((): SQL => sql`(${claimDocs.body}::jsonb ->> 'kind')`),
    facet: text('facet').generatedAlwaysAs(
      (): SQL =>
        sql`CASE ${claimDocs.body}::jsonb ->> 'kind' WHEN 'count' THEN ${claimDocs.body}::jsonb ->> 'metric' WHEN 'responsibility' THEN ${claimDocs.body}::jsonb ->> 'stance' END`,
    ),
  },
  // Without the body: a PostgreSQL index entry is at most ~2.7 KB, and a page of claims reads the
  // bodies from the table by seq (SQLite's covering read is its own planning).
  (t) => [index('claim_docs_list_idx').on(t.kind, t.facet, t.seq)],
)

/** Whole answers of the per-id reads (see src/db/schema.ts). */
export const documents = pgTable(
  'documents',
  {
    kind: text('kind', { enum: ['article', 'entity'] }).notNull(),
    id: text('id').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.id] })],
)
