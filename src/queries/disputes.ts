import { and, asc, eq } from 'drizzle-orm'
import type { Claim, Disputes } from '../domain/api.js'
import { CONSISTENCY_RULE, intersect } from '../domain/intervals.js'
import type { Db } from '../db/open.js'
import { claims } from '../db/schema.js'
import { selectClaims, toClaim } from './claims.js'
import { figuresOfEvent } from './figures.js'

type Side = Disputes['targets'][number]['blamed_by'][number]

/** Claims grouped by claimant (null = the article's voice), each with its stances and articles. */
function sides(list: Claim[]): Side[] {
  const byClaimant = new Map<string, Side>()
  for (const c of list) {
    const key = c.claimant?.id ?? ''
    let side = byClaimant.get(key)
    if (!side) {
      side = { claimant: c.claimant, stances: [], articles: [], claim_ids: [] }
      byClaimant.set(key, side)
    }
    if (!side.stances.includes(c.stance!)) side.stances.push(c.stance!)
    if (!side.articles.some((a) => a.id === c.article.id)) side.articles.push(c.article)
    side.claim_ids.push(c.id)
  }
  return [...byClaimant.values()]
}

/**
 * Where the sources of one event disagree: targets that someone blames (asserts or suggests) and
 * someone denies, and metrics whose figures cannot all be true at once.
 */
export function disputesOfEvent(db: Db, event: { id: string; name: string }): Disputes {
  const responsibility = selectClaims(db)
    .where(and(eq(claims.eventId, event.id), eq(claims.kind, 'responsibility')))
    .orderBy(asc(claims.seq))
    .all()
    .map(toClaim)
  const byTarget = new Map<string, Claim[]>()
  for (const c of responsibility) {
    if (!c.target) continue
    byTarget.set(c.target.id, [...(byTarget.get(c.target.id) ?? []), c])
  }
  const targets = [...byTarget.values()]
    .map((list) => ({
      target: list[0]!.target!,
      blamed_by: sides(list.filter((c) => c.stance !== 'denies')),
      denied_by: sides(list.filter((c) => c.stance === 'denies')),
    }))
    .filter((t) => t.blamed_by.length > 0 && t.denied_by.length > 0)

  const figures = figuresOfEvent(db, event)
    .metrics.filter((m) => !m.summary.consistent)
    .map((m) => {
      const readings: Disputes['figures'][number]['readings'] = []
      for (const f of m.figures) {
        let r = readings.find((x) => x.value === f.value && x.qualifier === f.qualifier)
        if (!r) {
          r = { value: f.value, qualifier: f.qualifier, interval: f.interval, articles: [], claim_ids: [] }
          readings.push(r)
        }
        if (!r.articles.some((a) => a.id === f.article.id)) r.articles.push(f.article)
        r.claim_ids.push(f.claim_id)
      }
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
      targets: 'A target is disputed when at least one claimant asserts or suggests it was responsible and at least one denies it.',
      figures: CONSISTENCY_RULE + ' A metric is disputed when its figures are not consistent; conflicts lists the pairs of readings that exclude each other.',
    },
    targets,
    figures,
  }
}
