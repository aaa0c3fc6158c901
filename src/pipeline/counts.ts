import type { Metric, Qualifier } from '../domain/model.js'
import type { ExtractedClaim } from '../domain/extraction.js'
import type { Doc, Sentence, Token } from './doc.js'
import { accordingTo, actorKey, nearestActorBefore } from './attribution.js'
import { SPEECH_VERBS, WEEKDAYS_AND_MONTHS } from './lexicon.js'
import { readNumber, type NumberAt } from './numbers.js'

/**
 * Casualty and arrest figures: value + qualifier + metric, read from the words around each number.
 * Years, dates, times, ages, durations, money, percentages and ordinals are not figures. A figure
 * in a sentence that dates itself to an earlier year than the article's latest ("more than 300
 * deaths in Beslan in 2004") is kept with `otherEvent: true`, so it never counts for this event.
 * A heading's figure that the body repeats with another qualifier is dropped: the body is precise.
 */

// Words after a number (or in the clause it heads) that say what it counts.
const METRIC_AFTER: Record<string, Metric> = {
  killed: 'killed', dead: 'killed', deaths: 'killed', death: 'killed', died: 'killed', die: 'killed',
  fatalities: 'killed', fatality: 'killed', lives: 'killed', bodies: 'killed', murdered: 'killed',
  slain: 'killed', perished: 'killed', deceased: 'killed',
  injured: 'injured', injuries: 'injured', injury: 'injured', wounded: 'injured', hurt: 'injured',
  hospitalized: 'hospitalized', hospitalised: 'hospitalized', hospital: 'hospitalized',
  hospitalizations: 'hospitalized', hospitalisations: 'hospitalized',
  critical: 'critical', critically: 'critical',
  missing: 'missing', unaccounted: 'missing',
  arrested: 'arrested', detained: 'arrested', arrests: 'arrested', detentions: 'arrested', custody: 'arrested',
  apprehended: 'arrested',
}
// Verbs before a number: "killing 95", "killed more than 100 civilians", "arrested the four gunmen".
const METRIC_BEFORE: Record<string, Metric> = {
  killing: 'killed', killed: 'killed', kills: 'killed', kill: 'killed', murdering: 'killed', murdered: 'killed',
  injuring: 'injured', injured: 'injured', wounding: 'injured', wounded: 'injured', injures: 'injured', wounds: 'injured',
  hospitalizing: 'hospitalized',
  arrested: 'arrested', arresting: 'arrested', arrests: 'arrested', detained: 'arrested', detaining: 'arrested',
  apprehended: 'arrested', detains: 'arrested',
}
// "the death toll rose to 143", "the number increased to 143".
const TOLL_NOUNS = new Set(['toll', 'number', 'figure', 'tally', 'count'])
const TOLL_VERBS = new Set(['rose', 'risen', 'rises', 'increased', 'increases', 'climbed', 'climbs', 'reached', 'reaches', 'jumped', 'stood', 'stands', 'grew', 'hit', 'is', 'was', 'of', 'at', 'to', 'has', 'had', 'now', 'risen', 'gone', 'up', 'went', 'surpassed', 'exceeded', 'topped', 'passed'])
// "along with seven additional accomplices": more of the same figure. "including three minors" is a
// subset of a total, not a figure of its own, so it inherits nothing.
const INHERIT_CUES = ['along with', 'plus', 'as well as']

const QUALIFIERS: Array<[string, Qualifier]> = [
  ['at least', 'at_least'], ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['not less than', 'at_least'], ['a minimum of', 'at_least'],
  ['more than', 'more_than'], ['over', 'more_than'], ['upwards of', 'more_than'], ['in excess of', 'more_than'], ['surpassed', 'more_than'],
  ['exceeded', 'more_than'], ['topped', 'more_than'], ['above', 'more_than'], ['exceeding', 'more_than'], ['surpassing', 'more_than'],
  ['approximately', 'about'], ['about', 'about'], ['around', 'about'], ['nearly', 'about'], ['almost', 'about'], ['close to', 'about'],
  ['roughly', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['some', 'about'], ['circa', 'about'], ['approx', 'about'],
  ['up to', 'up_to'], ['as many as', 'up_to'],
]
const NOT_COUNTS_AFTER = new Set([
  '%', 'percent', 'per', 'dollars', 'euros', 'pounds', 'rubles', 'roubles', 'yuan', 'million', 'billion', 'trillion',
  'years', 'year', 'months', 'month', 'days', 'day', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'weeks', 'week',
  'decades', 'decade', 'centuries', 'century', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'kg', 'am', 'pm',
  'a.m', 'p.m', 'gmt', 'utc', 'o', 'times', 'percentage', 'points', 'degrees',
])
const CURRENCY = /^[$€£¥₽]$/
const PEOPLE_NOUNS = new Set(['people', 'persons', 'civilians', 'victims', 'children', 'minors', 'adults', 'soldiers', 'officers', 'women', 'men', 'others', 'bystanders', 'spectators', 'concertgoers', 'residents', 'passengers', 'students', 'workers', 'gunmen', 'suspects', 'attackers', 'assailants', 'accomplices', 'militants', 'individuals', 'citizens'])

export function extractCounts(doc: Doc): Doc {
  const years = [...doc.text.matchAll(/\b(1[89]\d{2}|20\d{2})\b/g)].map((m) => Number(m[1]))
  const latestYear = years.length > 0 ? Math.max(...years) : null
  const claims: ExtractedClaim[] = []
  let lastMetric: Metric | null = null
  doc.sentences.forEach((sentence) => {
    const tokens = doc.tokens
    const otherEvent = latestYear !== null && sentenceYears(doc, sentence).some((y) => y < latestYear)
    let previousInSentence: Metric | null = null
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const n = readNumber(tokens, i)
      if (!n || n.tokenEnd > sentence.tokenEnd) continue
      i = n.tokenEnd - 1
      if (!isFigure(tokens, n, sentence)) continue
      const qualifier = qualifierBefore(tokens, n.tokenStart, sentence.tokenStart)
      const metric: MetricAt | null = metricAfter(tokens, n, sentence) ?? metricBefore(tokens, qualifier.tokenStart, sentence.tokenStart, lastMetric) ?? inherited(tokens, qualifier.tokenStart, sentence.tokenStart, previousInSentence)
      if (!metric) continue
      previousInSentence = metric.metric
      lastMetric = metric.metric
      const evidenceStart = Math.min(qualifier.tokenStart, metric.tokenStart)
      const evidenceEnd = Math.max(n.tokenEnd, metric.tokenEnd)
      const start = tokens[evidenceStart].start
      const end = tokens[evidenceEnd - 1].end
      let confidence = metric.confidence
      if (sentence.heading) confidence -= 0.1
      const claimant = figureSource(doc, sentence, tokens[n.tokenStart].start)
      if (claimant) confidence -= 0.05
      claims.push({
        kind: 'count',
        claimant,
        target: null,
        stance: null,
        metric: metric.metric,
        value: n.value,
        qualifier: qualifier.qualifier,
        quote: null,
        evidence: { start, end, text: doc.text.slice(start, end) },
        confidence: Math.round(confidence * 100) / 100,
        ...(otherEvent ? { otherEvent: true } : {}),
      })
    }
  })
  const bodyFigures = new Set(
    claims.filter((c) => !doc.sentences.find((s) => c.evidence.start >= s.start && c.evidence.start < s.end)?.heading).map((c) => `${c.metric}:${c.value}`),
  )
  const kept = claims.filter((c) => {
    const heading = doc.sentences.find((s) => c.evidence.start >= s.start && c.evidence.start < s.end)?.heading
    return !heading || !bodyFigures.has(`${c.metric}:${c.value}`)
  })
  return { ...doc, claims: [...doc.claims, ...kept] }
}

function sentenceYears(doc: Doc, s: Sentence): number[] {
  return [...doc.text.slice(s.start, s.end).matchAll(/\b(1[89]\d{2}|20\d{2})\b/g)].map((m) => Number(m[1]))
}

function isFigure(tokens: Token[], n: NumberAt, s: Sentence): boolean {
  const prev = tokens[n.tokenStart - 1]
  const next = tokens[n.tokenEnd]
  const nextLower = next && n.tokenEnd < s.tokenEnd ? next.lower : ''
  if (prev && CURRENCY.test(prev.text)) return false
  if (NOT_COUNTS_AFTER.has(nextLower)) return false
  if (nextLower === '-' && /^(?:year|month|day|week|hour)s?$/.test(tokens[n.tokenEnd + 1]?.lower ?? '')) return false
  if (nextLower === ':' || nextLower === '.' && /^\d/.test(tokens[n.tokenEnd + 1]?.text ?? '')) return false
  if (WEEKDAYS_AND_MONTHS.has(nextLower) || (prev && WEEKDAYS_AND_MONTHS.has(prev.lower))) return false
  // A year: four digits that no people noun follows.
  if (n.digits && n.value >= 1800 && n.value <= 2100 && !PEOPLE_NOUNS.has(nextLower)) return false
  // An age: "Valeri Chernov, 52," / ", 52 years old".
  if (prev?.text === ',' && (nextLower === ',' || nextLower === 'years')) return false
  // "one of the assailants", "number of victims" — unless "40 of whom".
  if (nextLower === 'of' && !['whom', 'them', 'which'].includes(tokens[n.tokenEnd + 1]?.lower ?? '')) return false
  // Ordinals glued to letters ("1st") never tokenize as numbers; "first" is not in the number words.
  return true
}

function qualifierBefore(tokens: Token[], at: number, floor: number): { qualifier: Qualifier; tokenStart: number } {
  for (const [phrase, qualifier] of QUALIFIERS) {
    const words = phrase.split(' ')
    const from = at - words.length
    if (from < floor) continue
    let ok = true
    for (let k = 0; k < words.length; k++) if (tokens[from + k].lower !== words[k]) ok = false
    if (ok) return { qualifier, tokenStart: from }
  }
  return { qualifier: 'exact', tokenStart: at }
}

interface MetricAt {
  metric: Metric
  tokenStart: number
  tokenEnd: number
  confidence: number
}

function metricAfter(tokens: Token[], n: NumberAt, s: Sentence): MetricAt | null {
  const limit = Math.min(s.tokenEnd, n.tokenEnd + 7)
  for (let k = n.tokenEnd; k < limit; k++) {
    const t = tokens[k]
    if (t.text === ';' || t.text === '(' || readNumber(tokens, k)) break
    if (t.text === ',' && k > n.tokenEnd) break
    const metric = METRIC_AFTER[t.lower]
    if (metric) {
      // "in critical condition", "lost their lives": fine; "the hospital said" is not a figure.
      if (t.lower === 'hospital' && tokens[k - 1]?.lower !== 'in' && tokens[k - 2]?.lower !== 'to') continue
      const near = k - n.tokenEnd <= 3
      return { metric, tokenStart: n.tokenStart, tokenEnd: k + 1, confidence: near ? 0.9 : 0.8 }
    }
  }
  return null
}

function metricBefore(tokens: Token[], at: number, floor: number, lastMetric: Metric | null): MetricAt | null {
  // "killing of at least 143", "killed more than 100", "arrested the four gunmen"
  for (let k = at - 1; k >= Math.max(floor, at - 3); k--) {
    const metric = METRIC_BEFORE[tokens[k].lower]
    if (metric) {
      return { metric, tokenStart: k, tokenEnd: at, confidence: 0.85 }
    }
    if (!['of', 'the', 'a', 'some', 'another', 'an', 'at', 'least'].includes(tokens[k].lower)) break
  }
  // "the death toll rose to 143", "the number increased to 143"
  for (let k = at - 1; k >= Math.max(floor, at - 6); k--) {
    const lower = tokens[k].lower
    if (TOLL_NOUNS.has(lower)) {
      const between = tokens.slice(k + 1, at).every((t) => TOLL_VERBS.has(t.lower) || t.lower === 'of' || t.lower === 'has' || t.lower === 'have')
      if (!between) break
      const before = tokens[k - 1]?.lower ?? ''
      const metric: Metric = before === 'death' ? 'killed' : before === 'injury' ? 'injured' : lower === 'toll' ? 'killed' : lastMetric ?? 'killed'
      return { metric, tokenStart: k - (before === 'death' || before === 'injury' ? 1 : 0), tokenEnd: at, confidence: lower === 'toll' ? 0.85 : 0.7 }
    }
  }
  return null
}

function inherited(tokens: Token[], at: number, floor: number, previous: Metric | null): MetricAt | null {
  if (!previous) return null
  const window = tokens.slice(Math.max(floor, at - 4), at).map((t) => t.lower).join(' ')
  if (!INHERIT_CUES.some((cue) => window.endsWith(cue) || window.includes(`${cue} `))) return null
  return { metric: previous, tokenStart: at, tokenEnd: at + 1, confidence: 0.7 }
}

/** Who gave the figure: "according to AFP", "AFP said", "Putin confirmed that…". */
function figureSource(doc: Doc, s: Sentence, numberAt: number): string | null {
  const according = accordingTo(doc, s.start, s.end)
  if (according) return according.mention ? actorKey(doc, according.mention) : null
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]
    if (!SPEECH_VERBS.has(t.lower) || t.lower === 'claimed' || t.lower === 'claim' || t.lower === 'claims') continue
    if (t.start < numberAt) {
      const subject = nearestActorBefore(doc, t.start, s.start)
      if (subject) return actorKey(doc, subject)
    } else {
      const subject = nearestActorBefore(doc, t.start, numberAt) ?? doc.mentions.find((m) => m.start > t.end && m.start < t.end + 40) ?? null
      if (subject) return actorKey(doc, subject)
    }
  }
  return null
}
