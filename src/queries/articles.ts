import { and, asc, eq, exists, gt, inArray, sql, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { ArticleDetail, ArticleListQuery, ArticleSummary } from '../domain/api.js'
import type { Db, Handle } from '../db/open.js'
import { prepared } from '../db/prepared.js'
import { articles, entities, entityAliases, events, mentions } from '../db/schema.js'
import { claimsOfArticle } from './claims.js'
import { decodeCursor, paginate } from './cursor.js'
import { articleMatches, withFts } from './search.js'

function selectArticleSummaries<T extends Record<string, SQLiteColumn>>(db: Handle, extra: T = {} as T) {
  return db
    .select({
      ...extra,
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
    })
    .from(articles)
    .leftJoin(events, eq(events.id, articles.eventId))
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectArticleSummaries>['all']>>[number]

function toSummary(r: SummaryRow): ArticleSummary {
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

export function listArticles(db: Db, q: ArticleListQuery) {
  const where: (SQL | undefined)[] = [
    q.event ? eq(articles.eventId, q.event) : undefined,
    q.outlet ? eq(articles.outlet, q.outlet) : undefined,
    q.entity
      ? exists(
          db
            .select({ one: sql`1` })
            .from(mentions)
            .where(and(eq(mentions.entityId, q.entity), eq(mentions.articleId, articles.id))),
        )
      : undefined,
    q.q ? articleMatches(q.q) : undefined,
  ]
  if (q.cursor) where.push(gt(articles.seq, decodeCursor(q.cursor, ['number'])[0] as number))
  const rows = withFts(() =>
    selectArticleSummaries(db)
      .where(and(...where))
      .orderBy(asc(articles.seq))
      .limit(q.limit + 1)
      .all(),
  )
  const page = paginate(rows, q.limit, (r) => [r.seq])
  return { items: page.items.map(toSummary), next_cursor: page.next_cursor }
}

const detailQueries = (db: Handle) =>
  prepared(db, 'article-detail', () => {
    const id = sql.placeholder('id')
    return {
      summary: selectArticleSummaries(db, { text: articles.text }).where(eq(articles.id, id)).prepare(),
      mentions: db
        .select({
          entityId: entities.id,
          name: entities.name,
          kind: entities.kind,
          start: mentions.start,
          end: mentions.end,
          startCp: mentions.startCp,
          endCp: mentions.endCp,
          text: mentions.text,
        })
        .from(mentions)
        .innerJoin(entities, eq(entities.id, mentions.entityId))
        .where(eq(mentions.articleId, id))
        .orderBy(asc(mentions.start))
        .prepare(),
      aliases: db
        .select({ entityId: entityAliases.entityId, alias: entityAliases.alias })
        .from(entityAliases)
        .where(
          inArray(
            entityAliases.entityId,
            db.selectDistinct({ id: mentions.entityId }).from(mentions).where(eq(mentions.articleId, id)),
          ),
        )
        .orderBy(asc(entityAliases.alias))
        .prepare(),
    }
  })

export function getArticle(db: Handle, id: string): ArticleDetail | undefined {
  const queries = detailQueries(db)
  const summary = queries.summary.get({ id })
  if (!summary) return undefined
  const byEntity = new Map<string, ArticleDetail['entities'][number]>()
  for (const m of queries.mentions.all({ id })) {
    let e = byEntity.get(m.entityId)
    if (!e) {
      e = { id: m.entityId, name: m.name, kind: m.kind, aliases: [], mentions: [] }
      byEntity.set(m.entityId, e)
    }
    e.mentions.push({ start: m.start, end: m.end, text: m.text, start_cp: m.startCp!, end_cp: m.endCp! })
  }
  for (const a of queries.aliases.all({ id })) byEntity.get(a.entityId)!.aliases.push(a.alias)
  return {
    ...toSummary(summary),
    text: summary.text,
    entities: [...byEntity.values()],
    claims: claimsOfArticle(db, id),
  }
}
