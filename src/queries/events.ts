import { asc, eq, gt, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { EventDetail, EventListQuery, EventSummary } from '../domain/api.js'
import type { Db } from '../db/open.js'
import { articles, entities, events } from '../db/schema.js'
import { decodeCursor, paginate } from './cursor.js'
import { claimCounts } from './stats.js'

const parentEvent = alias(events, 'parent_event')

function selectEventSummaries(db: Pick<Db, 'select'>) {
  return db
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
      articleCount: sql<number>`(SELECT count(*) FROM ${articles} WHERE ${articles.eventId} = ${events.id})`,
    })
    .from(events)
    .leftJoin(entities, eq(entities.id, events.placeId))
    .leftJoin(parentEvent, eq(parentEvent.id, events.parentId))
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectEventSummaries>['all']>>[number]

function toSummary(r: SummaryRow): EventSummary {
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

export function listEvents(db: Db, q: EventListQuery) {
  const where = q.cursor ? gt(events.seq, decodeCursor(q.cursor, ['number'])[0] as number) : undefined
  const rows = selectEventSummaries(db)
    .where(where)
    .orderBy(asc(events.seq))
    .limit(q.limit + 1)
    .all()
  const page = paginate(rows, q.limit, (r) => [r.seq])
  return { items: page.items.map(toSummary), next_cursor: page.next_cursor }
}

export function findEventRef(db: Db, id: string) {
  return db.select({ id: events.id, name: events.name }).from(events).where(eq(events.id, id)).get()
}

/** An event with its claim counts and first 500 articles; `db` may be a transaction, which then reads its own writes. */
export function getEvent(db: Pick<Db, 'select'>, id: string): EventDetail | undefined {
  const row = selectEventSummaries(db).where(eq(events.id, id)).get()
  if (!row) return undefined
  const articleRows = db
    .select({
      id: articles.id,
      title: articles.title,
      outlet: articles.outlet,
      published_at: articles.publishedAt,
    })
    .from(articles)
    .where(eq(articles.eventId, id))
    .orderBy(asc(articles.seq))
    .limit(500)
    .all()
  return {
    ...toSummary(row),
    claim_counts: claimCounts(db, id),
    articles: articleRows,
  }
}
