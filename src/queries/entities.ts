import { and, asc, count, countDistinct, desc, eq, exists, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { EntityDetail, EntityListQuery, EntitySummary } from '../domain/api.js'
import type { Db } from '../db/open.js'
import { articles, claims, entities, entityAliases, events, mentions } from '../db/schema.js'
import { selectClaims, toClaim } from './claims.js'
import { decodeCursor, paginate } from './cursor.js'

const parent = alias(entities, 'parent')

/** How many claims an entity profile lists inline; the counts say how many there are in all. */
export const PROFILE_CLAIMS_LIMIT = 100

/** LIKE pattern for a literal substring: %, _ and the escape character itself are escaped. */
export function containsPattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

function selectEntitySummaries(db: Db) {
  return db
    .select({
      id: entities.id,
      slug: entities.slug,
      name: entities.name,
      kind: entities.kind,
      description: entities.description,
      wikidata: entities.wikidata,
      parentId: parent.id,
      parentName: parent.name,
      parentKind: parent.kind,
    })
    .from(entities)
    .leftJoin(parent, eq(parent.id, entities.parentId))
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectEntitySummaries>['all']>>[number]

function toSummary(r: SummaryRow): EntitySummary {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    parent: r.parentId !== null ? { id: r.parentId, name: r.parentName!, kind: r.parentKind! } : null,
    description: r.description,
    wikidata: r.wikidata,
  }
}

export function listEntities(db: Db, q: EntityListQuery) {
  const where: (SQL | undefined)[] = [
    q.kind ? eq(entities.kind, q.kind) : undefined,
    q.q
      ? or(
          sql`${entities.name} LIKE ${containsPattern(q.q)} ESCAPE '\\'`,
          exists(
            db
              .select({ one: sql`1` })
              .from(entityAliases)
              .where(
                and(
                  eq(entityAliases.entityId, entities.id),
                  sql`${entityAliases.alias} LIKE ${containsPattern(q.q)} ESCAPE '\\'`,
                ),
              ),
          ),
        )
      : undefined,
  ]
  if (q.cursor) {
    const [name, id] = decodeCursor(q.cursor, ['string', 'string'])
    where.push(sql`(${entities.name}, ${entities.id}) > (${name}, ${id})`)
  }
  const rows = selectEntitySummaries(db)
    .where(and(...where))
    .orderBy(asc(entities.name), asc(entities.id))
    .limit(q.limit + 1)
    .all()
  const page = paginate(rows, q.limit, (r) => [r.name, r.id])
  return { items: page.items.map(toSummary), next_cursor: page.next_cursor }
}

export function getEntity(db: Db, id: string): EntityDetail | undefined {
  const row = selectEntitySummaries(db).where(eq(entities.id, id)).get()
  if (!row) return undefined
  const aliases = db
    .select({ alias: entityAliases.alias })
    .from(entityAliases)
    .where(eq(entityAliases.entityId, id))
    .orderBy(asc(entityAliases.alias))
    .all()
    .map((a) => a.alias)
  const children = db
    .select({ id: entities.id, name: entities.name, kind: entities.kind })
    .from(entities)
    .where(eq(entities.parentId, id))
    .orderBy(asc(entities.name))
    .all()
  const mentionCounts = db
    .select({ articles: countDistinct(mentions.articleId), mentions: count() })
    .from(mentions)
    .where(eq(mentions.entityId, id))
    .get()!
  const articleRows = db
    .select({
      id: articles.id,
      title: articles.title,
      outlet: articles.outlet,
      published_at: articles.publishedAt,
      mentions: count(),
    })
    .from(mentions)
    .innerJoin(articles, eq(articles.id, mentions.articleId))
    .where(eq(mentions.entityId, id))
    .groupBy(articles.id)
    .orderBy(desc(count()), asc(articles.seq))
    .limit(PROFILE_CLAIMS_LIMIT)
    .all()
  const claimsBy = (column: typeof claims.claimantId | typeof claims.targetId) => ({
    total: db.select({ n: count() }).from(claims).where(eq(column, id)).get()!.n,
    items: selectClaims(db)
      .where(eq(column, id))
      .orderBy(asc(claims.seq))
      .limit(PROFILE_CLAIMS_LIMIT)
      .all()
      .map(toClaim),
  })
  const made = claimsBy(claims.claimantId)
  const about = claimsBy(claims.targetId)
  return {
    ...toSummary(row),
    events: profileByEvent(db, id),
    aliases,
    children,
    counts: {
      articles: mentionCounts.articles,
      mentions: mentionCounts.mentions,
      claims_made: made.total,
      claims_about: about.total,
    },
    articles: articleRows,
    claims_made: made.items,
    claims_about: about.items,
  }
}

const CO_MENTIONED = 10
const other = alias(mentions, 'other')
const otherEntity = alias(entities, 'other_entity')

/** Per event (null = none): the entity's articles, mentions, claims, and who is named beside it. */
function profileByEvent(db: Db, id: string): EntityDetail['events'] {
  const byEvent = new Map<string | null, EntityDetail['events'][number]>()
  const slot = (eventId: string | null, eventName: string | null) => {
    let p = byEvent.get(eventId)
    if (!p) {
      p = { event: eventId ? { id: eventId, name: eventName! } : null, articles: 0, mentions: 0, claims_made: 0, claims_about: 0, co_mentioned: [] }
      byEvent.set(eventId, p)
    }
    return p
  }
  for (const r of db
    .select({ eventId: events.id, eventName: events.name, articles: countDistinct(mentions.articleId), mentions: count() })
    .from(mentions)
    .innerJoin(articles, eq(articles.id, mentions.articleId))
    .leftJoin(events, eq(events.id, articles.eventId))
    .where(eq(mentions.entityId, id))
    .groupBy(events.id)
    .all()) {
    Object.assign(slot(r.eventId, r.eventName), { articles: r.articles, mentions: r.mentions })
  }
  for (const [column, field] of [
    [claims.claimantId, 'claims_made'],
    [claims.targetId, 'claims_about'],
  ] as const) {
    for (const r of db
      .select({ eventId: events.id, eventName: events.name, n: count() })
      .from(claims)
      .leftJoin(events, eq(events.id, claims.eventId))
      .where(eq(column, id))
      .groupBy(events.id)
      .all()) {
      slot(r.eventId, r.eventName)[field] = r.n
    }
  }
  const co = db
    .select({
      eventId: articles.eventId,
      id: otherEntity.id,
      name: otherEntity.name,
      kind: otherEntity.kind,
      articles: countDistinct(other.articleId),
    })
    .from(mentions)
    .innerJoin(other, and(eq(other.articleId, mentions.articleId), sql`${other.entityId} <> ${mentions.entityId}`))
    .innerJoin(otherEntity, eq(otherEntity.id, other.entityId))
    .innerJoin(articles, eq(articles.id, mentions.articleId))
    .where(eq(mentions.entityId, id))
    .groupBy(articles.eventId, otherEntity.id)
    .orderBy(desc(countDistinct(other.articleId)), asc(otherEntity.name))
    .all()
  for (const r of co) {
    const p = byEvent.get(r.eventId)
    if (p && p.co_mentioned.length < CO_MENTIONED) p.co_mentioned.push({ entity: { id: r.id, name: r.name, kind: r.kind }, articles: r.articles })
  }
  return [...byEvent.values()].sort((a, b) => b.mentions - a.mentions)
}
