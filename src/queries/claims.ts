import { and, asc, count, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Claim, ClaimFacet, ClaimListQuery } from '../domain/api.js'
import type { Db, Handle } from '../db/open.js'
import { prepared, preparedRaw } from '../db/prepared.js'
import { articles, claimDocs, claims, entities, events } from '../db/schema.js'
import { decodeCursor, encodeCursor, paginate } from './cursor.js'
import { claimMatches, claimsMatching, toFtsQuery, withFts } from './search.js'

const claimant = alias(entities, 'claimant')
const target = alias(entities, 'target')

/** The select list and joins that turn a claims row into the API's Claim shape (on the database or a transaction). */
export function selectClaims(db: Pick<Db, 'select'>) {
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
      claimantText: claims.claimantText,
      targetId: target.id,
      targetName: target.name,
      targetKind: target.kind,
      targetText: claims.targetText,
      stance: claims.stance,
      metric: claims.metric,
      value: claims.value,
      qualifier: claims.qualifier,
      subset: claims.subset,
      quote: claims.quote,
      evidenceText: claims.evidenceText,
      evidenceStart: claims.evidenceStart,
      evidenceEnd: claims.evidenceEnd,
      evidenceStartCp: claims.evidenceStartCp,
      evidenceEndCp: claims.evidenceEndCp,
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
    claimant_text: r.claimantText,
    target: r.targetId !== null ? { id: r.targetId, name: r.targetName!, kind: r.targetKind! } : null,
    target_text: r.targetText,
    stance: r.stance,
    metric: r.metric,
    value: r.value,
    qualifier: r.qualifier,
    subset: r.subset,
    quote: r.quote,
    // The code-point pair is null only between migration 0009 and its fill (db/code-points.ts),
    // which openDatabase runs before anything reads.
    evidence: { text: r.evidenceText, start: r.evidenceStart, end: r.evidenceEnd, start_cp: r.evidenceStartCp!, end_cp: r.evidenceEndCp! },
    method: r.method,
    confidence: r.confidence,
  }
}

type ClaimFilterQuery = Omit<ClaimListQuery, 'limit' | 'cursor' | 'facet'>

/** The equality filters of /v1/claims and their columns. */
const EQUALITY_FILTERS = {
  kind: claims.kind,
  stance: claims.stance,
  metric: claims.metric,
  claimant: claims.claimantId,
  target: claims.targetId,
  article: claims.articleId,
  event: claims.eventId,
  method: claims.method,
} as const

/**
 * The WHERE of a claims query: every filter `q` uses, combined with AND (no cursor). Values are
 * inlined, or with `placeholders` left as `sql.placeholder(<filter name>)` for a prepared query
 * (`q=` then takes the FTS5 expression, see `toFtsQuery`).
 */
export function claimFilters(q: ClaimFilterQuery, placeholders = false): SQL | undefined {
  return and(
    ...Object.entries(EQUALITY_FILTERS).map(([name, column]) => {
      const value = q[name as keyof typeof EQUALITY_FILTERS]
      return value ? eq(column, placeholders ? sql.placeholder(name) : value) : undefined
    }),
    q.q ? (placeholders ? claimsMatching(sql.placeholder('q')) : claimMatches(q.q)) : undefined,
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

/** The filters a claims list uses, by name. */
function usedFilters(q: ClaimFilterQuery): (keyof ClaimFilterQuery)[] {
  return ([...Object.keys(EQUALITY_FILTERS), 'q'] as (keyof ClaimFilterQuery)[]).filter((name) => q[name])
}

/**
 * A page of a claims list and the cursor of the next page: its claims' JSON joined by commas, or
 * the answer's first `end` bytes in a buffer (`{"items":[` and the claims), whose bytes after
 * `end` are free for the rest of the answer.
 */
type PageJson = { next_cursor: string | null } & ({ items: string } | { answer: Buffer; end: number })

/**
 * One page of a claims list, each claim as claim_docs keeps it rendered: the index walk of the
 * filters (prepared once per set of filters used, keyset on seq) and one lookup per claim.
 */
function claimsPage(db: Db, q: ClaimListQuery): PageJson {
  const used = usedFilters(q)
  const query = preparedRaw(db, `claims-list:${used.join(',')}${q.cursor ? ':after' : ''}`, () =>
    db
      .select({ seq: claims.seq, body: claimDocs.body })
      .from(claims)
      .innerJoin(claimDocs, eq(claimDocs.seq, claims.seq))
      .where(and(claimFilters(q, true), q.cursor ? gt(claims.seq, sql.placeholder('after')) : undefined))
      .orderBy(asc(claims.seq))
      .limit(sql.placeholder('limit')),
  )
  const values: Record<string, unknown> = { limit: q.limit + 1 }
  for (const name of used) values[name] = name === 'q' ? toFtsQuery(q.q!) : q[name]
  if (q.cursor) values.after = decodeCursor(q.cursor, ['number'])[0]
  const page = paginate(query.all(values) as [number, string][], q.limit, ([seq]) => [seq])
  return { items: page.items.map(([, body]) => body).join(','), next_cursor: page.next_cursor }
}

/**
 * The range of claim_docs' list index (kind, facet, seq) that holds a list whose only filters are
 * one kind and that kind's own field: a count's metric, a responsibility claim's stance, quotes
 * alone (facet NULL). Other lists are not one range of it.
 */
function listIndexRange(q: ClaimListQuery): { kind: Claim['kind']; facet: string | null } | undefined {
  const used = usedFilters(q).sort().join(',')
  if (q.kind === 'count' && q.metric && used === 'kind,metric') return { kind: 'count', facet: q.metric }
  if (q.kind === 'responsibility' && q.stance && used === 'kind,stance') return { kind: 'responsibility', facet: q.stance }
  if (q.kind === 'quote' && used === 'kind') return { kind: 'quote', facet: null }
  return undefined
}

// A subquery with a LIMIT is never flattened into an aggregate (SQLite's flattening rules): it runs
// as a co-routine in index order and group_concat joins its rows in that order (test/routes/
// claims.test.ts pages through each such list and compares it with the whole list filtered); an
// ORDER BY inside group_concat would sort the page again, 50 % slower. It reads one claim more than
// the page, to know whether another page follows: max(seq) is that claim's seq and the bare
// octet_length() its length in bytes (SQLite takes bare columns from the row of the max()).
const LIST_INDEX_PAGE = `SELECT CAST('{"items":[' || coalesce(group_concat(body, ','), '') AS BLOB), count(*), max(seq), octet_length(body) FROM (
  SELECT seq, body FROM claim_docs WHERE kind = ? AND facet IS ? AND seq > ? ORDER BY seq LIMIT ?)`

/**
 * One page of a list that is one range of claim_docs' list index: the claims' JSON lie side by side
 * in it, so the page is one contiguous read of the index, joined by SQLite into one blob that
 * becomes the answer as it is (never decoded into a JavaScript string, nor copied again).
 */
function listIndexPage(db: Db, q: ClaimListQuery, { kind, facet }: NonNullable<ReturnType<typeof listIndexRange>>): PageJson {
  // Statements are shared by SQL text (db/open.ts): the mode is set on each use. Every seq is 1 or more.
  const page = prepared(db, 'claims-list-index', () => db.$client.prepare(LIST_INDEX_PAGE)).raw(true)
  const after = q.cursor ? decodeCursor(q.cursor, ['number'])[0] : 0
  const [answer, n, next, nextLength] = page.get(kind, facet, after, q.limit + 1) as [Buffer, number, number | null, number | null]
  if (n <= q.limit) return { answer, end: answer.length, next_cursor: null }
  // The answer ends before the next page's first claim and its comma, whose bytes are free for its
  // tail; the cursor (any seq between the page's last and that claim's) starts the next page at it.
  return { answer, end: answer.length - nextLength! - 1, next_cursor: encodeCursor([next! - 1]) }
}

/**
 * The answer's first `end` bytes and then `tail`: written in place when the bytes after `end` have
 * room (the next page's first claim, read only to know that it exists, is longer than any tail
 * without facets), so that a page is one buffer, copied once, from SQLite.
 */
function ending(answer: Buffer, end: number, tail: string): Buffer {
  const length = Buffer.byteLength(tail)
  if (end + length > answer.length) return Buffer.concat([answer.subarray(0, end), Buffer.from(tail)])
  answer.write(tail, end)
  return answer.subarray(0, end + length)
}

/**
 * GET /v1/claims as JSON (`ClaimPageSchema`): the kept claims written side by side, so that a page
 * costs its index walk and one lookup per claim whatever its depth (a kind with its own field: one
 * range of an index); encoded once, here (the read cache keeps these bytes, the socket writes them).
 */
export function listClaimsJson(db: Db, q: ClaimListQuery): Buffer {
  return withFts(() => {
    const range = listIndexRange(q)
    const page = range ? listIndexPage(db, q, range) : claimsPage(db, q)
    const facets = q.facet?.length
      ? `,"facets":${JSON.stringify(Object.fromEntries(q.facet.map((f) => [f, facetCounts(db, f, claimFilters(q))])))}`
      : ''
    const tail = `],"next_cursor":${JSON.stringify(page.next_cursor)}${facets}}`
    return 'items' in page ? Buffer.from(`{"items":[${page.items}${tail}`) : ending(page.answer, page.end, tail)
  })
}

/** Claims by seq, as rows of selectClaims, in one query prepared once per connection. */
export function claimRowsBySeq(db: Db, seqs: number[]): Map<number, ClaimRow> {
  if (seqs.length === 0) return new Map()
  const query = prepared(db, 'claims-by-seq', () =>
    selectClaims(db)
      .where(sql`${claims.seq} IN (SELECT value FROM json_each(${sql.placeholder('seqs')}))`)
      .prepare(),
  )
  return new Map(query.all({ seqs: JSON.stringify(seqs) }).map((r) => [r.seq, r]))
}

export function claimsOfArticle(db: Handle, articleId: string): Claim[] {
  return prepared(db, 'claims-of-article', () =>
    selectClaims(db).where(eq(claims.articleId, sql.placeholder('articleId'))).orderBy(asc(claims.seq)).prepare(),
  )
    .all({ articleId })
    .map(toClaim)
}
