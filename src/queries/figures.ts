import { and, asc, eq } from 'drizzle-orm'
import type { Figures } from '../domain/api.js'
import { CONSISTENCY_RULE, intersect, intervalOf } from '../domain/intervals.js'
import { METRICS, type Metric } from '../domain/model.js'
import type { Db } from '../db/open.js'
import { claims } from '../db/schema.js'
import { selectClaims, toClaim } from './claims.js'

type Figure = Figures['metrics'][number]['figures'][number]

/**
 * Later publication wins; undated articles never count as latest; between articles of one date the
 * later stored wins; within one article the figure stated first wins, since news leads with the
 * current toll and mentions earlier or partial ones further down.
 */
function isLater(a: Figure & { order: number }, b: Figure & { order: number }): boolean {
  const pa = a.article.published_at
  const pb = b.article.published_at
  if (pa === null) return false
  if (pb === null || pa !== pb) return pb === null || pa > pb
  return a.order > b.order
}

/** Every figure reported for an event, per metric, with a summary of how they agree. */
export function figuresOfEvent(db: Db, event: { id: string; name: string }, metric?: Metric): Figures {
  const rows = selectClaims(db)
    .where(
      and(
        eq(claims.eventId, event.id),
        eq(claims.kind, 'count'),
        metric ? eq(claims.metric, metric) : undefined,
      ),
    )
    .orderBy(asc(claims.seq))
    .all()
  const byMetric = new Map<Metric, (Figure & { order: number })[]>()
  for (const r of rows) {
    const c = toClaim(r)
    const list = byMetric.get(c.metric!) ?? []
    list.push({
      claim_id: c.id,
      value: c.value!,
      qualifier: c.qualifier!,
      interval: intervalOf(c.value!, c.qualifier!),
      article: c.article,
      claimant: c.claimant,
      evidence: c.evidence,
      method: c.method,
      order: r.articleSeq * 1e9 - r.evidenceStart,
    })
    byMetric.set(c.metric!, list)
  }
  const metrics = METRICS.filter((m) => byMetric.has(m)).map((m) => {
    const figures = byMetric.get(m)!
    const values = figures.map((f) => f.value)
    const common = intersect(figures.map((f) => f.interval))
    const latest = figures.reduce<(typeof figures)[number] | null>(
      (best, f) => (f.article.published_at !== null && (best === null || isLater(f, best)) ? f : best),
      null,
    )
    const strip = ({ order: _order, ...f }: (typeof figures)[number]): Figure => f
    return {
      metric: m,
      figures: figures.map(strip),
      summary: {
        count: figures.length,
        min: Math.min(...values),
        max: Math.max(...values),
        latest: latest ? strip(latest) : null,
        distinct_values: [...new Set(values)].sort((a, b) => a - b),
        consistent: common !== null,
        common_interval: common,
      },
    }
  })
  return { event, consistency_rule: CONSISTENCY_RULE, metrics }
}
