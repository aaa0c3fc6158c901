import { count, eq } from 'drizzle-orm'
import type { z } from 'zod'
import type { StatsSchema } from '../domain/api.js'
import type { Db } from '../db/open.js'
import { articles, claims, entities, events } from '../db/schema.js'

/** Claims counted by kind, for the whole database or one event. */
export function claimCounts(db: Pick<Db, 'select'>, eventId?: string) {
  const kinds = db
    .select({ kind: claims.kind, n: count() })
    .from(claims)
    .where(eventId === undefined ? undefined : eq(claims.eventId, eventId))
    .groupBy(claims.kind)
    .all()
  const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k.n]))
  return {
    total: kinds.reduce((s, k) => s + k.n, 0),
    responsibility: byKind.responsibility ?? 0,
    count: byKind.count ?? 0,
    quote: byKind.quote ?? 0,
  }
}

export function stats(db: Db): z.infer<typeof StatsSchema> {
  const n = (table: typeof articles | typeof entities | typeof events) =>
    db.select({ n: count() }).from(table).get()!.n
  return { articles: n(articles), entities: n(entities), events: n(events), claims: claimCounts(db) }
}
