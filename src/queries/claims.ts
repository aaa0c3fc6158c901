import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Claim, ClaimListQuery } from '../domain/api.js'
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

export function listClaims(db: Db, q: ClaimListQuery) {
  const where: (SQL | undefined)[] = [
    q.kind ? eq(claims.kind, q.kind) : undefined,
    q.stance ? eq(claims.stance, q.stance) : undefined,
    q.metric ? eq(claims.metric, q.metric) : undefined,
    q.claimant ? eq(claims.claimantId, q.claimant) : undefined,
    q.target ? eq(claims.targetId, q.target) : undefined,
    q.article ? eq(claims.articleId, q.article) : undefined,
    q.event ? eq(claims.eventId, q.event) : undefined,
    q.method ? eq(claims.method, q.method) : undefined,
    q.q ? claimMatches(q.q) : undefined,
  ]
  if (q.cursor) where.push(gt(claims.seq, decodeCursor(q.cursor, ['number'])[0] as number))
  const rows = withFts(() =>
    selectClaims(db)
      .where(and(...where))
      .orderBy(asc(claims.seq))
      .limit(q.limit + 1)
      .all(),
  )
  const page = paginate(rows, q.limit, (r) => [r.seq])
  return { items: page.items.map(toClaim), next_cursor: page.next_cursor }
}

export function claimsOfArticles(db: Db, articleIds: string[]): Claim[] {
  if (articleIds.length === 0) return []
  return selectClaims(db)
    .where(inArray(claims.articleId, articleIds))
    .orderBy(asc(claims.seq))
    .all()
    .map(toClaim)
}
