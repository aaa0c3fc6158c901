import type { Qualifier } from './model.js'

/** The integer range a reported figure allows; high null = unbounded. */
export interface Interval {
  low: number
  high: number | null
}

/** "about" is read as within this share of the value, either way. */
export const ABOUT_TOLERANCE = 0.1

/**
 * Written in ASCII: a figures or disputes answer whose data is ASCII is then ASCII
 * throughout, which clients decode on their fast path (V8 turns pure-ASCII UTF-8 into a string by
 * copying; one "∞" in a 52 KB figures answer made autocannon's client decode it character by
 * character: 8,500–9,700 answers/s instead of 12,900–13,700 from the same server).
 */
export const CONSISTENCY_RULE =
  'Each figure is read as the range of counts it allows (high null: unbounded): exact v = [v, v]; ' +
  'at_least v = [v, unbounded); more_than v = [v+1, unbounded); about v = [v-10%, v+10%]; up_to v = [0, v]. ' +
  'Figures of one metric are consistent when all their ranges share at least one value.'

export function intervalOf(value: number, qualifier: Qualifier): Interval {
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value }
    case 'at_least':
      return { low: value, high: null }
    case 'more_than':
      return { low: value + 1, high: null }
    case 'about': {
      const delta = Math.round(value * ABOUT_TOLERANCE)
      return { low: value - delta, high: value + delta }
    }
    case 'up_to':
      return { low: 0, high: value }
  }
}

/** The range every interval allows, or null when there is none (the figures contradict). */
export function intersect(intervals: Interval[]): Interval | null {
  let low = 0
  let high: number | null = null
  for (const i of intervals) {
    low = Math.max(low, i.low)
    if (i.high !== null) high = high === null ? i.high : Math.min(high, i.high)
  }
  return high !== null && low > high ? null : { low, high }
}
