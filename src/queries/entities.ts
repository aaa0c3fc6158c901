import { and, asc, desc, eq, exists, or, sql, type SQL } from 'drizzle-orm'
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { EntityDetail, EntityListQuery, EntitySummary } from '../domain/api.js'
import type { Db, Handle } from '../db/open.js'
import { prepared } from '../db/prepared.js'
import { articleEntities, articles, claims, coMentions, entities, entityAliases, entityEventStats, events } from '../db/schema.js'
import { selectClaims, toClaim } from './claims.js'
import { decodeCursor, paginate } from './cursor.js'

const parent = alias(entities, 'parent')

/**
 * How many articles, claims made and claims about an entity its profile lists inline; the counts
 * say how many there are in all, and /v1/claims?claimant= (or target=) pages through every one.
 */
export const PROFILE_LIMIT = 20

/** LIKE pattern for a literal substring: %, _ and the escape character itself are escaped. */
export function containsPattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

function selectEntitySummaries(db: Handle) {
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

/** Co-mentions listed per event, and for how many of the entity's events (most mentions first). */
export const CO_MENTIONED = 10
export const CO_MENTIONED_EVENTS = 20

/** The queries of an entity profile, prepared once per connection: a profile runs up to 28. */
const profileQueries = (db: Handle) =>
  prepared(db, 'entity-profile', () => {
    const id = sql.placeholder('id')
    const claimsBy = (column: typeof claims.claimantId | typeof claims.targetId) =>
      selectClaims(db).where(eq(column, id)).orderBy(asc(claims.seq)).limit(PROFILE_LIMIT).prepare()
    const sum = (column: SQLiteColumn) => sql<number>`coalesce(sum(${column}), 0)`
    return {
      summary: selectEntitySummaries(db).where(eq(entities.id, id)).prepare(),
      aliases: db
        .select({ alias: entityAliases.alias })
        .from(entityAliases)
        .where(eq(entityAliases.entityId, id))
        .orderBy(asc(entityAliases.alias))
        .prepare(),
      children: db
        .select({ id: entities.id, name: entities.name, kind: entities.kind })
        .from(entities)
        .where(eq(entities.parentId, id))
        .orderBy(asc(entities.name))
        .prepare(),
      counts: db
        .select({
          articles: sum(entityEventStats.articles),
          mentions: sum(entityEventStats.mentions),
          claims_made: sum(entityEventStats.claimsMade),
          claims_about: sum(entityEventStats.claimsAbout),
        })
        .from(entityEventStats)
        .where(eq(entityEventStats.entityId, id))
        .prepare(),
      // Most mentions first, then the latest stored: one walk down the summary's index.
      articles: db
        .select({
          id: articles.id,
          title: articles.title,
          outlet: articles.outlet,
          published_at: articles.publishedAt,
          mentions: articleEntities.mentions,
        })
        .from(articleEntities)
        .innerJoin(articles, eq(articles.seq, articleEntities.articleSeq))
        .where(eq(articleEntities.entityId, id))
        .orderBy(desc(articleEntities.mentions), desc(articleEntities.articleSeq))
        .limit(PROFILE_LIMIT)
        .prepare(),
      claimsMade: claimsBy(claims.claimantId),
      claimsAbout: claimsBy(claims.targetId),
      byEvent: db
        .select({
          eventKey: entityEventStats.eventKey,
          eventName: events.name,
          articles: entityEventStats.articles,
          mentions: entityEventStats.mentions,
          claims_made: entityEventStats.claimsMade,
          claims_about: entityEventStats.claimsAbout,
        })
        .from(entityEventStats)
        .leftJoin(events, eq(events.id, entityEventStats.eventKey))
        .where(eq(entityEventStats.entityId, id))
        .orderBy(desc(entityEventStats.mentions), asc(entityEventStats.eventKey))
        .prepare(),
      coMentioned: db
        .select({ id: entities.id, name: entities.name, kind: entities.kind, articles: coMentions.articles })
        .from(coMentions)
        .innerJoin(entities, eq(entities.id, coMentions.otherId))
        .where(and(eq(coMentions.entityId, id), eq(coMentions.eventKey, sql.placeholder('eventKey'))))
        .orderBy(desc(coMentions.articles), asc(coMentions.otherId))
        .limit(CO_MENTIONED)
        .prepare(),
    }
  })

export function getEntity(db: Handle, id: string): EntityDetail | undefined {
  const queries = profileQueries(db)
  const row = queries.summary.get({ id })
  if (!row) return undefined
  return {
    ...toSummary(row),
    events: profileByEvent(queries, id),
    aliases: queries.aliases.all({ id }).map((a) => a.alias),
    children: queries.children.all({ id }),
    counts: queries.counts.get({ id })!,
    articles: queries.articles.all({ id }),
    claims_made: queries.claimsMade.all({ id }).map(toClaim),
    claims_about: queries.claimsAbout.all({ id }).map(toClaim),
  }
}

/** Per event (null = none): the entity's articles, mentions, claims, and who is named beside it. */
function profileByEvent(queries: ReturnType<typeof profileQueries>, id: string): EntityDetail['events'] {
  return queries.byEvent.all({ id }).map(({ eventKey, eventName, ...counts }, i) => ({
    event: eventKey === '' ? null : { id: eventKey, name: eventName! },
    ...counts,
    co_mentioned:
      i < CO_MENTIONED_EVENTS
        ? queries.coMentioned.all({ id, eventKey }).map(({ articles, ...entity }) => ({ entity, articles }))
        : [],
  }))
}
