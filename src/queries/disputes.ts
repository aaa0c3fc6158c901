import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Disputes } from '../domain/api.js'
import { CONSISTENCY_RULE, intersect, intervalOf } from '../domain/intervals.js'
import type { Metric, Qualifier, Stance } from '../domain/model.js'
import type { Db } from '../db/open.js'
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

/** Up to SAMPLE articles and claim ids of the claims a condition selects (one index range). */
function sample(db: Db, where: SQL | undefined) {
  const rows = db
    .select({ id: claims.id, articleId: articles.id, title: articles.title, outlet: articles.outlet, published_at: articles.publishedAt })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(where)
    .limit(SAMPLE)
    .all()
  const seen = new Map<string, { id: string; title: string | null; outlet: string | null; published_at: string | null }>()
  for (const r of rows) if (seen.size < SAMPLE && !seen.has(r.articleId)) seen.set(r.articleId, { id: r.articleId, title: r.title, outlet: r.outlet, published_at: r.published_at })
  return { articles: [...seen.values()], claim_ids: rows.slice(0, SAMPLE).map((r) => r.id) }
}

/**
 * Where the sources of one event disagree: targets that someone blames (asserts or suggests) and
 * someone denies, and metrics whose figures cannot all be true at once. Both are aggregates over
 * the event's index ranges; articles and claim ids are samples, the counts are whole.
 */
export function disputesOfEvent(db: Db, event: { id: string; name: string }): Disputes {
  const base = and(eq(claims.eventId, event.id), eq(claims.kind, 'responsibility'))
  // The event's blame and denial, counted per (target, claimant, stance) in a summary table.
  const cells = db
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
    .where(eq(eventTargetStats.eventId, event.id))
    .all()
  type Cell = (typeof cells)[number]
  const byTarget = new Map<string, Cell[]>()
  for (const c of cells) {
    const list = byTarget.get(c.targetId)
    if (list) list.push(c)
    else byTarget.set(c.targetId, [c])
  }

  const sides = (list: Cell[], denies: boolean): Side[] => {
    const byClaimant = new Map<string, { cell: Cell; stances: Stance[]; n: number }>()
    for (const c of list.filter((x) => (x.stance === 'denies') === denies)) {
      const key = c.claimantId ?? ''
      const side = byClaimant.get(key) ?? { cell: c, stances: [], n: 0 }
      side.stances.push(c.stance!)
      side.n += c.n
      byClaimant.set(key, side)
    }
    return [...byClaimant.values()]
      .sort((a, b) => b.n - a.n)
      .slice(0, SIDES)
      .map(({ cell, stances, n }) => ({
        claimant: cell.claimantId ? { id: cell.claimantId, name: cell.claimantName!, kind: cell.claimantKind! } : null,
        stances,
        claims: n,
        ...sample(
          db,
          and(
            base,
            eq(claims.targetId, cell.targetId!),
            inArray(claims.stance, stances),
            cell.claimantId ? eq(claims.claimantId, cell.claimantId) : sql`${claims.claimantId} IS NULL`,
          ),
        ),
      }))
  }
  const disputed = [...byTarget.values()]
    .filter((list) => list.some((c) => c.stance === 'denies') && list.some((c) => c.stance !== 'denies'))
    .sort((a, b) => b.reduce((n, c) => n + c.n, 0) - a.reduce((n, c) => n + c.n, 0))
    .slice(0, TARGETS)
  const targets = disputed.map((list) => ({
    target: { id: list[0]!.targetId!, name: list[0]!.targetName, kind: list[0]!.targetKind },
    blamed_by: sides(list, false),
    denied_by: sides(list, true),
  }))

  const summaries = figuresOfEvent(db, event, undefined, 1).metrics.filter((m) => !m.summary.consistent)
  const figures = summaries.map((m) => {
    const counts = db
      .select({ value: eventFigureStats.value, qualifier: sql<Qualifier>`${eventFigureStats.qualifier}`, n: eventFigureStats.claims })
      .from(eventFigureStats)
      .where(and(eq(eventFigureStats.eventId, event.id), eq(eventFigureStats.metric, m.metric)))
      .orderBy(desc(eventFigureStats.claims), eventFigureStats.value, eventFigureStats.qualifier)
      .limit(READINGS)
      .all()
    const readings = counts.map((r) => ({
      value: r.value,
      qualifier: r.qualifier,
      interval: intervalOf(r.value, r.qualifier),
      claims: r.n,
      ...sample(
        db,
        and(eq(claims.eventId, event.id), eq(claims.kind, 'count'), eq(claims.metric, m.metric as Metric), eq(claims.qualifier, r.qualifier), eq(claims.value, r.value)),
      ),
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
