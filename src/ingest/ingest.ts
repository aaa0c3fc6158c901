import { eq, or } from 'drizzle-orm'
import type { Db } from '../db/open.js'
import { articles, entities, events } from '../db/schema.js'
import { ApiError } from '../domain/errors.js'
import type { Extraction, Registry } from '../domain/extraction.js'
import { detectLanguage, extract } from '../pipeline/index.js'
import { storeDocument } from '../queries/documents.js'
import { sha256 } from './ids.js'
import { storeArticle } from './persist.js'
import { loadRegistry } from './registry.js'

export interface IngestInput {
  text: string
  title?: string | null
  outlet?: string | null
  url?: string | null
  published_at?: string | null
  /** An event id or name; when absent the article is matched to an event by place and date. */
  event?: string | null
}

export interface IngestResult {
  id: string
  duplicate: boolean
  eventId: string | null
  extraction: Extraction | null
}

/** An article is attached to an event it names the place of only when published this close to it. */
export const EVENT_WINDOW_DAYS = 14

/** The stored form of a text: the reference for every offset (line endings unified, no BOM). */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC')
}

/** A first line that reads as a headline: short, without final punctuation, then a blank line. */
export function headlineOf(text: string): string | null {
  const m = /^[ \t]*([^\n]{3,200})\n[ \t]*\n/.exec(text)
  const line = m?.[1]!.trim()
  return line && !/[.!?:;,"”»]$/.test(line) ? line : null
}

function resolveEventParam(db: Db, event: string): string {
  const found = db
    .select({ id: events.id })
    .from(events)
    .where(or(eq(events.id, event), eq(events.slug, event), eq(events.name, event)))
    .get()
  if (!found) throw new ApiError(400, 'bad_request', `event: no event has the id or name "${event}"`, [{ field: 'event', message: 'unknown event' }])
  return found.id
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000

/**
 * The event an article is about when the request names none: one whose place (or the place's
 * parent, e.g. the city of a venue) the article mentions, published within the window of the
 * event's date when both are known. The most-mentioned candidate wins; no candidate → no event.
 */
export function matchEvent(db: Db, extraction: Extraction, publishedAt: string | null): string | null {
  const mentioned = new Map<string, number>()
  const idOfRef = new Map(extraction.entities.filter((e) => e.id !== null).map((e) => [e.ref, e.id!]))
  for (const m of extraction.mentions) {
    const id = idOfRef.get(m.ref)
    if (id) mentioned.set(id, (mentioned.get(id) ?? 0) + 1)
  }
  if (mentioned.size === 0) return null
  const candidates = db
    .select({ id: events.id, date: events.date, placeId: events.placeId, placeParent: entities.parentId })
    .from(events)
    .innerJoin(entities, eq(entities.id, events.placeId))
    .all()
  let best: { id: string; score: number } | null = null
  for (const ev of candidates) {
    // The venue itself counts fully; its parent place (a city) only as a weaker hint.
    const score = (mentioned.get(ev.placeId!) ?? 0) * 2 + (ev.placeParent ? (mentioned.get(ev.placeParent) ?? 0) : 0)
    if (score === 0) continue
    if (ev.date && publishedAt && days(ev.date, publishedAt) > EVENT_WINDOW_DAYS) continue
    if (!best || score > best.score) best = { id: ev.id, score }
  }
  return best?.id ?? null
}

/**
 * Ingests one article: validates it, extracts its entities and claims, and stores everything in one
 * transaction. The same text again is not extracted twice: the stored article is returned with
 * `duplicate: true`. After each stored article the registry is reloaded (lazily, at the next
 * extraction), so that the next article knows the entities and aliases it added.
 */
export class Ingestor {
  private cached: Registry | null = null

  constructor(private readonly db: Db) {}

  /** What extraction runs against: loaded when first needed, and again after any write to it. */
  get registry(): Registry {
    this.cached ??= loadRegistry(this.db)
    return this.cached
  }

  /** After a curation changed entities or aliases: the next extraction sees the change. */
  invalidateRegistry(): void {
    this.cached = null
  }

  /** Runs the pipeline only: no database writes. */
  extract(input: IngestInput): Extraction {
    const { text, language } = this.validate(input)
    return extract(text, this.registry, { title: input.title ?? null, language })
  }

  ingest(input: IngestInput): IngestResult {
    const prepared = this.prepare(input)
    if ('duplicate' in prepared) return prepared
    return this.store(input, prepared.text, extract(prepared.text, this.registry, { title: input.title ?? null, language: prepared.language }))
  }

  /**
   * Validates an input and finds whether its text is already stored: the part of ingesting that
   * comes before extraction. Throws ApiError for bad input.
   */
  prepare(input: IngestInput): { text: string; language: string } | IngestResult {
    const { text, language } = this.validate(input)
    const existing = this.db
      .select({ id: articles.id, eventId: articles.eventId })
      .from(articles)
      .where(eq(articles.contentHash, sha256(text)))
      .get()
    if (existing) return { id: existing.id, duplicate: true, eventId: existing.eventId, extraction: null }
    if (input.event) resolveEventParam(this.db, input.event)
    return { text, language }
  }

  /** Stores an article with its extraction in one transaction: the single writer's part. */
  store(input: IngestInput, text: string, extraction: Extraction): IngestResult {
    const publishedAt = input.published_at ?? null
    const eventId = input.event ? resolveEventParam(this.db, input.event) : matchEvent(this.db, extraction, publishedAt)
    const stored = this.db.transaction((tx) => {
      const article = storeArticle(
        tx,
        {
          text,
          title: input.title ?? extraction.title ?? headlineOf(text),
          outlet: input.outlet ?? null,
          url: input.url ?? null,
          publishedAt,
          language: extraction.language,
          eventId,
        },
        extraction,
        { method: 'extracted' },
      )
      // Its answer is rendered now, in the same transaction, so that its first read is a lookup.
      if (!article.duplicate) storeDocument(this.db, 'article', article.id)
      return article
    })
    // Entities and aliases are new whenever the pipeline met a name the registry lacked or a new
    // surface form of a known one; the next extraction then reloads the registry.
    if (!stored.duplicate) this.cached = null
    return { id: stored.id, duplicate: stored.duplicate, eventId, extraction: stored.duplicate ? null : extraction }
  }

  private validate(input: IngestInput): { text: string; language: string } {
    const text = normalizeText(input.text ?? '')
    if (text.trim() === '') {
      throw new ApiError(400, 'bad_request', 'text: the article text is empty', [{ field: 'text', message: 'is empty' }])
    }
    const language = detectLanguage(text)
    if (language !== 'eng' && language !== 'und') {
      throw new ApiError(
        422,
        'unsupported_language',
        `text: the article seems to be in "${language}" (ISO 639-3), not English; only English articles can be extracted`,
        [{ field: 'text', message: `language ${language}` }],
      )
    }
    return { text, language }
  }
}
