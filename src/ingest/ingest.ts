import { eq, or } from 'drizzle-orm'
import type { Db, Handle } from '../db/open.js'
import { articles, entities, events } from '../db/schema.js'
import { dateProblem } from '../domain/dates.js'
import { ApiError } from '../domain/errors.js'
import type { Extraction, Registry } from '../domain/extraction.js'
import type { Method } from '../domain/model.js'
import { extract } from '../pipeline/index.js'
import { storeDocument } from '../queries/documents.js'
import { recordChange } from '../curation/audit.js'
import { articleIdOf, contentHashOf, sha256 } from './ids.js'
import { storeArticle, type ArticleInput, type StoredArticle } from './persist.js'
import { checkText } from './text.js'
import { ExtractionTimeout, type ExtractionPool } from './pool.js'
import { extractionTimeoutError, type IngestInput } from './input.js'
import { loadRegistry } from './registry.js'
import type { RegistrySnapshot } from './worker.js'
import type { Store } from '../store/types.js'

export { extractionTimeoutError, type IngestInput } from './input.js'

export interface IngestResult {
  id: string
  duplicate: boolean
  eventId: string | null
  extraction: Extraction | null
}


/** An article is attached to an event it names the place of only when published this close to it. */
export const EVENT_WINDOW_DAYS = 14

export { checkText, normalizeText } from './text.js'

/** A first line that reads as a headline: short, without final punctuation, then a blank line. */
export function headlineOf(text: string): string | null {
  const m = /^[ \t]*([^\n]{3,200})\n[ \t]*\n/.exec(text)
  const line = m?.[1]!.trim()
  return line && !/[.!?:;,"”»]$/.test(line) ? line : null
}

/** The id of the event with this id, slug or name; undefined when none has it. */
export function findEvent(db: Handle, event: string): string | undefined {
  return db
    .select({ id: events.id })
    .from(events)
    .where(or(eq(events.id, event), eq(events.slug, event), eq(events.name, event)))
    .get()?.id
}

/** The 400 of an `event` no event has as its id, slug or name. */
function unknownEvent(event: string): ApiError {
  return new ApiError(400, 'bad_request', `event: no event has the id or name "${event}"`, [{ field: 'event', message: 'unknown event' }])
}

function resolveEventParam(db: Db, event: string): string {
  const found = findEvent(db, event)
  if (!found) throw unknownEvent(event)
  return found
}

/**
 * The stored article with this content hash, or with this id: an article stored before migration
 * 0008 and not hashed again yet (rehash.ts) has its old hash but the id of its text.
 */
export function storedArticle(db: Handle, contentHash: string, id?: string): { id: string; eventId: string | null } | undefined {
  return db
    .select({ id: articles.id, eventId: articles.eventId })
    .from(articles)
    .where(id === undefined ? eq(articles.contentHash, contentHash) : or(eq(articles.contentHash, contentHash), eq(articles.id, id)))
    .get()
}

/** Events with a place, with the place's parent: the candidates matchEvent scores. */
export function eventPlaces(db: Handle): { id: string; date: string | null; placeId: string; placeParent: string | null }[] {
  return db
    .select({ id: events.id, date: events.date, placeId: entities.id, placeParent: entities.parentId })
    .from(events)
    .innerJoin(entities, eq(entities.id, events.placeId))
    .all()
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000

/**
 * The event an article is about when the request names none: one whose place (or the place's
 * parent, e.g. the city of a venue) the article mentions, published within the window of the
 * event's date when both are known. The most-mentioned candidate wins; no candidate → no event.
 */
export function matchEvent(db: Db, extraction: Extraction, publishedAt: string | null): string | null {
  const mentioned = mentionCounts(extraction)
  return mentioned.size === 0 ? null : bestEvent(mentioned, eventPlaces(db), publishedAt)
}

/** Mentions per known entity id in an extraction (entities it found without an id left out). */
function mentionCounts(extraction: Extraction): Map<string, number> {
  const mentioned = new Map<string, number>()
  const idOfRef = new Map(extraction.entities.filter((e) => e.id !== null).map((e) => [e.ref, e.id!]))
  for (const m of extraction.mentions) {
    const id = idOfRef.get(m.ref)
    if (id) mentioned.set(id, (mentioned.get(id) ?? 0) + 1)
  }
  return mentioned
}

/** matchEvent's choice among the events with a place (eventPlaces), given the mention counts. */
function bestEvent(mentioned: Map<string, number>, candidates: { id: string; date: string | null; placeId: string; placeParent: string | null }[], publishedAt: string | null): string | null {
  let best: { id: string; score: number } | null = null
  for (const ev of candidates) {
    // The venue itself counts fully; its parent place (a city) only as a weaker hint.
    const score = (mentioned.get(ev.placeId) ?? 0) * 2 + (ev.placeParent ? (mentioned.get(ev.placeParent) ?? 0) : 0)
    if (score === 0) continue
    if (ev.date && publishedAt && days(ev.date, publishedAt) > EVENT_WINDOW_DAYS) continue
    if (!best || score > best.score) best = { id: ev.id, score }
  }
  return best?.id ?? null
}

/**
 * Stores an article with its extraction and its audit entry (action `ingest`, unless it was a
 * duplicate) in one transaction, and renders its answer (GET /v1/articles/{id}) in the same
 * transaction unless `render` is false. Everything inside reads and writes through the
 * transaction's handle, so that on a connection pool the rendering sees the rows just written.
 * `replace` refreshes a stored article's curated rows in place (the seed). The answer says whether
 * the text (by content hash or id) was stored already, in which case nothing was written.
 */
export function storeArticleAudited(
  db: Db,
  article: ArticleInput,
  extraction: Extraction,
  { method, actor, render = true, replace = false }: { method: Method; actor: string; render?: boolean; replace?: boolean },
): StoredArticle {
  const contentHash = article.contentHash ?? contentHashOf(article.text)
  return db.transaction((tx) => {
    const stored = storeArticle(tx, { ...article, contentHash }, extraction, { method, replace })
    if (stored.duplicate) return stored
    // Its answer is rendered now, in the same transaction, so that its first read is a lookup.
    if (render) storeDocument(tx, 'article', stored.id)
    // Every write is audited, ingests beside curation: who stored which article, which text.
    recordChange(tx, {
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
}

/** What the Ingestor's off-thread path asks of the database: the store's ingest methods. */
export type IngestStore = Pick<Store, 'articleByHash' | 'resolveEvent' | 'eventPlaces' | 'registry' | 'storeArticle'>

/** The ingest methods over a SQLite handle (what the sqlite store answers them with). */
export function sqliteIngestStore(db: Db): IngestStore {
  return {
    articleByHash: async (contentHash, id) => storedArticle(db, contentHash, id),
    resolveEvent: async (event) => findEvent(db, event),
    eventPlaces: async () => eventPlaces(db),
    registry: async () => loadRegistry(db),
    storeArticle: async (article, extraction, options) => storeArticleAudited(db, article, extraction, options),
  }
}

/** The 400 of a published_at that is no real date (the API's schema refuses them too; this covers files and pages). */
function checkDate(input: IngestInput): void {
  const badDate = input.published_at ? dateProblem(input.published_at) : null
  if (badDate) {
    throw new ApiError(400, 'bad_request', `published_at: "${input.published_at}" is not a real date: ${badDate}`, [
      { field: 'published_at', message: `is not a real date: ${badDate}` },
    ])
  }
}

/** The article's metadata as stored, and as its audit entry records it. */
function metadataOf(input: IngestInput, text: string, extraction: Extraction) {
  return {
    title: input.title ?? extraction.title ?? headlineOf(text),
    outlet: input.outlet ?? null,
    url: input.url ?? null,
    publishedAt: input.published_at ?? null,
  }
}

/**
 * Ingests one article: validates it, extracts its entities and claims, and stores everything in one
 * transaction. The same text again is not extracted twice: the stored article is returned with
 * `duplicate: true`. After each stored article the registry is reloaded (lazily, at the next
 * extraction), so that the next article knows the entities and aliases it added.
 */
export class Ingestor {
  private cached: Registry | null = null
  private snapshot: RegistrySnapshot | null = null
  /** Bumped whenever the registry may have changed: the version worker threads compare. */
  private generation = 0
  /** Distinguishes this Ingestor's versions from another's on a pool that several share. */
  private readonly instance = `${process.pid}.${Math.random().toString(36).slice(2)}`
  /** Off-thread ingests, one after another: each extraction sees the registry the last one left. */
  private tail: Promise<unknown> = Promise.resolve()

  /**
   * `db` serves the synchronous path (ingest, prepare, store: the CLI and scripts); `store`, the
   * off-thread path the API takes (ingestOffThread), which reaches the database only through it.
   * The sqlite store passes itself; without one, the same methods over `db`.
   */
  constructor(
    private readonly db: Db,
    private readonly ingestStore: IngestStore = sqliteIngestStore(db),
  ) {}

  /** What extraction runs against: loaded when first needed, and again after any write to it. */
  get registry(): Registry {
    this.cached ??= loadRegistry(this.db)
    return this.cached
  }

  /** The registry as worker threads receive it: JSON and a version that changes with its contents. */
  registrySnapshot(): RegistrySnapshot {
    this.snapshot ??= { version: `${this.instance}:${this.generation}`, json: JSON.stringify(this.registry) }
    return this.snapshot
  }

  /** After a curation changed entities or aliases: the next extraction sees the change. */
  invalidateRegistry(): void {
    this.cached = null
    this.snapshot = null
    this.generation++
  }

  /** Runs the pipeline only: no database writes. */
  extract(input: IngestInput): Extraction {
    const { text, language } = checkText(input.text)
    return extract(text, this.registry, { title: input.title ?? null, language })
  }

  /** Ingests in this thread (the CLI, scripts); `actor` is who the audit trail names (default "cli"). */
  ingest(input: IngestInput, actor?: string): IngestResult {
    const prepared = this.prepare(input)
    if ('duplicate' in prepared) return prepared
    return this.store(input, prepared.text, extract(prepared.text, this.registry, { title: input.title ?? null, language: prepared.language }), { actor, contentHash: prepared.hash })
  }

  /**
   * ingest() with the pipeline on a worker thread of `pool`, so that the event loop stays free for
   * other requests however long the text. Ingests through here run one after another (the next
   * extraction starts once the previous article is stored), so each article is extracted against
   * the registry with every entity and alias the articles before it added. The extraction gets
   * `budgetMs` milliseconds of thread time (a budget counted from when it starts, not while it waits
   * its turn); past it the thread is terminated and this rejects with a 422 `extraction_timeout`,
   * nothing stored (its message names `allowedMs`, the whole allowance when part of it went to reading
   * an HTML page). `actor` (the key's name) is who the audit trail names. Validation errors are
   * ApiErrors as in ingest().
   */
  ingestOffThread(input: IngestInput, pool: ExtractionPool, { budgetMs, allowedMs = budgetMs, actor }: { budgetMs: number; allowedMs?: number; actor: string }): Promise<IngestResult> {
    const run = this.tail.then(async () => {
      const started = performance.now()
      const left = () => Math.max(1, budgetMs - (performance.now() - started))
      let prepared: { text: string; language: string; hash: string } | IngestResult
      let extraction: Extraction
      try {
        // Normalizing, hashing and the language of a long text are milliseconds a megabyte: on the pool too.
        prepared = await this.lookupInStore(input, await pool.check(input.text ?? '', left()))
        if ('duplicate' in prepared) return prepared
        extraction = await pool.extract(
          { text: prepared.text, title: input.title ?? null, language: prepared.language, registry: await this.storeSnapshot() },
          left(),
        )
      } catch (err) {
        if (err instanceof ExtractionTimeout) throw extractionTimeoutError(allowedMs, (input.text ?? '').length)
        throw err
      }
      // The extraction arrives as a message; storing it waits for a turn of its own, and rendering
      // its answer another (the route reads it): a long text's full-text indexing and its rendering
      // are each tens of milliseconds, and requests that arrived meanwhile are answered in between.
      await new Promise((resolve) => setImmediate(resolve))
      return this.storeInStore(input, prepared.text, extraction, { actor, contentHash: prepared.hash })
    })
    this.tail = run.catch(() => {})
    return run
  }

  /** registrySnapshot() read through the store; a change made while it loads makes it load again. */
  private async storeSnapshot(): Promise<RegistrySnapshot> {
    while (!this.snapshot) {
      const generation = this.generation
      const registry = await this.registryInStore()
      if (generation !== this.generation) continue
      this.snapshot = { version: `${this.instance}:${generation}`, json: JSON.stringify(registry) }
    }
    return this.snapshot
  }

  /** The registry read through the store (kept until the next change); a change made while it loads makes it load again. */
  private async registryInStore(): Promise<Registry> {
    while (!this.cached) {
      const generation = this.generation
      const registry = await this.ingestStore.registry()
      if (generation === this.generation) this.cached = registry
    }
    return this.cached
  }

  // The path through the store (any store: SQLite or PostgreSQL), for the CLI and scripts. Each
  // reaches the database only through the store's ingest methods (articleByHash, resolveEvent,
  // eventPlaces, registry, storeArticle); extraction runs on this thread or, for the CLI's bulk runs,
  // on the caller's worker threads against registrySnapshotInStore().

  /** prepare() through the store: validates, and finds the stored article with the same text. Throws ApiError for bad input. */
  async prepareInStore(input: IngestInput): Promise<{ text: string; language: string; hash: string } | IngestResult> {
    return this.lookupInStore(input, checkText(input.text))
  }

  /** registrySnapshot() through the store: what worker threads extract against. */
  async registrySnapshotInStore(): Promise<RegistrySnapshot> {
    return this.storeSnapshot()
  }

  /** extract() against the registry read through the store: the pipeline only, nothing written. */
  async extractInStore(input: IngestInput): Promise<Extraction> {
    const { text, language } = checkText(input.text)
    return extract(text, await this.registryInStore(), { title: input.title ?? null, language })
  }

  /**
   * ingest() through the store: validated, extracted on this thread, stored in one transaction with
   * its answer rendered (unless `render` is false). `actor` is who the audit trail names (default "cli").
   */
  async ingestInStore(input: IngestInput, { actor = 'cli', render = true }: { actor?: string; render?: boolean } = {}): Promise<IngestResult> {
    const prepared = await this.prepareInStore(input)
    if ('duplicate' in prepared) return prepared
    const extraction = extract(prepared.text, await this.registryInStore(), { title: input.title ?? null, language: prepared.language })
    return this.storeInStore(input, prepared.text, extraction, { actor, contentHash: prepared.hash, render })
  }

  /** lookup() through the store. */
  private async lookupInStore(input: IngestInput, checked: { text: string; language: string; hash: string }): Promise<{ text: string; language: string; hash: string } | IngestResult> {
    checkDate(input)
    const existing = await this.ingestStore.articleByHash(checked.hash, articleIdOf(sha256(checked.text)))
    if (existing) return { id: existing.id, duplicate: true, eventId: existing.eventId, extraction: null }
    if (input.event && (await this.ingestStore.resolveEvent(input.event)) === undefined) throw unknownEvent(input.event)
    return { text: checked.text, language: checked.language, hash: checked.hash }
  }

  /**
   * store() through the store: the single writer's part, one transaction (the store's storeArticle).
   * The event is the one `input` names, else the one matchEvent finds. The answer is rendered only
   * when `render` is true (the CLI's default): the API renders it at its first read instead, a turn
   * of the event loop later.
   */
  async storeInStore(
    input: IngestInput,
    text: string,
    extraction: Extraction,
    { actor = 'cli', contentHash = contentHashOf(text), render = false }: { actor?: string; contentHash?: string; render?: boolean } = {},
  ): Promise<IngestResult> {
    const meta = metadataOf(input, text, extraction)
    let eventId: string | null
    if (input.event) {
      eventId = (await this.ingestStore.resolveEvent(input.event)) ?? null
      if (eventId === null) throw unknownEvent(input.event)
    } else {
      const mentioned = mentionCounts(extraction)
      eventId = mentioned.size === 0 ? null : bestEvent(mentioned, await this.ingestStore.eventPlaces(), meta.publishedAt)
    }
    const stored = await this.ingestStore.storeArticle({ text, ...meta, language: extraction.language, eventId, contentHash }, extraction, { method: 'extracted', actor, render })
    if (!stored.duplicate) this.invalidateRegistry()
    return { id: stored.id, duplicate: stored.duplicate, eventId, extraction: stored.duplicate ? null : extraction }
  }

  /**
   * Validates an input and finds whether its text is already stored: the part of ingesting that
   * comes before extraction. Throws ApiError for bad input.
   */
  prepare(input: IngestInput): { text: string; language: string; hash: string } | IngestResult {
    return this.lookup(input, checkText(input.text))
  }

  /** prepare() after checkText: the stored article with that text (by content hash or id), or the text to extract. */
  private lookup(input: IngestInput, checked: { text: string; language: string; hash: string }): { text: string; language: string; hash: string } | IngestResult {
    // The API's schema refuses such dates in requests; this also covers the CLI's front matter and
    // what an HTML page says about itself.
    checkDate(input)
    // By content hash, or by id: an article stored before migration 0008 and not hashed again yet
    // (rehash.ts) has its old hash but the id of its text, as storeArticle finds it; found here, the
    // text is not extracted only for the write to drop it. (The id is a SHA-256 of the text: ~1.3 ms
    // a megabyte, on this thread.)
    const existing = storedArticle(this.db, checked.hash, articleIdOf(sha256(checked.text)))
    if (existing) return { id: existing.id, duplicate: true, eventId: existing.eventId, extraction: null }
    if (input.event) resolveEventParam(this.db, input.event)
    return { text: checked.text, language: checked.language, hash: checked.hash }
  }

  /**
   * Stores an article with its extraction in one transaction: the single writer's part. Its answer
   * (GET /v1/articles/{id}) is rendered and kept in the same transaction unless `render` is false
   * (the API then renders it at its first read, a turn of the event loop later).
   */
  store(
    input: IngestInput,
    text: string,
    extraction: Extraction,
    { render = true, actor = 'cli', contentHash = contentHashOf(text) }: { render?: boolean; actor?: string; contentHash?: string } = {},
  ): IngestResult {
    // The article's metadata as stored, and as its audit entry records it: computed once.
    const meta = metadataOf(input, text, extraction)
    const eventId = input.event ? resolveEventParam(this.db, input.event) : matchEvent(this.db, extraction, meta.publishedAt)
    const stored = storeArticleAudited(
      this.db,
      { text, ...meta, language: extraction.language, eventId, contentHash },
      extraction,
      { method: 'extracted', actor, render },
    )
    // Entities and aliases are new whenever the pipeline met a name the registry lacked or a new
    // surface form of a known one; the next extraction then reloads the registry.
    if (!stored.duplicate) this.invalidateRegistry()
    return { id: stored.id, duplicate: stored.duplicate, eventId, extraction: stored.duplicate ? null : extraction }
  }

}
