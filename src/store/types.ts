// The storage boundary (issue 17; docs/storage.md): what routes, ingest, curation, the CLI, the seed
// and the read cache will ask of the database, and nothing else. Two implementations will meet it:
// `sqlite` (better-sqlite3, today's queries) and `postgres` (drizzle's PostgreSQL dialect over a
// node-postgres pool; PGlite in tests). Every dialect-specific piece lives inside one of them.
//
// Rules every method keeps (docs/storage.md §4):
// - A method is one unit of work. A write is one transaction inside the store, which reads its own
//   writes through that transaction; callers never hold a connection, a transaction or SQL.
// - Bad input is an ApiError (src/domain/errors.ts): `badRequest(field, …)` naming the field, 404
//   `notFound`, 409 `conflict`, as the functions it replaces throw them today. Anything else a driver
//   throws is a 500 whose message is never shown.
// - Offsets are [start, end) in UTF-16 code units with their code-point twins (start_cp, end_cp).
// - Lists answer `{ items, next_cursor }`: keyset pages, opaque cursors (a cursor is valid on the
//   store that issued it).
import type { z } from 'zod'
import type {
  ArticleDetail,
  ArticleListQuery,
  ArticleSummary,
  AuditEntrySchema,
  AuditQuery,
  Claim,
  ClaimCreate,
  ClaimListQuery,
  ClaimPatch,
  Disputes,
  EntityDetail,
  EntityListQuery,
  EntityPatch,
  EntitySummary,
  EventCreate,
  EventDetail,
  EventExportSchema,
  EventListQuery,
  EventPatch,
  EventSummary,
  Figures,
  Responsibility,
  ResponsibilityQuery,
  SearchPageSchema,
  SearchQuerySchema,
  StatsSchema,
} from '../domain/api.js'
import type { Extraction, Registry } from '../domain/extraction.js'
import type { EntityKind, Method, Metric } from '../domain/model.js'
import type { Seed } from '../../seed/loader.js'

export type Dialect = 'sqlite' | 'postgres'

export interface Page<T> {
  items: T[]
  next_cursor: string | null
}

export type AuditEntry = z.infer<typeof AuditEntrySchema>
export type Stats = z.infer<typeof StatsSchema>
export type SearchQuery = z.infer<typeof SearchQuerySchema>
export type SearchPage = z.infer<typeof SearchPageSchema>
export type EventExport = z.infer<typeof EventExportSchema>
export type EventRef = { id: string; name: string }
/** The claims filters of GET /v1/claims and its exports, without page and facets. */
export type ClaimFilters = Omit<ClaimListQuery, 'limit' | 'cursor' | 'facet'>

/** Opening a store: migrations applied, and what the migrations leave to code done. */
export interface OpenReport {
  dialect: Dialect
  /** Migrations applied now (0 when the database was up to date). */
  migrationsApplied: number
  /** Migration 0008's data half: articles hashed again, duplicates merged (see src/ingest/rehash.ts). */
  rehash: { rehashed: number; merged: { kept: string; removed: string; title: string | null }[] }
  /** Migration 0009's data half: rows given code-point offsets (SQLite only; PostgreSQL starts with them). */
  codePointsFilled: number
}

/** Start, stop and the signal that something changed. */
export interface StoreLifecycle {
  readonly dialect: Dialect
  /**
   * Applies pending migrations (migrations/ or migrations-pg/) and their data halves. Throws when the
   * database cannot be reached, is older than the store supports (PostgreSQL before 14), or a
   * migration fails; nothing of a failed migration stays applied.
   */
  open(): Promise<OpenReport>
  /** Finishes in-flight work and releases connections (SQLite: checkpoints the WAL). Idempotent. */
  close(): Promise<void>
  /**
   * A value that differs after any process commits a write (SQLite: `PRAGMA data_version` and this
   * connection's writes; PostgreSQL: a change counter or LISTEN/NOTIFY). The read cache's ETags,
   * kept answers and the ingest registry are valid while it is unchanged. Cheap: read per request.
   */
  changeToken(): Promise<string>
}

/** Reads of one thing by its id. */
export interface ByIdReads {
  /** GET /v1/articles/{id} as JSON bytes (kept rendered where the store can); undefined: no such article. */
  articleJson(id: string): Promise<Buffer | undefined>
  /** GET /v1/entities/{id} as JSON bytes; undefined: no such entity (see entityRedirect). */
  entityJson(id: string): Promise<Buffer | undefined>
  /** The id a merged entity's id now answers with, if it was merged. */
  entityRedirect(id: string): Promise<string | undefined>
  getArticle(id: string): Promise<ArticleDetail | undefined>
  getEntity(id: string): Promise<EntityDetail | undefined>
  getEvent(id: string): Promise<EventDetail | undefined>
  eventRef(id: string): Promise<EventRef | undefined>
}

/** Reads over one event's claims (DESIGN §4), each bounded whatever the event's size. */
export interface ByEventReads {
  responsibility(event: EventRef, q: Omit<ResponsibilityQuery, 'claims'> & { claims?: number }): Promise<Responsibility>
  /** Per metric, at most `limit` figures (default 20; 0: summaries only). */
  figures(event: EventRef, metric?: Metric, limit?: number): Promise<Figures>
  disputes(event: EventRef): Promise<Disputes>
}

/** Lists with keyset cursors. */
export interface Lists {
  listArticles(q: ArticleListQuery): Promise<Page<ArticleSummary>>
  listEntities(q: EntityListQuery): Promise<Page<EntitySummary>>
  listEvents(q: EventListQuery): Promise<Page<EventSummary>>
  /** GET /v1/claims as JSON bytes (`ClaimPageSchema`, facets included when asked for). */
  claimsPageJson(q: ClaimListQuery): Promise<Buffer>
  listAudit(q: AuditQuery): Promise<Page<AuditEntry>>
  stats(): Promise<Stats>
}

/** Full-text search (SQLite: FTS5 with bm25; PostgreSQL: tsvector with ts_rank_cd). */
export interface Search {
  /**
   * One page of hits, best first, among the newest `window` matches (default SEARCH_WINDOW). A query
   * the store cannot parse is a 400 on `q`, never a 500.
   */
  search(q: SearchQuery, window?: number): Promise<SearchPage>
}

/** Exports stream: memory stays flat whatever their size, and other requests run between batches. */
export interface Exports {
  /** Every claim the filters keep, in seq order, in batches (1,000 on SQLite). */
  claimBatches(filters: ClaimFilters): AsyncIterable<Claim[]>
  exportEvent(id: string): Promise<EventExport | undefined>
}

/** An article as the ingest hands it over: normalized text, metadata, the event chosen. */
export interface ArticleWrite {
  text: string
  title: string | null
  outlet: string | null
  url: string | null
  publishedAt: string | null
  language: string
  eventId: string | null
  /** contentHashOf(text) (src/ingest/ids.ts), when the caller has it. */
  contentHash?: string
}

export interface StoredArticle {
  id: string
  /** The same text (by content hash) was stored already, by this process or another: nothing written. */
  duplicate: boolean
}

/** Writes of articles with what the pipeline extracted, and the reads the ingest needs first. */
export interface Ingest {
  /**
   * The stored article with this content hash, or with this id when given (an article stored before
   * migration 0008 and not hashed again yet keeps its old hash but has the id of its text).
   */
  articleByHash(contentHash: string, id?: string): Promise<{ id: string; eventId: string | null } | undefined>
  /** An event by id, slug or name; undefined when none. */
  resolveEvent(idSlugOrName: string): Promise<string | undefined>
  /** Events with a place, and the place's parent: what matchEvent (src/ingest/ingest.ts) scores. */
  eventPlaces(): Promise<{ id: string; date: string | null; placeId: string; placeParent: string | null }[]>
  /** Every entity with its aliases, in creation order: what the pipeline matches against. */
  registry(): Promise<Registry>
  /**
   * Stores an article, its mentions and claims (entities the extraction found without an id created,
   * new surface forms kept as aliases) and its audit entry, in one transaction; renders its answer
   * unless `render` is false. Exactly once by content hash across processes: of two racing stores of
   * one text, one writes and the other answers `duplicate: true`. `replace` (the seed) refreshes a
   * stored article's curated rows in place instead.
   */
  storeArticle(
    article: ArticleWrite,
    extraction: Extraction,
    options: { method: Method; actor: string; replace?: boolean; render?: boolean },
  ): Promise<StoredArticle>
  /** Creates or updates an entity by id (the seed) and adds its aliases; returns its id. */
  upsertEntity(entity: { id?: string; slug?: string; name: string; kind: EntityKind; aliases: string[]; parentId?: string | null; description?: string | null; wikidata?: string | null }): Promise<string>
  /** Loads the curated seed in one transaction; idempotent (ids are slugs and content hashes). */
  loadSeed(seed: Seed): Promise<{ articles: number; entities: number; events: number }>
  /** Whether the database holds no article yet (the server then loads the seed). */
  isEmpty(): Promise<boolean>
}

/** Curation: each a transaction with its audit entry; answers show the row as written. */
export interface Curation {
  createClaim(input: ClaimCreate, actor: string): Promise<Claim>
  patchClaim(id: string, patch: ClaimPatch, actor: string): Promise<Claim>
  deleteClaim(id: string, actor: string): Promise<void>
  patchEntity(id: string, patch: EntityPatch, actor: string): Promise<EntityDetail>
  /** The entity's aliases after adding; 409 when another entity of its kind has the alias. */
  addAlias(id: string, alias: string, actor: string): Promise<string[]>
  /** The entity's aliases after removing; 404 when it has no such alias. */
  removeAlias(id: string, alias: string, actor: string): Promise<string[]>
  /** Moves aliases, mentions, claims, children and event places to `into`; `id` then redirects to it. */
  mergeEntity(id: string, into: string, actor: string): Promise<EntityDetail>
  createEvent(input: EventCreate, actor: string): Promise<EventDetail>
  patchEvent(id: string, patch: EventPatch, actor: string): Promise<EventDetail>
  /** Moves an article, and its claims about its event, to another event or none. */
  setArticleEvent(articleId: string, eventId: string | null, actor: string): Promise<{ article: string; event: string | null }>
  /** Deletes an article with its mentions and claims; false when there is no such article. */
  deleteArticle(id: string, actor: string): Promise<boolean>
}

/** The whole boundary. */
export interface Store extends StoreLifecycle, ByIdReads, ByEventReads, Lists, Search, Exports, Ingest, Curation {}
