import { and, asc, eq, gt } from 'drizzle-orm'
import type { Claim, ClaimListQuery } from '../domain/api.js'
import type { EntityKind } from '../domain/model.js'
import type { Db } from '../db/open.js'
import { articles, claims } from '../db/schema.js'
import { getArticle } from './articles.js'
import { claimFilters, selectClaims, toClaim } from './claims.js'
import { getEvent } from './events.js'
import { withFts } from './search.js'

const BATCH = 1000

/**
 * Every claim the filters keep, in batches read by keyset: memory stays constant however many there
 * are, and the connection is free between batches for other requests (a cursor held open across
 * awaits would block them).
 */
export function* claimBatches(db: Db, q: Omit<ClaimListQuery, 'limit' | 'cursor' | 'facet'>): Generator<Claim[]> {
  const filters = claimFilters(q)
  let after = 0
  for (;;) {
    const rows = withFts(() =>
      selectClaims(db).where(and(filters, gt(claims.seq, after))).orderBy(asc(claims.seq)).limit(BATCH).all(),
    )
    if (rows.length === 0) return
    after = rows[rows.length - 1]!.seq
    yield rows.map(toClaim)
  }
}

// The formats of the exports (CSV, JSON-LD) live beside their routes; re-exported for existing importers.
export { CSV_COLUMNS, claimReview, csvField, csvRow } from '../routes/formats.js'

/** An event in one document: the event, its articles (with text, entities and claims). */
export function exportEvent(db: Db, id: string) {
  const event = getEvent(db, id)
  if (!event) return undefined
  const ids = db.select({ id: articles.id }).from(articles).where(eq(articles.eventId, id)).orderBy(asc(articles.seq)).all()
  const full = ids.map((a) => getArticle(db, a.id)!)
  const entities = new Map<string, { id: string; name: string; kind: EntityKind; aliases: string[] }>()
  for (const a of full) for (const e of a.entities) entities.set(e.id, { id: e.id, name: e.name, kind: e.kind, aliases: e.aliases })
  return {
    exported_at: new Date().toISOString(),
    event,
    articles: full.map(({ claims: _claims, ...article }) => article),
    entities: [...entities.values()].sort((a, b) => a.name.localeCompare(b.name)),
    claims: full.flatMap((a) => a.claims),
  }
}
