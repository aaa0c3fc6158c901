// The sqlite store: the Store interface (./types.ts) over today's synchronous better-sqlite3 queries
// (src/queries, src/curation, src/ingest), each method an async wrapper that changes no byte of an
// answer (./contract.ts checks the types match). Everything SQLite-specific lives behind it; the
// handle (`db`) is public only for what has no place in the interface yet: the read cache's
// `PRAGMA data_version`, the Ingestor and the operations of src/ops (docs/storage.md).
import type { Statement } from 'better-sqlite3'
import { count } from 'drizzle-orm'
import { readSeed, loadSeed, type Seed } from '../../seed/loader.js'
import type { Claim, ClaimCreate, ClaimPatch, EntityPatch, EventCreate, EventPatch } from '../domain/api.js'
import type { Extraction } from '../domain/extraction.js'
import type { Method } from '../domain/model.js'
import { deleteArticleAudited } from '../curation/articles.js'
import { listAudit } from '../curation/audit.js'
import { createClaim, deleteClaim, patchClaim } from '../curation/claims.js'
import { addAlias, mergeEntity, patchEntity, redirectOf, removeAlias } from '../curation/entities.js'
import { createEvent, patchEvent, setArticleEvent } from '../curation/events.js'
import { closeDatabase, DEFAULT_SQLITE_MEMORY, migrateDatabase, openDatabase, type Db, type SqliteMemory } from '../db/open.js'
import { articles } from '../db/schema.js'
import { eventPlaces, findEvent, Ingestor, storeArticleAudited, storedArticle } from '../ingest/ingest.js'
import { upsertEntity, type EntityInput } from '../ingest/persist.js'
import { loadRegistry } from '../ingest/registry.js'
import { rehashArticles } from '../ingest/rehash.js'
import { getArticle, listArticles } from '../queries/articles.js'
import { listClaimsJson } from '../queries/claims.js'
import { disputesOfEvent } from '../queries/disputes.js'
import { readDocument } from '../queries/documents.js'
import { getEntity, listEntities } from '../queries/entities.js'
import { findEventRef, getEvent, listEvents } from '../queries/events.js'
import { claimBatches, exportEvent } from '../queries/exports.js'
import { figuresOfEvent } from '../queries/figures.js'
import { responsibilityBySource } from '../queries/responsibility.js'
import { search } from '../queries/search.js'
import { stats } from '../queries/stats.js'
import type { ArticleWrite, ClaimFilters, EventRef, OpenReport, SearchQuery, Store, StoredArticle } from './types.js'

/** Where the sqlite store keeps its data: a file (created when missing) or `:memory:`. */
export interface SqliteStoreOptions {
  path: string
  /** SQLite's page cache and memory map (SQLITE_CACHE_MB, SQLITE_MMAP_MB). */
  memory?: SqliteMemory
}

export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const
  private handle: Db | undefined
  private ingestorOf: Ingestor | undefined
  /** Whether close() closes the handle: not when the caller handed an open one in (SqliteStore.over). */
  private owned = true
  /** Rows this connection wrote only to keep rendered answers (articleJson, entityJson): no answer changed. */
  private keptRows = 0
  /** Calls of this store's write methods so far, refused ones too. */
  private writeCalls = 0
  private statementsOf: { db: Db; version: Statement; changes: Statement } | undefined

  /** A store over a file not opened yet: open() opens and migrates it. */
  constructor(private readonly options: SqliteStoreOptions) {}

  /**
   * A store over a database the caller opened (and migrated: openDatabase does) and will close:
   * close() leaves it open. Tests and scripts that hold a handle pass it so.
   */
  static over(db: Db): SqliteStore {
    const store = new SqliteStore({ path: db.$client.name })
    store.handle = db
    store.owned = false
    return store
  }

  /** The connection, for what the interface does not cover yet (docs/storage.md). Throws before open(). */
  get db(): Db {
    if (!this.handle) throw new Error('the sqlite store is not open: call open() first')
    return this.handle
  }

  /**
   * The ingest service over this store: extraction (on worker threads or here) and the single
   * writer; its off-thread path (the API's) reaches the database through this store's ingest
   * methods, its synchronous one (the CLI's) through the handle. One per store, so that every
   * caller sees the same cached registry.
   */
  get ingestor(): Ingestor {
    this.ingestorOf ??= new Ingestor(this.db, this)
    return this.ingestorOf
  }

  // Lifecycle -------------------------------------------------------------------------------------

  /**
   * Opens the file (unless the store was made over an open handle), applies pending migrations and
   * their data halves: the code-point fill of 0009 (until once completed) and the content hashes of
   * 0008 (duplicates merged, each an audit entry). Throws when the file cannot be opened or a
   * migration fails; a failed migration leaves nothing of itself applied.
   */
  async open(): Promise<OpenReport> {
    let migrated = { migrationsApplied: 0, codePointsFilled: 0 }
    if (!this.handle) {
      const db = openDatabase(this.options.path, { migrate: false, memory: this.options.memory ?? DEFAULT_SQLITE_MEMORY })
      try {
        migrated = migrateDatabase(db)
      } catch (err) {
        closeDatabase(db)
        throw err
      }
      this.handle = db
    }
    const rehash = rehashArticles(this.db)
    return { dialect: 'sqlite', ...migrated, rehash }
  }

  /** Checkpoints the WAL and closes the connection, if this store opened it. Idempotent. */
  async close(): Promise<void> {
    if (this.handle && this.owned) closeDatabase(this.handle)
  }

  /**
   * `<data_version>.<n>`: SQLite's `PRAGMA data_version` (changes when another connection commits:
   * another process, the ingest CLI, a restore) and n, this connection's own writes: rows written
   * (`total_changes()`, rolled back or not) other than those that only keep a rendered answer
   * (articleJson and entityJson store what they render; that changes no answer, so it must not turn
   * every cached answer and ETag stale), plus the calls of this store's write methods, refused ones
   * too (a write that changed nothing still counts: conservative, never stale). Both parts only
   * grow, so a token never comes back. Reads leave it as it was.
   */
  async changeToken(): Promise<string> {
    const { version, changes } = this.tokenStatements()
    return `${version.pluck().get() as number}.${(changes.pluck().get() as number) - this.keptRows + this.writeCalls}`
  }

  /**
   * The two statements of changeToken(), prepared once per handle: it runs at every read the cache
   * sees (two statements run in ~0.3 µs; one joining `pragma_data_version` to `total_changes()`
   * took ~2 µs, and a lookup in the connection's statement cache ~1 µs).
   */
  private tokenStatements(): { version: Statement; changes: Statement } {
    const db = this.db
    if (this.statementsOf?.db !== db) {
      this.statementsOf = { db, version: db.$client.prepare('PRAGMA data_version'), changes: db.$client.prepare('SELECT total_changes()') }
    }
    return this.statementsOf
  }

  /** `read`, whose rows written (keeping its rendered answer) are left out of changeToken(). */
  private keeping<T>(read: () => T): T {
    const { changes } = this.tokenStatements()
    const before = changes.pluck().get() as number
    try {
      return read()
    } finally {
      this.keptRows += (changes.pluck().get() as number) - before
    }
  }

  /** A write method's work, counted in changeToken() whatever it does or throws. */
  private written<T>(write: () => T): T {
    this.writeCalls++
    return write()
  }

  // By id -------------------------------------------------------------------------------------------

  async articleJson(id: string) {
    return this.keeping(() => readDocument(this.db, 'article', id))
  }
  async entityJson(id: string) {
    return this.keeping(() => readDocument(this.db, 'entity', id))
  }
  async entityRedirect(id: string) {
    return redirectOf(this.db, id)
  }
  async getArticle(id: string) {
    return getArticle(this.db, id)
  }
  async getEntity(id: string) {
    return getEntity(this.db, id)
  }
  async getEvent(id: string) {
    return getEvent(this.db, id)
  }
  async eventRef(id: string) {
    return findEventRef(this.db, id)
  }

  // By event ----------------------------------------------------------------------------------------

  async responsibility(event: EventRef, q: Parameters<Store['responsibility']>[1]) {
    return responsibilityBySource(this.db, event, q)
  }
  async figures(event: EventRef, metric?: Parameters<Store['figures']>[1], limit?: number) {
    return figuresOfEvent(this.db, event, metric, limit)
  }
  async disputes(event: EventRef) {
    return disputesOfEvent(this.db, event)
  }

  // Lists -------------------------------------------------------------------------------------------

  async listArticles(q: Parameters<Store['listArticles']>[0]) {
    return listArticles(this.db, q)
  }
  async listEntities(q: Parameters<Store['listEntities']>[0]) {
    return listEntities(this.db, q)
  }
  async listEvents(q: Parameters<Store['listEvents']>[0]) {
    return listEvents(this.db, q)
  }
  async claimsPageJson(q: Parameters<Store['claimsPageJson']>[0]) {
    return listClaimsJson(this.db, q)
  }
  async listAudit(q: Parameters<Store['listAudit']>[0]) {
    return listAudit(this.db, q)
  }
  async stats() {
    return stats(this.db)
  }

  // Search and exports ------------------------------------------------------------------------------

  async search(q: SearchQuery, window?: number) {
    return search(this.db, q, window)
  }

  /**
   * Batches of 1,000 claims by keyset, each read when the consumer asks for it: no statement stays
   * open between batches. A filter SQLite refuses (an unparsable `q`) throws at the first batch.
   */
  async *claimBatches(filters: ClaimFilters): AsyncIterable<Claim[]> {
    yield* claimBatches(this.db, filters)
  }
  async exportEvent(id: string) {
    return exportEvent(this.db, id)
  }

  // Ingest ------------------------------------------------------------------------------------------

  async articleByHash(contentHash: string, id?: string) {
    return storedArticle(this.db, contentHash, id)
  }
  async resolveEvent(idSlugOrName: string) {
    return findEvent(this.db, idSlugOrName)
  }
  async eventPlaces() {
    return eventPlaces(this.db)
  }
  async registry() {
    return loadRegistry(this.db)
  }
  async storeArticle(
    article: ArticleWrite,
    extraction: Extraction,
    { method, actor, replace, render }: { method: Method; actor: string; replace?: boolean; render?: boolean },
  ): Promise<StoredArticle> {
    const stored = this.written(() => storeArticleAudited(this.db, article, extraction, { method, actor, replace, render }))
    if (!stored.duplicate) this.ingestorOf?.invalidateRegistry()
    return stored
  }
  async upsertEntity(entity: EntityInput) {
    const id = this.written(() => this.db.transaction((tx) => upsertEntity(tx, entity)))
    this.ingestorOf?.invalidateRegistry()
    return id
  }
  /** The curated seed (seed/ by default) in one transaction; idempotent. */
  async loadSeed(seed: Seed = readSeed()) {
    const loaded = this.written(() => loadSeed(this.db, seed))
    this.ingestorOf?.invalidateRegistry()
    return loaded
  }
  async isEmpty() {
    return this.db.select({ n: count() }).from(articles).get()!.n === 0
  }

  // Curation ----------------------------------------------------------------------------------------

  async createClaim(input: ClaimCreate, actor: string) {
    return this.written(() => createClaim(this.db, input, actor))
  }
  async patchClaim(id: string, patch: ClaimPatch, actor: string) {
    return this.written(() => patchClaim(this.db, id, patch, actor))
  }
  async deleteClaim(id: string, actor: string) {
    this.written(() => deleteClaim(this.db, id, actor))
  }
  /** Entity writes change what the pipeline recognizes: the ingestor's registry is reloaded after. */
  async patchEntity(id: string, patch: EntityPatch, actor: string) {
    return this.entitiesChanged(() => patchEntity(this.db, id, patch, actor))
  }
  async addAlias(id: string, alias: string, actor: string) {
    return this.entitiesChanged(() => addAlias(this.db, id, alias, actor))
  }
  async removeAlias(id: string, alias: string, actor: string) {
    return this.entitiesChanged(() => removeAlias(this.db, id, alias, actor))
  }
  async mergeEntity(id: string, into: string, actor: string) {
    return this.entitiesChanged(() => mergeEntity(this.db, id, into, actor))
  }
  async createEvent(input: EventCreate, actor: string) {
    return this.written(() => createEvent(this.db, input, actor))
  }
  async patchEvent(id: string, patch: EventPatch, actor: string) {
    return this.written(() => patchEvent(this.db, id, patch, actor))
  }
  async setArticleEvent(articleId: string, eventId: string | null, actor: string) {
    return this.written(() => setArticleEvent(this.db, articleId, eventId, actor))
  }
  async deleteArticle(id: string, actor: string) {
    return this.written(() => deleteArticleAudited(this.db, id, actor))
  }

  private entitiesChanged<T>(write: () => T): T {
    const result = this.written(write)
    this.ingestorOf?.invalidateRegistry()
    return result
  }
}

/** What choosing a store needs of the configuration (src/config.ts). */
export interface StoreConfig {
  databasePath: string
  sqlite?: SqliteMemory
}

/**
 * The store the configuration names, not opened yet (call open()). Today always the sqlite store at
 * DATABASE_PATH: loadConfig refuses a DATABASE_URL at start until the postgres store exists.
 */
export function openStore(config: StoreConfig): SqliteStore {
  return new SqliteStore({ path: config.databasePath, memory: config.sqlite })
}
