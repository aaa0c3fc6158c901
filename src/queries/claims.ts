import { and, asc, count, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Claim, ClaimFacet, ClaimListQuery } from '../domain/api.js'
import type { Db } from '../db/open.js'
import { articles, claims, entities, events } from '../db/schema.js'
import { decodeCursor, paginate } from './cursor.js'
import { claimMatches, withFts } from './search.js'

const claimant = alias(entities, 'claimant')
const target = alias(entities, 'target')

/** The select list and joins that turn a claims row into the API's Claim shape. */
export function selectClaims(db: Db) {
  return db
    .select({
      seq: claims.seq,
      id: claims.id,
      kind: claims.kind,
      articleId: articles.id,
      articleTitle: articles.title,
      articleOutlet: articles.outlet,
      articlePublishedAt: articles.publishedAt,
      articleSeq: articles.seq,
      eventId: events.id,
      eventName: events.name,
      claimantId: claimant.id,
      claimantName: claimant.name,
      claimantKind: claimant.kind,
      targetId: target.id,
      targetName: target.name,
      targetKind: target.kind,
      stance: claims.stance,
      metric: claims.metric,
      value: claims.value,
      qualifier: claims.qualifier,
      quote: claims.quote,
      evidenceText: claims.evidenceText,
      evidenceStart: claims.evidenceStart,
      evidenceEnd: claims.evidenceEnd,
      method: claims.method,
      confidence: claims.confidence,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(events, eq(events.id, claims.eventId))
    .leftJoin(claimant, eq(claimant.id, claims.claimantId))
    .leftJoin(target, eq(target.id, claims.targetId))
}

export type ClaimRow = Awaited<ReturnType<ReturnType<typeof selectClaims>['all']>>[number]

export function toClaim(r: ClaimRow): Claim {
  return {
    id: r.id,
    kind: r.kind,
    article: {
      id: r.articleId,
      title: r.articleTitle,
      outlet: r.articleOutlet,
      published_at: r.articlePublishedAt,
    },
    event: r.eventId !== null && r.eventName !== null ? { id: r.eventId, name: r.eventName } : null,
    claimant:
      r.claimantId !== null ? { id: r.claimantId, name: r.claimantName!, kind: r.claimantKind! } : null,
    target: r.targetId !== null ? { id: r.targetId, name: r.targetName!, kind: r.targetKind! } : null,
    stance: r.stance,
    metric: r.metric,
    value: r.value,
    qualifier: r.qualifier,
    quote: r.quote,
    evidence: { text: r.evidenceText, start: r.evidenceStart, end: r.evidenceEnd },
    method: r.method,
    confidence: r.confidence,
  }
}

/** The WHERE of a claims query: every filter of /v1/claims, combined with AND (no cursor). */
export function claimFilters(q: Omit<ClaimListQuery, 'limit' | 'cursor' | 'facet'>): SQL | undefined {
  return and(
    q.kind ? eq(claims.kind, q.kind) : undefined,
    q.stance ? eq(claims.stance, q.stance) : undefined,
    q.metric ? eq(claims.metric, q.metric) : undefined,
    q.claimant ? eq(claims.claimantId, q.claimant) : undefined,
    q.target ? eq(claims.targetId, q.target) : undefined,
    q.article ? eq(claims.articleId, q.article) : undefined,
    q.event ? eq(claims.eventId, q.event) : undefined,
    q.method ? eq(claims.method, q.method) : undefined,
    q.q ? claimMatches(q.q) : undefined,
  )
}

const FACET_VALUES = 30

/** Per value of a column, how many claims the current filters keep (Datasette's facets). */
function facetCounts(db: Db, facet: ClaimFacet, where: SQL | undefined) {
  const facetColumns: Record<ClaimFacet, [SQL, SQL]> = {
    claimant: [sql`${claims.claimantId}`, sql`${claimant.name}`],
    target: [sql`${claims.targetId}`, sql`${target.name}`],
    stance: [sql`${claims.stance}`, sql`${claims.stance}`],
    metric: [sql`${claims.metric}`, sql`${claims.metric}`],
    article: [sql`${claims.articleId}`, sql`${articles.title}`],
    outlet: [sql`${articles.outlet}`, sql`${articles.outlet}`],
  }
  const [value, label] = facetColumns[facet]
  return db
    .select({ value: sql<string | null>`${value}`, label: sql<string | null>`${label}`, count: count() })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(claimant, eq(claimant.id, claims.claimantId))
    .leftJoin(target, eq(target.id, claims.targetId))
    .where(where)
    .groupBy(value)
    .orderBy(desc(count()), sql`${value}`)
    .limit(FACET_VALUES)
    .all()
}

export function listClaims(db: Db, q: ClaimListQuery) {
  const filters = claimFilters(q)
  const where = q.cursor ? and(filters, gt(claims.seq, decodeCursor(q.cursor, ['number'])[0] as number)) : filters
  return withFts(() => {
    const rows = selectClaims(db).where(where).orderBy(asc(claims.seq)).limit(q.limit + 1).all()
    const page = paginate(rows, q.limit, (r) => [r.seq])
    const facets = q.facet?.length
      ? Object.fromEntries(q.facet.map((f) => [f, facetCounts(db, f, filters)]))
      : undefined
    return { items: page.items.map(toClaim), next_cursor: page.next_cursor, ...(facets ? { facets } : {}) }
  })
}

export function claimsOfArticles(db: Db, articleIds: string[]): Claim[] {
  if (articleIds.length === 0) return []
  return selectClaims(db)
    .where(inArray(claims.articleId, articleIds))
    .orderBy(asc(claims.seq))
    .all()
    .map(toClaim)
}
