// The postgres store (issue 17): the Store interface (./types.ts) over drizzle's PostgreSQL dialect
// and the schema of src/db/pg/schema.ts (migrations-pg/). It runs on any drizzle PostgreSQL database:
// node-postgres (`pg`, a Pool) in production and PGlite (PostgreSQL compiled to WebAssembly, in
// process) in tests, each made by one small factory of ./pg-connection.ts. Every answer is built
// from the same shaping functions the sqlite store's queries use (toClaim, the summaries' shapes),
// so both stores answer the same JSON for the same rows (test/store/contract.test.ts).
//
// What differs from SQLite, in the SQL of this file only (docs/storage.md §2):
// - text ordered or compared as keys is `COLLATE "C"` (byte order, as SQLite's BINARY), so pages,
//   cursors and alias lists come in the same order on both stores; NULLs sort first (`NULLS FIRST`)
//   where SQLite's ascending order puts them first;
// - counts are bigint on PostgreSQL: drizzle's count() and `::int` make them numbers;
// - writes are `INSERT … ON CONFLICT` (an article once by content hash across processes), each
//   transaction on its own handle, retried when PostgreSQL aborts it as a deadlock (40P01) or a
//   serialization failure (40001);
// - rendered answers are not kept: a claim is rendered by toClaim, an article by getArticle's shape,
//   on each read (SQLite keeps them in claim_docs and documents, by triggers);
// - the change token is the server's snapshot (`pg_current_snapshot()`), which moves when any
//   transaction that wrote ends, in any process.
//
// Methods not built yet throw `Error('postgres store: <method> not implemented yet')` (a 500 through
// the API); docs/storage.md §6 lists them.
import { and, asc, count, desc, eq, exists, getTableColumns, gt, inArray, lt, notInArray, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { readSeed, annotationToExtraction, type Seed } from '../../seed/loader.js'
import type {
  ArticleDetail,
  ArticleListQuery,
  ArticleSummary,
  AuditQuery,
  Claim,
  ClaimCreate,
  ClaimFacet,
  ClaimListQuery,
  ClaimPatch,
  EntityDetail,
  EntityListQuery,
  EntityPatch,
  EntitySummary,
  EventCreate,
  EventDetail,
  EventListQuery,
  EventPatch,
  EventSummary,
} from '../domain/api.js'
import { codePointIndex } from '../domain/code-points.js'
import { ApiError, badRequest, notFound } from '../domain/errors.js'
import type { Extraction, Registry, RegistryEntity } from '../domain/extraction.js'
import type { EntityKind, Method, Metric } from '../domain/model.js'
import {
  articleEntities,
  articles,
  audit,
  claims,
  coMentions,
  entities,
  entityAliases,
  entityEventStats,
  entityRedirects,
  events,
  mentions,
} from '../db/pg/schema.js'
import type { Db } from '../db/open.js'
import { disputesOf, figuresOf, responsibilityOf } from './pg-by-event.js'
import { addAliasIn, createClaimIn, mergeEntityIn, patchClaimIn, patchEntityIn, removeAliasIn } from './pg-curation.js'
import { C, claimant, findEntityByAlias, now, recordChange, render, requireEntity, requireEvent, rowsOf, selectClaims, target, type PgDb, type PgHandle } from './pg-common.js'
import { articleIdOf, claimIdOf, CONTENT_HASH_VERSION, contentHashOf, sha256, slugify, textIdParts, wordCount } from '../ingest/ids.js'
import { Ingestor } from '../ingest/ingest.js'
import type { EntityInput } from '../ingest/persist.js'
import { toClaim } from '../queries/claims.js'
import { decodeCursor, paginate } from '../queries/cursor.js'
import { containsPattern, CO_MENTIONED, CO_MENTIONED_EVENTS, PROFILE_LIMIT } from '../queries/entities.js'
import type { ArticleWrite, ClaimFilters, EventRef, OpenReport, Page, SearchQuery, Store, StoredArticle, AuditEntry } from './types.js'

export type { PgDb, PgHandle } from './pg-common.js'

/**
 * What the store runs on: a drizzle database and what only the driver knows — applying the
 * migrations of migrations-pg/ and releasing connections. Made by pgPoolConnection (node-postgres)
 * or pgliteConnection (PGlite) in ./pg-connection.ts.
 */
export interface PgConnection {
  db: PgDb
  /** Applies pending migrations of migrations-pg/ (each in one transaction), as drizzle's migrator does. */
  migrate(): Promise<void>
  /** Releases the pool or closes PGlite. */
  end(): Promise<void>
  /** Where it points, for messages: the URL without its password, or "PGlite". */
  label: string
}

/** The oldest PostgreSQL the store runs on (server_version_num). */
export const MIN_SERVER_VERSION = 140000

/** The error of a method not built on PostgreSQL yet (a 500 through the API, never an empty answer). */
function notYet(method: string): Error {
  return new Error(`postgres store: ${method} not implemented yet`)
}

/** SQLSTATEs after which a transaction is tried again: deadlock_detected, serialization_failure. */
const RETRIED = new Set(['40P01', '40001'])
const ATTEMPTS = 5

function sqlState(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code
  }
  return undefined
}

const parentEntity = alias(entities, 'parent')
const parentEvent = alias(events, 'parent_event')

// Shapes shared with the sqlite store's queries (src/queries): the same fields in the same order.

function selectArticleSummaries(h: PgHandle) {
  return h
    .select({
      seq: articles.seq,
      id: articles.id,
      title: articles.title,
      outlet: articles.outlet,
      url: articles.url,
      publishedAt: articles.publishedAt,
      language: articles.language,
      contentHash: articles.contentHash,
      wordCount: articles.wordCount,
      eventId: events.id,
      eventName: events.name,
      ingestedAt: articles.ingestedAt,
      text: articles.text,
    })
    .from(articles)
    .leftJoin(events, eq(events.id, articles.eventId))
}

type ArticleRow = Awaited<ReturnType<typeof selectArticleSummaries>>[number]

function articleSummary(r: ArticleRow): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    published_at: r.publishedAt,
    language: r.language,
    content_hash: r.contentHash,
    word_count: r.wordCount,
    event: r.eventId !== null && r.eventName !== null ? { id: r.eventId, name: r.eventName } : null,
    ingested_at: r.ingestedAt,
  }
}

function selectEventSummaries(h: PgHandle) {
  return h
    .select({
      seq: events.seq,
      id: events.id,
      slug: events.slug,
      name: events.name,
      date: events.date,
      description: events.description,
      placeId: entities.id,
      placeName: entities.name,
      placeKind: entities.kind,
      parentId: parentEvent.id,
      parentName: parentEvent.name,
      articleCount: sql<number>`(SELECT count(*)::int FROM ${articles} WHERE ${articles.eventId} = ${events.id})`.mapWith(Number),
    })
    .from(events)
    .leftJoin(entities, eq(entities.id, events.placeId))
    .leftJoin(parentEvent, eq(parentEvent.id, events.parentId))
}

type EventRow = Awaited<ReturnType<typeof selectEventSummaries>>[number]

function eventSummary(r: EventRow): EventSummary {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    date: r.date,
    place: r.placeId !== null ? { id: r.placeId, name: r.placeName!, kind: r.placeKind! } : null,
    parent: r.parentId !== null ? { id: r.parentId, name: r.parentName! } : null,
    description: r.description,
    article_count: r.articleCount,
  }
}

function selectEntitySummaries(h: PgHandle) {
  return h
    .select({
      id: entities.id,
      slug: entities.slug,
      name: entities.name,
      kind: entities.kind,
      description: entities.description,
      wikidata: entities.wikidata,
      parentId: parentEntity.id,
      parentName: parentEntity.name,
      parentKind: parentEntity.kind,
    })
    .from(entities)
    .leftJoin(parentEntity, eq(parentEntity.id, entities.parentId))
}

type EntityRow = Awaited<ReturnType<typeof selectEntitySummaries>>[number]

function entitySummary(r: EntityRow): EntitySummary {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    parent: r.parentId !== null ? { id: r.parentId, name: r.parentName!, kind: r.parentKind! } : null,
    description: r.description,
    wikidata: r.wikidata,
  }
}

/** The equality filters of /v1/claims and their columns (as queries/claims.ts). */
const EQUALITY_FILTERS = {
  kind: claims.kind,
  stance: claims.stance,
  metric: claims.metric,
  claimant: claims.claimantId,
  target: claims.targetId,
  article: claims.articleId,
  event: claims.eventId,
  method: claims.method,
} as const

/**
 * A user's query as a tsquery: `websearch_to_tsquery` reads any text (quoted phrases, `or`,
 * `-word`), never a syntax error. A query with no word to search for is a 400 on `q`, as on SQLite.
 */
function tsquery(q: string): SQL {
  if (!/[\p{L}\p{N}]/u.test(q)) throw badRequest('q', 'contains no words to search for')
  return sql`websearch_to_tsquery('english', ${q})`
}

function claimFilters(q: ClaimFilters): SQL | undefined {
  return and(
    ...Object.entries(EQUALITY_FILTERS).map(([name, column]) => {
      const value = q[name as keyof typeof EQUALITY_FILTERS]
      return value ? eq(column, value) : undefined
    }),
    q.q ? sql`${claims.search} @@ ${tsquery(q.q)}` : undefined,
  )
}

const FACET_VALUES = 30
const EXPORT_BATCH = 1000

export class PostgresStore implements Store {
  readonly dialect = 'postgres' as const
  private ingestorOf: Ingestor | undefined
  private opened = false
  private closed = false

  constructor(private readonly connection: PgConnection) {}

  /** The drizzle database (tests and scripts that inspect rows). */
  get db(): PgDb {
    return this.connection.db
  }

  /**
   * The ingest service over this store. Its off-thread path (the API's POST /v1/articles) reaches
   * the database only through this store's ingest methods; its synchronous path (the CLI's) is
   * SQLite's, and throws here.
   */
  get ingestor(): Ingestor {
    this.ingestorOf ??= new Ingestor(synchronousPathRefused(), this)
    return this.ingestorOf
  }

  // Lifecycle -------------------------------------------------------------------------------------

  /**
   * Checks the server (reachable, PostgreSQL 14 or later) and applies pending migrations. Throws an
   * Error naming the server (the URL without its password) when it cannot be reached or is too old.
   */
  async open(): Promise<OpenReport> {
    let version: number
    try {
      const [row] = await rowsOf<{ v: string }>(this.db, sql`SELECT current_setting('server_version_num') AS v`)
      version = Number(row!.v)
    } catch (err) {
      throw new Error(`cannot reach PostgreSQL at ${this.connection.label}: ${(err as Error).message || String(err)}`, { cause: err })
    }
    if (!(version >= MIN_SERVER_VERSION)) {
      throw new Error(`PostgreSQL at ${this.connection.label} is version ${Math.floor(version / 10000)}; the store needs 14 or later`)
    }
    const applied = async () => {
      const exists = await rowsOf<{ t: string | null }>(this.db, sql`SELECT to_regclass('drizzle.__drizzle_migrations')::text AS t`)
      if (!exists[0]?.t) return 0
      return Number((await rowsOf<{ n: number }>(this.db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`))[0]!.n)
    }
    const before = await applied()
    await this.connection.migrate()
    this.opened = true
    return { dialect: 'postgres', migrationsApplied: (await applied()) - before, rehash: { rehashed: 0, merged: [] }, codePointsFilled: 0 }
  }

  /** Releases the connections. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.connection.end()
  }

  /**
   * The server's current snapshot as text (xmin:xmax:in-progress ids): it changes when any
   * transaction that wrote commits or aborts, in this process or another, and a read assigns no
   * transaction id, so reads leave it as it was.
   */
  async changeToken(): Promise<string> {
    return (await rowsOf<{ s: string }>(this.db, sql`SELECT pg_current_snapshot()::text AS s`))[0]!.s
  }

  /** Runs `work` in one transaction on its own handle, again when PostgreSQL aborts it as a deadlock or serialization failure. */
  private async transaction<T>(work: (tx: PgHandle) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(work)
      } catch (err) {
        if (attempt >= ATTEMPTS || !RETRIED.has(sqlState(err) ?? '')) throw err
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt * Math.random()))
      }
    }
  }

  // By id -------------------------------------------------------------------------------------------

  async articleJson(id: string) {
    const article = await this.getArticle(id)
    return article === undefined ? undefined : Buffer.from(JSON.stringify(article))
  }
  async entityJson(id: string) {
    const entity = await this.getEntity(id)
    return entity === undefined ? undefined : Buffer.from(JSON.stringify(entity))
  }
  async entityRedirect(id: string) {
    const [row] = await this.db.select({ to: entityRedirects.toId }).from(entityRedirects).where(eq(entityRedirects.fromId, id))
    return row?.to
  }

  async getArticle(id: string, h: PgHandle = this.db): Promise<ArticleDetail | undefined> {
    const [summary] = await selectArticleSummaries(h).where(eq(articles.id, id))
    if (!summary) return undefined
    const byEntity = new Map<string, ArticleDetail['entities'][number]>()
    const mentionRows = await h
      .select({ entityId: entities.id, name: entities.name, kind: entities.kind, start: mentions.start, end: mentions.end, startCp: mentions.startCp, endCp: mentions.endCp, text: mentions.text })
      .from(mentions)
      .innerJoin(entities, eq(entities.id, mentions.entityId))
      .where(eq(mentions.articleId, id))
      .orderBy(asc(mentions.start))
    for (const m of mentionRows) {
      let e = byEntity.get(m.entityId)
      if (!e) {
        e = { id: m.entityId, name: m.name, kind: m.kind, aliases: [], mentions: [] }
        byEntity.set(m.entityId, e)
      }
      e.mentions.push({ start: m.start, end: m.end, text: m.text, start_cp: m.startCp!, end_cp: m.endCp! })
    }
    const aliasRows = await h
      .select({ entityId: entityAliases.entityId, alias: entityAliases.alias })
      .from(entityAliases)
      .where(inArray(entityAliases.entityId, h.selectDistinct({ id: mentions.entityId }).from(mentions).where(eq(mentions.articleId, id))))
      .orderBy(C(entityAliases.alias))
    for (const a of aliasRows) byEntity.get(a.entityId)!.aliases.push(a.alias)
    const claimRows = await selectClaims(h).where(eq(claims.articleId, id)).orderBy(asc(claims.seq))
    return { ...articleSummary(summary), text: summary.text, entities: [...byEntity.values()], claims: render(claimRows) }
  }

  async getEntity(id: string, h: PgHandle = this.db): Promise<EntityDetail | undefined> {
    const [row] = await selectEntitySummaries(h).where(eq(entities.id, id))
    if (!row) return undefined
    const sum = (column: SQL | unknown) => sql<number>`coalesce(sum(${column}), 0)::int`.mapWith(Number)
    const claimsBy = (column: typeof claims.claimantId | typeof claims.targetId) => selectClaims(h).where(eq(column, id)).orderBy(asc(claims.seq)).limit(PROFILE_LIMIT)
    const [aliases, children, [counts], articleRows, made, about, byEvent] = await Promise.all([
      h.select({ alias: entityAliases.alias }).from(entityAliases).where(eq(entityAliases.entityId, id)).orderBy(C(entityAliases.alias)),
      h.select({ id: entities.id, name: entities.name, kind: entities.kind }).from(entities).where(eq(entities.parentId, id)).orderBy(C(entities.name)),
      h
        .select({
          articles: sum(entityEventStats.articles),
          mentions: sum(entityEventStats.mentions),
          claims_made: sum(entityEventStats.claimsMade),
          claims_about: sum(entityEventStats.claimsAbout),
        })
        .from(entityEventStats)
        .where(eq(entityEventStats.entityId, id)),
      h
        .select({ id: articles.id, title: articles.title, outlet: articles.outlet, published_at: articles.publishedAt, mentions: articleEntities.mentions })
        .from(articleEntities)
        .innerJoin(articles, eq(articles.seq, articleEntities.articleSeq))
        .where(eq(articleEntities.entityId, id))
        .orderBy(desc(articleEntities.mentions), desc(articleEntities.articleSeq))
        .limit(PROFILE_LIMIT),
      claimsBy(claims.claimantId),
      claimsBy(claims.targetId),
      h
        .select({
          eventKey: entityEventStats.eventKey,
          eventName: events.name,
          articles: entityEventStats.articles,
          mentions: entityEventStats.mentions,
          claims_made: entityEventStats.claimsMade,
          claims_about: entityEventStats.claimsAbout,
        })
        .from(entityEventStats)
        .leftJoin(events, eq(events.id, entityEventStats.eventKey))
        .where(eq(entityEventStats.entityId, id))
        .orderBy(desc(entityEventStats.mentions), C(entityEventStats.eventKey)),
    ])
    const eventsOf: EntityDetail['events'] = []
    for (const [i, { eventKey, eventName, ...n }] of byEvent.entries()) {
      const co =
        i < CO_MENTIONED_EVENTS
          ? await h
              .select({ id: entities.id, name: entities.name, kind: entities.kind, articles: coMentions.articles })
              .from(coMentions)
              .innerJoin(entities, eq(entities.id, coMentions.otherId))
              .where(and(eq(coMentions.entityId, id), eq(coMentions.eventKey, eventKey)))
              .orderBy(desc(coMentions.articles), C(coMentions.otherId))
              .limit(CO_MENTIONED)
          : []
      eventsOf.push({
        event: eventKey === '' ? null : { id: eventKey, name: eventName! },
        ...n,
        co_mentioned: co.map(({ articles: a, ...entity }) => ({ entity, articles: a })),
      })
    }
    return {
      ...entitySummary(row),
      events: eventsOf,
      aliases: aliases.map((a) => a.alias),
      children,
      counts: counts!,
      articles: articleRows,
      claims_made: render(made),
      claims_about: render(about),
    }
  }

  async getEvent(id: string, h: PgHandle = this.db): Promise<EventDetail | undefined> {
    const [row] = await selectEventSummaries(h).where(eq(events.id, id))
    if (!row) return undefined
    const articleRows = await h
      .select({ id: articles.id, title: articles.title, outlet: articles.outlet, published_at: articles.publishedAt })
      .from(articles)
      .where(eq(articles.eventId, id))
      .orderBy(asc(articles.seq))
      .limit(500)
    return { ...eventSummary(row), claim_counts: await this.claimCounts(h, id), articles: articleRows }
  }

  async eventRef(id: string): Promise<EventRef | undefined> {
    const [row] = await this.db.select({ id: events.id, name: events.name }).from(events).where(eq(events.id, id))
    return row
  }

  private async claimCounts(h: PgHandle, eventId?: string) {
    const kinds = await h
      .select({ kind: claims.kind, n: count() })
      .from(claims)
      .where(eventId === undefined ? undefined : eq(claims.eventId, eventId))
      .groupBy(claims.kind)
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k.n]))
    return {
      total: kinds.reduce((s, k) => s + k.n, 0),
      responsibility: byKind.responsibility ?? 0,
      count: byKind.count ?? 0,
      quote: byKind.quote ?? 0,
    }
  }

  // By event ----------------------------------------------------------------------------------------

  async responsibility(event: EventRef, q: Parameters<Store['responsibility']>[1]) {
    return responsibilityOf(this.db, event, q)
  }
  async figures(event: EventRef, metric?: Metric, limit?: number) {
    return figuresOf(this.db, event, metric, limit)
  }
  async disputes(event: EventRef) {
    return disputesOf(this.db, event)
  }

  // Lists -------------------------------------------------------------------------------------------

  async listArticles(q: ArticleListQuery): Promise<Page<ArticleSummary>> {
    const where: (SQL | undefined)[] = [
      q.event ? eq(articles.eventId, q.event) : undefined,
      q.outlet ? eq(articles.outlet, q.outlet) : undefined,
      q.entity
        ? exists(this.db.select({ one: sql`1` }).from(mentions).where(and(eq(mentions.entityId, q.entity), eq(mentions.articleId, articles.id))))
        : undefined,
      q.q ? sql`${articles.search} @@ ${tsquery(q.q)}` : undefined,
    ]
    if (q.cursor) where.push(gt(articles.seq, decodeCursor(q.cursor, ['number'])[0] as number))
    const rows = await selectArticleSummaries(this.db).where(and(...where)).orderBy(asc(articles.seq)).limit(q.limit + 1)
    const page = paginate(rows, q.limit, (r) => [r.seq])
    return { items: page.items.map(articleSummary), next_cursor: page.next_cursor }
  }

  async listEntities(q: EntityListQuery): Promise<Page<EntitySummary>> {
    // LIKE with SQLite's sense: case-insensitive for ASCII letters only (ILIKE would fold all of Unicode).
    const ascii = (x: unknown) => sql`translate(${x}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`
    const like = (column: unknown, s: string) => sql`${ascii(column)} LIKE ${ascii(containsPattern(s))} ESCAPE '\\'`
    const where: (SQL | undefined)[] = [
      q.kind ? eq(entities.kind, q.kind) : undefined,
      q.q
        ? or(
            like(entities.name, q.q),
            exists(this.db.select({ one: sql`1` }).from(entityAliases).where(and(eq(entityAliases.entityId, entities.id), like(entityAliases.alias, q.q)))),
          )
        : undefined,
    ]
    if (q.cursor) {
      const [name, id] = decodeCursor(q.cursor, ['string', 'string'])
      where.push(sql`(${C(entities.name)}, ${C(entities.id)}) > (${name}, ${id})`)
    }
    const rows = await selectEntitySummaries(this.db)
      .where(and(...where))
      .orderBy(C(entities.name), C(entities.id))
      .limit(q.limit + 1)
    const page = paginate(rows, q.limit, (r) => [r.name, r.id])
    return { items: page.items.map(entitySummary), next_cursor: page.next_cursor }
  }

  async listEvents(q: EventListQuery): Promise<Page<EventSummary>> {
    const where = q.cursor ? gt(events.seq, decodeCursor(q.cursor, ['number'])[0] as number) : undefined
    const rows = await selectEventSummaries(this.db).where(where).orderBy(asc(events.seq)).limit(q.limit + 1)
    const page = paginate(rows, q.limit, (r) => [r.seq])
    return { items: page.items.map(eventSummary), next_cursor: page.next_cursor }
  }

  /** GET /v1/claims: the page's claims rendered by toClaim (the same function as SQLite's claim_docs are checked against). */
  async claimsPageJson(q: ClaimListQuery): Promise<Buffer> {
    const after = q.cursor ? (decodeCursor(q.cursor, ['number'])[0] as number) : undefined
    const where = claimFilters(q)
    const rows = await selectClaims(this.db)
      .where(and(where, after === undefined ? undefined : gt(claims.seq, after)))
      .orderBy(asc(claims.seq))
      .limit(q.limit + 1)
    const page = paginate(rows, q.limit, (r) => [r.seq])
    const facets = q.facet?.length
      ? `,"facets":${JSON.stringify(Object.fromEntries(await Promise.all(q.facet.map(async (f) => [f, await this.facetCounts(f, where)] as const))))}`
      : ''
    return Buffer.from(`{"items":[${page.items.map((r) => JSON.stringify(toClaim(r))).join(',')}],"next_cursor":${JSON.stringify(page.next_cursor)}${facets}}`)
  }

  private async facetCounts(facet: ClaimFacet, where: SQL | undefined) {
    const facetColumns: Record<ClaimFacet, [SQL, SQL]> = {
      claimant: [sql`${claims.claimantId}`, sql`${claimant.name}`],
      target: [sql`${claims.targetId}`, sql`${target.name}`],
      stance: [sql`${claims.stance}`, sql`${claims.stance}`],
      metric: [sql`${claims.metric}`, sql`${claims.metric}`],
      article: [sql`${claims.articleId}`, sql`${articles.title}`],
      outlet: [sql`${articles.outlet}`, sql`${articles.outlet}`],
    }
    const [value, label] = facetColumns[facet]
    // One label per value (SQLite takes the bare column from any row of the group; each value has one).
    return this.db
      .select({ value: sql<string | null>`${value}`, label: sql<string | null>`min(${label})`, count: count() })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .leftJoin(claimant, eq(claimant.id, claims.claimantId))
      .leftJoin(target, eq(target.id, claims.targetId))
      .where(where)
      .groupBy(value)
      .orderBy(desc(count()), sql`${value} COLLATE "C" NULLS FIRST`)
      .limit(FACET_VALUES)
  }

  async listAudit(q: AuditQuery): Promise<Page<AuditEntry>> {
    const where: (SQL | undefined)[] = [q.resource ? eq(audit.resource, q.resource) : undefined, q.id ? eq(audit.resourceId, q.id) : undefined]
    if (q.cursor) where.push(lt(audit.seq, decodeCursor(q.cursor, ['number'])[0] as number))
    const rows = await this.db.select().from(audit).where(and(...where)).orderBy(desc(audit.seq)).limit(q.limit + 1)
    const page = paginate(rows, q.limit, (r) => [r.seq])
    return {
      items: page.items.map((r) => ({
        id: r.seq,
        at: r.at,
        actor: r.actor,
        action: r.action,
        resource: r.resource,
        resource_id: r.resourceId,
        before: r.before,
        after: r.after,
      })) as AuditEntry[],
      next_cursor: page.next_cursor,
    }
  }

  async stats() {
    const n = async (table: typeof articles | typeof entities | typeof events) => (await this.db.select({ n: count() }).from(table))[0]!.n
    const [a, e, v, c] = await Promise.all([n(articles), n(entities), n(events), this.claimCounts(this.db)])
    return { articles: a, entities: e, events: v, claims: c }
  }

  // Search and exports ------------------------------------------------------------------------------

  async search(_q: SearchQuery, _window?: number): Promise<never> {
    throw notYet('search')
  }

  /** Batches of 1,000 claims by keyset on seq, each read when the consumer asks for it. */
  async *claimBatches(filters: ClaimFilters): AsyncIterable<Claim[]> {
    const where = claimFilters(filters)
    let after = 0
    for (;;) {
      const rows = await selectClaims(this.db).where(and(where, gt(claims.seq, after))).orderBy(asc(claims.seq)).limit(EXPORT_BATCH)
      if (rows.length === 0) return
      after = rows[rows.length - 1]!.seq
      yield render(rows)
    }
  }

  /** An event with its articles, entities and claims, read in one repeatable-read snapshot. */
  async exportEvent(id: string) {
    return this.db.transaction(
      async (tx) => {
        const event = await this.getEvent(id, tx)
        if (!event) return undefined
        const ids = await tx.select({ id: articles.id }).from(articles).where(eq(articles.eventId, id)).orderBy(asc(articles.seq))
        const full: ArticleDetail[] = []
        for (const a of ids) full.push((await this.getArticle(a.id, tx))!)
        const byId = new Map<string, { id: string; name: string; kind: EntityKind; aliases: string[] }>()
        for (const a of full) for (const e of a.entities) byId.set(e.id, { id: e.id, name: e.name, kind: e.kind, aliases: e.aliases })
        return {
          exported_at: now(),
          event,
          articles: full.map(({ claims: _claims, ...article }) => article),
          entities: [...byId.values()].sort((a, b) => a.name.localeCompare(b.name)),
          claims: full.flatMap((a) => a.claims),
        }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    )
  }

  // Ingest ------------------------------------------------------------------------------------------

  async articleByHash(contentHash: string, id?: string) {
    const [row] = await this.db
      .select({ id: articles.id, eventId: articles.eventId })
      .from(articles)
      .where(id === undefined ? eq(articles.contentHash, contentHash) : or(eq(articles.contentHash, contentHash), eq(articles.id, id)))
      .limit(1)
    return row
  }
  async resolveEvent(idSlugOrName: string) {
    const [row] = await this.db
      .select({ id: events.id })
      .from(events)
      .where(or(eq(events.id, idSlugOrName), eq(events.slug, idSlugOrName), eq(events.name, idSlugOrName)))
      .orderBy(asc(events.seq))
      .limit(1)
    return row?.id
  }
  async eventPlaces() {
    return this.db
      .select({ id: events.id, date: events.date, placeId: entities.id, placeParent: entities.parentId })
      .from(events)
      .innerJoin(entities, eq(entities.id, events.placeId))
      .orderBy(asc(events.seq))
  }
  async registry(): Promise<Registry> {
    const byId = new Map<string, RegistryEntity>()
    for (const e of await this.db.select({ id: entities.id, name: entities.name, kind: entities.kind, parentId: entities.parentId }).from(entities).orderBy(asc(entities.seq))) {
      byId.set(e.id, { ...e, aliases: [] })
    }
    for (const a of await this.db.select({ entityId: entityAliases.entityId, alias: entityAliases.alias }).from(entityAliases).orderBy(asc(entityAliases.seq))) {
      byId.get(a.entityId)?.aliases.push(a.alias)
    }
    return { entities: [...byId.values()] }
  }

  /**
   * One transaction: the article (`ON CONFLICT DO NOTHING`: of two processes storing one text, the
   * second waits for the first's commit and then answers duplicate), its entities, aliases,
   * mentions, claims and audit entry. Rendering is per read on PostgreSQL, so `render` changes nothing.
   */
  async storeArticle(
    article: ArticleWrite,
    extraction: Extraction,
    { method, actor, replace = false }: { method: Method; actor: string; replace?: boolean; render?: boolean },
  ): Promise<StoredArticle> {
    const contentHash = article.contentHash ?? contentHashOf(article.text)
    const stored = await this.transaction(async (tx) => {
      const stored = await storeArticleRows(tx, { ...article, contentHash }, extraction, { method, replace })
      if (stored.duplicate) return stored
      await recordChange(tx, {
        actor,
        action: 'ingest',
        resource: 'article',
        id: stored.id,
        before: null,
        after: {
          content_hash: contentHash,
          title: article.title,
          outlet: article.outlet,
          url: article.url,
          published_at: article.publishedAt,
          event: article.eventId,
          entities: extraction.entities.length,
          claims: extraction.claims.length,
        },
      })
      return stored
    })
    if (!stored.duplicate) this.ingestorOf?.invalidateRegistry()
    return stored
  }

  async upsertEntity(entity: EntityInput) {
    const id = await this.transaction((tx) => upsertEntityRow(tx, entity))
    this.ingestorOf?.invalidateRegistry()
    return id
  }

  /** The curated seed (seed/ by default) in one transaction; idempotent. */
  async loadSeed(seed: Seed = readSeed()) {
    await this.transaction(async (tx) => {
      for (const e of seed.entities) await upsertEntityRow(tx, { ...e, id: e.slug, parentId: null })
      for (const e of seed.entities) await tx.update(entities).set({ parentId: e.parent }).where(eq(entities.id, e.slug))
      for (const ev of seed.events) {
        const row = { slug: ev.slug, name: ev.name, date: ev.date, placeId: ev.place, description: ev.description }
        await tx.insert(events).values({ id: ev.slug, ...row }).onConflictDoUpdate({ target: events.id, set: row })
      }
      for (const ev of seed.events) await tx.update(events).set({ parentId: ev.parent }).where(eq(events.id, ev.slug))
      for (const { annotation: a, text } of seed.articles) {
        await storeArticleRows(
          tx,
          { text, title: a.title, outlet: a.outlet, url: a.url, publishedAt: a.published_at, language: 'eng', eventId: a.event },
          annotationToExtraction(a, text, seed.entities),
          { method: 'curated', replace: true },
        )
      }
    })
    this.ingestorOf?.invalidateRegistry()
    return { articles: seed.articles.length, entities: seed.entities.length, events: seed.events.length }
  }

  async isEmpty() {
    return (await this.db.select({ one: sql`1` }).from(articles).limit(1)).length === 0
  }

  // Curation ----------------------------------------------------------------------------------------

  async createClaim(input: ClaimCreate, actor: string): Promise<Claim> {
    return this.transaction((tx) => createClaimIn(tx, input, actor))
  }
  async patchClaim(id: string, patch: ClaimPatch, actor: string): Promise<Claim> {
    return this.transaction((tx) => patchClaimIn(tx, id, patch, actor))
  }
  async deleteClaim(id: string, actor: string): Promise<void> {
    await this.transaction(async (tx) => {
      const [row] = await selectClaims(tx).where(eq(claims.id, id))
      if (!row) throw notFound('claim', id)
      await tx.delete(claims).where(eq(claims.id, id))
      await recordChange(tx, { actor, action: 'delete', resource: 'claim', id, before: toClaim(row), after: null })
    })
  }

  // Entity writes change what the pipeline recognizes: the ingestor's registry is reloaded after.

  /** The entity's profile as read after the commit (as on SQLite). */
  async patchEntity(id: string, patch: EntityPatch, actor: string): Promise<EntityDetail> {
    await this.transaction((tx) => patchEntityIn(tx, id, patch, actor))
    this.ingestorOf?.invalidateRegistry()
    return (await this.getEntity(id))!
  }
  async addAlias(id: string, alias: string, actor: string): Promise<string[]> {
    const aliases = await this.transaction((tx) => addAliasIn(tx, id, alias, actor))
    this.ingestorOf?.invalidateRegistry()
    return aliases
  }
  async removeAlias(id: string, alias: string, actor: string): Promise<string[]> {
    const aliases = await this.transaction((tx) => removeAliasIn(tx, id, alias, actor))
    this.ingestorOf?.invalidateRegistry()
    return aliases
  }
  async mergeEntity(id: string, into: string, actor: string): Promise<EntityDetail> {
    await this.transaction((tx) => mergeEntityIn(tx, id, into, actor))
    this.ingestorOf?.invalidateRegistry()
    return (await this.getEntity(into))!
  }

  async createEvent(input: EventCreate, actor: string): Promise<EventDetail> {
    return this.transaction(async (tx) => {
      const slug = input.slug ?? slugify(`${input.name}${input.date ? ` ${input.date.slice(0, 4)}` : ''}`)
      if ((await tx.select({ id: events.id }).from(events).where(eq(events.slug, slug))).length) {
        throw new ApiError(409, 'conflict', `an event with the slug "${slug}" exists; choose another slug`)
      }
      await requireEntity(tx, 'place', input.place)
      await checkEventParent(tx, null, input.parent)
      await tx.insert(events).values({ id: slug, slug, name: input.name, date: input.date, placeId: input.place, parentId: input.parent, description: input.description })
      const after = await this.getEvent(slug, tx)
      await recordChange(tx, { actor, action: 'create', resource: 'event', id: slug, before: null, after: eventSnapshot(after) })
      return after!
    })
  }

  async patchEvent(id: string, patch: EventPatch, actor: string): Promise<EventDetail> {
    return this.transaction(async (tx) => {
      const before = eventSnapshot(await this.getEvent(id, tx))
      if (!before) throw notFound('event', id)
      await requireEntity(tx, 'place', patch.place)
      if (patch.parent !== undefined) await checkEventParent(tx, id, patch.parent)
      const set = {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.date !== undefined ? { date: patch.date } : {}),
        ...(patch.place !== undefined ? { placeId: patch.place } : {}),
        ...(patch.parent !== undefined ? { parentId: patch.parent } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
      }
      if (Object.keys(set).length) await tx.update(events).set(set).where(eq(events.id, id))
      const after = await this.getEvent(id, tx)
      await recordChange(tx, { actor, action: 'update', resource: 'event', id, before, after: eventSnapshot(after) })
      return after!
    })
  }

  async setArticleEvent(articleId: string, eventId: string | null, actor: string) {
    return this.transaction(async (tx) => {
      const [article] = await tx.select({ eventId: articles.eventId }).from(articles).where(eq(articles.id, articleId))
      if (!article) throw notFound('article', articleId)
      await requireEvent(tx, 'event', eventId)
      await tx.update(articles).set({ eventId }).where(eq(articles.id, articleId))
      // Figures the pipeline tied to another event (event null) stay apart when the article has one.
      await tx.update(claims).set({ eventId }).where(sql`${claims.articleId} = ${articleId} AND ${claims.eventId} IS NOT DISTINCT FROM ${article.eventId}`)
      await recordChange(tx, { actor, action: 'move', resource: 'article', id: articleId, before: { event: article.eventId }, after: { event: eventId } })
      return { article: articleId, event: eventId }
    })
  }

  async deleteArticle(id: string, actor: string): Promise<boolean> {
    return this.transaction(async (tx) => {
      const [before] = await tx
        .select({ content_hash: articles.contentHash, title: articles.title, outlet: articles.outlet, url: articles.url, published_at: articles.publishedAt, event: articles.eventId })
        .from(articles)
        .where(eq(articles.id, id))
      if (!before) return false
      await tx.delete(articles).where(eq(articles.id, id))
      await recordChange(tx, { actor, action: 'delete', resource: 'article', id, before, after: null })
      return true
    })
  }
}

/** The Ingestor's synchronous path (the CLI's) is SQLite's: on the postgres store any use of its handle throws. */
function synchronousPathRefused(): Db {
  return new Proxy({} as Db, {
    get() {
      throw new Error('postgres store: the synchronous ingest path (Ingestor.ingest/prepare/store, the CLI) not implemented yet; use ingestOffThread')
    },
  })
}

// Writes (the twins of src/ingest/persist.ts and src/curation, on a transaction's handle) ----------

async function checkEventParent(tx: PgHandle, id: string | null, parent: string | null | undefined) {
  await requireEvent(tx, 'parent', parent)
  for (let p = parent ?? null; p; ) {
    if (p === id) throw badRequest('parent', 'would make the event its own ancestor')
    p = (await tx.select({ parent: events.parentId }).from(events).where(eq(events.id, p)))[0]?.parent ?? null
  }
}

const eventSnapshot = (e: EventDetail | undefined) =>
  e && { name: e.name, slug: e.slug, date: e.date, place: e.place?.id ?? null, parent: e.parent?.id ?? null, description: e.description }

/** Multi-row inserts in chunks (PostgreSQL takes at most 65,535 parameters a statement). */
function chunks<T>(rows: T[], size = 500): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}

/** `excluded.<column>` for every column of an upsert's SET clause: the row being inserted wins. */
function fromExcluded<T extends string>(columns: Record<T, { name: string }>): Record<T, SQL> {
  return Object.fromEntries(Object.entries<{ name: string }>(columns).map(([key, col]) => [key, sql.raw(`excluded."${col.name}"`)])) as Record<T, SQL>
}

async function uniqueSlug(tx: PgHandle, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    if (!(await tx.select({ id: entities.id }).from(entities).where(eq(entities.slug, slug))).length) return slug
  }
}

async function addAliases(tx: PgHandle, entityId: string, kind: EntityKind, names: string[]) {
  const rows = [...new Set(names)].map((a) => ({ entityId, kind, alias: a }))
  for (const chunk of chunks(rows)) await tx.insert(entityAliases).values(chunk).onConflictDoNothing()
}

/** persist.ts's upsertEntity: an entity by id created or updated (`ON CONFLICT (id)`), with its aliases. */
async function upsertEntityRow(tx: PgHandle, e: EntityInput): Promise<string> {
  const slug = e.slug ?? (await uniqueSlug(tx, slugify(e.name)))
  const id = e.id ?? slug
  const fields = { name: e.name, kind: e.kind, parentId: e.parentId ?? null, description: e.description ?? null, wikidata: e.wikidata ?? null }
  await tx.insert(entities).values({ id, slug, ...fields, createdAt: now() }).onConflictDoUpdate({ target: entities.id, set: fields })
  await addAliases(tx, id, e.kind, [e.name, ...e.aliases])
  return id
}

/** persist.ts's storeArticle on PostgreSQL: the same rows, the article inserted once by content hash. */
async function storeArticleRows(
  tx: PgHandle,
  input: ArticleWrite,
  extraction: Extraction,
  options: { method: Method; replace?: boolean },
): Promise<StoredArticle> {
  const contentHash = input.contentHash ?? contentHashOf(input.text)
  const id = articleIdOf(sha256(input.text))
  const findExisting = async () => (await tx.select({ id: articles.id }).from(articles).where(or(eq(articles.contentHash, contentHash), eq(articles.id, id))).limit(1))[0]
  const existing = await findExisting()
  if (existing && !options.replace) return { id: existing.id, duplicate: true }
  const row = {
    id,
    title: input.title,
    outlet: input.outlet,
    url: input.url,
    publishedAt: input.publishedAt,
    language: input.language,
    text: input.text,
    contentHash,
    hashVersion: CONTENT_HASH_VERSION,
    wordCount: wordCount(input.text),
    eventId: input.eventId,
    ingestedAt: now(),
  }
  if (existing) {
    const { ingestedAt: _keep, ...changed } = row
    await tx.update(articles).set(changed).where(eq(articles.id, id))
  } else {
    // Another process may store the same text at the same moment: the unique keys decide, the
    // second insert waits for the first's commit and writes nothing.
    const inserted = await tx.insert(articles).values(row).onConflictDoNothing().returning({ id: articles.id })
    if (inserted.length === 0) {
      const winner = await findExisting()
      if (winner) return { id: winner.id, duplicate: true }
      throw new Error(`postgres store: article ${id} conflicted with a row that is gone`)
    }
  }

  const entityIdOf = new Map<string, string>()
  const seenAliases: { entityId: string; kind: EntityKind; alias: string }[] = []
  for (const e of extraction.entities) {
    const known = e.id ?? (await findEntityByAlias(tx, e.kind, e.name))
    if (known) {
      for (const a of e.aliases) seenAliases.push({ entityId: known, kind: e.kind, alias: a })
      entityIdOf.set(e.ref, known)
    } else {
      entityIdOf.set(e.ref, await upsertEntityRow(tx, { name: e.name, kind: e.kind, aliases: e.aliases }))
    }
  }
  for (const chunk of chunks(seenAliases)) await tx.insert(entityAliases).values(chunk).onConflictDoNothing()
  const ref = (r: string | null) => (r === null ? null : (entityIdOf.get(r) ?? null))

  const cp = codePointIndex(input.text)
  const mentionRows = extraction.mentions.map((m) => ({
    articleId: id,
    entityId: entityIdOf.get(m.ref)!,
    start: m.start,
    end: m.end,
    startCp: cp.toCodePoint(m.start),
    endCp: cp.toCodePoint(m.end),
    text: m.text,
  }))
  for (const chunk of chunks(mentionRows)) {
    await tx
      .insert(mentions)
      .values(chunk)
      .onConflictDoUpdate({
        target: [mentions.articleId, mentions.start, mentions.end],
        set: fromExcluded({ entityId: mentions.entityId, text: mentions.text, startCp: mentions.startCp, endCp: mentions.endCp }),
      })
  }

  const claimRows = extraction.claims.map((c) => {
    const claimantId = ref(c.claimant)
    const targetId = ref(c.target)
    const texts = { claimantText: claimantId === null ? (c.claimantText ?? null) : null, targetText: targetId === null ? (c.targetText ?? null) : null, subset: c.subset ?? null }
    return {
      id: claimIdOf(id, [c.kind, c.evidence.start, c.evidence.end, claimantId, targetId, c.stance, c.metric, c.value, c.qualifier, ...textIdParts(texts)]),
      articleId: id,
      eventId: c.otherEvent ? null : input.eventId,
      kind: c.kind,
      claimantId,
      targetId,
      ...texts,
      stance: c.stance,
      metric: c.metric,
      value: c.value,
      qualifier: c.qualifier,
      quote: c.quote,
      evidenceText: c.evidence.text,
      evidenceStart: c.evidence.start,
      evidenceEnd: c.evidence.end,
      evidenceStartCp: cp.toCodePoint(c.evidence.start),
      evidenceEndCp: cp.toCodePoint(c.evidence.end),
      method: options.method,
      confidence: c.confidence,
    }
  })
  const { id: _id, seq: _seq, createdAt: _createdAt, search: _search, ...claimColumns } = getTableColumns(claims)
  for (const chunk of chunks(claimRows, 200)) {
    await tx.insert(claims).values(chunk).onConflictDoUpdate({ target: claims.id, set: fromExcluded(claimColumns) })
  }

  if (existing) {
    const keepSpans = mentionRows.map((m) => `${m.start}:${m.end}`)
    await tx
      .delete(mentions)
      .where(and(eq(mentions.articleId, id), keepSpans.length ? notInArray(sql`${mentions.start} || ':' || ${mentions.end}`, keepSpans) : undefined))
    await tx.delete(claims).where(and(eq(claims.articleId, id), claimRows.length ? notInArray(claims.id, claimRows.map((c) => c.id)) : undefined))
  }
  return { id, duplicate: false }
}
