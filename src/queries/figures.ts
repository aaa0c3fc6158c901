import { and, asc, desc, eq, inArray, max, min, sql, sum } from 'drizzle-orm'
import type { Figures } from '../domain/api.js'
import { ABOUT_TOLERANCE, CONSISTENCY_RULE, intervalOf } from '../domain/intervals.js'
import { METRICS, type Metric } from '../domain/model.js'
import type { Db } from '../db/open.js'
import { articles, claims, eventFigureStats } from '../db/schema.js'
import { selectClaims, toClaim, type ClaimRow } from './claims.js'

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
    evidence: c.evidence,
    method: c.method,
  }
}

/**
 * Every figure reported for an event, per metric, oldest publication first (undated articles
 * first; at most `limit` per
 * metric; `truncated` says when there are more), with a summary of all of them: lowest, highest,
 * latest by publication date, distinct values, and whether they can all be true at once.
 */
export function figuresOfEvent(db: Db, event: { id: string; name: string }, metric?: Metric, limit = 20): Figures {
  const readings = and(eq(eventFigureStats.eventId, event.id), metric ? eq(eventFigureStats.metric, metric) : undefined)
  const summaries = db
    .select({ metric: eventFigureStats.metric, count: sum(eventFigureStats.claims).mapWith(Number), min: min(eventFigureStats.value), max: max(eventFigureStats.value), low: sql<number>`max(${LOW})`, high: sql<number | null>`min(${HIGH})` })
    .from(eventFigureStats)
    .where(readings)
    .groupBy(eventFigureStats.metric)
    .all()
  const values = db
    .selectDistinct({ metric: eventFigureStats.metric, value: eventFigureStats.value })
    .from(eventFigureStats)
    .where(readings)
    .orderBy(eventFigureStats.metric, eventFigureStats.value)
    .all()
  const metrics = METRICS.flatMap((m) => {
    const s = summaries.find((x) => x.metric === m)
    if (!s) return []
    // Both walk the event's articles in publication order (an index) and stop early; only the
    // claims kept are then read whole.
    const ordered = (direction: 'asc' | 'desc', n: number, dated: boolean) =>
      db
        .select({ seq: claims.seq })
        .from(articles)
        .innerJoin(claims, eq(claims.articleId, articles.id))
        // Unary + keeps SQLite from driving this from the claims' event index and sorting them all.
        .where(
          and(
            eq(articles.eventId, event.id),
            sql`+${claims.eventId} = ${event.id}`,
            sql`+${claims.kind} = 'count'`,
            sql`+${claims.metric} = ${m}`,
            dated ? sql`${articles.publishedAt} IS NOT NULL` : undefined,
          ),
        )
        .orderBy(
          direction === 'asc' ? asc(articles.publishedAt) : desc(articles.publishedAt),
          direction === 'asc' ? asc(articles.seq) : desc(articles.seq),
          asc(claims.evidenceStart),
        )
        .limit(n)
        .all()
        .map((r) => r.seq)
    const seqs = ordered('asc', limit + 1, false)
    const rows = new Map(seqs.length ? selectClaims(db).where(inArray(claims.seq, seqs)).all().map((r) => [r.seq, r]) : [])
    const figures = seqs.map((q) => rows.get(q)!)
    // Later publication wins; undated articles never count as latest; between articles of one
    // date the later stored wins; within one article the figure stated first wins, since news
    // leads with the current toll and mentions earlier or partial ones further down.
    const [latestSeq] = ordered('desc', 1, true)
    const latest = latestSeq === undefined ? undefined : selectClaims(db).where(eq(claims.seq, latestSeq)).get()
    const consistent = s.high === null || s.low! <= s.high
    return [
      {
        metric: m,
        figures: figures.slice(0, limit).map(toFigure),
        truncated: figures.length > limit,
        summary: {
          count: s.count,
          min: s.min!,
          max: s.max!,
          latest: latest ? toFigure(latest) : null,
          distinct_values: values.filter((v) => v.metric === m).map((v) => v.value!),
          consistent,
          common_interval: consistent ? { low: s.low!, high: s.high } : null,
        },
      },
    ]
  })
  return { event, consistency_rule: CONSISTENCY_RULE, metrics }
}
