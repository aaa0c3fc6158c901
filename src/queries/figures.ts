import { and, asc, desc, eq, max, min, sql, sum } from 'drizzle-orm'
import type { Figures } from '../domain/api.js'
import { ABOUT_TOLERANCE, CONSISTENCY_RULE, intervalOf } from '../domain/intervals.js'
import { METRICS, type Metric } from '../domain/model.js'
import type { Db } from '../db/open.js'
import { prepared } from '../db/prepared.js'
import { articles, claims, eventFigureStats } from '../db/schema.js'
import { claimRowsBySeq, toClaim, type ClaimRow } from './claims.js'

type Figure = Figures['metrics'][number]['figures'][number]

// The bounds of intervalOf (domain/intervals.ts), in SQL, so that an event's summary is an
// aggregate over its distinct readings (the summary table event_figure_stats, kept by triggers)
// rather than a walk over every figure.
const LOW = sql<number>`CASE ${eventFigureStats.qualifier}
  WHEN 'more_than' THEN ${eventFigureStats.value} + 1
  WHEN 'about' THEN ${eventFigureStats.value} - CAST(round(${eventFigureStats.value} * ${ABOUT_TOLERANCE}) AS INTEGER)
  WHEN 'up_to' THEN 0
  ELSE ${eventFigureStats.value} END`
const HIGH = sql<number | null>`CASE ${eventFigureStats.qualifier}
  WHEN 'exact' THEN ${eventFigureStats.value}
  WHEN 'up_to' THEN ${eventFigureStats.value}
  WHEN 'about' THEN ${eventFigureStats.value} + CAST(round(${eventFigureStats.value} * ${ABOUT_TOLERANCE}) AS INTEGER)
  END`

function toFigure(r: ClaimRow): Figure {
  const c = toClaim(r)
  return {
    claim_id: c.id,
    value: c.value!,
    qualifier: c.qualifier!,
    interval: intervalOf(c.value!, c.qualifier!),
    article: c.article,
    claimant: c.claimant,
    claimant_text: c.claimant_text,
    subset: c.subset,
    evidence: c.evidence,
    method: c.method,
  }
}

/** The queries of an event's figures, prepared once per connection (a few per metric). */
const figureQueries = (db: Db) =>
  prepared(db, 'figures', () => {
    const eventId = sql.placeholder('eventId')
    const readings = (perMetric: boolean) =>
      and(eq(eventFigureStats.eventId, eventId), perMetric ? eq(eventFigureStats.metric, sql.placeholder('metric')) : undefined)
    const summaries = (perMetric: boolean) =>
      db
        .select({ metric: eventFigureStats.metric, count: sum(eventFigureStats.claims).mapWith(Number), min: min(eventFigureStats.value), max: max(eventFigureStats.value), low: sql<number>`max(${LOW})`, high: sql<number | null>`min(${HIGH})` })
        .from(eventFigureStats)
        .where(readings(perMetric))
        .groupBy(eventFigureStats.metric)
        .prepare()
    const values = (perMetric: boolean) =>
      db
        .selectDistinct({ metric: eventFigureStats.metric, value: eventFigureStats.value })
        .from(eventFigureStats)
        .where(readings(perMetric))
        .orderBy(eventFigureStats.metric, eventFigureStats.value)
        .prepare()
    // Both walk the event's articles in publication order (an index) and stop early; only the
    // claims kept are then read whole.
    // Totals only, or (`subsets`) only figures of part of the victims.
    const ordered = (direction: 'asc' | 'desc', dated: boolean, subsets = false) =>
      db
        .select({ seq: claims.seq })
        .from(articles)
        .innerJoin(claims, eq(claims.articleId, articles.id))
        // Unary + keeps SQLite from driving this from the claims' event index and sorting them all.
        .where(
          and(
            eq(articles.eventId, eventId),
            sql`+${claims.eventId} = ${eventId}`,
            sql`+${claims.kind} = 'count'`,
            sql`+${claims.metric} = ${sql.placeholder('metric')}`,
            dated ? sql`${articles.publishedAt} IS NOT NULL` : undefined,
            subsets ? sql`${claims.subset} IS NOT NULL` : sql`${claims.subset} IS NULL`,
          ),
        )
        .orderBy(
          direction === 'asc' ? asc(articles.publishedAt) : desc(articles.publishedAt),
          direction === 'asc' ? asc(articles.seq) : desc(articles.seq),
          asc(claims.evidenceStart),
        )
        .limit(sql.placeholder('limit'))
        .prepare()
    return {
      summaries: { all: summaries(false), metric: summaries(true) },
      values: { all: values(false), metric: values(true) },
      // Oldest first, undated articles first; and the latest dated figure.
      first: ordered('asc', false),
      latest: ordered('desc', true),
      subsets: ordered('asc', false, true),
    }
  })

/**
 * Whether the event has any figure of part of the victims for `metric`: most have none, and the
 * ordered walk that lists them would read the event's every article to say so. SQLite-specific
 * planning hint: the partial index claims_event_subsets_idx holds only such figures (the event's
 * figures index would scan all of them).
 */
function anySubset(db: Db, eventId: string, metric: Metric): boolean {
  return db.get<{ one: number } | undefined>(sql`SELECT 1 AS one FROM claims INDEXED BY claims_event_subsets_idx WHERE event_id = ${eventId} AND metric = ${metric} AND kind = 'count' AND subset IS NOT NULL LIMIT 1`) !== undefined
}

/**
 * Every figure reported for an event, per metric, oldest publication first (undated articles
 * first; at most `limit` per metric, none with 0; `truncated` says when there are more), with a
 * summary of all of them: lowest, highest, latest by publication date, distinct values, and
 * whether they can all be true at once.
 */
export function figuresOfEvent(db: Db, event: { id: string; name: string }, metric?: Metric, limit = 20): Figures {
  const queries = figureQueries(db)
  const scope = metric ? 'metric' : 'all'
  const params = { eventId: event.id, metric }
  const summaries = queries.summaries[scope].all(params)
  const values = queries.values[scope].all(params)
  const metrics = (metric ? [metric] : METRICS).flatMap((m) => {
    const s = summaries.find((x) => x.metric === m)
    const subsetSeqs = limit > 0 && anySubset(db, event.id, m) ? queries.subsets.all({ eventId: event.id, metric: m, limit }).map((r) => r.seq) : []
    if (!s && subsetSeqs.length === 0) return []
    const seqs = s && limit > 0 ? queries.first.all({ eventId: event.id, metric: m, limit: limit + 1 }).map((r) => r.seq) : []
    // Later publication wins; undated articles never count as latest; between articles of one
    // date the later stored wins; within one article the figure stated first wins, since news
    // leads with the current toll and mentions earlier or partial ones further down.
    const latestSeq = queries.latest.all({ eventId: event.id, metric: m, limit: 1 })[0]?.seq
    const rows = claimRowsBySeq(db, [...seqs, ...subsetSeqs, ...(latestSeq === undefined ? [] : [latestSeq])])
    const figures = seqs.map((q) => rows.get(q)!)
    const latest = latestSeq === undefined ? undefined : rows.get(latestSeq)
    // A metric reported only for part of the victims has an empty summary: no total was given.
    const consistent = !s || s.high === null || s.low! <= s.high
    return [
      {
        metric: m,
        figures: figures.slice(0, limit).map(toFigure),
        truncated: limit === 0 ? (s?.count ?? 0) > 0 : figures.length > limit,
        subsets: subsetSeqs.map((q) => toFigure(rows.get(q)!)),
        summary: {
          count: s?.count ?? 0,
          min: s?.min ?? null,
          max: s?.max ?? null,
          latest: latest ? toFigure(latest) : null,
          distinct_values: values.filter((v) => v.metric === m).map((v) => v.value!),
          consistent,
          common_interval: s && consistent ? { low: s.low!, high: s.high } : null,
        },
      },
    ]
  })
  return { event, consistency_rule: CONSISTENCY_RULE, metrics }
}
