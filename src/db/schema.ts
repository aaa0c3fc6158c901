import { sql } from 'drizzle-orm'
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core'

// Every table has a text `id` (stable across re-seeding and re-ingesting: slugs and content hashes)
// and an integer `seq` primary key that orders rows for keyset pagination and keeps joins cheap.

export const events = sqliteTable(
  'events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    date: text('date'),
    placeId: text('place_id').references(() => entities.id, { onDelete: 'set null' }),
    parentId: text('parent_id').references((): AnySQLiteColumn => events.id, { onDelete: 'set null' }),
    description: text('description'),
  },
  (t) => [index('events_place_idx').on(t.placeId)],
)

export const articles = sqliteTable(
  'articles',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    title: text('title'),
    outlet: text('outlet'),
    url: text('url'),
    publishedAt: text('published_at'),
    language: text('language').notNull(),
    text: text('text').notNull(),
    contentHash: text('content_hash').notNull().unique(),
    /**
     * Which form of the text content_hash was computed over: 0 the text as stored (before migration
     * 0008), 1 its reader's form (CONTENT_HASH_VERSION, src/ingest/ids.ts). Rows still at 0 are
     * hashed again at start (src/ingest/rehash.ts), duplicates merged.
     */
    hashVersion: integer('hash_version').notNull().default(0),
    wordCount: integer('word_count').notNull(),
    eventId: text('event_id').references(() => events.id, { onDelete: 'set null' }),
    ingestedAt: text('ingested_at').notNull(),
  },
  (t) => [
    index('articles_event_idx').on(t.eventId, t.seq),
    index('articles_outlet_idx').on(t.outlet, t.seq),
    // Figures' timelines and "latest" walk an event's articles in publication order.
    index('articles_event_published_idx').on(t.eventId, t.publishedAt, t.seq),
  ],
)

export const entities = sqliteTable(
  'entities',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['person', 'group', 'place'] }).notNull(),
    parentId: text('parent_id').references((): AnySQLiteColumn => entities.id, { onDelete: 'set null' }),
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

export const entityAliases = sqliteTable(
  'entity_aliases',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    entityId: text('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    // Denormalized from the entity so that "an alias is unique per kind" is a plain unique index.
    kind: text('kind', { enum: ['person', 'group', 'place'] }).notNull(),
    alias: text('alias').notNull(),
  },
  (t) => [
    uniqueIndex('entity_aliases_kind_alias_uq').on(t.kind, t.alias),
    index('entity_aliases_entity_idx').on(t.entityId),
  ],
)

export const mentions = sqliteTable(
  'mentions',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    entityId: text('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    /** [start, end) in UTF-16 code units of the article text (JavaScript string offsets). */
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /**
     * The same span in Unicode code points (src/domain/code-points.ts), set by every writer. Null
     * only on rows written before migration 0009, until src/db/code-points.ts fills them at the
     * first open after it (once: PRAGMA user_version marks the fill done); a bulk loader that
     * leaves them out calls fillCodePointOffsets itself or resets user_version to 0.
     */
    startCp: integer('start_cp'),
    endCp: integer('end_cp'),
    text: text('text').notNull(),
  },
  (t) => [
    uniqueIndex('mentions_article_span_uq').on(t.articleId, t.start, t.end),
    index('mentions_entity_article_idx').on(t.entityId, t.articleId),
    // The rows whose code-point offsets are still to be computed: empty once they are, so that
    // finding none at start reads nothing.
    index('mentions_cp_pending_idx').on(t.articleId).where(sql`${t.startCp} IS NULL OR ${t.endCp} IS NULL`),
  ],
)

export const claims = sqliteTable(
  'claims',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    eventId: text('event_id').references(() => events.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['responsibility', 'count', 'quote'] }).notNull(),
    claimantId: text('claimant_id').references(() => entities.id, { onDelete: 'set null' }),
    targetId: text('target_id').references(() => entities.id, { onDelete: 'set null' }),
    stance: text('stance', { enum: ['asserts', 'suggests', 'denies'] }),
    metric: text('metric', {
      enum: ['killed', 'injured', 'hospitalized', 'critical', 'missing', 'arrested'],
    }),
    value: integer('value'),
    qualifier: text('qualifier', { enum: ['exact', 'at_least', 'more_than', 'about', 'up_to'] }),
    quote: text('quote'),
    // docs/annotation.md §2, §3: a claimant or target named only by description, as written
    // ("survivors", "radical Islamists"; the entity column then null), and the part of the victims
    // a count is about ("women", "American troops"; null for a total).
    claimantText: text('claimant_text'),
    targetText: text('target_text'),
    subset: text('subset'),
    evidenceText: text('evidence_text').notNull(),
    evidenceStart: integer('evidence_start').notNull(),
    evidenceEnd: integer('evidence_end').notNull(),
    // The evidence span in Unicode code points; null only until src/db/code-points.ts fills rows
    // written before migration 0009 (see mentions.startCp).
    evidenceStartCp: integer('evidence_start_cp'),
    evidenceEndCp: integer('evidence_end_cp'),
    method: text('method', { enum: ['curated', 'extracted'] }).notNull(),
    confidence: real('confidence').notNull(),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  // One index per filter the API offers, each ending in seq so that keyset pages stay indexed.
  (t) => [
    index('claims_event_kind_idx').on(t.eventId, t.kind, t.seq),
    index('claims_article_idx').on(t.articleId, t.seq),
    index('claims_claimant_idx').on(t.claimantId, t.seq),
    index('claims_target_idx').on(t.targetId, t.seq),
    index('claims_kind_metric_idx').on(t.kind, t.metric, t.seq),
    index('claims_kind_stance_idx').on(t.kind, t.stance, t.seq),
    index('claims_method_idx').on(t.method, t.seq),
    // Covering indexes for an event's figure summaries and disputes: aggregates read no table rows.
    index('claims_event_figures_idx').on(t.eventId, t.kind, t.metric, t.qualifier, t.value),
    // With the parties kept as written, so that grouping an event's claims by claimant or target reads no table row.
    index('claims_event_targets_idx').on(t.eventId, t.kind, t.targetId, t.stance, t.claimantId, t.targetText, t.claimantText),
    index('claims_cp_pending_idx').on(t.articleId).where(sql`${t.evidenceStartCp} IS NULL OR ${t.evidenceEndCp} IS NULL`),
    // An event's figures of part of the victims, few or none: whether a metric has any is answered
    // here, not by walking the event's articles in publication order to the end.
    index('claims_event_subsets_idx').on(t.eventId, t.metric, t.seq).where(sql`${t.kind} = 'count' AND ${t.subset} IS NOT NULL`),
  ],
)

/** An entity merged into another: its old id keeps answering, with a redirect to the new one. */
export const entityRedirects = sqliteTable('entity_redirects', {
  fromId: text('from_id').primaryKey(),
  toId: text('to_id')
    .notNull()
    .references(() => entities.id, { onDelete: 'cascade' }),
  mergedAt: text('merged_at').notNull(),
})

/** Every curation write: who (the key's name, never the key), when, what, before and after. */
export const audit = sqliteTable(
  'audit',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    resource: text('resource', { enum: ['article', 'entity', 'claim', 'event', 'alias'] }).notNull(),
    resourceId: text('resource_id').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  (t) => [index('audit_resource_idx').on(t.resource, t.resourceId, t.seq)],
)

// Summaries kept in step with writes by triggers (migrations/0004_summaries.sql), so that entity
// profiles, figure summaries and disputes read a few rows instead of aggregating every claim or
// self-joining every mention. Never written by the application. `event_key` is the event's id, or
// '' for none (a key column cannot be NULL). `npm test` checks them against a recomputation.

/** One row per entity named in an article. */
export const articleEntities = sqliteTable(
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
    // An entity's articles, most mentions first.
    index('article_entities_entity_idx').on(t.entityId, t.mentions, t.articleSeq),
  ],
)

/** Per entity and event: articles naming it, mentions, claims it makes, claims about it. */
export const entityEventStats = sqliteTable(
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

/** Per entity, event and other entity: articles naming both. */
export const coMentions = sqliteTable(
  'co_mentions',
  {
    entityId: text('entity_id').notNull(),
    eventKey: text('event_key').notNull(),
    otherId: text('other_id').notNull(),
    articles: integer('articles').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.entityId, t.eventKey, t.otherId] }),
    index('co_mentions_top_idx').on(t.entityId, t.eventKey, t.articles, t.otherId),
  ],
)

/** Per event, metric and reading (value, qualifier): the count claims reporting it. */
export const eventFigureStats = sqliteTable(
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

/** Per event, target, claimant ('' for none) and stance: the responsibility claims. */
export const eventTargetStats = sqliteTable(
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

// Rendered answers, kept in step with writes by the triggers of migrations/0005_documents.sql.

/** Each claim as the API writes it (the JSON of `Claim`), re-rendered whenever a row it shows changes. */
export const claimDocs = sqliteTable(
  'claim_docs',
  {
    seq: integer('seq').primaryKey(),
    body: text('body').notNull(),
    // Read from the body, for the list index: the claim's kind and that kind's own field (a count's
    // metric, a responsibility claim's stance; none for a quote).
    kind: text('kind', { enum: ['responsibility', 'count', 'quote'] }).generatedAlwaysAs(sql`json_extract(body, '$.kind')`, { mode: 'virtual' }),
    facet: text('facet').generatedAlwaysAs(
      sql`CASE json_extract(body, '$.kind') WHEN 'count' THEN json_extract(body, '$.metric') WHEN 'responsibility' THEN json_extract(body, '$.stance') END`,
      { mode: 'virtual' },
    ),
  },
  // The rendered claims of one kind and facet side by side in seq order: a page of such a list (all
  // counts of the killed, all denials) is one contiguous read of the index, however deep.
  (t) => [index('claim_docs_list_idx').on(t.kind, t.facet, t.seq, t.body)],
)

/**
 * Whole answers of the per-id reads ('article': GET /v1/articles/{id}, 'entity': GET /v1/entities/{id}),
 * rendered when first read (or when ingested) and deleted by triggers as soon as a row they show changes.
 */
export const documents = sqliteTable(
  'documents',
  {
    kind: text('kind', { enum: ['article', 'entity'] }).notNull(),
    id: text('id').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.id] })],
)
