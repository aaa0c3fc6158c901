import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Disputes } from '../domain/api.js'
import { CONSISTENCY_RULE, intersect, intervalOf } from '../domain/intervals.js'
import type { Qualifier, Stance } from '../domain/model.js'
import type { Db } from '../db/open.js'
import { prepared } from '../db/prepared.js'
import { articles, claims, entities, eventFigureStats, eventTargetStats } from '../db/schema.js'
import { figuresOfEvent } from './figures.js'

const claimant = alias(entities, 'claimant')
const target = alias(entities, 'target')

/** Bounds that keep a dispute readable, and its cost flat, on events of thousands of articles. */
const TARGETS = 5
const SIDES = 5
const READINGS = 8
const SAMPLE = 3

type Side = Disputes['targets'][number]['blamed_by'][number]
const BLAME: Stance[] = ['asserts', 'suggests']

/** The queries of a dispute, prepared once per connection: one runs up to ~100 of them. */
const disputeQueries = (db: Db) =>
  prepared(db, 'disputes', () => {
    const eventId = sql.placeholder('eventId')
    const targetId = sql.placeholder('targetId')
    /** Up to SAMPLE claims that a condition selects, with their articles (one index range). */
    const sampleOf = (where: SQL | undefined) =>
      db
        .select({ id: claims.id, articleId: articles.id, title: articles.title, outlet: articles.outlet, published_at: articles.publishedAt })
        .from(claims)
        .innerJoin(articles, eq(articles.id, claims.articleId))
        .where(where)
        .limit(SAMPLE)
        .prepare()
    const side = (denies: boolean, claimant: boolean) =>
      sampleOf(
        and(
          eq(claims.eventId, eventId),
          eq(claims.kind, 'responsibility'),
          eq(claims.targetId, targetId),
          inArray(claims.stance, denies ? ['denies'] : BLAME),
          claimant ? eq(claims.claimantId, sql.placeholder('claimantId')) : isNull(claims.claimantId),
        ),
      )
    const total = sql<number>`sum(${eventTargetStats.claims})`
    return {
      // Targets someone blames and someone denies, the most discussed first: one walk of the
      // event's rows in the summary, grouped by target.
      disputed: db
        .select({ targetId: eventTargetStats.targetId })
        .from(eventTargetStats)
        .where(eq(eventTargetStats.eventId, eventId))
        .groupBy(eventTargetStats.targetId)
        .having(sql`max(${eventTargetStats.stance} = 'denies') AND max(${eventTargetStats.stance} <> 'denies')`)
        .orderBy(desc(total), eventTargetStats.targetId)
        .limit(TARGETS)
        .prepare(),
      // One target's blame and denial, counted per (claimant, stance).
      cells: db
        .select({
          targetId: eventTargetStats.targetId,
          targetName: target.name,
          targetKind: target.kind,
          claimantId: claimant.id,
          claimantName: claimant.name,
          claimantKind: claimant.kind,
          stance: sql<Stance>`${eventTargetStats.stance}`,
          n: eventTargetStats.claims,
        })
        .from(eventTargetStats)
        .innerJoin(target, eq(target.id, eventTargetStats.targetId))
        .leftJoin(claimant, eq(claimant.id, eventTargetStats.claimantKey))
        .where(and(eq(eventTargetStats.eventId, eventId), eq(eventTargetStats.targetId, targetId)))
        .prepare(),
      sides: { blame: side(false, true), blameUnattributed: side(false, false), denial: side(true, true), denialUnattributed: side(true, false) },
      readings: db
        .select({ value: eventFigureStats.value, qualifier: sql<Qualifier>`${eventFigureStats.qualifier}`, n: eventFigureStats.claims })
        .from(eventFigureStats)
        .where(and(eq(eventFigureStats.eventId, eventId), eq(eventFigureStats.metric, sql.placeholder('metric'))))
        .orderBy(desc(eventFigureStats.claims), eventFigureStats.value, eventFigureStats.qualifier)
        .limit(READINGS)
        .prepare(),
      readingSample: sampleOf(
        and(
          eq(claims.eventId, eventId),
          eq(claims.kind, 'count'),
          eq(claims.metric, sql.placeholder('metric')),
          eq(claims.qualifier, sql.placeholder('qualifier')),
          eq(claims.value, sql.placeholder('value')),
          isNull(claims.subset),
        ),
      ),
    }
  })

/** A sample's distinct articles (at most SAMPLE) and its claim ids. */
function sampled(rows: { id: string; articleId: string; title: string | null; outlet: string | null; published_at: string | null }[]) {
  const seen = new Map<string, { id: string; title: string | null; outlet: string | null; published_at: string | null }>()
  for (const r of rows) if (!seen.has(r.articleId)) seen.set(r.articleId, { id: r.articleId, title: r.title, outlet: r.outlet, published_at: r.published_at })
  return { articles: [...seen.values()], claim_ids: rows.map((r) => r.id) }
}

/**
 * Where the sources of one event disagree: targets that someone blames (asserts or suggests) and
 * someone denies, and metrics whose figures cannot all be true at once. Both are aggregates over
 * summary tables; articles and claim ids are samples, the counts are whole.
 */
export function disputesOfEvent(db: Db, event: { id: string; name: string }): Disputes {
  const queries = disputeQueries(db)
  const eventId = event.id
  type Cell = ReturnType<typeof queries.cells.all>[number]

  const sides = (cells: Cell[], denies: boolean): Side[] => {
    const byClaimant = new Map<string, { cell: Cell; stances: Stance[]; n: number }>()
    for (const c of cells.filter((x) => (x.stance === 'denies') === denies)) {
      const key = c.claimantId ?? ''
      const side = byClaimant.get(key) ?? { cell: c, stances: [], n: 0 }
      side.stances.push(c.stance)
      side.n += c.n
      byClaimant.set(key, side)
    }
    return [...byClaimant.values()]
      .sort((a, b) => b.n - a.n)
      .slice(0, SIDES)
      .map(({ cell, stances, n }) => {
        const { targetId, claimantId } = cell
        const rows = claimantId
          ? (denies ? queries.sides.denial : queries.sides.blame).all({ eventId, targetId, claimantId })
          : (denies ? queries.sides.denialUnattributed : queries.sides.blameUnattributed).all({ eventId, targetId })
        return {
          claimant: claimantId ? { id: claimantId, name: cell.claimantName!, kind: cell.claimantKind! } : null,
          stances,
          claims: n,
          ...sampled(rows),
        }
      })
  }
  const targets = queries.disputed.all({ eventId }).map(({ targetId }) => {
    const cells = queries.cells.all({ eventId, targetId })
    return {
      target: { id: targetId, name: cells[0]!.targetName, kind: cells[0]!.targetKind },
      blamed_by: sides(cells, false),
      denied_by: sides(cells, true),
    }
  })

  // The summaries only (no list of figures): consistency, and the latest figure.
  const summaries = figuresOfEvent(db, event, undefined, 0).metrics.filter((m) => !m.summary.consistent)
  const figures = summaries.map((m) => {
    const readings = queries.readings.all({ eventId, metric: m.metric }).map((r) => ({
      value: r.value,
      qualifier: r.qualifier,
      interval: intervalOf(r.value, r.qualifier),
      claims: r.n,
      ...sampled(queries.readingSample.all({ eventId, metric: m.metric, qualifier: r.qualifier, value: r.value })),
    }))
    const conflicts: [number, number][] = []
    readings.forEach((a, i) =>
      readings.forEach((b, j) => {
        if (i < j && intersect([a.interval, b.interval]) === null) conflicts.push([i, j])
      }),
    )
    return { metric: m.metric, readings, conflicts, latest: m.summary.latest }
  })

  return {
    event,
    rules: {
      targets: `A target is disputed when at least one claimant asserts or suggests it was responsible and at least one denies it. The ${TARGETS} most discussed disputed targets are listed, with up to ${SIDES} claimants a side.`,
      figures: `${CONSISTENCY_RULE} A metric is disputed when its figures are not consistent; readings are its ${READINGS} most reported (value, qualifier) pairs, and conflicts lists the pairs of readings that exclude each other.`,
    },
    targets,
    figures,
  }
}
