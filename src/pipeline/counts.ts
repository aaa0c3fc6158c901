import type { Metric, Qualifier } from '../domain/model.js'
import type { ExtractedClaim } from '../domain/extraction.js'
import type { Doc, Mention, Sentence, Token } from './doc.js'
import { isTitleSentence, lowerBound, sentenceAt } from './doc.js'
import { actorKey, attributionAt, insideQuote, isActorMention, lastGroupBefore, lastPersonBefore, mentionsBetween, nearestActorBefore, speakerOfVerb } from './attribution.js'
import { AUXILIARIES_BEFORE_VERB, CURRENCY_CODES, DETERMINERS, PLACE_HEADS, SPEECH_VERBS, UNNAMED_SOURCE_HEADS, WEEKDAYS_AND_MONTHS } from './lexicon.js'
import { readNumber, type NumberAt } from './numbers.js'
import { wordTable } from '../domain/words.js'

/**
 * Casualty and arrest figures: value + qualifier + metric, read from the words around each number.
 * Years, dates, times, ages, durations, money, percentages and ordinals are not figures. A figure
 * about another event ("the siege of a school in Beslan in 2004, in which more than 330 people
 * died", "a 2023 earthquake that killed 153") is kept with `otherEvent: true`, so it never counts
 * for this event; see otherEventFigures for how such a figure is recognized without knowing the event.
 * A heading's figure that the body repeats with another qualifier is dropped: the body is precise.
 * The title's figures are never kept: the title is not annotated (docs/annotation.md §5); nor are a
 * photo caption's (§7 page furniture). After all figures are read, a figure whose words left its
 * metric open takes the metric the article gives the same number (sameNumber), and the dead found
 * at a time of a running account are dropped as steps between its tolls (runningSteps).
 */

/**
 * Counts of part of the victims (docs/annotation.md §3: a figure with `subset`, the part as written):
 *   "Three of the dead were children", "19 of the dead were police officers"   (a share, then its part)
 *   "…43 people were killed, including 19 children and 11 women"              (after a total)
 *   "…left 11 dead, six of them children", "…, of whom 25 were women"          (after a total)
 *   "Among the dead were 14 children", "The dead included 11 foreign nationals", "among them two candidates"
 *   "Two Swiss tourists were among the dead"                                  (the part, then the share)
 * A share in a state ("nine of the wounded were in critical condition") is the state's own metric,
 * not a subset. Each is read from the words around the number, as every figure is.
 */
// The nouns that name the victims of a metric: "of the dead", "among the wounded", "the dead included".
const SHARE_NOUNS = wordTable<Metric>({
  dead: 'killed', killed: 'killed', deceased: 'killed', victims: 'killed', fatalities: 'killed', deaths: 'killed', bodies: 'killed',
  injured: 'injured', wounded: 'injured', hurt: 'injured', casualties: 'injured',
  missing: 'missing', arrested: 'arrested', detained: 'arrested', hospitalized: 'hospitalized', hospitalised: 'hospitalized',
})
const INCLUDE = new Set(['included', 'include', 'includes'])
// "six of its citizens", "two of their children": a possessor's people.
const POSSESSIVES = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your'])
/**
 * The token after a possessor that starts at token `k`: "its", "their", "the owner's", "the
 * workers'" (one word, its article, the glued apostrophe); null when there is none.
 */
function possessedAt(tokens: Token[], k: number, s: Sentence): number | null {
  if (k >= s.tokenEnd) return null
  if (POSSESSIVES.has(tokens[k].lower)) return k + 1
  if (tokens[k].lower !== 'the' || !/^\p{L}+$/u.test(tokens[k + 1]?.text ?? '')) return null
  const mark = tokens[k + 2]
  if (!mark || mark.spaceBefore || (mark.text !== "'" && mark.text !== '’')) return null
  if (tokens[k + 3]?.lower === 's' && !tokens[k + 3].spaceBefore) return k + 4
  return /s$/.test(tokens[k + 1].lower) ? k + 3 : null
}

// Words that end the part's noun phrase: "19 children and 11 women", "children under 16", "women who…".
const PART_ENDS = new Set(['would', 'could', 'will', 'may', 'might', 'should', 'can', 'must', 'did', 'do', 'does', 'and', 'or', 'but', 'who', 'whom', 'which', 'that', 'were', 'was', 'are', 'is', 'had', 'have', 'has', 'from', 'in', 'at', 'on', 'under', 'over', 'aged', 'with', 'among', 'as', 'by', 'for', 'to', 'while', 'when', 'after', 'most', 'according', 'said', 'say', 'says'])

// Words after a number (or in the clause it heads) that say what it counts.
const METRIC_AFTER = wordTable<Metric>({
  killed: 'killed', dead: 'killed', deaths: 'killed', death: 'killed', died: 'killed', die: 'killed',
  fatalities: 'killed', fatality: 'killed', lives: 'killed', bodies: 'killed', murdered: 'killed',
  slain: 'killed', perished: 'killed', deceased: 'killed', drowned: 'killed', electrocuted: 'killed', suffocated: 'killed',
  // "Three others succumbed to their injuries": the verb of dying comes before the injuries.
  succumbed: 'killed',
  // "Two men were fatally shot", "ten people were shot, two fatally"; "shot" alone is injured
  // (docs/annotation.md §7), "shot dead", "shot to death", "shot and killed" are killed (metricWordAt).
  fatally: 'killed', shot: 'injured',
  // "eleven miners suffered burns", "four of them with severe burns" (critical, metricWordAt).
  burns: 'injured',
  // "seven people suffered gunshot wounds"; "serious wounds" are critical (metricWordAt).
  wounds: 'injured',
  injured: 'injured', injuries: 'injured', injury: 'injured', wounded: 'injured', hurt: 'injured',
  hospitalized: 'hospitalized', hospitalised: 'hospitalized', hospital: 'hospitalized', hospitals: 'hospitalized',
  hospitalizations: 'hospitalized', hospitalisations: 'hospitalized',
  critical: 'critical', critically: 'critical', seriously: 'critical', severely: 'critical', gravely: 'critical',
  treated: 'injured', discharged: 'injured', charged: 'arrested', indicted: 'arrested',
  missing: 'missing', unaccounted: 'missing',
  arrested: 'arrested', detained: 'arrested', arrests: 'arrested', detentions: 'arrested', custody: 'arrested',
  apprehended: 'arrested',
})
// Verbs before a number: "killing 95", "killed more than 100 civilians", "arrested the four gunmen".
const METRIC_BEFORE = wordTable<Metric>({
  killing: 'killed', killed: 'killed', kills: 'killed', kill: 'killed', murdering: 'killed', murdered: 'killed',
  injuring: 'injured', injured: 'injured', wounding: 'injured', wounded: 'injured', injures: 'injured', wounds: 'injured',
  // "killed 3 and hurt 12", "hurting 40"
  hurt: 'injured', hurting: 'injured',
  hospitalizing: 'hospitalized', shot: 'injured',
  arrested: 'arrested', arresting: 'arrested', arrests: 'arrested', detained: 'arrested', detaining: 'arrested',
  apprehended: 'arrested', detains: 'arrested', charged: 'arrested', indicted: 'arrested', charging: 'arrested',
})
// "the death toll rose to 143", "the number increased to 143".
const TOLL_NOUNS = new Set(['toll', 'number', 'figure', 'tally', 'count'])
// Words that may stand between a toll noun and its number besides those verbs: "the toll from 89 to
// 87", "the number of people unaccounted for – from 63".
const TOLL_BETWEEN = new Set(['has', 'have', 'from', 'for', 'people', '–', '—', '-'])
const TOLL_VERBS = new Set(['rose', 'risen', 'rises', 'increased', 'increases', 'climbed', 'climbs', 'reached', 'reaches', 'jumped', 'stood', 'stands', 'grew', 'hit', 'is', 'was', 'of', 'at', 'to', 'has', 'had', 'now', 'risen', 'gone', 'up', 'went', 'surpassed', 'exceeded', 'topped', 'passed'])
// "along with seven additional accomplices": more of the same figure; "rose to 41, up from 27": an
// earlier figure of the same metric. "including three minors" is a subset of a total, not a figure
// of its own, so it inherits nothing.
const INHERIT_CUES = ['along with', 'plus', 'as well as', 'up from', 'down from', 'revised from', 'revised up from', 'revised down from', 'compared with an earlier', 'from an earlier']

// "The death toll from a bomb blast at a crowded market in Quetta rose to at least 41": the toll
// phrase names the metric, the verb right before the number links it to the figure, and anything
// may stand between the two. "the number of injured climbed to 30": the noun after "of" names it.
const TOLL_LINK_VERBS = new Set(['rose', 'risen', 'rises', 'rising', 'climbed', 'climbs', 'increased', 'increases', 'jumped', 'jumps', 'grew', 'soared', 'mounted', 'went', 'gone', 'stood', 'stands', 'standing', 'reached', 'reaches', 'hit', 'hits', 'passed', 'topped', 'exceeded', 'surpassed', 'fell', 'dropped', 'revised', 'raised', 'lowered', 'updated', 'is', 'was', 'now',
  // plural subjects and "remain": "confirmed deaths stand at 12", "deaths rise to 40", "the toll remained at 9"
  'stand', 'rise', 'climb', 'increase', 'jump', 'reach', 'remain', 'remains', 'remained', 'are', 'were',
  // the participle after the toll: "The toll, initially put at 30, …", "the number of dead was put at 1,500"
  'put'])
// A toll verb's base form after a modal or "to": "could rise to", "may reach", "is expected to climb to".
const FORECAST_BEFORE = new Set(['could', 'may', 'might', 'will', 'would', 'should', 'to', 'can'])
const BASE_FORMS = new Set(['rise', 'reach', 'climb', 'increase', 'jump', 'grow', 'hit', 'pass', 'top', 'exceed', 'surpass', 'go', 'stand', 'remain', 'double', 'soar'])
// "revised down from 45 to 41", "raised up to 40": the particle after the verb.
const TOLL_PARTICLES = new Set(['down', 'up', 'upward', 'upwards', 'downward', 'downwards', 'sharply', 'again'])
// Plural nouns of a metric that head a toll of their own: "deaths climbed to 131".
const TOLL_HEADS = new Set(['deaths', 'fatalities', 'injuries', 'casualties', 'arrests'])
// "the injured are more than 40", "the dead numbered 12": the victims, a copula, the figure.
const TOTAL_COPULAS = new Set(['are', 'were', 'number', 'numbered', 'total', 'totalled', 'totaled'])
// Verbs that take the figure as a direct object, with no "to"/"at".
const TOLL_DIRECT_VERBS = new Set(['reached', 'reaches', 'hit', 'hits', 'passed', 'topped', 'exceeded', 'surpassed', 'is', 'was', 'now'])
const TOLL_OF_METRIC = wordTable<Metric>({
  dead: 'killed', deaths: 'killed', killed: 'killed', fatalities: 'killed', victims: 'killed', casualties: 'killed', bodies: 'killed',
  injured: 'injured', wounded: 'injured', injuries: 'injured', hurt: 'injured',
  missing: 'missing', unaccounted: 'missing', hospitalized: 'hospitalized', hospitalised: 'hospitalized', arrests: 'arrested', arrested: 'arrested', detained: 'arrested',
})
// "Fourteen of the wounded were in critical condition": a share of the casualties, a figure only
// for a state the share is in (critical, in hospital). "Three of the dead were children" is a
// subset, not a figure.
const PARTITIVE_NOUNS = new Set(['wounded', 'injured', 'casualties', 'victims', 'survivors', 'hurt', 'hospitalized', 'hospitalised', 'patients', 'rescued', 'evacuated', 'missing'])
const PARTITIVE_METRICS = new Set<Metric>(['critical', 'hospitalized'])
// "Two Swiss tourists were among the dead": a subset of the toll, never a total.
const SUBSET_AFTER = /^(?:[\w'’-]+\s+){0,4}?(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+|those\s+)?(?:dead|killed|victims|injured|wounded|hurt|casualties|missing|arrested|detained)\b/i

const QUALIFIERS: Array<[string, Qualifier]> = [
  ['at least', 'at_least'], ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['not less than', 'at_least'], ['a minimum of', 'at_least'],
  ['more than', 'more_than'], ['over', 'more_than'], ['upwards of', 'more_than'], ['upward of', 'more_than'], ['in excess of', 'more_than'], ['surpassed', 'more_than'],
  ['exceeded', 'more_than'], ['topped', 'more_than'], ['above', 'more_than'], ['exceeding', 'more_than'], ['surpassing', 'more_than'],
  // "the toll has passed 150", "topping 150": a toll past a mark is more than it, like "surpassed" (§3).
  ['passed', 'more_than'], ['passing', 'more_than'], ['passes', 'more_than'], ['topping', 'more_than'], ['tops', 'more_than'],
  ['exceeds', 'more_than'], ['surpasses', 'more_than'],
  ['approximately', 'about'], ['about', 'about'], ['around', 'about'], ['nearly', 'about'], ['almost', 'about'], ['close to', 'about'],
  ['roughly', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['some', 'about'], ['circa', 'about'], ['approx', 'about'],
  ['up to', 'up_to'], ['as many as', 'up_to'],
  // "fewer than 10 people were hurt" (codebook §7: an upper bound).
  ['fewer than', 'up_to'], ['less than', 'up_to'],
]
const NOT_COUNTS_AFTER = new Set([
  '%', 'percent', 'per', 'dollars', 'euros', 'pounds', 'rubles', 'roubles', 'yuan', 'million', 'billion', 'trillion',
  'years', 'year', 'months', 'month', 'days', 'day', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'weeks', 'week',
  'decades', 'decade', 'centuries', 'century', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'kg', 'am', 'pm',
  'a.m', 'p.m', 'gmt', 'utc', 'o', 'times', 'percentage', 'points', 'degrees', 'lakh', 'lakhs', 'crore', 'crores',
  // "counted twice at two hospitals", "taken to three clinics": the number counts places of care.
  'hospitals', 'clinics',
  // "fired 40 shots": ammunition, not people.
  'shots', 'rounds', 'bullets',
  // "faces three counts of murder", "on two charges of manslaughter": charges, not people (§7).
  'counts', 'charges',
])
const CURRENCY = /^[$€£¥₽₹₦]$/
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/
/** A lowercase noun of things at token `k` ("villages", "attacks"), not people ("people", "residents") or "of". */
function thingsAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k]
  return !!t && /^\p{Ll}+$/u.test(t.text) && t.lower !== 'of' && !PEOPLE_NOUNS.has(t.lower) && !PEOPLE_ENDINGS.test(t.lower)
}
const VAGUE_WHOLES = new Set(['dozens', 'hundreds', 'scores', 'thousands'])
// Shares that give no number: "half of the 60 passengers", "most of the 40 workers".
const VAGUE_SHARES = new Set(['half', 'third', 'quarter', 'most', 'many', 'some', 'several', 'few', 'majority', 'dozens', 'scores', 'hundreds', 'none', 'rest', 'remainder', 'bulk'])
const FRACTIONS = new Set(['half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths'])
// Nouns a number in digits names rather than counts: "Flight 370", "Route 68", "Ward 7", "Article 15".
const IDENTIFIER_NOUNS = new Set(['flight', 'route', 'highway', 'interstate', 'motorway', 'bus', 'train', 'line', 'number', 'gate', 'ward', 'section', 'article', 'platform', 'terminal', 'block', 'room', 'unit', 'sector', 'channel', 'pier', 'berth', 'runway', 'hangar', 'bay', 'exit', 'lane', 'zone', 'phase', 'level', 'category', 'grade', 'class', 'rescue'])
// "Rs 4 lakh", "KSh 500", "USD 20": currencies written as words or codes before the amount.
const PEOPLE_NOUNS = new Set(['people', 'persons', 'civilians', 'victims', 'children', 'minors', 'adults', 'soldiers', 'officers', 'women', 'men', 'others', 'bystanders', 'spectators', 'concertgoers', 'residents', 'passengers', 'students', 'workers', 'gunmen', 'suspects', 'attackers', 'assailants', 'accomplices', 'militants', 'individuals', 'citizens'])

/**
 * The count claims of an article, appended to `doc.claims`: one per figure, with metric, value,
 * qualifier, `subset` for a part of the victims, `claimant` (an entity ref) or `claimantText` (a
 * source as written) and `otherEvent` for another event's figures. Evidence spans are [start, end)
 * in UTF-16 code units of the unchanged `doc.text`, from the qualifier or metric word to the number
 * or metric word, whichever reaches further. Rules: docs/annotation.md §3, §5 and §7.
 */
export function extractCounts(doc: Doc): Doc {
  const own = articleDates(doc.lookup)
  const inCaption = captionLines(doc.text)
  const claims: ExtractedClaim[] = []
  // Figures whose metric the article's other figures of the same number settle (see sameNumber).
  const unsure = new Map<ExtractedClaim, 'shot' | 'guessed'>()
  // Bodies found at a time of a running account, which may be steps between its tolls (see runningSteps).
  const steps = new Set<ExtractedClaim>()
  let lastMetric: Metric | null = null
  // The sentence of the last total: "Six of them were children" refers back only to the sentence before.
  let lastMetricAt = -2
  doc.sentences.forEach((sentence, si) => {
    const tokens = doc.tokens
    // The title is not annotated (docs/annotation.md §5): its figures are the body's, rounded or not.
    if (isTitleSentence(doc, sentence)) return
    // Nor are captions (§1, §7 "Page furniture"): "Rescuers search the rubble where 12 died. PHOTO: AFP".
    if (inCaption(sentence.start)) return
    const isOtherEvent = otherEventFigures(doc, sentence, own)
    const sourceOf = figureSources(doc, sentence)
    const bringsToll = tollReached(doc.lookup, sentence)
    // This sentence's claims start here: what it found is looked up from this index, not over the article's.
    const sentenceClaims = claims.length
    let previousInSentence: Metric | null = null
    let lastPart: (MetricAt & { subset: string }) | null = null
    // The low end of a range just read, with its metric: the high end's metric when its own words give none.
    let rangeLow: { high: number; metric: MetricAt } | null = null
    // The last total of the sentence: its qualifier may lead numbers coordinated after it.
    let lastTotal: { qualifier: Qualifier; tokenEnd: number; part: boolean; object: boolean; metricEnd: number } | null = null
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const n = readNumber(tokens, i)
      if (!n) {
        // "the 20th victim had been found": the toll the ordinal reaches.
        const c = tokens[i].text.charCodeAt(0)
        const ordinal = c >= 48 && c <= 57 ? victimOrdinal(tokens, i, sentence) : null
        if (ordinal) {
          const start = tokens[ordinal.tokenStart].start
          const end = tokens[ordinal.tokenEnd - 1].end
          const source = sourceOf(i)
          claims.push({
            kind: 'count', claimant: source?.key ?? null, ...(source?.text ? { claimantText: source.text } : {}), target: null, stance: null,
            metric: 'killed', value: ordinal.value, qualifier: 'exact', quote: null, evidence: { start, end, text: doc.text.slice(start, end) },
            confidence: 0.7, ...(isOtherEvent(i) ? { otherEvent: true } : {}),
          })
        }
        continue
      }
      if (n.tokenEnd > sentence.tokenEnd) continue
      i = n.tokenEnd - 1
      if (!isFigure(tokens, n, sentence)) continue
      // "None of the accounts given so far have hinted that as many as 30 passengers might have died":
      // what nobody says is no one's figure.
      if (deniedReport(tokens, n.tokenStart, sentence)) continue
      const otherEvent = isOtherEvent(n.tokenStart)
      const range = rangeAt(tokens, n, sentence)
      const qualifier = range ? { qualifier: range.qualifier, tokenStart: range.tokenStart } : qualifierBefore(tokens, n.tokenStart, sentence.tokenStart)
      const coordinated: boolean = !range && lastTotal !== null && coordinatedAfter(tokens, lastTotal.tokenEnd, qualifier.tokenStart)
      const more = tokens[n.tokenEnd]?.lower === 'more' && tokens[n.tokenEnd + 1]?.lower !== 'than'
      // (Read through a typed local: TypeScript narrows the closure's `let` to its initial null.)
      const lastTotalEnd: number | null = (lastTotal as { tokenEnd: number } | null)?.tokenEnd ?? null
      let part: (MetricAt & { subset: string }) | null = partOfVictims(doc, n, sentence, previousInSentence ?? lastMetric, previousInSentence, previousInSentence ?? (lastMetricAt >= si - 1 ? lastMetric : null)) ?? coordinatedPart(doc, n, sentence, lastPart) ?? (coordinated || dashAfter(tokens, lastTotalEnd, qualifier.tokenStart) ? partByPlace(doc, n, sentence, previousInSentence) : null)
      // "Three people died at the scene and two more in hospital": the verb left out, the place the part's.
      if (!part && coordinated && more && previousInSentence && ['in', 'at', 'on'].includes(tokens[n.tokenEnd + 1]?.lower ?? '')) {
        const place = elidedPlace(doc, n.tokenEnd + 1, sentence)
        if (place) part = { metric: previousInSentence, subset: place.text, tokenStart: n.tokenStart, tokenEnd: place.end, confidence: 0.7 }
      }
      lastPart = part
      if (!part && SUBSET_AFTER.test(doc.lookup.slice(tokens[n.tokenEnd - 1].end, sentence.end).trimStart())) continue
      const verb: MetricAt | null = part ? null : verbRightBefore(tokens, n, qualifier.tokenStart, sentence)
      const found: MetricAt | null = part ?? verb ?? noneSurvived(tokens, n, sentence) ?? metricAfter(tokens, range?.high ?? n, sentence) ?? metricBefore(tokens, qualifier.tokenStart, sentence.tokenStart, lastMetric) ?? inherited(tokens, qualifier.tokenStart, sentence.tokenStart, previousInSentence) ?? (coordinated && previousInSentence && (tokens[n.tokenEnd]?.lower === 'more' || (lastTotal!.object && objectOfVerb(doc, n, sentence))) ? { metric: previousInSentence, tokenStart: n.tokenStart, tokenEnd: n.tokenEnd + 1, confidence: 0.7 } : null) ?? (range?.qualifier === 'up_to' ? rangeHighMetric(rangeLow, n) : null) ?? theVictims(tokens, n, qualifier.tokenStart, sentence)
      if (!found) continue
      // "All three men had been shot" in a story that has said they are dead: the group the article
      // has counted among the dead (docs/annotation.md §7 "Shot and dead is killed"); "shot" alone is injured.
      const metric: MetricAt = found.metric === 'injured' && tokens[found.tokenEnd - 1]?.lower === 'shot' && tokens[qualifier.tokenStart - 1]?.lower === 'all' && lastMetric === 'killed' ? { ...found, metric: 'killed' } : found
      // "put the number of injured at between 80 and 95": the high end counts what the low end does.
      rangeLow = range?.qualifier === 'at_least' ? { high: range.high.tokenStart, metric } : null
      // "two more people died", "divers found three more bodies": a step of the toll, not a figure
      // (docs/annotation.md §7: the totals it leads to are); "…31 dead and 120 more wounded"
      // coordinates a figure of its own, and "two more people were detained" is one.
      // "Three more died elsewhere in the country": more of the toll in other places, a part by place
      // (§7 parts by place), not a step.
      const elsewhere: { text: string; end: number } | null = more && !part ? elsewherePart(doc, metric.tokenEnd, sentence) : null
      if (elsewhere) part = { ...metric, subset: elsewhere.text, tokenEnd: elsewhere.end }
      else if (more && !coordinated && metric.metric === 'killed') continue
      // "An additional five bodies were found, bringing the toll to 60": the step to a toll the
      // sentence gives is no figure either (§7 "A running count's step is no figure").
      // "Three bodies were pulled from the river, bringing the toll to 17", "six of the wounded had died
      // overnight, bringing the death toll to 31": so is any figure whose clause brings the toll to another.
      if (!part && bringsToll(tokens[n.tokenEnd - 1].end)) continue
      // "At least 13 killed and 60 wounded": a leading qualifier covers a number coordinated with its
      // figure that has no verb of its own (docs/annotation.md §5, §7 "Where a leading qualifier stops").
      // "At least 12 soldiers and 3 civilians were killed": both share one verb, so its finite form
      // is no clause of the second number's own.
      const sharedVerb = lastTotal !== null && lastTotal.metricEnd === metric.tokenEnd
      if (coordinated && qualifier.qualifier === 'exact' && tokens[n.tokenEnd]?.lower !== 'of' && !part && !lastTotal!.part && lastTotal!.qualifier !== 'exact' && (sharedVerb || !finiteVerbBetween(tokens, n.tokenEnd, metric.tokenEnd))) qualifier.qualifier = lastTotal!.qualifier
      lastTotal = range ? null : { qualifier: qualifier.qualifier, tokenEnd: n.tokenEnd, part: part !== null, object: verb !== null || (coordinated && lastTotal !== null && lastTotal.object), metricEnd: metric.tokenEnd }
      // A part does not set the metric that later figures of the sentence inherit: the total does.
      if (!part) {
        previousInSentence = metric.metric
        lastMetric = metric.metric
        lastMetricAt = si
      }
      const evidenceStart = Math.min(qualifier.tokenStart, metric.tokenStart)
      const evidenceEnd = Math.max(n.tokenEnd, metric.tokenEnd)
      const start = tokens[evidenceStart].start
      const end = tokens[evidenceEnd - 1].end
      let confidence = metric.confidence
      if (sentence.heading) confidence -= 0.1
      const source = sourceOf(n.tokenStart)
      const claimant = source?.key ?? null
      if (claimant) confidence -= 0.05
      const unsureOf: 'shot' | 'guessed' | null = metric.guessed ? 'guessed' : metric.metric === 'injured' && tokens[metric.tokenEnd - 1]?.lower === 'shot' ? 'shot' : null
      claims.push({
        kind: 'count',
        claimant,
        ...(source?.text ? { claimantText: source.text } : {}),
        target: null,
        stance: null,
        metric: metric.metric,
        value: n.value,
        qualifier: qualifier.qualifier,
        ...(part ? { subset: part.subset } : {}),
        quote: null,
        evidence: { start, end, text: doc.text.slice(start, end) },
        confidence: Math.round(confidence * 100) / 100,
        ...(otherEvent ? { otherEvent: true } : {}),
      })
      if (unsureOf) unsure.set(claims[claims.length - 1], unsureOf)
      if (!part && metric.metric === 'killed' && qualifier.qualifier === 'exact' && foundDead(tokens, metric) && TIME_FRONTED.test(doc.lookup.slice(sentence.start, tokens[sentence.tokenStart + Math.min(6, sentence.tokenEnd - sentence.tokenStart - 1)].end))) steps.add(claims[claims.length - 1])
      const inHospital = metric.metric === 'injured' ? alsoInHospital(tokens, metric.tokenEnd, sentence) : null
      if (inHospital !== null) {
        const last = claims[claims.length - 1]
        const to = tokens[inHospital - 1].end
        claims.push({ ...last, metric: 'hospitalized', evidence: { start, end: to, text: doc.text.slice(start, to) }, confidence: Math.round((last.confidence - 0.1) * 100) / 100 })
      }
    }
    // "The owner of the factory was detained on suspicion of manslaughter": one person held is
    // arrested 1 (docs/annotation.md §7 "Held on suspicion is an arrest"), when the sentence gives
    // no number of arrests.
    if (!sentence.heading && !claims.slice(sentenceClaims).some((c) => c.metric === 'arrested')) {
      const one = singleArrest(doc, sentence)
      if (one) {
        const source = sourceOf(one.tokenStart)
        const start = tokens[one.tokenStart].start
        const end = tokens[one.tokenEnd - 1].end
        claims.push({
          kind: 'count', claimant: source?.key ?? null, ...(source?.text ? { claimantText: source.text } : {}), target: null, stance: null,
          metric: 'arrested', value: 1, qualifier: 'exact', quote: null, evidence: { start, end, text: doc.text.slice(start, end) },
          confidence: 0.65, ...(isOtherEvent(one.tokenStart) ? { otherEvent: true } : {}),
        })
      }
    }
  })
  sameNumber(claims, unsure)
  const counted = runningSteps(claims, steps)
  const bodyFigures = new Set(
    counted.filter((c) => !sentenceAt(doc, c.evidence.start)?.heading).map((c) => `${c.metric}:${c.value}`),
  )
  const kept = counted.filter((c) => {
    const heading = sentenceAt(doc, c.evidence.start)?.heading
    return !heading || !bodyFigures.has(`${c.metric}:${c.value}`)
  })
  return { ...doc, claims: [...doc.claims, ...kept] }
}

// A sentence fronted by a time of a running account: "Overnight,", "Later,", "By dawn,", "On Monday
// morning,", "This afternoon,".
const TIME_FRONTED = /^\s*(?:overnight|later|by (?:dawn|daybreak|nightfall|morning|midday|noon|evening)|(?:early |late )?(?:on )?(?:\w+day )?(?:morning|afternoon|evening|night)|this (?:morning|afternoon|evening)|in the (?:morning|afternoon|evening|night))\s*,/i

/** "…were found dead", "…bodies were recovered": the dead counted as they are found, the metric's words ending at `metric.tokenEnd`. */
function foundDead(tokens: Token[], metric: MetricAt): boolean {
  const last = tokens[metric.tokenEnd - 1]?.lower
  return last === 'dead' && tokens[metric.tokenEnd - 2]?.lower === 'found'
}

/**
 * "Overnight, four residents were found dead under the debris" in an account whose death toll rises
 * past that number: the dead found at a time of a running account are the step between its tolls,
 * no figure (docs/annotation.md §7 "A running count's step is no figure even without 'more'"). The
 * claims without such steps: a step goes when the article gives a larger death toll (a figure whose
 * evidence names the toll) of this event.
 */
function runningSteps(claims: ExtractedClaim[], steps: Set<ExtractedClaim>): ExtractedClaim[] {
  if (steps.size === 0) return claims
  const tolls = claims.filter((c) => c.metric === 'killed' && !steps.has(c) && !c.otherEvent && !c.subset && /\b(?:toll|tally)\b/i.test(c.evidence.text)).map((c) => c.value ?? 0)
  return claims.filter((c) => !steps.has(c) || !tolls.some((v) => v > (c.value ?? 0)))
}

/**
 * Figures whose words leave the metric open, settled by the article's other figures of the same
 * number (this event's, read from their own words):
 *   "shot": "gunmen shot at least 27 worshippers" in a story that gives 27 dead is killed (§7 "Shot and
 *     dead is killed"); "shot" alone, with no death of that many said, stays injured;
 *   a toll noun with no metric of its own, which took the last figure's: "…and 7,729 had been
 *     injured, adding that the earlier figure of 334 had counted some victims twice" after "the
 *     death toll down to 318 from 334" is the killed 334 (one metric for that number, not the guess).
 * Changes `claims` in place.
 */
function sameNumber(claims: ExtractedClaim[], unsure: Map<ExtractedClaim, 'shot' | 'guessed'>): void {
  if (unsure.size === 0) return
  const metrics = new Map<number, Set<Metric>>()
  for (const c of claims) {
    if (unsure.has(c) || c.otherEvent || c.subset || c.value == null || !c.metric) continue
    const set = metrics.get(c.value) ?? new Set<Metric>()
    set.add(c.metric)
    metrics.set(c.value, set)
  }
  for (const [c, why] of unsure) {
    const known = metrics.get(c.value!)
    if (!known) continue
    if (why === 'shot' && known.has('killed')) c.metric = 'killed'
    if (why === 'guessed' && known.size === 1 && !known.has(c.metric!)) c.metric = [...known][0]!
  }
}

// A photo caption's line by how it opens: "[FILES] …", "FILE PHOTO: …", "Image caption, …",
// "Photo: …", a picture agency's
// "BEIRA, MOZAMBIQUE - FEBRUARY 16: Residents wade…".
const CAPTION_START = /^[ \t]*(?:\[FILES?\]|\(FILES?\)|FILE PHOTO\b|[A-Z][A-Z .,'’-]{2,40}[ \t][-–—][ \t](?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)[ \t]\d{1,2}:)/
const CAPTION_LABEL = /^[ \t]*(?:(?:image |photo )?caption[ \t]*[,:]|(?:photo|picture|pictured)[ \t]*:)/i
// …or by the credit that closes it: "… PHOTO: AFP", "… / Photo: © AFP", "… Picture: AFP/Getty
// Images", "… (AP Photo/Dolores Ochoa)", "… | AFP", "… / Reuters".
const CAPTION_END = /(?:\b(?:photo|photos|picture|pictures|image|images|photograph|credit|credits)[ \t]*:[ \t]*[^\n:]{1,60}|\((?:AP|AFP|Reuters|EPA)[ \t]+Photo\b[^()\n]{0,60}\)|[|/][ \t]*(?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|Anadolu Agency|AA))[ \t]*$/i

/**
 * Which offsets (UTF-16 code units of `text`) lie on a photo caption's line, known by how the line
 * opens or by the credit that closes it (CAPTION_START, CAPTION_LABEL, CAPTION_END). The lines are
 * read once, in one pass over the text; offsets are asked in increasing order (sentence by sentence).
 */
function captionLines(text: string): (offset: number) => boolean {
  const spans: Array<[number, number]> = []
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start)
    const end = nl === -1 ? text.length : nl
    const line = text.slice(start, end)
    if (CAPTION_START.test(line) || CAPTION_LABEL.test(line) || CAPTION_END.test(line)) spans.push([start, end])
    if (nl === -1) break
    start = nl + 1
  }
  let i = 0
  return (offset) => {
    while (i < spans.length && spans[i][1] < offset) i++
    return i < spans.length && spans[i][0] <= offset && offset <= spans[i][1]
  }
}

/**
 * "…died elsewhere in the country", "…were killed elsewhere in Kivu as…": the place phrase opened by
 * "elsewhere" right after the metric word ending at token `k`, as written up to a comma or a clause's
 * end (at most seven words), and the token after it; null when "elsewhere" does not follow.
 */
function elsewherePart(doc: Doc, k: number, s: Sentence): { text: string; end: number } | null {
  const tokens = doc.tokens
  if (k >= s.tokenEnd || tokens[k].lower !== 'elsewhere') return null
  let end = k + 1
  while (end < Math.min(s.tokenEnd, k + 8) && /^[\p{L}'’-]+$/u.test(tokens[end].text) && !clauseEnds(tokens, end) && !['on', 'at', 'after', 'during'].includes(tokens[end].lower)) end++
  return { text: doc.text.slice(tokens[k].start, tokens[end - 1].end), end }
}

/**
 * "as families buried some of the 23 victims", "all 14 victims were from one village": the
 * victims the article counts by the definite article (or "all") are its dead, when no other word of
 * the clause says what the number counts (SHARE_NOUNS reads "victims" as the dead the same way).
 */
function theVictims(tokens: Token[], n: NumberAt, at: number, s: Sentence): MetricAt | null {
  if (n.tokenEnd >= s.tokenEnd || tokens[n.tokenEnd].lower !== 'victims' || at - 1 < s.tokenStart || !['the', 'all'].includes(tokens[at - 1].lower)) return null
  return { metric: 'killed', tokenStart: at - 1, tokenEnd: n.tokenEnd + 1, confidence: 0.65 }
}

// Subjects that say no one says it: "None of the survivors", "No one", "Nobody", "Neither".
const NOBODY = new Set(['none', 'nobody', 'neither'])

/**
 * A number at token `at` in the "that" clause of a report whose subject is nobody: "None of the
 * accounts have hinted that…", "No one has suggested that…", "Nobody said that…" — the sentence
 * opens with the subject, and its verb's "that" comes before any comma or conjunction.
 */
function deniedReport(tokens: Token[], at: number, s: Sentence): boolean {
  const first = tokens[s.tokenStart].lower
  if (!NOBODY.has(first) && !(first === 'no' && tokens[s.tokenStart + 1]?.lower === 'one')) return false
  for (let k = s.tokenStart + 1; k < at; k++) {
    // ("Nobody was hurt, but police said that 4 were arrested": another clause's report.)
    if (tokens[k].text === ',' || tokens[k].text === ';' || tokens[k].lower === 'but' || tokens[k].lower === 'and') return false
    if (tokens[k].lower === 'that' && REPORTS.has(tokens[k - 1].lower)) return true
  }
  return false
}
// Verbs before "that" that report or hint: "said that", "hinted that", "suggested that".
const REPORTS = new Set([...SPEECH_VERBS, 'hinted', 'suggested', 'indicated', 'shown', 'showed', 'confirmed', 'suggest', 'hint', 'indicate', 'show', 'confirm'])

/**
 * "…and two more in hospital", "…and one more on the way to hospital": the phrase of place from the
 * preposition at token `k` to the sentence's end, a comma, a clause's end or "from"/"with"/"during" (at most eight words),
 * when no verb stands in it; its text as written and the token after it, or null.
 */
function elidedPlace(doc: Doc, k: number, s: Sentence): { text: string; end: number } | null {
  const tokens = doc.tokens
  let end = k + 1
  while (end < Math.min(s.tokenEnd, k + 9) && /^[\p{L}'’-]+$/u.test(tokens[end].text) && !clauseEnds(tokens, end) && !['from', 'with', 'during'].includes(tokens[end].lower)) {
    if (FINITE.has(tokens[end].lower) || MAIN_VERBS.has(tokens[end].lower) || (METRIC_AFTER[tokens[end].lower] && !/^hospitals?$/.test(tokens[end].lower))) return null
    end++
  }
  return end > k + 1 ? { text: doc.text.slice(tokens[k].start, tokens[end - 1].end), end } : null
}

// "…, bringing the death toll to 60", "taking the number of dead to 41".
const TOLL_REACHED = /\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its)\s+(?:\w+\s+){0,2}?(?:toll|tally|number|count)\b/gi

/**
 * Whether a clause that brings the toll to a figure ("…, bringing the death toll to 60") follows
 * offset `at` in sentence `s` with no ";" between. The sentence's such clauses are found once, in one
 * pass, when its first figure asks.
 */
function tollReached(text: string, s: Sentence): (at: number) => boolean {
  let marks: number[] | null = null
  let semis: number[] = []
  return (at) => {
    if (marks === null) {
      const part = text.slice(s.start, s.end)
      marks = [...part.matchAll(TOLL_REACHED)].map((m) => s.start + m.index!)
      semis = marks.length > 0 ? [...part.matchAll(/;/g)].map((m) => s.start + m.index!) : []
    }
    return marks.some((r) => r >= at && !semis.some((x) => x >= at && x < r))
  }
}
const YEAR = /^(?:1[89]\d{2}|20\d{2})$/
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
// A full date (day, month and year) or a copyright line dates the article itself.
const OWN_DATE = new RegExp(`\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+|copyright\\s+(?:©\\s*)?)((?:1[89]|20)\\d{2})\\b|\\b((?:1[89]|20)\\d{2})-\\d{2}-\\d{2}\\b`, 'gi')

/** The comma inside "1,500". */
function digitGroupComma(tokens: Token[], k: number): boolean {
  return tokens[k].text === ',' && !tokens[k].spaceBefore && /^\d+$/.test(tokens[k - 1]?.text ?? '') && /^\d{3}$/.test(tokens[k + 1]?.text ?? '') && !tokens[k + 1].spaceBefore
}

// The month word of a full date, day first or month first.
const MONTH_IN_DATE = new RegExp(`(?<![a-z])${MONTH}`, 'i')

/** The article's own time: years and months (their first three letters, lowercase) of its full dates. */
interface OwnDates {
  years: Set<number>
  months: Set<string>
}

/** Years and months the article gives for its own time: those of full dates ("March 22, 2024") and copyright lines. */
function articleDates(text: string): OwnDates {
  const years = new Set<number>()
  const months = new Set<string>()
  for (const m of text.matchAll(OWN_DATE)) {
    years.add(Number(m[1] ?? m[2]))
    const month = MONTH_IN_DATE.exec(m[0])
    if (month) months.add(month[0].slice(0, 3).toLowerCase())
  }
  return { years, months }
}

// "the deadliest attack since…", "the worst disaster since…", "compared with 12 a year earlier":
// what follows measures this event against another one.
const COMPARATIVE = /\b(?:(?:deadliest|worst|bloodiest|biggest|largest|most (?:deadly|serious|lethal))\b.*\bsince\b|compared (?:with|to)\b|(?:previous|last|earlier) record\b)/i
// Words that open a clause about what was just named: "…in Beslan in 2004, in which 330 died".
const RELATIVE_OPENERS = /^(?:in which|during which|when|where|which|that|who|whose)\b/i
// "in March", "in early May" with no day after it (the article's own days are weekdays or full dates).
const IN_MONTH = new RegExp(`\\bin (?:early |late |mid-)?(${MONTH})(?!\\s*\\d)(?!\\w)`, 'i')
const FRONTED_DATE = /^(?:in|back|since|during|by|earlier|last|a|so|this)$/
// "Nine days earlier,", "Two weeks before,", "A month ago,": an opening that steps back in time.
const FRONTED_OFFSET = /^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d+)\s+)(?:days?|weeks?|months?|years?)\s+(?:earlier|before|ago)$/i
const FRONTED_MONTH = new RegExp(`^(?:(?:earlier |back )?in|last|since)\\s+(?:(?:early|late|mid)[-\\s])?${MONTH}$`, 'i')
const SEGMENT_BREAKS = new Set([',', ';', '—', '–', '(', ')'])
// A sentence's opening that reports another incident: "Separately,", "In a separate incident,", "In another attack,".
const SEPARATELY = /^(?:separately|in (?:a |another )?separate (?:incident|attack|raid|strike|accident|blast|shooting)|in (?:another|an unrelated) (?:incident|attack|raid|strike|accident|blast|shooting))$/i

// Tolls of a war, a year or a campaign, not of one event (docs/annotation.md §3 "cumulative tolls";
// §7 "Tolls of the wider fighting"): "so far this year", "over the past decade", "in the conflict" (not
// "in the conflict zone"), "since the war began", "in three days of clashes", "an insurgency that has
// killed…", a rate "every year", "this year alone" (or "This year," fronted, a clause of its own;
// not "the deadliest attack this year"); "earlier this year" and "in those raids" are earlier events.
const CUMULATIVE = /\b(?:(?:in|during) (?:those|the earlier|the previous|earlier|previous) (?:raids|attacks|clashes|strikes|air strikes|airstrikes|incidents|operations|bombings)\b|(?:so far|earlier) this year\b|since the (?:start|beginning) of (?:the|this) year\b|since the (?:war|conflict|insurgency|fighting|violence|uprising|invasion|crisis|unrest|revolution|offensive|rebellion)\b|(?:over|in|during) the (?:past|last) (?:\w+ )?(?:decades?|years|months)\b|in the (?:conflict|war|insurgency|civil war)\b(?![-‐]|\s+(?:zone|area|region|hit|torn)\b)|(?:in|during|over|across) (?:\w+ )?(?:days|weeks|months|years|decades) of (?:\w+ )?(?:clashes|fighting|violence|unrest|conflict|war|protests|attacks|raids|air strikes|airstrikes|bombardment|shelling)\b|(?:insurgency|conflict|war|offensive|campaign|crackdown|uprising|rebellion)\s+(?:that|which)\s+(?:has|have|had)\b|\b(?:every|each|per) year\b|\bannually\b|\bthis year alone\b|^this year$)/i
// Another event or period named in the clause: "in a similar crash", "a similar fire at a club",
// "in a previous attack", "last year", "a year earlier", "two weeks earlier", "since January" (a month with no day: months of a toll, not the
// event's days). Not "a similar number" or "since Sunday".
const ANOTHER_TIME = new RegExp(`\\b(?:(?:a|an|the) (?:similar|previous|prior|earlier) (?:(?:worst|deadliest|major|big|bigger|large|fatal|deadly) )?(?:attack|attacks|crash|crashes|accident|fire|blaze|blast|bombing|explosion|stampede|crush|incident|disaster|tragedy|quake|earthquake|flood|floods|shooting|collision|derailment|sinking|collapse|raid|strike)|last year|(?:a|one) year (?:earlier|before|ago)|the previous year|(?:a|one|two|three|four|five|six|several|a few|\\d+) (?:weeks|months|years) (?:earlier|before|ago)|(?:a|one) (?:week|month) (?:earlier|before|ago)|since (?:early |late |mid-)?${MONTH}(?!\\s*\\d))\\b`, 'i')

// "in two days of street protests": days or weeks of unrest, which are the event itself when the
// headline names that unrest ("Togo opposition says four killed in protests").
const DAYS_OF_UNREST = /\b(?:in|during|over|across) (?:\w+ )?(?:days|weeks) of (?:\w+ )?(clashes|fighting|violence|unrest|protests|riots|rioting|demonstrations)\b/i

/**
 * `text` without its "N days of <unrest>" phrase when the article's title names the same unrest
 * (docs/annotation.md §7 "Tolls of the wider fighting … unless the article gives them as the
 * event's own": a report whose headline is the protests gives the protests' toll as its own).
 */
function unrestOfTitle(doc: Doc, text: string): string {
  const m = doc.title ? DAYS_OF_UNREST.exec(text) : null
  if (!m) return text
  const stem = m[1].toLowerCase().replace(/(?:es|s|ing)$/, '').slice(0, 6)
  return new RegExp(`\\b${stem}`, 'i').test(doc.title!) ? text.replace(m[0], '') : text
}

// A clause about a campaign that a relative clause in the perfect then measures: "…the offensive in
// the region, which has so far left more than 40 fighters dead".
// (Not "violence", "clashes" or "unrest", which may be the event itself: "the unrest, which has killed 30".)
const PROLONGED = /\b(?:insurgency|conflict|war|offensive|campaign|crackdown|uprising|rebellion)\b/i
const PERFECT_RELATIVE = /^(?:which|that)\s+(?:has|have|had)\b/i
// "The attack comes barely four days after two soldiers died…": what follows is an earlier event.
// "The quake struck almost nine years after an office block came down…", "…, two weeks after 9 died
// in an attack on a church": what follows is an earlier event (weeks to decades, not days: "two days
// after the blast" is still this event).
const AFTER_OR_SINCE = /after|since/i
const YEARS_AFTER = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|many|a few)\s+(?:weeks?|months?|years?|decades?)\s+(?:after|since)\b/i
// A superlative that a clause opening with "since" measures against an earlier event: "the deadliest
// riot in a decade, since a clash … left eight dead".
const SUPERLATIVE = /\b(?:deadliest|worst|bloodiest|biggest|largest|most (?:deadly|serious|lethal))\b/i
const CAME_AFTER = /\b(?:comes?|came|coming)\s+(?:(?:just|only|barely|nearly|almost|less than|more than|about|a|an|some)\s+)*(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?)\s+(?:after|since)\b|\b(?:comes?|came|coming)\s+(?:just\s+)?(?:after|weeks after|days after)\b/i

/**
 * Which figures of a sentence belong to another event. A clause (between commas, dashes or
 * parentheses) that names an explicit year other than the article's own ("in 2004", "the 2015
 * attacks", "since 2017") or a cumulative toll ("so far this year", "since the war began") speaks of
 * another event: its figures do, and so do those of a relative clause that follows it ("…, in which
 * 130 people died") or of a sentence it opens ("In 2019, 29 people died"). A comparison ("the
 * deadliest since…", "compared with") and "came four days after" speak of another event from where
 * they start: "a crush that killed 64 people in the country's worst disaster since 2001" keeps 64.
 * Articles rarely date their own event with a bare year, so any such year will do.
 */
function otherEventFigures(doc: Doc, s: Sentence, own: OwnDates): (tokenIndex: number) => boolean {
  // Read when the sentence's first figure asks: most sentences have none.
  let segments: Segment[] | null = null
  return (tokenIndex) => {
    segments ??= eventSegments(doc, s, own)
    const i = segments.findIndex((seg) => tokenIndex >= seg.from && tokenIndex < seg.to)
    if (i === -1) return false
    if (tokenIndex >= segments[i].cueFrom && !mainClauseTime(doc.tokens, segments[i], tokenIndex, s.tokenStart)) return true
    // "In 2019, 29 people died…": a fronted date dates the whole sentence, or the clause after a
    // semicolon it opens ("…are common in India; in 2013, 115 people died at a temple").
    let c = i
    while (c > 0 && segments[c].from !== s.tokenStart && doc.tokens[segments[c].from - 1]?.text !== ';') c--
    const opening = segments[c]
    if (opening.cueFrom === opening.from && opening.to - opening.from <= 4 && FRONTED_DATE.test(doc.tokens[opening.from].lower)) return true
    // "The country's worst ferry disaster, in 2002, killed 1,800 people": a date between commas dates
    // the clause it interrupts.
    const aside = segments[i - 1]
    if (aside && i >= 1 && aside.cueFrom === aside.from && aside.to - aside.from <= 3 && doc.tokens[aside.from].lower === 'in' && YEAR.test(doc.tokens[aside.to - 1].text) && doc.tokens[aside.from - 1]?.text === ',') return true
    // "In a previous attack on the town, 17 were killed": a fronted phrase naming another event.
    if (opening !== segments[i] && opening.another && doc.tokens[opening.from].lower === 'in') return true
    const first = segments[0]
    // "Nine days earlier, a bomb at a bus stop killed four people": the story steps back to an earlier event.
    if (first.to < s.tokenEnd && doc.tokens[first.to].text === ',' && FRONTED_OFFSET.test(first.text)) return true
    // "In February, 17 soldiers were killed in two raids": a month alone, fronted, sets the
    // sentence in another time than the article's days ("on Sunday", "overnight").
    if (first.month) return true
    // "Separately, officials said five people were killed when shells hit a school", "In another
    // incident, …": a fronted word that the sentence reports another incident — unless it gives the
    // toll ("Separately, the toll from the suicide attack has climbed to 38" is this event's).
    if (first.separate && !/\b(?:toll|tally)\b/.test(doc.lookup.slice(s.start, s.end))) return true
    // "…nine years after an office block came down in a tremor, killing 37 people": the participle
    // continues the clause of the earlier event right before it.
    if (i > 0 && segments[i - 1].earlier && PARTICIPLE_OPENERS.test(segments[i].text)) return true
    if (!segments[i].relative || i === 0) return false
    return (segments[i].perfect && segments[i - 1].prolonged) || monthEvent(segments[i - 1].text, own) || segments.slice(0, i).some((seg) => seg.cueFrom < seg.to)
  }
}

// Offsets in time among ANOTHER_TIME's cues: "two years ago", "a year before", "last year".
const TIME_OFFSET = /\b(?:earlier|before|ago|last year|previous year)$/i
// Words that open a clause inside a subject: "the bus in which 14 died", "the student suspected of killing".
const SUBJECT_CLAUSE = new Set(['which', 'who', 'whom', 'that', 'where', 'of'])

/**
 * "The driver of a bus in which 14 people died and 38 were injured … had been caught drunk two years
 * ago", "The student suspected of killing three pupils … had been interviewed a year before": a time
 * offset at `seg.offsetAt` that follows the main clause's perfect ("had been", "has been") dates
 * that clause; a figure at `tokenIndex` before it, in a clause opened inside the subject (from
 * `sentenceStart` on), is this event's.
 */
function mainClauseTime(tokens: Token[], seg: Segment, tokenIndex: number, sentenceStart: number): boolean {
  if (seg.offsetAt === null || tokenIndex >= seg.offsetAt) return false
  let perfect = false
  for (let k = tokenIndex + 1; k < seg.offsetAt - 1 && !perfect; k++) perfect = ['had', 'has', 'have'].includes(tokens[k].lower) && tokens[k + 1].lower === 'been'
  if (!perfect) return false
  // (The clause may open before an aside: "in which 14 people, including four children, died and 38…".)
  for (let k = tokenIndex - 1; k >= sentenceStart; k--) if (SUBJECT_CLAUSE.has(tokens[k].lower)) return true
  return false
}

/** A clause of a sentence between breaks, tokens [from, to); cueFrom: its first token whose figures are another event's (Infinity: none). */
interface Segment {
  from: number
  to: number
  cueFrom: number
  relative: boolean
  prolonged: boolean
  perfect: boolean
  /** The sentence's opening clause is a month alone: "In February,", "Last March,", "In early May,". */
  month: boolean
  /** It names an event years before ("nine years after an office block came down"). */
  earlier: boolean
  /** The sentence's opening clause says it reports another incident: "Separately,", "In another incident,". */
  separate: boolean
  /** It names another event or time (ANOTHER_TIME): "in a previous attack", "two years ago". */
  another: boolean
  /** The token of its time offset ("two years ago", "a year before"), or null. */
  offsetAt: number | null
  /** Its words (lowercase lookup text), for the cues read only when a figure asks. */
  text: string
}
/**
 * "after riots in Sfax in March": a month with no day that is not the article's own dates another
 * event, for the relative clause after it (not the clause's own figures: "the court, which in
 * November had indicted two engineers").
 */
function monthEvent(text: string, own: OwnDates): boolean {
  const month = IN_MONTH.exec(text)
  return month !== null && !own.months.has(month[1].slice(0, 3).toLowerCase())
}
const PARTICIPLE_OPENERS = /^(?:killing|leaving|injuring|wounding)\b/i

function eventSegments(doc: Doc, s: Sentence, own: OwnDates): Segment[] {
  const segments: Segment[] = []
  let from = s.tokenStart
  for (let k = s.tokenStart; k <= s.tokenEnd; k++) {
    if (k < s.tokenEnd && (!SEGMENT_BREAKS.has(doc.tokens[k].text) || digitGroupComma(doc.tokens, k))) continue
    if (k > from) {
      const segStart = doc.tokens[from].start
      const text = doc.lookup.slice(segStart, doc.tokens[k - 1].end)
      const tokenAt = (offset: number) => {
        let j = from
        while (j < k && doc.tokens[j].start < segStart + offset) j++
        return j
      }
      let cueFrom = Infinity
      const comparative = COMPARATIVE.exec(text)
      // (Read only where "after" or "since" stands: most clauses have neither.)
      const came = AFTER_OR_SINCE.test(text) ? CAME_AFTER.exec(text) ?? YEARS_AFTER.exec(text) : null
      const earlier = came !== null && came[0].length > 0 && YEARS_AFTER.test(came[0])
      if (comparative) cueFrom = tokenAt(comparative.index)
      if (came) cueFrom = Math.min(cueFrom, tokenAt(came.index))
      // "…the deadliest riot in a decade, since a clash … left eight inmates dead"
      const previous = segments[segments.length - 1]
      if (doc.tokens[from].lower === 'since' && previous && SUPERLATIVE.test(previous.text)) cueFrom = from
      const another = ANOTHER_TIME.exec(text)
      if (CUMULATIVE.test(unrestOfTitle(doc, text)) || another) cueFrom = from
      // "…in which 14 people died and 38 were injured on Saturday had been caught drink-driving two
      // years ago": a time offset after the main clause's "had been" dates that clause, not the
      // figures of a relative clause in its subject (see mainClauseTime).
      const offsetAt = another && TIME_OFFSET.test(another[0]) && !CUMULATIVE.test(unrestOfTitle(doc, text)) ? tokenAt(another.index) : null
      // "after riots in Sfax in March, in which three people were killed": a month with no day that
      // is not the article's own dates what a relative clause after it tells (not the clause's own
      // figures: "the court, which in November had indicted two engineers").
      // A year dates the whole clause, unless it is the comparison's own ("the worst since … 2001").
      for (let j = from; j < Math.min(k, comparative ? cueFrom : k) && cueFrom > from; j++) {
        const t = doc.tokens[j]
        if (!YEAR.test(t.text) || own.years.has(Number(t.text))) continue
        // "4,500 people", "2,000 families": a glued comma group is a number, not a year.
        if (doc.tokens[j - 1]?.text === ',' && !t.spaceBefore) continue
        if (PEOPLE_NOUNS.has(doc.tokens[j + 1]?.lower ?? '')) continue
        cueFrom = from
      }
      // (Not the month of the article's own full date: "In March," in a story dated March 8, 2024.)
      const fronted = from === s.tokenStart && k < s.tokenEnd && doc.tokens[k].text === ',' && FRONTED_MONTH.test(text) && /^\p{Lu}/u.test(doc.tokens[k - 1].text) && !own.months.has(doc.tokens[k - 1].lower.slice(0, 3))
      const separate = from === s.tokenStart && k < s.tokenEnd && doc.tokens[k].text === ',' && SEPARATELY.test(text)
      segments.push({ from, to: k, cueFrom, relative: RELATIVE_OPENERS.test(text), prolonged: PROLONGED.test(text), perfect: PERFECT_RELATIVE.test(text), month: fronted, earlier, separate, another: another !== null, offsetAt, text })
    }
    from = k + 1
  }
  return segments
}

/**
 * The part of the victims a number counts, with the metric of the victims it is part of, or null.
 * `previous` is the metric of the last total before it (for "including 19 children"), `inSentence`
 * that of this sentence ("six of them children"), `recent` that of this sentence or the one before
 * ("Eleven people died. Six of them were children."). The part is the noun phrase as written, its leading article dropped.
 */
function partOfVictims(doc: Doc, n: NumberAt, s: Sentence, previous: Metric | null, inSentence: Metric | null, recent: Metric | null): (MetricAt & { subset: string }) | null {
  const tokens = doc.tokens
  const lower = (k: number) => (k >= s.tokenStart && k < s.tokenEnd ? tokens[k].lower : '')
  const at = (metric: Metric | null, subset: string | null, end: number) =>
    metric && subset ? { metric, subset, tokenStart: n.tokenStart, tokenEnd: Math.max(end, n.tokenEnd), confidence: 0.75 } : null
  // "Three of the dead were children": a share of the victims, then what it is.
  if (lower(n.tokenEnd) === 'of') {
    const share = shareOfVictims(tokens, n)
    if (share && ['were', 'was', 'are', 'is'].includes(lower(share.noun + 1)) && !isStateAfter(tokens, share.noun + 2, s)) {
      const part = partPhrase(doc, share.noun + 2, s)
      return part ? at(share.metric, part.text, part.end) : null
    }
    // "six of its citizens were killed", "two of our colleagues died": the possessor's people, a part
    // whose metric the clause gives.
    const owned = possessedAt(tokens, n.tokenEnd + 1, s)
    // ("an ambush that killed four of his bodyguards and wounded nine": the verb's object, no part.)
    if (owned !== null && !METRIC_BEFORE[lower(n.tokenStart - 1)]) {
      const part = partPhrase(doc, owned, s)
      // The clause's verb is looked for from the possessed noun on.
      const metric = part ? metricAfter(tokens, { ...n, tokenEnd: owned }, s) : null
      return part && metric ? at(metric.metric, part.text, Math.max(part.end, metric.tokenEnd)) : null
    }
    // "At least 50 people died, 40 of which are from Maguindanao", "…, 25 of whom were women"
    const whom = lower(n.tokenEnd + 1) === 'whom' ? previous : lower(n.tokenEnd + 1) === 'which' ? inSentence : null
    if (whom && ['were', 'was', 'are', 'is'].includes(lower(n.tokenEnd + 2))) {
      const k = afterReportedToBe(tokens, n.tokenEnd + 3, s)
      if (isStateAfter(tokens, k, s)) return null
      const part = lower(k) === 'from' ? placeAt(doc, k + 1, s, 'from') : partPhrase(doc, k, s)
      return part ? at(whom, part.text, part.end) : null
    }
    // "…left 11 dead, six of them children"
    // "Eleven people died. Six of them were children.": the last total's part, after a copula.
    if (lower(n.tokenEnd + 1) === 'them' && recent && ['were', 'are'].includes(lower(n.tokenEnd + 2)) && !isStateAfter(tokens, n.tokenEnd + 3, s)) {
      const part = partPhrase(doc, n.tokenEnd + 3, s)
      return part ? at(recent, part.text, part.end) : null
    }
    // "58 people died across the state, 21 of them in Kodagu", "64 were hurt, 15 of them in the
    // tower": the part in a place (docs/annotation.md §7, parts by place), not a state ("in hospital").
    if (lower(n.tokenEnd + 1) === 'them' && lower(n.tokenEnd + 2) === 'in' && inSentence && !isStateAfter(tokens, n.tokenEnd + 3, s)) {
      const place = placeAt(doc, n.tokenEnd + 3, s, 'in') ?? (lower(n.tokenEnd + 3) === 'the' ? partPhrase(doc, n.tokenEnd + 3, s) : null)
      if (place && !STATE_NOUNS.has(tokens[place.end - 1].lower)) return at(inSentence, doc.text.slice(tokens[n.tokenEnd + 2].start, tokens[place.end - 1].end), place.end)
    }
    // "had treated 12 protesters, two of them for gunshot wounds": a part by what they were treated for.
    if (lower(n.tokenEnd + 1) === 'them' && lower(n.tokenEnd + 2) === 'for' && inSentence) {
      let end = n.tokenEnd + 3
      while (end < s.tokenEnd && end < n.tokenEnd + 8 && /^\p{L}[\p{L}-]*$/u.test(tokens[end].text) && !PART_ENDS.has(tokens[end].lower)) end++
      if (end > n.tokenEnd + 3) return at(inSentence, doc.text.slice(tokens[n.tokenEnd + 2].start, tokens[end - 1].end), end)
    }
    // (The total in this sentence: "200 of them would add 10,000kg" after an earlier toll is no part.)
    if (lower(n.tokenEnd + 1) === 'them' && inSentence && !isStateAfter(tokens, n.tokenEnd + 2, s)) {
      const part = partPhrase(doc, n.tokenEnd + 2, s)
      return part ? at(inSentence, part.text, part.end) : null
    }
    return null
  }
  // Cues before the number (its qualifier skipped): "including (at least) 19 children", "among them
  // two candidates", "of whom 25 were women", "Among the dead were 14 children", "The dead included 11".
  let b = n.tokenStart - 1
  while (b > s.tokenStart && ['least', 'at', 'more', 'than', 'about', 'some', 'nearly', 'almost', 'over', 'around'].includes(lower(b))) b--
  const before = (k: number) => lower(b - k)
  // "The dead included 11", "the injured include 12 children", "those hurt include four firefighters"
  const include = INCLUDE.has(before(0)) ? SHARE_NOUNS[before(1)] ?? victimsIncluding(tokens, s, b) : null
  if (before(0) === 'including' || include) {
    const metric = include ?? previous
    const part = partPhrase(doc, n.tokenEnd, s)
    return part ? at(metric, part.text, part.end) : null
  }
  // "Thirty-nine people — 28 men and 11 women — were killed": the parts in a dash aside right after
  // the total's number and noun, of the total's metric.
  if (DASHES.has(before(0)) && tokens[b].spaceBefore && inSentence && (countWordAt(tokens, b - 1) || countWordAt(tokens, b - 2)) && dashAsideEnd(tokens, n.tokenStart, s) !== null) {
    const part = partPhrase(doc, n.tokenEnd, s)
    return part ? at(inSentence, part.text, part.end) : null
  }
  // "The dead were five children and four adults": a list of parts after "the dead were" (one number
  // alone there, "the dead were 12 people", is the total).
  if ((before(0) === 'were' || before(0) === 'are') && SHARE_NOUNS[before(1)] && (before(2) === 'the' || before(2) === 'those')) {
    const part = partPhrase(doc, n.tokenEnd, s)
    if (part && (lower(part.end) === 'and' || lower(part.end) === ',') && countWordAt(tokens, part.end + 1)) return at(SHARE_NOUNS[before(1)]!, part.text, part.end)
  }
  // "Of the 45 dead, 12 were children": the share named at the head of the sentence.
  if (before(0) === ',' && ['were', 'was', 'are', 'is'].includes(lower(n.tokenEnd)) && !isStateAfter(tokens, n.tokenEnd + 1, s)) {
    const share = headShare(tokens, s, b)
    const part = share ? partPhrase(doc, n.tokenEnd + 1, s) : null
    if (share && part) return at(share, part.text, part.end)
  }
  // "…41 people had been arrested, among them two candidates": "them" are the total just given, in
  // this sentence ("14 incidents involving residents, among them two falls" are no victims).
  if (before(0) === 'them' && before(1) === 'among' && (inSentence ?? victimsNamed(tokens, s, b - 1))) {
    const part = partPhrase(doc, n.tokenEnd, s)
    return part ? at(inSentence ?? victimsNamed(tokens, s, b - 1), part.text, part.end) : null
  }
  // "…had lost several worshippers, among them its imam and two teenagers": a part coordinated after
  // a part with no number, back to "among them" or "including"; the victims' metric from this
  // sentence's figure, "the dead" it names, or the people it says were lost.
  if (before(0) === 'and') {
    let j = b - 1
    while (j > s.tokenStart && j > b - 6 && /^[\p{L}'’-]+$/u.test(tokens[j].text) && !countWordAt(tokens, j) && tokens[j].lower !== 'them' && tokens[j].lower !== 'including') j--
    const cue = tokens[j]?.lower === 'including' ? j : tokens[j]?.lower === 'them' && tokens[j - 1]?.lower === 'among' ? j - 1 : -1
    const metric = cue > s.tokenStart && j < b - 1 ? inSentence ?? victimsNamed(tokens, s, cue) ?? peopleLost(tokens, s, cue) : null
    if (metric) {
      const part = partPhrase(doc, n.tokenEnd, s)
      return part ? at(metric, part.text, part.end) : null
    }
  }
  // "…, of whom 25 were women"; "81 bodies had been identified, of which 38 were (said to be) from
  // Sindh": the part after the copula, a place after "from" (docs/annotation.md §3 "40 of which are
  // from Maguindanao"). "of which" only after a figure of this sentence ("14 incidents, of which 3…").
  const whom = before(0) === 'whom' ? previous : before(0) === 'which' ? inSentence : null
  if (whom && before(1) === 'of' && ['were', 'was', 'are', 'is'].includes(lower(n.tokenEnd))) {
    const k = afterReportedToBe(tokens, n.tokenEnd + 1, s)
    if (isStateAfter(tokens, k, s)) return null
    const part = lower(k) === 'from' ? placeAt(doc, k + 1, s, 'from') : partPhrase(doc, k, s)
    return part ? at(whom, part.text, part.end) : null
  }
  if ((before(0) === 'were' || before(0) === 'was') && (SHARE_NOUNS[before(1)] && (before(2) === 'among' || before(3) === 'among'))) {
    const part = partPhrase(doc, n.tokenEnd, s)
    return part ? at(SHARE_NOUNS[before(1)]!, part.text, part.end) : null
  }
  // "Two Swiss tourists were among the dead": the part between the number and the verb.
  const m = SUBSET_AFTER.exec(doc.lookup.slice(tokens[n.tokenEnd - 1].end, s.end).trimStart())
  if (m) {
    const part = partPhrase(doc, n.tokenEnd, s)
    const noun = /among\s+(?:the\s+|those\s+)?(\w+)/i.exec(m[0])?.[1]?.toLowerCase() ?? ''
    return part ? at(SHARE_NOUNS[noun] ?? null, part.text, part.end) : null
  }
  // "Four pupils were among at least nine people killed": the part of a total given right after it,
  // whose words say what it counts.
  const rest = doc.lookup.slice(tokens[n.tokenEnd - 1].end, Math.min(s.end, tokens[n.tokenEnd - 1].end + 80))
  const among = rest.includes('among') ? AMONG_TOTAL.exec(rest.trimStart()) : null
  if (among) {
    const from = lowerBound(tokens, tokens[n.tokenEnd - 1].end + (rest.length - rest.trimStart().length) + among[0].length, (t) => t.start)
    let k = from
    while (k < s.tokenEnd && QUALIFIER_WORDS.has(tokens[k].lower) && !countWordAt(tokens, k)) k++
    const total = countWordAt(tokens, k)
    const metric = total ? metricAfter(tokens, total, s) : null
    const part = metric ? partPhrase(doc, n.tokenEnd, s) : null
    return part && metric ? at(metric.metric, part.text, part.end) : null
  }
  return null
}
/**
 * "The four people killed in the attack included two teenagers", "the 30 passengers injured on the
 * upper deck include three children": the metric of a subject noun phrase of victims that ends right
 * before "include(d)" at token `verb` — it opens its clause with "the" or "those" and holds a word
 * of the victims (SHARE_NOUNS: "killed", "dead", "wounded"), no verb of its own. Null otherwise.
 */
function victimsIncluding(tokens: Token[], s: Sentence, verb: number): Metric | null {
  let metric: Metric | null = null
  for (let k = verb - 1; k >= Math.max(s.tokenStart, verb - 10); k--) {
    const t = tokens[k]
    if (k === s.tokenStart || tokens[k - 1].text === ',' || tokens[k - 1].text === ';') return metric && (t.lower === 'the' || t.lower === 'those') ? metric : null
    if (!/^[\p{L}\p{N}'’-]+$/u.test(t.text) || FINITE.has(t.lower) || clauseEnds(tokens, k)) return null
    metric ??= SHARE_NOUNS[t.lower] ?? null
  }
  return null
}

// "were among at least nine people killed", "were among the 44 dead": "among", then a number (after its qualifier).
const AMONG_TOTAL = /^(?:[\w'’-]+\s+){0,4}?(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?=(?:(?:at|least|more|than|nearly|about|some|over|around|almost)\s+)*(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|[a-z]+teen\b|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen))/i

/**
 * "most of the dead were travellers, among them 11 women": the metric of "the dead", "the injured"
 * named in sentence `s` before token `before`, or null.
 */
function victimsNamed(tokens: Token[], s: Sentence, before: number): Metric | null {
  for (let k = before - 1; k > s.tokenStart; k--) {
    const metric = SHARE_NOUNS[tokens[k].lower]
    if (metric && (tokens[k - 1].lower === 'the' || tokens[k - 1].lower === 'those')) return metric
  }
  return null
}

/**
 * "None of the 71 people on board survived": all of them died — killed, from "None" to "survived"
 * (the verb within ten tokens, no comma between), or null.
 */
function noneSurvived(tokens: Token[], n: NumberAt, s: Sentence): MetricAt | null {
  if (tokens[n.tokenStart - 1]?.lower !== 'the' || tokens[n.tokenStart - 2]?.lower !== 'of' || tokens[n.tokenStart - 3]?.lower !== 'none' || n.tokenStart - 3 < s.tokenStart) return null
  for (let k = n.tokenEnd; k < Math.min(s.tokenEnd, n.tokenEnd + 10); k++) {
    if (tokens[k].lower === 'survived') return { metric: 'killed', tokenStart: n.tokenStart - 3, tokenEnd: k + 1, confidence: 0.75 }
    if (/^[,;:]$/.test(tokens[k].text)) return null
  }
  return null
}

/** "had lost several worshippers", "lost three colleagues": people lost in sentence `s` before token `before` are the dead, or null. */
function peopleLost(tokens: Token[], s: Sentence, before: number): Metric | null {
  for (let k = s.tokenStart; k < before; k++) {
    if (!LOST.has(tokens[k].lower)) continue
    for (let j = k + 1; j < Math.min(before, k + 4); j++) if (PEOPLE_NOUNS.has(tokens[j].lower) || (PEOPLE_ENDINGS.test(tokens[j].lower) && /^\p{Ll}/u.test(tokens[j].text))) return 'killed'
  }
  return null
}

/**
 * "118 people have died in Manabí, 27 in neighbouring Esmeraldas province and five in Santa Elena": a
 * number coordinated after a figure, with no noun or verb of its own but a place, is the part of the
 * figure's metric in that place (docs/annotation.md §7, parts by place); the subset is the place's
 * name as written, with a place head word after it ("Esmeraldas province").
 */
function partByPlace(doc: Doc, n: NumberAt, s: Sentence, previous: Metric | null): (MetricAt & { subset: string }) | null {
  const preposition = doc.tokens[n.tokenEnd]?.lower
  // "…, 24 from Punjab and one from Khyber Pakhtunkhwa": where the dead came from is a place too.
  if (!previous || (preposition !== 'in' && preposition !== 'from')) return null
  const place = placeAt(doc, n.tokenEnd + 1, s, preposition)
  return place ? { metric: previous, subset: place.text, tokenStart: n.tokenStart, tokenEnd: place.end, confidence: 0.7 } : null
}

/**
 * The place named from token `k`, after the preposition `preposition` ("in neighbouring Esmeraldas
 * province", "from Sindh"): a run of up to four capitalised words, a place head word after it kept;
 * lowercase words before the name only after "in" ("in the capital Quito"). Its text as written and
 * the token after it, or null (a weekday or month is no place).
 */
function placeAt(doc: Doc, k: number, s: Sentence, preposition: string): { text: string; end: number } | null {
  const tokens = doc.tokens
  const first = k
  // "in neighbouring Esmeraldas", "in the capital"
  if (preposition === 'in') while (k < Math.min(s.tokenEnd, first + 2) && /^\p{Ll}/u.test(tokens[k].text) && !PLACE_HEADS.has(tokens[k].lower)) k++
  if (k >= s.tokenEnd || !/^\p{Lu}/u.test(tokens[k].text) || WEEKDAYS_AND_MONTHS.has(tokens[k].lower)) return null
  let end = k + 1
  while (end < s.tokenEnd && end - k < 4 && /^\p{Lu}/u.test(tokens[end].text)) end++
  if (end < s.tokenEnd && PLACE_HEADS.has(tokens[end].lower)) end++
  return { text: doc.text.slice(tokens[k].start, tokens[end - 1].end), end }
}

// Nouns after "in" that give a state, not a place: "two of them in hospital", "in critical condition".
const STATE_NOUNS = new Set(['hospital', 'hospitals', 'condition', 'care', 'custody', 'icu', 'treatment', 'shock', 'coma'])

// "were said to be", "are believed to be": a report between the copula and the part.
const REPORTED = new Set(['said', 'reported', 'believed', 'thought', 'known', 'understood', 'confirmed'])

/** The token after "said to be" (and the like) at token `k`, or `k` when there is none. */
function afterReportedToBe(tokens: Token[], k: number, s: Sentence): number {
  return k + 2 < s.tokenEnd && REPORTED.has(tokens[k].lower) && tokens[k + 1].lower === 'to' && tokens[k + 2].lower === 'be' ? k + 3 : k
}

// One person by role, held for the event: "the owner", "its captain", "the bus's driver".
const SINGLE_ROLES = new Set(['man', 'woman', 'owner', 'co-owner', 'driver', 'captain', 'skipper', 'pilot', 'manager', 'director', 'operator', 'organiser', 'organizer', 'landlord', 'contractor', 'engineer', 'supervisor', 'suspect', 'gunman', 'attacker', 'bomber', 'assailant', 'shooter', 'proprietor', 'chairman', 'boss', 'head', 'master'])
const HELD_PARTICIPLES = new Set(['arrested', 'detained', 'held', 'charged', 'apprehended'])
const NOT_HELD_AFTER = new Set(['hostage', 'hostages', 'captive', 'up', 'back', 'responsible', 'accountable', 'liable', 'talks'])
const SINGULAR_AUX = new Set(['was', 'is', 'been', 'being'])
const ROLE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 's'])
/** The first token of an age compound ("27-year-old") right before token `k`, or `k` when there is none. */
function ageBefore(tokens: Token[], k: number): number {
  if (tokens[k - 1]?.lower === 'old' && tokens[k - 2]?.text === '-' && /^years?$/.test(tokens[k - 3]?.lower ?? '') && tokens[k - 4]?.text === '-' && readNumber(tokens, k - 5)) return k - 5
  return k
}

// People by age who stand for one person held: "a teenager was arrested".
const YOUNG = new Set(['teenager', 'boy', 'girl', 'youth', 'student'])

/**
 * The "a"/"an" that opens the noun phrase ending with the role at token `role` ("A 45-year-old
 * man", "a local driver"), when it opens its clause (the sentence, after a comma, "that" or a verb
 * of saying: "It said a man had been detained"): its token, or null.
 */
function indefiniteBefore(tokens: Token[], role: number, s: Sentence): number | null {
  for (let j = role - 1; j >= Math.max(s.tokenStart, role - 7); j--) {
    const lower = tokens[j].lower
    if (lower === 'a' || lower === 'an') return j === s.tokenStart || tokens[j - 1]?.text === ',' || tokens[j - 1]?.lower === 'that' || SPEECH_VERBS.has(tokens[j - 1]?.lower ?? '') ? j : null
    if (!/^[\p{L}\p{N}-]+$/u.test(tokens[j].text) || DETERMINERS.has(lower) || SINGLE_ROLES.has(lower) || lower === 'of') return null
  }
  return null
}

// "a second suspect", "a third man": one more person, by an ordinal.
const ONE_MORE = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'])

/**
 * "The owner of a plastics factory in Egypt was detained", "police held the owner on suspicion of
 * manslaughter", "the bus's driver has been charged", "Godfrey Ssemanda was detained": one person
 * named by a role or by name, held — the token
 * range from the role to the verb, or null. Not "the owners were detained" (a plural with no number
 * gives no figure) nor "the driver was questioned".
 */
function singleArrest(doc: Doc, s: Sentence): { tokenStart: number; tokenEnd: number } | null {
  const tokens = doc.tokens
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const lower = tokens[k].lower
    // "He was taken into custody": "taken into custody" is held as "detained" is.
    const custody = lower === 'taken' && tokens[k + 1]?.lower === 'into' && tokens[k + 2]?.lower === 'custody'
    if (!HELD_PARTICIPLES.has(lower) && !custody) continue
    // "held hostage", "held responsible", "held up in traffic": no arrest.
    if (lower === 'held' && NOT_HELD_AFTER.has(tokens[k + 1]?.lower ?? '')) continue
    // Passive: "<the role> [of …] was/has been detained"
    // "Rathod was formally arrested": an adverb in -ly between the auxiliary and the participle.
    const be = /^\p{Ll}+ly$/u.test(tokens[k - 1].lower) && k - 2 > s.tokenStart ? k - 2 : k - 1
    if (SINGULAR_AUX.has(tokens[be].lower)) {
      // "Property developer Godfrey Ssemanda was detained": a named person right before the verb;
      // "the preacher Rashid Mkanga, who was detained at his home": before ", who".
      const aux = tokens[be - 1]?.lower === 'has' || tokens[be - 1]?.lower === 'had' ? be - 1 : be
      // ("Mahlangu, 47, was arrested at the scene": an age between commas after the name.)
      const subjectEnd = tokens[aux - 1]?.lower === 'who' && tokens[aux - 2]?.text === ',' ? aux - 2 : tokens[aux - 1]?.text === ',' && /^\d{1,2}$/.test(tokens[aux - 2]?.text ?? '') && tokens[aux - 3]?.text === ',' ? aux - 3 : aux
      const named = subjectEnd - 1 >= s.tokenStart ? mentionsBetween(doc, tokens[s.tokenStart].start, tokens[subjectEnd - 1].end).find((m) => m.tokenEnd === subjectEnd) : undefined
      if (named && doc.entities.get(named.key)?.kind === 'person') return { tokenStart: named.tokenStart, tokenEnd: custody ? k + 3 : k + 1 }
      // "He was taken into custody without a struggle": one person the article has named.
      // (Not "He was charged with three counts of murder": a charge of someone already held.)
      if (subjectEnd - 1 === s.tokenStart && lower !== 'charged' && (tokens[subjectEnd - 1].lower === 'he' || tokens[subjectEnd - 1].lower === 'she')) return { tokenStart: subjectEnd - 1, tokenEnd: custody ? k + 3 : k + 1 }
      for (let j = be - 1; j >= Math.max(s.tokenStart, k - 12); j--) {
        const t = tokens[j]
        // "The driver, 41, has been charged": an age between commas is no clause.
        if (t.text === ',' && /^\d{1,2}$/.test(tokens[j - 1]?.text ?? '') && tokens[j - 2]?.text === ',') {
          j -= 2
          continue
        }
        if (t.text === ',' || t.text === ';' || countWordAt(tokens, j) || (j < be - 1 && HELD_PARTICIPLES.has(t.lower))) break
        // "A third man was arrested on Tuesday": one more person held, counted by an ordinal.
        if (SINGLE_ROLES.has(t.lower) && ONE_MORE.has(tokens[j - 1]?.lower ?? '') && tokens[j - 2]?.lower === 'a' && j - 2 >= s.tokenStart) return { tokenStart: j - 2, tokenEnd: custody ? k + 3 : k + 1 }
        // "A 45-year-old man has been arrested", "On Monday, a local driver was detained": one person,
        // the subject of its clause (not "the brother of a man was held").
        if (SINGLE_ROLES.has(t.lower) || YOUNG.has(t.lower)) {
          const a = indefiniteBefore(tokens, j, s)
          if (a !== null) return { tokenStart: a, tokenEnd: custody ? k + 3 : k + 1 }
        }
        // "The 27-year-old suspect was arrested": an age between the article and the role.
        const aged = ageBefore(tokens, j)
        if (SINGLE_ROLES.has(t.lower) && aged !== j && tokens[aged - 1]?.lower === 'the' && aged - 1 >= s.tokenStart) return { tokenStart: aged - 1, tokenEnd: custody ? k + 3 : k + 1 }
        if (SINGLE_ROLES.has(t.lower) && ROLE_DETERMINERS.has(tokens[j - 1]?.lower ?? '') && j - 1 >= s.tokenStart) {
          // "the bus's driver": from the possessor
          const from = tokens[j - 1].lower === 's' && j - 3 >= s.tokenStart ? j - 3 : j - 1
          return { tokenStart: from, tokenEnd: custody ? k + 3 : k + 1 }
        }
      }
    }
    // Active: "police detained the owner", "held the ferry's captain"; "police also held a third man".
    if (lower !== 'charged' && tokens[k + 1]?.lower === 'a' && ONE_MORE.has(tokens[k + 2]?.lower ?? '') && SINGLE_ROLES.has(tokens[k + 3]?.lower ?? '') && tokens[k + 4]?.lower !== 'and') return { tokenStart: k, tokenEnd: k + 4 }
    if (lower !== 'charged' && ['the', 'its', 'their'].includes(tokens[k + 1]?.lower ?? '')) {
      // (Up to "the ferry ' s cargo master".)
      for (let j = k + 2; j < Math.min(s.tokenEnd, k + 7); j++) {
        if (SINGLE_ROLES.has(tokens[j].lower)) return tokens[j + 1]?.lower === 'and' ? null : { tokenStart: k, tokenEnd: j + 1 }
        if (!/^[\p{L}'’-]+$/u.test(tokens[j].text)) break
      }
    }
  }
  return null
}

// Nouns an ordinal counts the dead by: "the 20th victim", "the 100th body".
const ORDINAL_NOUNS = new Set(['victim', 'body', 'death', 'fatality'])

/**
 * "the 20th victim had been found", "one more body, the 21st,": an ordinal of the dead in digits
 * is the toll it reaches (live updates count that way). Its value and the token range of its
 * evidence, or null.
 */
function victimOrdinal(tokens: Token[], i: number, s: Sentence): { value: number; tokenStart: number; tokenEnd: number } | null {
  const m = /^(\d{1,5})(?:st|nd|rd|th)$/.exec(tokens[i].lower)
  if (!m || tokens[i - 1]?.lower !== 'the' || i - 1 < s.tokenStart) return null
  const value = Number(m[1])
  if (i + 1 < s.tokenEnd && ORDINAL_NOUNS.has(tokens[i + 1].lower)) return { value, tokenStart: i - 1, tokenEnd: i + 2 }
  // The appositive: "reached one more body, the 21st"
  if (tokens[i - 2]?.text === ',' && i - 2 > s.tokenStart && ORDINAL_NOUNS.has(tokens[i - 3]?.lower ?? '')) return { value, tokenStart: i - 1, tokenEnd: i + 1 }
  return null
}

/** "Of the (45) dead," from the sentence's start to the comma at token `comma`: the share's metric, or null. */
function headShare(tokens: Token[], s: Sentence, comma: number): Metric | null {
  let k = s.tokenStart
  if (tokens[k]?.lower !== 'of') return null
  k++
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'those') k++
  const n = readNumber(tokens, k)
  if (n) k = n.tokenEnd
  return k + 1 === comma ? SHARE_NOUNS[tokens[k].lower] ?? null : null
}

/** "including 19 children and 11 women": a number right after a part, joined by "and" or a comma, is another part. */
function coordinatedPart(doc: Doc, n: NumberAt, s: Sentence, last: (MetricAt & { subset: string }) | null): (MetricAt & { subset: string }) | null {
  if (!last) return null
  const between = doc.tokens.slice(last.tokenEnd, n.tokenStart).map((t) => t.lower)
  if (between.length === 0 || between.length > 2 || !between.every((w) => w === 'and' || w === ',')) return null
  const part = partPhrase(doc, n.tokenEnd, s)
  return part ? { metric: last.metric, subset: part.text, tokenStart: n.tokenStart, tokenEnd: part.end, confidence: 0.7 } : null
}

/** "in critical condition", "in hospital", "critically injured": a state, not a part of the victims. */
function isStateAfter(tokens: Token[], k: number, s: Sentence): boolean {
  for (let j = k; j < Math.min(s.tokenEnd, k + 3); j++) {
    const lower = tokens[j].lower
    if (lower === 'in' || lower === 'taken' || lower === 'admitted' || lower === 'still' || METRIC_AFTER[lower]) return true
    if (lower !== 'also' && lower !== 'later' && lower !== 'being' && lower !== 'now') return false
  }
  return false
}

/**
 * The noun phrase that names a part of the victims, from token `k`: up to five words, ending at
 * punctuation, a number or a word that starts a clause or a prepositional phrase ("children under
 * 16" → "children"); a leading article dropped. Null when it holds no word, or a word that is a
 * metric of its own ("were killed").
 */
function partPhrase(doc: Doc, k: number, s: Sentence): { text: string; end: number } | null {
  const tokens = doc.tokens
  while (k < s.tokenEnd && DETERMINERS.has(tokens[k].lower)) k++
  let end = k
  while (end < s.tokenEnd && end - k < 5) {
    const t = tokens[end]
    if (!/^[\p{L}][\p{L}'’.-]*$/u.test(t.text) || PART_ENDS.has(t.lower) || (readNumber(tokens, end) && countWordAt(tokens, end))) break
    if (METRIC_AFTER[t.lower] || METRIC_BEFORE[t.lower]) return null
    end++
  }
  // "one of them called 911": a past tense verb, not a part ("six of them children").
  // ("among them six recaptured escapees", "including two injured guards": after these a part is a noun phrase.)
  if (end === k || (/^\p{Ll}{2,}ed$/u.test(tokens[k].text) && !PART_ADJECTIVES.has(tokens[k].lower) && !afterPartCue(tokens, k, s))) return null
  return { text: doc.text.slice(tokens[k].start, tokens[end - 1].end), end }
}

/** The part at token `k` follows "including" or "among them" and its number: "among them six recaptured escapees". */
function afterPartCue(tokens: Token[], k: number, s: Sentence): boolean {
  let lead = readNumberBackwards(tokens, k - 1, s.tokenStart) ?? k
  while (lead > s.tokenStart && QUALIFIER_WORDS.has(tokens[lead - 1].lower)) lead--
  return tokens[lead - 1]?.lower === 'including' || (tokens[lead - 1]?.lower === 'them' && tokens[lead - 2]?.lower === 'among')
}

// Adjectives in -ed that open a part ("two alleged handlers", "three unarmed men"), not verbs.
const PART_ADJECTIVES = new Set(['alleged', 'suspected', 'armed', 'unarmed', 'masked', 'unidentified', 'retired', 'trained', 'elderly', 'unnamed', 'off-duty'])

// Words before "one" that make it a pronoun ("no one", "every one", "the one who…") or a determiner
// after a preposition ("from one household", "in one village", "according to one official", "six
// members of one family").
const ONE_NOT_A_COUNT = new Set(['no', 'every', 'each', 'any', 'the', 'this', 'that', 'which', 'from', 'in', 'at', 'on', 'to', 'into', 'for', 'with', 'by', 'than', 'of'])

/** A number at token `k` that may count something: not "one" as a pronoun or determiner ("from one household"). */
function countWordAt(tokens: Token[], k: number): NumberAt | null {
  const n = readNumber(tokens, k)
  if (!n || tokens[k].lower !== 'one' || n.tokenEnd !== k + 1) return n
  return ONE_NOT_A_COUNT.has(tokens[k - 1]?.lower ?? '') ? null : n
}

function isFigure(tokens: Token[], n: NumberAt, s: Sentence): boolean {
  const prev = tokens[n.tokenStart - 1]
  const next = tokens[n.tokenEnd]
  const nextLower = next && n.tokenEnd < s.tokenEnd ? next.lower : ''
  if (prev && (CURRENCY.test(prev.text) || CURRENCY_CODES.has(prev.lower))) return false
  if (NOT_COUNTS_AFTER.has(nextLower)) return false
  if (nextLower === '-' && /^(?:year|month|day|week|hour)s?$/.test(tokens[n.tokenEnd + 1]?.lower ?? '')) return false
  // A compound modifier in digits: "a 12-storey block", "the 6.5-magnitude quake".
  if (n.digits && nextLower === '-' && !next.spaceBefore && /^\p{L}/u.test(tokens[n.tokenEnd + 1]?.text ?? '') && !tokens[n.tokenEnd + 1].spaceBefore) return false
  // A zero is not a count (docs/annotation.md §7): "zero deaths", a stray "000".
  if (n.value === 0) return false
  // "one" as a pronoun or a determiner: "no one was hurt", "every one of the dead", "from one household".
  if (!countWordAt(tokens, n.tokenStart)) return false
  if (nextLower === ':' || nextLower === '.' && /^\d/.test(tokens[n.tokenEnd + 1]?.text ?? '')) return false
  // A time written "8 a.m." or "7 p.m." (tokens "a", ".", "m"): live-blog timestamps ("Update, 8 a.m.: The death toll…").
  if ((nextLower === 'a' || nextLower === 'p') && tokens[n.tokenEnd + 1]?.text === '.' && !tokens[n.tokenEnd + 1].spaceBefore && tokens[n.tokenEnd + 2]?.lower === 'm' && !tokens[n.tokenEnd + 2].spaceBefore) return false
  // Proportions are no counts (docs/annotation.md §3: "nine in ten" is not a count): "nine in ten",
  // "one in five people", "two-thirds of the dead".
  // The whole is larger than the share ("killed 12 in two attacks" is a figure).
  // Nor is a share of things: "killed 3 in 5 villages".
  const whole = nextLower === 'in' ? countWordAt(tokens, n.tokenEnd + 1) : null
  if (whole && whole.value > n.value && !thingsAfter(tokens, whole.tokenEnd)) return false
  const share = prev?.lower === 'in' && n.tokenStart - 2 >= s.tokenStart ? readNumberBackwards(tokens, n.tokenStart - 2, s.tokenStart) : null
  if (share !== null && (readNumber(tokens, share)?.value ?? Infinity) < n.value) return false
  if (FRACTIONS.has(nextLower) || (nextLower === '-' && FRACTIONS.has(tokens[n.tokenEnd + 1]?.lower ?? ''))) return false
  // "More than half of the 60 passengers were killed", "most of the 40 workers": the whole a vague share
  // is of, not a figure of the clause's metric.
  // ("some of the 23 victims", "15 of the 90 people hurt", "none of the 12 people who were injured",
  // "released 4 of the 11 people they had detained": the whole is the victims, or those held, themselves.) "Two of the 60 passengers were
  // killed": the whole of a share in digits or words is no figure either.
  if (prev?.lower === 'the' && tokens[n.tokenStart - 2]?.lower === 'of' && n.tokenStart - 3 >= s.tokenStart && !SHARE_NOUNS[nextLower] && !(SHARE_NOUNS[tokens[n.tokenEnd + 1]?.lower ?? ''] || METRIC_AFTER[tokens[n.tokenEnd + 1]?.lower ?? ''] || ['who', 'that', 'whom', 'they', 'it', 'police'].includes(tokens[n.tokenEnd + 1]?.lower ?? '')) && (VAGUE_SHARES.has(tokens[n.tokenStart - 3].lower) || readNumberBackwards(tokens, n.tokenStart - 3, s.tokenStart) !== null) && !noneSurvived(tokens, n, s)) return false
  // A number that names a flight, a road, a ward or a clause: "Flight 370", "Route 68", "Bus No. 12", "Section 144".
  if (n.digits && prev && (IDENTIFIER_NOUNS.has(prev.lower) || (prev.text === '.' && /^no$/i.test(tokens[n.tokenStart - 2]?.text ?? '')))) return false
  // The minutes of a time: "18:40", "05:30".
  if (prev?.text === ':' && !tokens[n.tokenStart].spaceBefore && /^\d{1,2}$/.test(tokens[n.tokenStart - 2]?.text ?? '')) return false
  // A date: "12 March", "March 12", "Tuesday 12 March"; not "said on Tuesday 12 people had died".
  if (WEEKDAYS_AND_MONTHS.has(nextLower) || (prev && WEEKDAYS_AND_MONTHS.has(prev.lower) && (!WEEKDAY.test(prev.lower) || !(PEOPLE_NOUNS.has(nextLower) || METRIC_AFTER[nextLower])))) return false
  // A year: four digits that no people noun follows.
  // ("2,000" with its comma group is no year.)
  if (n.digits && n.tokenEnd - n.tokenStart === 1 && n.value >= 1800 && n.value <= 2100 && !PEOPLE_NOUNS.has(nextLower)) return false
  // An age range: "victims aged between 20 and 35" (either end).
  if (prev?.lower === 'between' && AGED.has(tokens[n.tokenStart - 2]?.lower ?? '')) return false
  if (prev?.lower === 'and' && n.tokenStart - 2 >= s.tokenStart) {
    const low = readNumberBackwards(tokens, n.tokenStart - 2, s.tokenStart)
    if (low !== null && tokens[low - 1]?.lower === 'between' && AGED.has(tokens[low - 2]?.lower ?? '')) return false
  }
  // An age range: "victims aged 20 to 30".
  if (prev?.lower === 'to') {
    const low = n.tokenStart - 2 >= s.tokenStart ? readNumberBackwards(tokens, n.tokenStart - 2, s.tokenStart) : null
    if (low !== null && (tokens[low - 1]?.lower === 'aged' || tokens[low - 1]?.lower === 'ages')) return false
  }
  // An age in parentheses after a name: "Nikhil Bhoir (22) were arrested".
  if (prev?.text === '(' && nextLower === ')' && /^\p{Lu}/u.test(tokens[n.tokenStart - 2]?.text ?? '')) return false
  // An age: "Valeri Chernov, 52," / ", 52 years old".
  if (prev?.text === ',' && (nextLower === ',' || nextLower === 'years')) return false
  // "one of the assailants", "number of victims" — unless "40 of whom" or "14 of the wounded".
  // "Police detained two of the suspects": a share that an arrest verb counts is a figure.
  if (nextLower === 'of' && !['whom', 'them', 'which'].includes(tokens[n.tokenEnd + 1]?.lower ?? '') && possessedAt(tokens, n.tokenEnd + 1, s) === null && partitiveEnd(tokens, n) === null && !shareOfVictims(tokens, n) && METRIC_BEFORE[prev?.lower ?? ''] !== 'arrested' && !shareInState(tokens, n, s) && custodyAside(tokens, n, s) === null && peopleShareEnd(tokens, n, s) === null) return false
  // Ordinals glued to letters ("1st") never tokenize as numbers; "first" is not in the number words.
  return true
}

/**
 * "between 20 and 30 people": a range gives its low end at_least and its high end up_to
 * (docs/annotation.md §3). For either end: its qualifier, where its evidence starts ("between") and
 * the high end, whose words say what both count.
 */
function rangeAt(tokens: Token[], n: NumberAt, s: Sentence): { qualifier: Qualifier; tokenStart: number; high: NumberAt } | null {
  if (n.tokenStart - 1 >= s.tokenStart && tokens[n.tokenStart - 1].lower === 'between' && tokens[n.tokenEnd]?.lower === 'and') {
    const high = readNumber(tokens, n.tokenEnd + 1)
    return high && high.tokenEnd <= s.tokenEnd ? { qualifier: 'at_least', tokenStart: n.tokenStart - 1, high } : null
  }
  if (n.tokenStart - 1 > s.tokenStart && tokens[n.tokenStart - 1].lower === 'and') {
    const low = readNumberBackwards(tokens, n.tokenStart - 2, s.tokenStart)
    if (low !== null && low - 1 >= s.tokenStart && tokens[low - 1].lower === 'between') return { qualifier: 'up_to', tokenStart: n.tokenStart, high: n }
  }
  // "20 to 30 people were injured", "killing 40 to 50 villagers": a range as "between" gives it; not
  // a revision ("rose from 20 to 30") nor ages ("aged 20 to 30").
  const to = tokens[n.tokenEnd]?.lower === 'to' ? readNumber(tokens, n.tokenEnd + 1) : null
  if (to && to.value > n.value && to.tokenEnd <= s.tokenEnd && !RANGE_NOT_AFTER.has(tokens[n.tokenStart - 1]?.lower ?? '')) {
    const some = QUALIFIERS_BY_LAST.has(tokens[n.tokenStart - 1]?.lower ?? '') && n.tokenStart - 1 >= s.tokenStart ? n.tokenStart - 1 : n.tokenStart
    return { qualifier: 'at_least', tokenStart: some, high: to }
  }
  if (tokens[n.tokenStart - 1]?.lower === 'to' && n.tokenStart - 2 >= s.tokenStart) {
    const low = readNumberBackwards(tokens, n.tokenStart - 2, s.tokenStart)
    const lowValue = low === null ? null : readNumber(tokens, low)!.value
    if (low !== null && lowValue! < n.value && !RANGE_NOT_AFTER.has(tokens[low - 1]?.lower ?? '')) return { qualifier: 'up_to', tokenStart: n.tokenStart, high: n }
  }
  return null
}

// Words before "N to M" that make it no range of a figure: a revision ("from 20 to 30"), ages, a toll's verb ("rose 20 to 30"?).
const RANGE_NOT_AFTER = new Set(['from', 'aged', 'ages', 'age', 'between'])

/**
 * "killing two peacekeepers and at least 11 civilians": a number coordinated with the object of a
 * casualty verb, itself naming people (a noun of people, a nationality, or a plural noun), is another
 * object of that verb.
 */
function objectOfVerb(doc: Doc, n: NumberAt, s: Sentence): boolean {
  const part = partPhrase(doc, n.tokenEnd, s)
  if (!part) return false
  const head = part.text.split(/\s+/).pop()!.toLowerCase()
  return PEOPLE_NOUNS.has(head) || PEOPLE_ENDINGS.test(head)
}
// Plural nouns of people by their ending: "peacekeepers", "pilgrims", "worshippers", "Britons", "police".
const PEOPLE_ENDINGS = /(?:ers|ors|ists|ians|ants|ents|ims|ees|ons|men|ren|ople|ice)$/

/** Only "and" or a comma (and "another") between the end of the last figure and `at`: "13 killed and 60 wounded". */
function coordinatedAfter(tokens: Token[], lastEnd: number, at: number): boolean {
  // "…and another 30", "…and a further four in Tarnby", "…and an additional 12"
  const joint = tokens[at - 1]?.lower === 'another' ? at - 2 : (tokens[at - 1]?.lower === 'further' || tokens[at - 1]?.lower === 'additional') && ['a', 'an'].includes(tokens[at - 2]?.lower ?? '') ? at - 3 : at - 1
  if (joint <= lastEnd || (tokens[joint].lower !== 'and' && tokens[joint].text !== ',')) return false
  // The last figure's own words may stand between: "31 worshippers dead and", "were killed and".
  for (let k = lastEnd; k < joint; k++) if (tokens[k].text === ';' || countWordAt(tokens, k)) return false
  return joint - lastEnd <= 8
}

/** The metric of a range's high end `n` from its low end just read, or null. */
function rangeHighMetric(low: { high: number; metric: MetricAt } | null, n: NumberAt): MetricAt | null {
  return low && low.high === n.tokenStart ? low.metric : null
}

/** "The toll has risen to 57 — 41 in Valdora and 16 in Tarnby": a dash right after the last figure's number opens its parts. */
function dashAfter(tokens: Token[], lastEnd: number | null, at: number): boolean {
  return lastEnd !== null && at - 1 === lastEnd && (tokens[lastEnd].text === '—' || tokens[lastEnd].text === '–' || (tokens[lastEnd].text === '-' && tokens[lastEnd].spaceBefore))
}

// Finite verbs that give a coordinated number a clause of its own: "and 30 were hurt".
const FINITE = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'died', 'suffered', 'remain', 'remained', 'remains', 'sustained', 'received'])

function finiteVerbBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FINITE.has(tokens[k].lower)) return true
  return false
}

// The qualifiers by their last word, each as its words, in QUALIFIERS' order.
const QUALIFIERS_BY_LAST = new Map<string, Array<[string[], Qualifier]>>()
for (const [phrase, qualifier] of QUALIFIERS) {
  const words = phrase.split(' ')
  const last = words[words.length - 1]
  QUALIFIERS_BY_LAST.set(last, [...(QUALIFIERS_BY_LAST.get(last) ?? []), [words, qualifier]])
}

function qualifierBefore(tokens: Token[], at: number, floor: number): { qualifier: Qualifier; tokenStart: number } {
  for (const [words, qualifier] of (at - 1 >= floor && QUALIFIERS_BY_LAST.get(tokens[at - 1].lower)) || []) {
    const from = at - words.length
    if (from < floor) continue
    let ok = true
    for (let k = 0; k < words.length; k++) if (tokens[from + k].lower !== words[k]) ok = false
    if (ok) return { qualifier, tokenStart: from }
  }
  // "the toll climbed past 60" is more than 60; "the past 12 months" is no qualifier.
  if (at - 2 >= floor && tokens[at - 1].lower === 'past' && TOLL_LINK_VERBS.has(tokens[at - 2].lower)) return { qualifier: 'more_than', tokenStart: at - 1 }
  return { qualifier: 'exact', tokenStart: at }
}

interface MetricAt {
  metric: Metric
  tokenStart: number
  tokenEnd: number
  confidence: number
  /** The metric was not read from the figure's words but taken from the last figure's ("the earlier figure of 334"). */
  guessed?: boolean
}

/**
 * The token of the noun of a share, "Three of the dead", "15 of the 90 people hurt": after "of", an
 * optional "the"/"those", the whole's own number and "people"; null when the number is not followed
 * by "of".
 */
function shareNounAt(tokens: Token[], n: NumberAt): number | null {
  if (tokens[n.tokenEnd]?.lower !== 'of') return null
  let k = n.tokenEnd + 1
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'those') k++
  const whole = readNumber(tokens, k)
  if (whole) k = whole.tokenEnd
  // "of the dozens of people hurt": a vague whole.
  else if (VAGUE_WHOLES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') k += 2
  if (tokens[k]?.lower === 'people' || tokens[k]?.lower === 'persons') k++
  return k
}

/** "Three of the dead": a share of a metric's victims — the metric and the token of its noun, or null. */
function shareOfVictims(tokens: Token[], n: NumberAt): { metric: Metric; noun: number } | null {
  const k = shareNounAt(tokens, n)
  const metric = k === null ? undefined : SHARE_NOUNS[tokens[k]?.lower ?? '']
  return metric ? { metric, noun: k! } : null
}

/**
 * "two of the firefighters were in serious condition", "three of the passengers remain in hospital":
 * a share of people named before, in a state (critical, in hospital), is a figure of that state.
 */
function shareInState(tokens: Token[], n: NumberAt, s: Sentence): boolean {
  const k = shareNounAt(tokens, n)
  if (k === null || k >= s.tokenEnd || !(PEOPLE_NOUNS.has(tokens[k].lower) || PEOPLE_ENDINGS.test(tokens[k].lower))) return false
  let j = k + 1
  if (!['were', 'was', 'are', 'is', 'remain', 'remained', 'remains'].includes(tokens[j]?.lower ?? '')) return false
  j++
  if (tokens[j]?.lower === 'still') j++
  if (tokens[j]?.lower !== 'in') return false
  const state = tokens[j + 1]?.lower === 'a' ? tokens[j + 2]?.lower : tokens[j + 1]?.lower
  return ['critical', 'serious', 'grave', 'hospital', 'intensive'].includes(state ?? '')
}

/**
 * "One of the men, who is now in custody, was…", "two of the suspects, who were arrested on Monday,":
 * a share of people named before whose relative aside says they are held (§3 arrested) — the token
 * after the aside's word of custody, or null.
 */
function custodyAside(tokens: Token[], n: NumberAt, s: Sentence): number | null {
  const k = shareNounAt(tokens, n)
  if (k === null || k + 3 >= s.tokenEnd || tokens[k + 1]?.text !== ',' || tokens[k + 2].lower !== 'who') return null
  let j = k + 3
  if (['has', 'have', 'had'].includes(tokens[j].lower) && tokens[j + 1]?.lower === 'been') j++
  if (!['is', 'are', 'was', 'were', 'been'].includes(tokens[j].lower)) return null
  j++
  while (j < k + 8 && MID_ADVERBS.has(tokens[j]?.lower ?? '')) j++
  const word = tokens[j]?.lower ?? ''
  if (HELD_PARTICIPLES.has(word) && word !== 'held') return j + 1
  if (word === 'under' && tokens[j + 1]?.lower === 'arrest') return j + 2
  if (word === 'in' && (tokens[j + 1]?.lower === 'custody' || (tokens[j + 2]?.lower === 'custody' && tokens[j + 1]?.lower === 'police'))) return tokens[j + 1].lower === 'custody' ? j + 2 : j + 3
  return null
}

/**
 * "Two of the 60 passengers were killed", "three of the crew members were hurt": a share of people
 * named by a whole (its number optional) whose clause goes on with a verb — the token after the
 * people's noun, from which the clause's metric is read; null otherwise.
 */
function peopleShareEnd(tokens: Token[], n: NumberAt, s: Sentence): number | null {
  const k = shareNounAt(tokens, n)
  if (k === null || k + 1 >= s.tokenEnd || tokens[k - 1]?.lower === 'of') return null
  // "the crew members": a noun before the people's noun.
  const noun = PEOPLE_NOUNS.has(tokens[k].lower) || PEOPLE_ENDINGS.test(tokens[k].lower) ? k : PEOPLE_NOUNS.has(tokens[k + 1]?.lower ?? '') || PEOPLE_ENDINGS.test(tokens[k + 1]?.lower ?? '') ? k + 1 : null
  if (noun === null || !/^\p{Ll}+$/u.test(tokens[noun].text) || !MAIN_VERBS.has(tokens[noun + 1]?.lower ?? '')) return null
  return noun + 1
}

/** "14 of the wounded", "15 of the 90 people hurt": the token after the partitive noun, or null when the number is no share. */
function partitiveEnd(tokens: Token[], n: NumberAt): number | null {
  const k = shareNounAt(tokens, n)
  return k !== null && PARTITIVE_NOUNS.has(tokens[k]?.lower ?? '') ? k + 1 : null
}

// Asides that a comma opens and closes inside a figure's phrase: "Seven people, including a
// Malawian peacekeeper, were injured."; a relative clause that describes them: "my two nephews, who
// were a few steps behind me, were killed".
// An appositive that names who they were: "Two passengers, a woman and a boy, are still missing".
const ASIDE_OPENERS = new Set(['including', 'among', 'most', 'many', 'mostly', 'several', 'some', 'all', 'who', 'a', 'an'])

function metricAfter(tokens: Token[], n: NumberAt, s: Sentence): MetricAt | null {
  const custody = custodyAside(tokens, n, s)
  if (custody !== null) return { metric: 'arrested', tokenStart: n.tokenStart, tokenEnd: custody, confidence: 0.75 }
  const partitive = partitiveEnd(tokens, n)
  let from = partitive ?? peopleShareEnd(tokens, n, s) ?? n.tokenEnd
  // "Two of them had earlier been described as being in critical condition": a share of victims
  // already counted is followed by its state, however far into its clause.
  const share = tokens[n.tokenEnd]?.lower === 'of' && (tokens[n.tokenEnd + 1]?.lower === 'them' || tokens[n.tokenEnd + 1]?.lower === 'whom')
  // Eleven tokens: room for a noun with a place after it ("All 17 workers at a fireworks workshop in
  // Kampong Chhnang province were killed", "two signalmen on duty at Pano Aqil had been taken into
  // custody"); a clause end, a comma or another number stops the search before that.
  let limit = Math.min(s.tokenEnd, from + (share ? 13 : 11))
  for (let k = from; k < limit; k++) {
    const t = tokens[k]
    // "27 persons including 11 militants and five soldiers were killed": the parts are skipped up to the
    // total's verb (each part is a figure of its own); "nine people who went to the concert are still
    // unaccounted for": so is a relative clause, up to the verb of the main one.
    // A relative clause in the passive or with a verb of dying is the figure's own: "nine people who
    // died", "12 people that were injured".
    if (k > from && (t.lower === 'including' || ((t.lower === 'who' || t.lower === 'that') && !OWN_RELATIVE.has(tokens[k + 1]?.lower ?? ''))) && !tokens[k - 1].text.match(/^[,;]$/)) {
      const verb = mainVerbAfter(tokens, k + 1, s)
      if (verb === null) break
      k = verb - 1
      limit = Math.min(s.tokenEnd, verb + 5)
      continue
    }
    // "Two soldiers and three civilians were killed", "All 56 passengers and four crew died": a
    // subject of coordinated numbers with their nouns shares the verb after the last one.
    const other = countWordAt(tokens, k)
    if (other && coordinatedSubject(tokens, from, k, other, s)) {
      k = other.tokenEnd - 1
      continue
    }
    // "Thirty-nine people — 28 men and 11 women — were killed": an aside between dashes, parts and all.
    if (k > from && DASHES.has(t.text) && t.spaceBefore) {
      const close = dashAsideEnd(tokens, k + 1, s)
      if (close !== null) {
        from = close
        limit = Math.min(s.tokenEnd, close + 6)
        k = close
        continue
      }
    }
    if (t.text === ';' || t.text === '(' || other || clauseEnds(tokens, k)) break
    // (A share's aside opens right after its noun: "two of the wounded, a vendor and a boy, were…".)
    if (t.text === ',' && (k > from || partitive !== null)) {
      const close = AGED.has(tokens[k + 1]?.lower ?? '') ? ageAsideEnd(tokens, k + 2, s) : ASIDE_OPENERS.has(tokens[k + 1]?.lower ?? '') || shareAside(tokens, k + 1) ? asideEnd(tokens, k + 1, s) : (APPOSITIVE_OPENERS.has(tokens[k + 1]?.lower ?? '') ? appositiveEnd(tokens, k + 1, s) : null) ?? reportAside(tokens, k + 1, s)
      if (close === null) break
      from = close
      // (Six tokens after it: "…, have been taken into custody".)
      limit = Math.min(s.tokenEnd, close + 6)
      k = close
      continue
    }
    // "Two gunmen killed five people", "two men … shot Nazarov dead": the number is the agent of a
    // casualty verb with an object, not its victims.
    if (k > from && AGENT_VERBS.has(t.lower) && !passiveBefore(tokens, k) && objectAt(tokens, k + 1, s)) return null
    const metric = metricWordAt(tokens, k, from)
    // "were killed or went missing", "1,000 killed or wounded": a combined count is no figure (§5).
    if (metric && tokens[k + 1]?.lower === 'or' && (metricWordAt(tokens, k + 2, from) || metricWordAt(tokens, k + 3, from))) return null
    // "two patients had been moved to hospitals in Sweden", "two people in intensive care had been
    // moved to another hospital": patients moved are no casualties.
    if (MOVED.has(t.lower)) return null
    if (metric && (metric === 'critical' || metric === 'hospitalized') && tokens.slice(k + 1, Math.min(s.tokenEnd, k + 7)).some((x) => MOVED.has(x.lower))) return null
    if (metric) {
      // "15 of the people hurt had been shot": a share of the injured that the clause says were
      // hurt is a part of the injured (its own metric), as a state is a figure of that state.
      if (partitive !== null && !PARTITIVE_METRICS.has(metric) && SHARE_NOUNS[tokens[partitive - 1].lower] !== metric) return null
      const near = k - n.tokenEnd <= 3
      return { metric, tokenStart: n.tokenStart, tokenEnd: tokens[k + 1]?.lower === 'condition' || tokens[k].lower === 'intensive' ? k + 2 : k + 1, confidence: near ? 0.9 : 0.8 }
    }
  }
  return null
}

/**
 * The number `other` at token `k`, after "and", coordinates with the noun of the figure whose
 * phrase runs from token `from`: one to three words of a noun phrase between ("soldiers and"),
 * a noun after `other` ("three civilians"), not a verb ("20 people and 5 were killed").
 */
function coordinatedSubject(tokens: Token[], from: number, k: number, other: NumberAt, s: Sentence): boolean {
  if (tokens[k - 1]?.lower !== 'and' || k - 1 - from < 1 || k - 1 - from > 3) return false
  for (let j = from; j < k - 1; j++) if (!/^\p{L}+$/u.test(tokens[j].text) || FINITE.has(tokens[j].lower) || METRIC_AFTER[tokens[j].lower] || METRIC_BEFORE[tokens[j].lower]) return false
  const next = tokens[other.tokenEnd]
  return other.tokenEnd < s.tokenEnd && /^\p{L}+$/u.test(next.text) && !FINITE.has(next.lower) && !MAIN_VERBS.has(next.lower) && !METRIC_AFTER[next.lower] && !clauseEnds(tokens, other.tokenEnd)
}

// "badly injured": worse than injured (docs/annotation.md §7, "Seriously and lightly injured").
const SEVERELY = new Set(['seriously', 'severely', 'gravely', 'critically', 'badly'])
// "life-threatening" is read as its last word.
const SERIOUS = new Set(['serious', 'severe', 'grave', 'critical', 'threatening'])
// Nouns of an act on people before "of" and the number: "the deaths of 12 miners", "the arrest of 5 suspects".
const NOUN_OF = wordTable<Metric>({ deaths: 'killed', arrest: 'arrested', arrests: 'arrested', detention: 'arrested' })
// "claimed the lives of 14 people", "the crash took the lives of nine".
const TOOK_LIVES = new Set(['claimed', 'claiming', 'claims', 'took', 'taking', 'takes', 'taken', 'cost', 'costing', 'costs'])
// Words between "in"/"to"/"at" and "hospital": "to two nearby hospitals", "at the Sherpur district hospital".
const TO_HOSPITAL = new Set(['in', 'to', 'at', 'a', 'the', 'local', 'nearby', 'area', 'two', 'three', 'several', 'district', 'general', 'regional', 'provincial', 'main', 'city', 'teaching', 'military', 'referral', 'state', 'county', 'community', 'public', 'private', 'government'])

/**
 * The metric word at token `k` of a figure's clause (which starts at token `from`), or null:
 * "in critical condition", "in a serious condition" and "seriously injured" → critical; "taken to
 * hospital" and "treated at a hospital" → hospitalized, "the hospital said" nothing; "treated for
 * burns", "discharged" → injured; "still trapped" → missing (docs/annotation.md §3 and §7).
 */
function metricWordAt(tokens: Token[], k: number, from: number): Metric | null {
  const lower = tokens[k].lower
  const next = tokens[k + 1]?.lower ?? ''
  const metric = METRIC_AFTER[lower]
  if (!metric) {
    if ((lower === 'serious' || lower === 'grave') && next === 'condition') return 'critical'
    // "38 of the wounded were in intensive care", "five of them in the ICU" (§7: intensive care is
    // critical), "three remained on ventilator support", "on life support".
    if ((lower === 'intensive' && (next === 'care' || next === 'therapy')) || lower === 'icu' || lower === 'ventilator' || lower === 'ventilators' || (lower === 'life' && next === 'support' && tokens[k - 1]?.lower === 'on')) return 'critical'
    // "still trapped", "eight miners remain trapped" (§3 missing); "12 workers were trapped", "had been
    // trapped" are missing too, whether they are later pulled out alive or dead (the codebook's missing
    // counts who could not be reached).
    if (lower === 'trapped') {
      for (let j = Math.max(from, k - 4); j < k; j++) if (STILL.has(tokens[j].lower)) return 'missing'
      // ("about 10 people were feared trapped", "are believed trapped")
      const before = k - 1 - (MID_ADVERBS.has(tokens[k - 1]?.lower ?? '') || FEARED.has(tokens[k - 1]?.lower ?? '') ? 1 : 0)
      if (PASSIVE.has(tokens[before]?.lower ?? '')) return 'missing'
    }
    // "Three young men were beaten by villagers": hurt (§3 injured); "were beaten to death": killed.
    if (lower === 'beaten' && passiveBefore(tokens, k) && next !== 'back' && next !== 'off') return next === 'to' && tokens[k + 2]?.lower === 'death' ? 'killed' : 'injured'
    // "Some 40 people received treatment at the scene" (§3 injured: received medical care); "are
    // receiving treatment in hospital" is hospitalized.
    if (lower === 'treatment' && RECEIVED.has(tokens[k - 1]?.lower ?? '')) {
      for (let j = k + 1; j < k + 6 && /^[\p{L}'’-]+$/u.test(tokens[j]?.text ?? ''); j++) if (/^hospitals?$/.test(tokens[j].lower) && hospitalBefore(tokens, j)) return 'hospitalized'
      return 'injured'
    }
    // "Fourteen fishermen have not been found", "are yet to be found" (§3 missing: bodies not yet found).
    if (lower === 'found' && notYetFound(tokens, k) && !tokens.slice(from, k).some((t) => AT_LARGE.has(t.lower))) return 'missing'
    // "Two suspects are being held", "were held on suspicion of…", "held in custody"; not "held
    // hostage", "held up", "held in the stadium".
    if (lower === 'held' && passiveBefore(tokens, k) && heldAfter(tokens, k + 1) && heldPeople(tokens, from, k)) return 'arrested'
    // "Six suspects were remanded", "were booked under the anti-terror law" (South Asian copy for charged).
    if ((lower === 'remanded' || (lower === 'booked' && ['under', 'for'].includes(next))) && passiveBefore(tokens, k)) return 'arrested'
    // "two Kenyan drivers are under arrest" (§3 arrested)
    if (lower === 'arrest' && tokens[k - 1]?.lower === 'under') return 'arrested'
    // "police are holding nine people for questioning", "were held for questioning": detained; not
    // "two more were being sought for questioning".
    if (lower === 'questioning' && tokens[k - 1]?.lower === 'for') {
      for (let j = k - 2; j >= Math.max(0, k - 10) && tokens[j].text !== '.'; j--) if (HELD.has(tokens[j].lower)) return 'arrested'
    }
    // "Two men were picked up early this morning by Thane Police": held by a force, arrested (not
    // "picked up by a rescue boat").
    if (lower === 'picked' && next === 'up' && PASSIVE.has(tokens[k - 1]?.lower ?? '')) {
      for (let j = k + 2; j < k + 8 && j < tokens.length && tokens[j].text !== '.' && tokens[j].text !== ','; j++) if (tokens[j].lower === 'by') return FORCES.has(tokens[j + 1]?.lower ?? '') || FORCES.has(tokens[j + 2]?.lower ?? '') || FORCES.has(tokens[j + 3]?.lower ?? '') ? 'arrested' : null
    }
    // "seven people struck by bullets", "hit by stray gunfire": shot, so injured (§7).
    if ((lower === 'struck' || lower === 'hit') && next === 'by' && (GUNFIRE.has(tokens[k + 2]?.lower ?? '') || GUNFIRE.has(tokens[k + 3]?.lower ?? ''))) return 'injured'
    // "47 remained admitted", "were admitted on Tuesday" (§3 "admitted"); not "two suspects admitted the killings".
    if (lower === 'admitted' && ADMITTED_AFTER.has(tokens[k - 1]?.lower ?? '')) return 'hospitalized'
    return null
  }
  if (lower === 'hospital' || lower === 'hospitals') return hospitalBefore(tokens, k) ? metric : null
  // "Three bodies are yet to be found", "bodies that have not been recovered": missing (§3).
  if (lower === 'bodies') for (let j = k + 2; j < k + 7 && /^[\p{L}'’-]+$/u.test(tokens[j]?.text ?? ''); j++) if ((tokens[j].lower === 'found' || tokens[j].lower === 'recovered') && notYetFound(tokens, j)) return 'missing'
  // "Four people are fighting for their lives": in a critical state, not dead.
  if (lower === 'lives' && tokens[k - 1]?.lower === 'their' && tokens[k - 2]?.lower === 'for') return 'critical'
  // "two gunshot wounds to the chest", "three stab wounds": the number counts the wounds; people have
  // them through a verb or a preposition ("suffered gunshot wounds", "treated for burns", "with wounds").
  if ((lower === 'wounds' || lower === 'injuries' || lower === 'burns') && k > from && !tokens.slice(from, k).some((t) => FINITE.has(t.lower) || ['for', 'of', 'with', 'from'].includes(t.lower) || /^\p{Ll}{3,}ed$/u.test(t.text))) return null
  // "a case against the two for causing death through negligence": the charge, not a toll.
  if (metric === 'killed' && CAUSING.has(tokens[k - 1]?.lower ?? '')) return null
  if (lower === 'shot') {
    // "shot dead", "shot to death", "shot and killed"; "shot" as a noun ("fired a shot") is no casualty.
    if (next === 'dead' || (next === 'to' && tokens[k + 2]?.lower === 'death') || (next === 'and' && METRIC_AFTER[tokens[k + 2]?.lower ?? ''] === 'killed')) return 'killed'
    return PASSIVE_OR_PERFECT.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.lower === 'fatally' ? metric : null
  }
  if (metric === 'injured' && SEVERELY.has(tokens[k - 1]?.lower ?? '')) return 'critical'
  // "around 40 injured admitted to Capital Hospital": the injured in hospital.
  if ((lower === 'injured' || lower === 'wounded') && next === 'admitted') return 'hospitalized'
  // "42 people sustained serious injuries", "suffered life-threatening wounds" (§3 critical, §7 seriously injured).
  if ((lower === 'injuries' || lower === 'wounds' || lower === 'burns') && SERIOUS.has(tokens[k - 1]?.lower ?? '')) return 'critical'
  // "treated at a hospital", "treated in hospital"
  // "A doctor at Kamuzu Central Hospital said 19 people were being treated there": patients a
  // hospital's doctor says are being treated are in hospital (§7); "bodies were brought to the
  // hospital and four people were being treated for burns" names no doctor: injured.
  // "Mercy General Hospital said 21 workers were still being treated there": patients a hospital
  // itself says it is treating are in hospital too (§7 "Treated by hospitals is hospitalized"); the
  // hospital is the source, its word right before the verb of saying.
  if (lower === 'treated' && (tokens[k - 1]?.lower === 'being' || next === 'there')) {
    for (let j = k - 2; j >= Math.max(0, k - 20) && tokens[j].text !== '.'; j--) if (DOCTORS.has(tokens[j].lower) || hospitalSays(tokens, j)) return 'hospitalized'
  }
  // "treated at University Hospital Galway": a named hospital's words may stand between.
  if (lower === 'treated') for (let j = k + 1; j < k + 8 && (TO_HOSPITAL.has(tokens[j]?.lower ?? '') || /^\p{Lu}/u.test(tokens[j]?.text ?? '')); j++) if (/^hospitals?$/.test(tokens[j + 1]?.lower ?? '') && hospitalBefore(tokens, j + 1)) return 'hospitalized'
  return metric
}

// Verbs of an attack whose subject is its agent: "two men shot the guard dead", "gunmen killed five".
const AGENT_VERBS = new Set(['killed', 'shot', 'stabbed', 'hacked', 'beat', 'gunned', 'murdered', 'wounded', 'injured', 'attacked', 'ambushed', 'abducted', 'kidnapped', 'arrested', 'detained', 'lynched', 'executed', 'strangled'])
const OBJECT_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'several', 'dozens', 'scores', 'hundreds'])
// Adverbs between an auxiliary and its participle: "were also detained", "had reportedly been shot".
const MID_ADVERBS = new Set(['also', 'later', 'reportedly', 'allegedly', 'subsequently', 'then', 'all', 'both', 'since', 'now', 'just', 'already', 'fatally', 'critically', 'seriously'])

/** A passive or perfect participle at token `k`: "were (also) detained", "people shot", not "men shot". */
function passiveBefore(tokens: Token[], k: number): boolean {
  let j = k - 1
  while (j > 0 && MID_ADVERBS.has(tokens[j].lower)) j--
  return PASSIVE_OR_PERFECT.has(tokens[j].lower)
}
// "two others killed the next day": a time after the verb, no object.
const TIME_WORDS = new Set(['next', 'following', 'same', 'previous', 'day', 'night', 'morning', 'evening', 'week', 'weekend'])

/** An object of a verb at token `k`: a determiner or pronoun (not of time), a number, a name. */
function objectAt(tokens: Token[], k: number, s: Sentence): boolean {
  if (k >= s.tokenEnd) return false
  const t = tokens[k]
  if (OBJECT_STARTS.has(t.lower)) return !TIME_WORDS.has(tokens[k + 1]?.lower ?? '')
  // "killed at least five people": a qualified number.
  for (let j = k; j < Math.min(s.tokenEnd, k + 3) && QUALIFIER_WORDS.has(tokens[j].lower); j++) if (countWordAt(tokens, j + 1)) return true
  return countWordAt(tokens, k) !== null || (/^\p{Lu}/u.test(t.text) && !WEEKDAYS_AND_MONTHS.has(t.lower))
}

// "were shot", "had been shot", "people shot": a participle, not "he shot" or "a shot".
const PASSIVE_OR_PERFECT = new Set(['were', 'was', 'been', 'being', 'are', 'is', 'people', 'persons', 'others', 'men', 'women', 'children', 'civilians', 'officers', 'protesters', 'demonstrators'])
const CAUSING = new Set(['causing', 'caused', 'cause'])
// Those who hold people: "picked up by police", "by Thane Police", "by security forces".
const FORCES = new Set(['police', 'officers', 'troops', 'soldiers', 'agents', 'security', 'authorities', 'gendarmes', 'detectives', 'army', 'military'])
const HELD = new Set(['held', 'holding', 'hold', 'holds', 'taken', 'picked', 'brought', 'rounded'])
const GUNFIRE = new Set(['bullets', 'bullet', 'gunfire', 'shrapnel', 'gunshots'])
const STILL = new Set(['still', 'remain', 'remained', 'remains', 'remaining'])
const ADMITTED_AFTER = new Set(['were', 'was', 'been', 'being', 'are', 'is', 'remain', 'remained', 'remains', 'still'])

/**
 * "in hospital", "to hospital", "at a hospital", "to two hospitals", "to the Queen Elizabeth
 * University Hospital": a place of care, not a source ("the hospital said"). A name may stand
 * before it, capitalised or not ("to the Sherpur district hospital").
 */
function hospitalBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1, names = 0; j >= k - 3 - names && j >= 0; j--) {
    const lower = tokens[j].lower
    if (lower === 'in' || lower === 'to' || lower === 'at') return true
    // A name before "hospital": "Sherpur district hospital", "Queen Elizabeth University Hospital".
    if (names < 4 && /^\p{Lu}[\p{L}'’.-]*$/u.test(tokens[j].text)) {
      names++
      continue
    }
    if (!TO_HOSPITAL.has(lower)) return false
  }
  return false
}

/**
 * "Eleven people were hurt and are being treated in hospital", "wounded and taken to hospitals":
 * the injured who are in hospital are also a hospitalized figure. The token after "hospital", or null.
 */
function alsoInHospital(tokens: Token[], from: number, s: Sentence): number | null {
  // "wounded as well and have been taken to hospital"
  if (tokens[from]?.lower === 'as' && tokens[from + 1]?.lower === 'well') from += 2
  // "wounded in the shooting and remains in hospital": a short phrase of where or when before "and".
  if (['in', 'on', 'at', 'during'].includes(tokens[from]?.lower ?? '')) {
    let k = from + 1
    while (k < Math.min(s.tokenEnd, from + 5) && /^\p{L}+$/u.test(tokens[k].text) && tokens[k].lower !== 'and') k++
    if (tokens[k]?.lower === 'and') from = k
  }
  if (tokens[from]?.lower !== 'and' || from >= s.tokenEnd) return null
  let verb = false
  for (let k = from + 1; k < Math.min(s.tokenEnd, from + 10); k++) {
    const lower = tokens[k].lower
    if (lower === ',' || lower === ';' || countWordAt(tokens, k)) return null
    if (HOSPITAL_VERBS.has(lower)) verb = true
    else if (verb && (lower === 'hospital' || lower === 'hospitals') && hospitalBefore(tokens, k)) return k + 1
  }
  return null
}
// ("wounded in the shooting and remains in hospital": still there.)
const HOSPITAL_VERBS = new Set(['taken', 'treated', 'admitted', 'rushed', 'airlifted', 'flown', 'transferred', 'transported', 'evacuated', 'hospitalized', 'hospitalised', 'remains', 'remained', 'remain'])

// Words that end the clause of a figure before its metric word: "rose to 17 as police detained",
// "drew 400 people and said the detentions…". ("as well" is no clause.)
const CLAUSE_ENDS = new Set(['as', 'when', 'while', 'whereas', 'after', 'before', 'because', 'although', 'though', 'but', 'since', 'until', 'said', 'says', 'say', 'told', 'tells', 'added', 'adds'])

function clauseEnds(tokens: Token[], k: number): boolean {
  const lower = tokens[k].lower
  // "as police detained…" ends it; "listed as missing", "as well", "as many as" do not.
  if (lower === 'as') return !METRIC_AFTER[tokens[k + 1]?.lower ?? ''] && !['well', 'many', 'much', 'being', 'having', 'dead'].includes(tokens[k + 1]?.lower ?? '')
  return CLAUSE_ENDS.has(lower)
}

/** The closing comma of an aside opened at `from`, if it closes within a few words. */
function asideEnd(tokens: Token[], from: number, s: Sentence): number | null {
  // "including two women": a part of the figure may hold a number of its own.
  const parts = tokens[from].lower === 'including' || tokens[from].lower === 'among' || shareAside(tokens, from)
  // Up to sixteen tokens: "most of them pilgrims returning from a shrine in the north of the country,";
  // a part may run longer: "among them the owner of a rented house in Mbagala where the bombers are
  // thought to have assembled their vests,".
  for (let k = from; k < Math.min(s.tokenEnd, from + (parts ? 24 : 16)); k++) {
    if (tokens[k].text === ',') return k
    if (tokens[k].text === ';' || (!parts && countWordAt(tokens, k))) return null
  }
  return null
}

const DASHES = new Set(['—', '–', '-'])

/** The dash that closes an aside opened by a dash before token `from` (within fifteen tokens, before the figure's verb), or null. */
function dashAsideEnd(tokens: Token[], from: number, s: Sentence): number | null {
  for (let k = from; k < Math.min(s.tokenEnd - 1, from + 15); k++) {
    if (tokens[k].text === ';' || tokens[k].text === '.') return null
    if (DASHES.has(tokens[k].text) && tokens[k].spaceBefore) return k > from ? k : null
  }
  return null
}

// "The two crew members, the captain, 34, and the bowman, 22, have been in police custody": an
// appositive that names who they are, by role, with their ages.
const APPOSITIVE_OPENERS = new Set(['the', 'his', 'her', 'their', 'its'])

/**
 * The comma that closes an appositive opened at `from` ("the captain, 34, and the bowman, 22,") right
 * before the figure's verb: words, "and", and ages between commas, up to a comma followed by a
 * finite verb ("have been", "were"); null otherwise.
 */
function appositiveEnd(tokens: Token[], from: number, s: Sentence): number | null {
  for (let k = from; k < Math.min(s.tokenEnd - 1, from + 16); k++) {
    const t = tokens[k]
    if (t.text === ',') {
      if (MAIN_VERBS.has(tokens[k + 1].lower) || FINITE.has(tokens[k + 1].lower)) return k > from ? k : null
      continue
    }
    // An age between commas: ", 34,".
    if (/^\d{1,2}$/.test(t.text) && tokens[k - 1]?.text === ',' && tokens[k + 1]?.text === ',') continue
    if (!/^\p{L}[\p{L}'’-]*$/u.test(t.text) || (FINITE.has(t.lower) && t.lower !== 'had') || clauseEnds(tokens, k)) return null
  }
  return null
}

// "Nine other people, aged 14 to 66, were injured": the victims' ages, an aside of numbers that are no figures.
const AGED = new Set(['aged', 'ages'])
const AGE_WORDS = new Set(['to', 'and', 'between', 'from', '-', '–', 'years', 'old', 'or'])

/** The closing comma of an age aside whose words start at `from` ("14 to 66,", "between 20 and 35 years,"), or null. */
function ageAsideEnd(tokens: Token[], from: number, s: Sentence): number | null {
  for (let k = from; k < Math.min(s.tokenEnd, from + 8); k++) {
    if (tokens[k].text === ',') return k > from ? k : null
    if (!AGE_WORDS.has(tokens[k].lower) && !/^\d{1,3}$/.test(tokens[k].text) && !readNumber(tokens, k)) return null
  }
  return null
}

/** "Four people, three of them children, drowned": an aside that is a share of the figure ("N of them"). */
function shareAside(tokens: Token[], from: number): boolean {
  const n = countWordAt(tokens, from)
  return n !== null && tokens[n.tokenEnd]?.lower === 'of' && (tokens[n.tokenEnd + 1]?.lower === 'them' || tokens[n.tokenEnd + 1]?.lower === 'whom')
}

const OWN_RELATIVE = new Set(['died', 'perished', 'drowned', 'were', 'was', 'are', 'is', 'had', 'have', 'has', 'remain', 'remained', 'remains', 'still', 'later'])
/** "Nine people, police said, were killed": the closing comma of an aside that ends in a verb of saying, or null. */
function reportAside(tokens: Token[], from: number, s: Sentence): number | null {
  for (let k = from; k < Math.min(s.tokenEnd, from + 6); k++) {
    if (tokens[k].text === ',') return k > from && SPEECH_VERBS.has(tokens[k - 1].lower) ? k : null
    if (!/^\p{L}/u.test(tokens[k].text)) return null
  }
  return null
}

// Finite forms of "be" and "have" that carry the main verb of a figure's clause.
const MAIN_VERBS = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'remain', 'remained', 'remains'])

/**
 * The first finite "be", "have" or "remain" from token `from` within ten tokens, not across
 * punctuation — the main clause's verb after parts or a relative clause — or null.
 */
function mainVerbAfter(tokens: Token[], from: number, s: Sentence): number | null {
  for (let k = from; k < Math.min(s.tokenEnd, from + 10); k++) {
    if (MAIN_VERBS.has(tokens[k].lower)) return k
    if (/^[,;:()]$/.test(tokens[k].text)) return null
  }
  return null
}

/**
 * "killed five people and wounded three others": a verb right before the number (its qualifier
 * skipped) is the number's own and wins over a metric word later in the clause. Not for a share
 * ("arrested two of the wounded"), whose noun decides.
 */
function verbRightBefore(tokens: Token[], n: NumberAt, at: number, s: Sentence): MetricAt | null {
  const floor = s.tokenStart
  if (at - 1 < floor) return null
  // "the crash killed all 4 crew", "the blast killed his three children"
  const verb = (tokens[at - 1].lower === 'all' || POSSESSIVES.has(tokens[at - 1].lower)) && at - 2 >= floor ? at - 2 : at - 1
  // "the army lost 12 soldiers", "I lost three of my friends": lives lost (not "lost 3 matches").
  if (LOST.has(tokens[verb].lower) && verb === at - 1) {
    const owned = tokens[n.tokenEnd]?.lower === 'of' ? possessedAt(tokens, n.tokenEnd + 1, s) : n.tokenEnd
    const noun = owned === null ? '' : tokens[owned]?.lower ?? ''
    return PEOPLE_NOUNS.has(noun) || PEOPLE_ENDINGS.test(noun) || noun === 'friends' || noun === 'sons' || noun === 'daughters' || noun === 'relatives' || noun === 'colleagues' || noun === 'brothers' ? { metric: 'killed', tokenStart: verb, tokenEnd: at, confidence: 0.75 } : null
  }
  // "Doctors at Lusaka Central Hospital said they had treated 23 people": patients a hospital's
  // doctors treat are hospitalized; "paramedics treated 40 people at the scene" are injured
  // (docs/annotation.md §7 "Patients treated by a hospital's doctors"). "Mulago hospital was
  // treating 74 of the injured": patients a hospital is treating now are in hospital.
  // "Hospitals in Monywa said they had admitted 14 of the wounded" (§3 admitted; not "admitted 3 charges").
  if (ADMITTING.has(tokens[verb].lower) && !thingsAfter(tokens, n.tokenEnd)) return { metric: 'hospitalized', tokenStart: verb, tokenEnd: at, confidence: 0.8 }
  if (TREATED.has(tokens[verb].lower)) {
    let care = false
    // "Hospitals in Beira had treated 1,300 people", "Banner Medical Center said it had treated 14"
    // (§7 "Treated by hospitals is hospitalized").
    for (let k = floor; k < verb && !care; k++) care = CARE_GIVERS.has(tokens[k].lower) || HOSPITAL_WORDS.has(tokens[k].lower) || (CENTRES.has(tokens[k].lower) && tokens[k - 1]?.lower === 'medical')
    return { metric: care ? 'hospitalized' : 'injured', tokenStart: verb, tokenEnd: at, confidence: 0.8 }
  }
  if (partitiveEnd(tokens, n) !== null) return null
  // "a request to hold 11 suspects", "police are holding nine suspects": suspects held are arrested
  // (not "held 30 people hostage").
  if (HOLD.has(tokens[verb].lower) && SUSPECTS.has(tokens[n.tokenEnd]?.lower ?? '')) return { metric: 'arrested', tokenStart: verb, tokenEnd: at, confidence: 0.8 }
  // "Rescuers were still searching for 12 people", "the search for 30 fishermen": the missing (not
  // "police are searching for two suspects", who are at large, nor "arrested six suspects and were
  // searching for three more").
  if (tokens[verb].lower === 'for' && SEARCHING.has(tokens[verb - 1]?.lower ?? '') && verb - 1 >= floor && !AT_LARGE.has(tokens[n.tokenEnd]?.lower ?? '') && !thingsAfter(tokens, n.tokenEnd) && !(['more', 'others', 'other'].includes(tokens[n.tokenEnd]?.lower ?? '') && tokens.slice(floor, verb).some((t) => METRIC_BEFORE[t.lower] === 'arrested' || AT_LARGE.has(t.lower)))) return { metric: 'missing', tokenStart: verb - 1, tokenEnd: at, confidence: 0.7 }
  // "Authorities have rounded up 40 people".
  if (tokens[verb].lower === 'up' && (tokens[verb - 1]?.lower === 'rounded' || tokens[verb - 1]?.lower === 'rounding') && verb - 1 >= floor) return { metric: 'arrested', tokenStart: verb - 1, tokenEnd: at, confidence: 0.8 }
  // "the collapse trapped 14 miners", "…, trapping at least 30 people": those it trapped are missing (§3).
  if (TRAPPING.has(tokens[verb].lower) && !PASSIVE.has(tokens[verb - 1]?.lower ?? '')) return { metric: 'missing', tokenStart: verb, tokenEnd: at, confidence: 0.75 }
  // "after shooting dead six people", "shot dead two guards": killed.
  if (tokens[verb].lower === 'dead' && SHOOTING.has(tokens[verb - 1]?.lower ?? '') && verb - 1 >= floor) return { metric: 'killed', tokenStart: verb - 1, tokenEnd: at, confidence: 0.85 }
  const metric = METRIC_BEFORE[tokens[verb].lower]
  return metric ? { metric, tokenStart: verb, tokenEnd: at, confidence: 0.85 } : null
}
const SHOOTING = new Set(['shot', 'shooting', 'shoots', 'shoot'])
const TREATED = new Set(['treated', 'treating', 'treats'])
const TRAPPING = new Set(['trapped', 'trapping', 'traps'])
/** "not been found", "never been found", "yet to be found", "not yet been recovered": the participle at token `k` negated. */
function notYetFound(tokens: Token[], k: number): boolean {
  const b1 = tokens[k - 1]?.lower, b2 = tokens[k - 2]?.lower, b3 = tokens[k - 3]?.lower
  return (b1 === 'been' && (b2 === 'not' || b2 === 'never' || (b2 === 'yet' && b3 === 'not'))) || (b1 === 'be' && b2 === 'to' && b3 === 'yet')
}
const SEARCHING = new Set(['searching', 'search', 'searched', 'looking', 'hunting', 'combing'])
// Those searched for who are at large, not missing: "searching for two suspects".
const AT_LARGE = new Set(['suspects', 'suspected', 'gunmen', 'attackers', 'assailants', 'militants', 'escapees', 'fugitives', 'prisoners', 'inmates', 'kidnappers', 'robbers', 'men'])

/** The words from token `from` to the verb at `k` name people, or none stand there ("Two were held"): not "two meetings were held". */
function heldPeople(tokens: Token[], from: number, k: number): boolean {
  const words = tokens.slice(from, k).filter((t) => !PASSIVE.has(t.lower) && !MID_ADVERBS.has(t.lower) && t.lower !== 'have' && t.lower !== 'has' && t.lower !== 'had')
  return words.length === 0 || words.some((t) => PEOPLE_NOUNS.has(t.lower) || SUSPECTS.has(t.lower) || /(?:men|ers|ists|ians)$/.test(t.lower))
}

/**
 * What follows "held" at token `k` when it means held by the authorities: the clause's end, "on
 * suspicion", "in custody"/"in connection with"/"in detention", "by police", "over the…", "pending…".
 */
function heldAfter(tokens: Token[], k: number): boolean {
  const next = tokens[k]?.lower ?? '.'
  const then = tokens[k + 1]?.lower ?? ''
  if (next === '.' || next === ',' || next === ';' || next === 'over' || next === 'pending' || next === 'without') return true
  if (next === 'on') return then === 'suspicion' || then === 'charges'
  if (next === 'in') return ['custody', 'connection', 'detention', 'jail', 'prison', 'police'].includes(then)
  if (next === 'by') return FORCES.has(then) || FORCES.has(tokens[k + 2]?.lower ?? '')
  return false
}
const RECEIVED = new Set(['received', 'receiving', 'receive', 'receives', 'needed', 'needing', 'required', 'requiring', 'underwent', 'undergoing', 'sought'])
// "were feared trapped", "are believed trapped": a report between the auxiliary and the state.
const FEARED = new Set(['feared', 'believed', 'thought', 'reported', 'presumed'])
const HOLD = new Set(['hold', 'holds', 'held', 'holding'])
const LOST = new Set(['lost', 'loses', 'losing', 'lose'])
const MOVED = new Set(['moved', 'relocated'])
const ADMITTING = new Set(['admitted', 'admitting', 'admits'])
const SUSPECTS = new Set(['suspects', 'suspected', 'detainees', 'accused'])
const HOSPITAL_WORDS = new Set(['hospital', 'hospitals', 'doctor', 'doctors', 'surgeons', 'physicians', 'clinic', 'clinics', 'infirmary'])
// "Medical Center", "medical centre": a hospital by another name.
const CENTRES = new Set(['center', 'centre', 'centers', 'centres'])
const DOCTORS = new Set(['doctor', 'doctors', 'surgeon', 'surgeons', 'physician', 'physicians'])
/**
 * A place of care at token `j` that is the subject of a verb of saying: "the hospital said",
 * "Mercy General Hospital says", "University Hospital Regensburg said" (up to three capitalised words
 * of its name after the head word).
 */
function hospitalSays(tokens: Token[], j: number): boolean {
  // ("Tarn Medical Centre says", not "the disaster centre said".)
  if (!HOSPITAL_SOURCES.has(tokens[j].lower) && !(CENTRES.has(tokens[j].lower) && /^(?:medical|trauma|health)$/.test(tokens[j - 1]?.lower ?? ''))) return false
  let k = j + 1
  while (k < j + 4 && /^\p{Lu}/u.test(tokens[k]?.text ?? '')) k++
  return SPEECH_VERBS.has(tokens[k]?.lower ?? '')
}
// A place of care that reports its own patients: "the hospital said", "Tarn Medical Centre says".
const HOSPITAL_SOURCES = new Set(['hospital', 'hospitals', 'clinic', 'clinics', 'infirmary'])
// A hospital's doctors (§7 names them; "Hospitals in Beira had treated 1,300 people for injuries"
// stays injured in the dev gold).
const CARE_GIVERS = new Set(['doctors', 'surgeons', 'physicians'])

function metricBefore(tokens: Token[], at: number, floor: number, lastMetric: Metric | null): MetricAt | null {
  // A fact box's label: "Deaths: 40", "Injured: 120", "Death toll: 57".
  if (at - 2 >= floor && tokens[at - 1].text === ':') {
    const label = tokens[at - 2].lower
    const metric = label === 'toll' ? 'killed' : TOLL_OF_METRIC[label]
    if (metric && (at - 2 === floor || !/^\p{L}/u.test(tokens[at - 3].text) || tokens[at - 3].lower === 'death' || tokens[at - 3].lower === 'injury')) return { metric: label === 'toll' && tokens[at - 3]?.lower === 'injury' ? 'injured' : metric, tokenStart: at - 2, tokenEnd: at, confidence: 0.75 }
  }
  // "killing of at least 143", "killed more than 100", "arrested the four gunmen"
  for (let k = at - 1; k >= Math.max(floor, at - 3); k--) {
    const metric = METRIC_BEFORE[tokens[k].lower]
    if (metric) {
      return { metric, tokenStart: k, tokenEnd: at, confidence: 0.85 }
    }
    // "recovered the bodies of four militants", "claimed the lives of 14 people"
    if (tokens[k].lower === 'bodies' && tokens[k + 1]?.lower === 'of') return { metric: 'killed', tokenStart: k, tokenEnd: at, confidence: 0.8 }
    // "pulled the remains of nine victims from the rubble"; not "the remains of 3 houses".
    if (tokens[k].lower === 'remains' && tokens[k + 1]?.lower === 'of' && !thingsAfter(tokens, readNumber(tokens, at)?.tokenEnd ?? at)) return { metric: 'killed', tokenStart: k, tokenEnd: at, confidence: 0.8 }
    // "mourned the deaths of 12 miners", "announced the arrest of 5 suspects"
    if (NOUN_OF[tokens[k].lower] && tokens[k + 1]?.lower === 'of') return { metric: NOUN_OF[tokens[k].lower]!, tokenStart: k, tokenEnd: at, confidence: 0.8 }
    if (tokens[k].lower === 'lives' && tokens[k + 1]?.lower === 'of' && tokens[k - 1]?.lower === 'the' && TOOK_LIVES.has(tokens[k - 2]?.lower ?? '')) return { metric: 'killed', tokenStart: k - 2, tokenEnd: at, confidence: 0.8 }
    if (!['of', 'the', 'a', 'some', 'another', 'an', 'at', 'least'].includes(tokens[k].lower)) break
  }
  // "killing the driver and 3 passengers", "arrested the owner and two of his sons": a number
  // coordinated after the verb's first object.
  // "The bodies of Sadykbekov and the two other men were found": so after "bodies of".
  const and = tokens[at - 1]?.lower === 'and' ? at - 1 : tokens[at - 1]?.lower === 'the' && tokens[at - 2]?.lower === 'and' ? at - 2 : -1
  if (and > floor) {
    for (let k = and - 1; k >= Math.max(floor, and - 4); k--) {
      const metric = METRIC_BEFORE[tokens[k].lower] ?? (tokens[k].lower === 'of' && tokens[k - 1]?.lower === 'bodies' ? 'killed' : undefined)
      if (metric && k < and - 1) return { metric, tokenStart: tokens[k].lower === 'of' ? k - 1 : k, tokenEnd: at, confidence: 0.75 }
      if (!/^\p{L}+$/u.test(tokens[k].text) || FINITE.has(tokens[k].lower)) break
    }
  }
  const toll = tollPhrase(tokens, at, floor)
  if (toll) return toll
  // "the death toll rose to 143", "the number increased to 143", "revised the death toll from 89 to
  // 87", "put the number of dead at 98", "raised the number of people unaccounted for – from 63 to 1,142"
  for (let k = at - 1; k >= Math.max(floor, at - 9); k--) {
    const lower = tokens[k].lower
    if (TOLL_NOUNS.has(lower)) {
      const before = tokens[k - 1]?.lower ?? ''
      const named = TOLL_OF_METRIC[tollHead(tokens, k)]
      const metric: Metric = before === 'death' ? 'killed' : before === 'injury' ? 'injured' : named ?? (lower === 'toll' ? 'killed' : lastMetric ?? 'killed')
      const guessed = before !== 'death' && before !== 'injury' && !named && lower !== 'toll'
      return { metric, tokenStart: k - (before === 'death' || before === 'injury' ? 1 : 0), tokenEnd: at, confidence: lower === 'toll' || named ? 0.85 : 0.7, ...(guessed ? { guessed: true } : {}) }
    }
    if (TOLL_VERBS.has(lower) || TOLL_BETWEEN.has(lower)) continue
    // The noun phrase after "number of": "of dead", "of people unaccounted for".
    if (TOLL_OF_METRIC[lower] && (tokens[k - 1]?.lower === 'of' || tokens[k - 1]?.lower === 'people' || (tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'of'))) continue
    if (lower === 'the' && tokens[k - 1]?.lower === 'of' && TOLL_OF_METRIC[tokens[k + 1]?.lower ?? '']) continue
    // "from 89 to": the earlier figure of the same toll.
    const from = tokens[k + 1]?.lower === 'to' ? readNumberBackwards(tokens, k, floor) : null
    if (from !== null && tokens[from - 1]?.lower === 'from') {
      k = from
      continue
    }
    break
  }
  return null
}

/**
 * "The death toll from a blast at a market in Quetta rose to at least 41", "the number of injured
 * climbed to 30": a linking verb right before the figure, a toll phrase anywhere earlier in the
 * clause (not across ";" or another figure).
 */
function tollPhrase(tokens: Token[], at: number, floor: number): MetricAt | null {
  let k = at - 1
  if (k < floor) return null
  // "the injured are more than 40"
  if (TOTAL_COPULAS.has(tokens[k].lower) && k - 2 >= floor && tokens[k - 2].lower === 'the' && SHARE_NOUNS[tokens[k - 1].lower]) {
    return { metric: SHARE_NOUNS[tokens[k - 1].lower]!, tokenStart: k - 1, tokenEnd: at, confidence: 0.8 }
  }
  // "rose to 41", "stood at 41", "rose from 27 to 41"
  if (tokens[k].lower === 'from' && (TOLL_LINK_VERBS.has(tokens[k - 1]?.lower ?? '') || (TOLL_PARTICLES.has(tokens[k - 1]?.lower ?? '') && TOLL_LINK_VERBS.has(tokens[k - 2]?.lower ?? '')))) {
    // "rose from 27 to 41", "revised down from 45 to 41": the earlier figure of the same toll.
    k -= TOLL_PARTICLES.has(tokens[k - 1].lower) ? 2 : 1
  } else if (tokens[k].lower === 'to' || tokens[k].lower === 'at') {
    k--
    const maybeFrom = readNumberBackwards(tokens, k, floor)
    if (maybeFrom !== null && tokens[maybeFrom - 1]?.lower === 'from') k = maybeFrom - 2
    if (k > floor && TOLL_PARTICLES.has(tokens[k].lower) && TOLL_LINK_VERBS.has(tokens[k - 1].lower)) k--
    if (k < floor) return null
    if (!TOLL_LINK_VERBS.has(tokens[k].lower)) return tollPut(tokens, k, at, floor)
  } else if (!TOLL_DIRECT_VERBS.has(tokens[k].lower) && !(tokens[at]?.lower === 'past' && TOLL_LINK_VERBS.has(tokens[k].lower))) {
    // ("the toll climbed past 60": a linking verb and "past", more_than)
    return null
  }
  const verbAt = k
  // "The toll could rise to more than 100", "is expected to reach 40": a forecast is no figure
  // (docs/annotation.md §7 "A forecast … is not a figure").
  if (FORECAST_BEFORE.has(tokens[verbAt - 1]?.lower ?? '') && BASE_FORMS.has(tokens[verbAt].lower)) return null
  // Auxiliaries and adverbs before the verb: "has now risen to", "had climbed to".
  // "Assam's death toll rose to 61, while that in Bihar stood at 34": "that" stands for the toll
  // named before it, across the other figure.
  let pronoun: number | null = null
  for (let j = verbAt - 1; j >= floor; j--) {
    const lower = tokens[j].lower
    if (pronoun === null && lower === 'that' && ['in', 'of', 'for', 'from'].includes(tokens[j + 1]?.lower ?? '') && j + 1 < verbAt) pronoun = j
    if (lower === ';' || (countWordAt(tokens, j) && pronoun === null)) return null
    // "confirmed deaths in Manabí province climbed to 131", "injuries rose to 40"
    // ("deaths of cattle" are no toll of people)
    if (TOLL_HEADS.has(lower) && !(tokens[j + 1]?.lower === 'of' && !PEOPLE_NOUNS.has(tokens[j + 2]?.lower ?? ''))) return { metric: TOLL_OF_METRIC[lower]!, tokenStart: pronoun ?? j, tokenEnd: at, confidence: 0.8 }
    if (TOLL_NOUNS.has(lower) && lower !== 'figure' && lower !== 'count') {
      const before = tokens[j - 1]?.lower ?? ''
      let metric: Metric | null = null
      if (lower === 'number' || lower === 'tally') {
        // "the number of dead", "the number of people injured", "the tally of wounded"
        if (!tollHead(tokens, j)) continue
        metric = TOLL_OF_METRIC[tollHead(tokens, j)] ?? null
      } else if (before === 'injury' || before === 'casualty' && tokens[j - 2]?.lower === 'injury') {
        metric = 'injured'
      } else {
        metric = 'killed' // "the toll", "the death toll", "the casualty toll"
      }
      if (!metric) return null
      if (pronoun !== null) return { metric, tokenStart: pronoun, tokenEnd: at, confidence: 0.75 }
      return { metric, tokenStart: j - (before === 'death' || before === 'injury' ? 1 : 0), tokenEnd: at, confidence: 0.85 }
    }
  }
  return null
}

/**
 * "The Associated Press now puts the toll from the Peruvian quake at 214", "officials raised the
 * number of dead in the two provinces to 80": a verb that gives a figure, then the toll phrase, then
 * anything that qualifies the toll up to "at"/"to" before the number (token `last` is the word
 * before "at"/"to"; not across ";" or another number).
 */
function tollPut(tokens: Token[], last: number, at: number, floor: number): MetricAt | null {
  // "The official toll stands at 84, but local media put it at over 100": "it" is the toll named
  // before it in the sentence, across that toll's own figure.
  if (tokens[last].lower === 'it' && last - 1 >= floor && FIGURE_VERBS.has(tokens[last - 1].lower)) {
    for (let j = last - 2; j >= floor; j--) {
      const lower = tokens[j].lower
      if (lower === ';') return null
      if (lower === 'toll') return { metric: tokens[j - 1]?.lower === 'injury' ? 'injured' : 'killed', tokenStart: last - 1, tokenEnd: at, confidence: 0.7 }
      if ((lower === 'number' || lower === 'tally') && TOLL_OF_METRIC[tollHead(tokens, j)]) return { metric: TOLL_OF_METRIC[tollHead(tokens, j)]!, tokenStart: last - 1, tokenEnd: at, confidence: 0.7 }
    }
    return null
  }
  for (let j = last; j >= Math.max(floor, last - 10); j--) {
    const lower = tokens[j].lower
    if (lower === ';' || countWordAt(tokens, j)) return null
    if (!TOLL_NOUNS.has(lower) || lower === 'figure' || lower === 'count') continue
    let b = j - 1
    const before = tokens[b]?.lower ?? ''
    if (before === 'death' || before === 'injury' || before === 'casualty') b--
    if (b >= floor && ['the', 'its', 'their', 'a', 'his', 'her'].includes(tokens[b].lower)) b--
    if (b < floor || !FIGURE_VERBS.has(tokens[b].lower)) return null
    const metric: Metric | null = lower === 'number' || lower === 'tally' ? TOLL_OF_METRIC[tollHead(tokens, j)] ?? null : before === 'injury' ? 'injured' : 'killed'
    return metric ? { metric, tokenStart: before === 'death' || before === 'injury' || before === 'casualty' ? j - 1 : j, tokenEnd: at, confidence: 0.8 } : null
  }
  return null
}

/**
 * The noun a toll noun at token `j` is "of": "the number of dead", "of people injured", "the tally of
 * the dead", or the victims' word right after it, "the number missing" (lowercase, "" when neither follows).
 */
function tollHead(tokens: Token[], j: number): string {
  // "put the number missing at more than 200", "the number dead rose to 12": the victims right after the noun.
  if (TOLL_OF_METRIC[tokens[j + 1]?.lower ?? '']) return tokens[j + 1].lower
  if (tokens[j + 1]?.lower !== 'of') return ''
  let k = j + 2
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'those') k++
  if (tokens[k]?.lower === 'people') k++
  return tokens[k]?.lower ?? ''
}

/** The first token of a number that ends at token `last`, or null. */
function readNumberBackwards(tokens: Token[], last: number, floor: number): number | null {
  for (let k = last; k >= Math.max(floor, last - 3); k--) {
    const n = readNumber(tokens, k)
    if (n && n.tokenEnd === last + 1) return k
  }
  return null
}

function inherited(tokens: Token[], at: number, floor: number, previous: Metric | null): MetricAt | null {
  if (!previous) return null
  // "rose to 24 from 22", "was revised to 13 from 18": the earlier figure right after the later one.
  if (tokens[at - 1]?.lower === 'from' && at - 2 >= floor && readNumberBackwards(tokens, at - 2, floor) !== null) return { metric: previous, tokenStart: at - 1, tokenEnd: at + 1, confidence: 0.75 }
  const window = tokens.slice(Math.max(floor, at - 4), at).map((t) => t.lower).join(' ')
  if (!INHERIT_CUES.some((cue) => window.endsWith(cue) || window.includes(`${cue} `))) return null
  return { metric: previous, tokenStart: at, tokenEnd: at + 1, confidence: 0.7 }
}

// Reporting verbs that give a figure besides the verbs of saying: "the agency put the death toll at
// 40", "the ministry gave a toll of 12", "officials revised the number of dead to 87".
const FIGURE_VERBS = new Set(['put', 'puts', 'putting', 'placed', 'places', 'gave', 'gives', 'give', 'raised', 'raises', 'revised', 'revises', 'lowered', 'lowers', 'updated', 'updates', 'recorded', 'records', 'counted', 'counts', 'registered', 'registers', 'listed', 'lists', 'tallied'])
// Heads of a source that names no one, kept as written (docs/annotation.md §3, §7 "Police, army,
// government without a name"): "police said", "local authorities said", "according to hospital officials".
// Words a source phrase never holds: "said", "and", "that", "people", prepositions and auxiliaries.
const SOURCE_STOPS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'be', 'been', 'said', 'says', 'told', 'after', 'before', 'when', 'while', 'people', 'it', 'they', 'he', 'she', 'we', 'this', 'there', 'also', 'citing', 'according'])
const PASSIVE = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being'])

/**
 * Who gave the figures of sentence `s`: for the number at token `numberAt`, `key`, an entity ref, or
 * `text`, a source that names no one as written ("police said" → "police"; docs/annotation.md §3 and
 * §7); null for the article's own voice. In this order:
 *   1. counts' own figure verbs before the figure name their subject, unless a report stands between:
 *      "the Kenya Police Service put the toll at 12", "officials raised the number of dead to 80"
 *      (FIGURE_VERBS); a possessor's figure: "the army's own figure of nine dead" (possessorsFigure);
 *   2. a verb of saying nearer to the figure than the attribution that covers it is the figure's own
 *      report: "…an air strike that local leaders said left 11 dead", "While police acknowledged two
 *      deaths, witnesses said…" (read as counts reads a reporting verb, figureSource);
 *   3. the attribution layer's source for the stretch that holds the figure (attribution.ts:
 *      "according to X", "…, X said", "X said (that) …", quotes, colon lead-ins); "the ministry",
 *      "police" once the article has named such a body is that body, officials of a country or a
 *      province are that place (writtenOrNamed);
 *   4. where the layer reads no report (it reads no "say", no pronoun subject, no unnamed head outside
 *      its short list, no "X, <appositive>, said"), counts' reading of the sentence's verbs of saying
 *      ("Police say 19 people…", "…, fire department officials said", "He said 22 people…").
 * Not for a toll in a relative clause ("the mill where 20 died", "the blast that killed 27") nor in a
 * later "as" clause after the report ("…, police said, as the toll climbed to 27"): the article's own (§7).
 */
function figureSources(doc: Doc, s: Sentence): (numberAt: number) => { key: string | null; text: string | null } | null {
  // The sentence's reporting verbs, read once when its first figure asks.
  let verbs: number[] | undefined
  return (numberAt) => {
    const tokens = doc.tokens
    if (inPlaceClause(tokens, numberAt, s)) return null
    verbs ??= reportingVerbs(doc, s)
    // (Not across a nearer report: "AP now puts the toll at 214, with Chile's Foreign Ministry saying 6 of its citizens were killed".)
    let lastReport = -1
    for (const k of verbs) if (k < numberAt && (SPEECH_VERBS.has(tokens[k].lower) || tokens[k].lower === 'saying')) lastReport = k
    const own = figureSource(doc, s, numberAt, verbs.filter((k) => k < numberAt && k > lastReport && FIGURE_VERBS.has(tokens[k].lower) && !SPEECH_VERBS.has(tokens[k].lower))) ?? possessorsFigure(doc, s, numberAt)
    if (own) return own
    const at = tokens[numberAt].start
    const a = attributionAt(doc, at)
    // Where a nearer report may stand: after the layer's verb when it comes before the figure, else
    // from the start of the reported stretch (or of the sentence).
    const from = a ? (a.cue !== 'quote' && a.cueEnd <= at ? a.cueEnd : a.start) : s.start
    // (Not a passive: "81 bodies, of which 38 were said to be from Sindh", "had been confirmed dead".)
    // (Nor "had admitted 14 of the wounded": a hospital admits the figure, it does not report it.)
    const nearer = verbs.filter((k) => k < numberAt && tokens[k].start >= from && (SPEECH_VERBS.has(tokens[k].lower) || tokens[k].lower === 'saying') && !PASSIVE.has(tokens[k - 1]?.lower ?? '') && !insideQuote(doc.quotes, tokens[k].start) && !(ADMITTING.has(tokens[k].lower) && tokens.slice(k + 1, numberAt).every((x) => QUALIFIER_WORDS.has(x.lower))))
    const report = nearer.length > 0 ? figureSource(doc, s, numberAt, nearer.slice(-1)) : null
    if (report) return report
    if (!a) return figureSource(doc, s, numberAt, verbs)
    // "…, police said on Tuesday, as the death toll climbed to 27": the layer's report does not reach a later clause.
    if (a.cue !== 'quote' && a.cueEnd <= at) {
      const verb = lowerBound(tokens, a.cueStart, (t) => t.start)
      if (verb >= s.tokenStart && !reportCovers(tokens, verb, numberAt)) return null
    }
    // "a worshipper told The Associated Press that…": who is told is not who tells.
    if (a.source && a.cue !== 'quote' && TOLD.has(doc.lookup.slice(a.cueStart, a.cueEnd)) && mentionsBetween(doc, a.cueEnd, at).some((m) => actorKey(doc, m) === a.source)) {
      return figureSource(doc, s, numberAt, [lowerBound(tokens, a.cueStart, (t) => t.start)])
    }
    if (a.source) return { key: a.source, text: null }
    // "according to a medical source at the hospital quoted by AFP": the source, not who quotes it.
    const text = a.sourceText?.replace(/\s+(?:quoted|cited)\s+by\s.*$/i, '') ?? null
    return writtenOrNamed(doc, text, s) ?? figureSource(doc, s, numberAt, verbs)
  }
}

// "the army's own figure of nine dead", "the ministry's latest toll of 40": whose figure it is.
const FIGURE_NOUNS = new Set(['figure', 'figures', 'toll', 'tally', 'count', 'estimate'])
const FIGURE_ADJECTIVES = new Set(['own', 'latest', 'official', 'initial', 'earlier', 'first', 'revised', 'new', 'death', 'casualty', 'provisional'])

/** "the army's own figure of nine dead": the possessor of the figure noun before the number at `numberAt`, or null. */
function possessorsFigure(doc: Doc, s: Sentence, numberAt: number): { key: string | null; text: string | null } | null {
  const tokens = doc.tokens
  let k = numberAt - 1
  if (tokens[k]?.lower !== 'of' || !FIGURE_NOUNS.has(tokens[k - 1]?.lower ?? '')) return null
  k -= 2
  while (k > s.tokenStart && FIGURE_ADJECTIVES.has(tokens[k].lower)) k--
  // "army ' s" or "ministries '"
  const mark = tokens[k]?.lower === 's' && /^['’]$/.test(tokens[k - 1]?.text ?? '') ? k - 1 : /^['’]$/.test(tokens[k]?.text ?? '') ? k : -1
  if (mark <= s.tokenStart) return null
  const owner = mentionsBetween(doc, s.start, tokens[mark - 1].end).find((m) => m.tokenEnd === mark && isActorMention(doc, m, 'subject'))
  if (owner) return { key: actorKey(doc, owner), text: null }
  return isSourceHead(tokens[mark - 1].lower) ? writtenOrNamed(doc, sourcePhrase(doc, mark - 1, s), s) : null
}

/**
 * "Bulama Gana, spokesman for the Borno State Emergency Management Agency, says…": the person an
 * appositive describes, when the verb at token `verb` follows the appositive's closing comma; or null.
 */
function appositiveHolder(doc: Doc, verb: number, s: Sentence): Mention | null {
  const tokens = doc.tokens
  if (tokens[verb - 1]?.text !== ',') return null
  for (let j = verb - 2; j > Math.max(s.tokenStart, verb - 16); j--) {
    if (/^[;:()"“”]$/.test(tokens[j].text)) return null
    if (tokens[j].text !== ',') continue
    const m = mentionsBetween(doc, s.start, tokens[j].start).find((x) => x.tokenEnd === j)
    return m && doc.entities.get(m.key)?.kind === 'person' ? m : null
  }
  return null
}

/**
 * "police detained the owner of the mill where 20 died, an official said", "the blast at the
 * nightclub that killed 27 people", "the explosion, which killed 21 workers": a toll in a relative
 * clause takes no source from the attribution of the main clause (docs/annotation.md §7).
 */
function inPlaceClause(tokens: Token[], numberAt: number, s: Sentence): boolean {
  for (let k = numberAt - 1; k >= Math.max(s.tokenStart, numberAt - 5); k--) {
    const lower = tokens[k].lower
    if (SEGMENT_BREAKS.has(lower)) return false
    if (lower === 'where' || (lower === 'which' && ['in', 'during', 'at'].includes(tokens[k - 1]?.lower ?? ''))) return true
    // "which killed 21", "that has left 27 dead": the relative pronoun, then only the clause's verb.
    // ("said that at least 11 bodies…": "that" before the figure itself opens a report, no relative.)
    if ((lower === 'which' || lower === 'that') && k + 1 < numberAt) {
      const between = tokens.slice(k + 1, numberAt)
      if (between.some((t) => RELATIVE_VERBS.has(t.lower) || METRIC_BEFORE[t.lower]) && between.every((t) => RELATIVE_VERBS.has(t.lower) || METRIC_BEFORE[t.lower] || QUALIFIER_WORDS.has(t.lower))) return true
    }
  }
  return false
}
// What stands between a relative pronoun and its toll: "that (has) (reportedly) left / killed (at least)".
const RELATIVE_VERBS = new Set(['left', 'leaving', 'has', 'have', 'had', 'also', 'reportedly', 'claimed', 'took', 'injured', 'wounded'])
const QUALIFIER_WORDS = new Set(QUALIFIERS.flatMap(([phrase]) => phrase.split(' ')))

// "…, police said on Tuesday, as the death toll climbed to 27": a clause after the attribution that
// it does not cover.
const LATER_CLAUSE = new Set(['as', 'while', 'when', 'after', 'before', 'but', 'although', 'though', 'whereas'])

function reportCovers(tokens: Token[], verb: number, numberAt: number): boolean {
  for (let k = verb + 1; k < numberAt; k++) if (tokens[k].text === ',' && LATER_CLAUSE.has(tokens[k + 1]?.lower ?? '')) return false
  return true
}

/** Token indices of the reporting verbs of sentence `s`, in order. */
function reportingVerbs(doc: Doc, s: Sentence): number[] {
  const out: number[] = []
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const lower = doc.tokens[k].lower
    // ("with officials saying at least 1,020 people died")
    if ((SPEECH_VERBS.has(lower) && lower !== 'claimed' && lower !== 'claim' && lower !== 'claims') || FIGURE_VERBS.has(lower) || lower === 'saying') out.push(k)
  }
  return out
}

/** The source a reporting verb of `verbs` (token indices) gives the figure at token `numberAt`, or null. */
function figureSource(doc: Doc, s: Sentence, numberAt: number, verbs: number[]): { key: string | null; text: string | null } | null {
  // The reporting verb nearest before the figure governs it ("…an air strike that local leaders said
  // left 11 dead"); after it, the first one ("…, police said").
  const after = verbs.findIndex((k) => k >= numberAt)
  const split = after === -1 ? verbs.length : after
  const order = [...verbs.slice(0, split).reverse(), ...verbs.slice(split)]
  for (const k of order) {
    const t = doc.tokens[k]
    const speech = (SPEECH_VERBS.has(t.lower) || t.lower === 'saying') && t.lower !== 'claimed' && t.lower !== 'claim' && t.lower !== 'claims'
    if (!speech && !(FIGURE_VERBS.has(t.lower) && k < numberAt)) continue
    // "…, with officials saying at least 1,020 died": a participle reports what follows it only.
    if (t.lower === 'saying' && k > numberAt) continue
    if (k < numberAt && !reportCovers(doc.tokens, k, numberAt)) continue
    // "were feared killed", "are believed to be missing": a passive report names no source.
    if (k > s.tokenStart && PASSIVE.has(doc.tokens[k - 1].lower)) continue
    // "killing at least 40 people, officials said": an unnamed source gives the figure in the
    // article's own voice; never borrow a name from elsewhere in the sentence or the next one.
    let speaker = speakerOfVerb(doc, k, s)
    // "…, an official at the hospital, told AFP": who is told is not who tells.
    if (speaker && speaker.tokenStart > k && TOLD.has(t.lower)) speaker = undefined
    if (speaker) return { key: actorKey(doc, speaker), text: null }
    // "He said 22 people were still in hospital", "…, she said in a statement", "It said it had
    // killed 20": the person or group the pronoun refers back to (docs/annotation.md §4, as for quotes).
    const referent = speaker === undefined ? pronounSource(doc, k, s) : null
    if (referent) return { key: actorKey(doc, referent), text: null }
    if (speaker === null) return writtenOrNamed(doc, writtenSourceBefore(doc, k, s) ?? writtenSourceAfter(doc, k + 1, s), s)
    // "…, said police spokeswoman Ximena Olguín": the role's holder.
    const holder = k > numberAt ? namedAfterRole(doc, k + 1, s) : null
    if (holder) return { key: holder.key, text: null }
    // "…, said police", "…, said a police spokesman"
    const following = doc.tokens[k - 1]?.text === ',' || k === s.tokenStart ? writtenSourceAfter(doc, k + 1, s) : null
    if (following) return writtenOrNamed(doc, following, s)
    // "Police in Lagos said", "an air strike that local leaders said left 11 dead": the unnamed
    // source right before the verb, not a name earlier in the sentence.
    // "Portugal's civil protection authority first put the toll at 98": a named actor right before
    // the verb, past adverbs the layer does not skip.
    const end = subjectEndBefore(doc.tokens, k, s)
    const named = end >= s.tokenStart && end < k - 1 ? mentionsBetween(doc, s.start, doc.tokens[end].end).find((m) => m.tokenEnd === end + 1 && isActorMention(doc, m, 'subject')) : undefined
    if (named) return { key: actorKey(doc, named), text: null }
    const before = writtenSourceBefore(doc, k, s)
    if (before) return writtenOrNamed(doc, before, s)
    // "Adrienne Watson, spokesperson for the National Security Council, said…": the appositive's name.
    const holder2 = appositiveHolder(doc, k, s)
    if (holder2) return { key: actorKey(doc, holder2), text: null }
    const subject = nearestActorBefore(doc, t.start, k < numberAt ? s.start : doc.tokens[numberAt].start)
    if (subject) return { key: actorKey(doc, subject), text: null }
  }
  return null
}

/**
 * The antecedent of a pronoun subject of the reporting verb at token `verb` ("he", "she" → the last
 * person named before, outside quotes; "it" → the last group), or null.
 */
function pronounSource(doc: Doc, verb: number, s: Sentence): Mention | null {
  const k = subjectEndBefore(doc.tokens, verb, s)
  if (k < s.tokenStart) return null
  const lower = doc.tokens[k].lower
  // The subject opens its clause: the sentence, or after a comma ("…, he added").
  if (k > s.tokenStart && doc.tokens[k - 1].text !== ',') return null
  if (lower === 'he' || lower === 'she') return lastPersonBefore(doc, doc.tokens[k].start)
  if (lower === 'it' && k === s.tokenStart) return lastGroupBefore(doc, doc.tokens[k].start)
  return null
}

const OPENING_ADVERBS = new Set(['meanwhile', 'separately', 'earlier', 'later', 'however', 'now', 'yesterday', 'today', 'overnight', 'initially', 'previously', 'still', 'then'])
const TOLD = new Set(['told', 'tells', 'tell', 'telling'])
const GOVERNMENTS = new Set(['government', 'administration', 'officials', 'authorities'])

/**
 * The place mention of sentence `s` whose text is `name` (lowercase), else the first mention of a
 * place the article names so elsewhere ("South Kordofan state authorities" when the name was not
 * read in this sentence), or undefined.
 */
function placeNamed(doc: Doc, s: Sentence, name: string): Mention | undefined {
  const here = mentionsBetween(doc, s.start, s.end).find((m) => doc.entities.get(m.key)?.kind === 'place' && doc.text.slice(m.start, m.end).toLowerCase() === name)
  if (here || !name) return here
  for (const e of doc.entities.values()) {
    if (e.kind !== 'place' || (e.name.toLowerCase() !== name && ![...e.aliases].some((a) => a.toLowerCase() === name))) continue
    return doc.mentions.find((m) => m.key === e.key)
  }
  return undefined
}
// Heads that, alone after "the", refer back to a body the article has named: "the ministry said"
// after "the Kaduna State Ministry of Health" (docs/annotation.md §7 "The police after the article
// has named the force is that force").
const BODY_HEADS = new Set(['ministry', 'agency', 'police', 'department', 'authority', 'council', 'office', 'army', 'military', 'administration', 'commission', 'service', 'association', 'union', 'committee', 'institute', 'society', 'hospital'])

/**
 * A source as written, or the body it refers back to: "the ministry" or "police" once the article
 * has named a group whose name holds that word, before sentence `s`'s end.
 */
function writtenOrNamed(doc: Doc, text: string | null, s: Sentence): { key: string | null; text: string | null } | null {
  if (!text) return null
  const words = text.toLowerCase().split(/\s+/)
  const head = words[words.length - 1]
  // "the Cundinamarca government said", "West Java officials": a province's (or a country's)
  // government or officials stand for it (§7); "Officials in Cameroon", "provincial officials in
  // Sofala": a country's officials, or a province's, named after "in" (not "officials in Lagos", a city's).
  if (GOVERNMENTS.has(head) && words.length >= 2) {
    const name = text.replace(/^(?:the|a)\s+/i, '').replace(/\s+\S+$/, '').replace(/\s+(?:state|provincial|regional|district|county|local|city)$/i, '').toLowerCase()
    const place = placeNamed(doc, s, name)
    if (place) return { key: actorKey(doc, place), text: null }
  }
  const inPlace = /^(?:(?:the|a)\s+)?((?:[\p{L}-]+\s+){0,2}?)(?:officials|authorities|government|administration)\s+in\s+(.+)$/iu.exec(text)
  if (inPlace) {
    const place = placeNamed(doc, s, inPlace[2].toLowerCase())
    const e = place ? doc.entities.get(place.key) : undefined
    if (place && e && ((e.actor && !e.countryKey) || /\b(?:provincial|regional|state|district|county)\s*$/i.test(inPlace[1]))) return { key: actorKey(doc, place), text: null }
  }
  // "the coast guard said" after "the Philippine Coast Guard": the tail of a group the article named (§7).
  const bare = words[0] === 'the' ? words.slice(1) : words
  if (bare.length >= 2 && bare.length <= 3) {
    const tail = ` ${bare.join(' ')}`
    for (let i = lowerBound(doc.mentions, s.end, (m) => m.start) - 1; i >= 0; i--) {
      const e = doc.entities.get(doc.mentions[i].key)
      if (e?.kind === 'group' && ` ${e.name.toLowerCase()}`.endsWith(tail)) return { key: doc.mentions[i].key, text: null }
    }
  }
  // (Only one such body: where the article has named two police forces, "police" names neither.)
  if (BODY_HEADS.has(head) && (words.length === 1 || (words.length === 2 && words[0] === 'the'))) {
    let found: string | null = null
    for (let i = lowerBound(doc.mentions, s.end, (m) => m.start) - 1; i >= 0; i--) {
      const e = doc.entities.get(doc.mentions[i].key)
      if (e?.kind !== 'group' || !e.name.toLowerCase().split(/\s+/).includes(head) || doc.mentions[i].key === found) continue
      if (found !== null) return { key: null, text }
      found = doc.mentions[i].key
    }
    if (found !== null) return { key: found, text: null }
  }
  return { key: null, text }
}

// Heads of a source that names no one (lexicon): "Parents said at least 95 pupils…", "Hospitals in
// nearby Monywa said", "The city's ambulance service says".
const isSourceHead = (lower: string) => UNNAMED_SOURCE_HEADS.has(lower)
// Adverbs between a source and its verb besides the lexicon's auxiliaries: "had at first said", "have since said".
const MORE_BEFORE_VERB = new Set(['first', 'again', 'since', 'already', 'once', 'repeatedly', 'originally'])

/** The last token of a verb's subject: back over auxiliaries and adverbs ("had at first said"). */
function subjectEndBefore(tokens: Token[], verb: number, s: Sentence): number {
  let k = verb - 1
  while (k >= s.tokenStart && (AUXILIARIES_BEFORE_VERB.has(tokens[k].lower) || MORE_BEFORE_VERB.has(tokens[k].lower) || (tokens[k].lower === 'at' && tokens[k + 1]?.lower === 'first'))) k--
  return k
}

/** A source phrase that names no one ending right before the verb at token `verb` ("local authorities said"), as written, or null. */
function writtenSourceBefore(doc: Doc, verb: number, s: Sentence): string | null {
  const tokens = doc.tokens
  let k = subjectEndBefore(tokens, verb, s)
  // "Police in Sukkur said", "Doctors at Lusaka Central Hospital said": the head with its place, as
  // written (the gold keeps it; the place names no one: docs/annotation.md §3, §7).
  const last = k
  for (let j = k; j >= Math.max(s.tokenStart, k - 4); j--) {
    // (Only across the words of a place: not "…, who asked not to be named," nor "said they".)
    if (!/^[\p{L}'’.-]+$/u.test(tokens[j].text) || SPEECH_VERBS.has(tokens[j].lower) || SOURCE_STOPS.has(tokens[j].lower) && !['in', 'at', 'of', 'from'].includes(tokens[j].lower)) break
    if (!['in', 'at', 'of', 'from'].includes(tokens[j].lower)) continue
    if (j - 1 >= s.tokenStart && isSourceHead(tokens[j - 1].lower)) k = j - 1
    break
  }
  if (k < s.tokenStart || !isSourceHead(tokens[k].lower)) return null
  const phrase = sourcePhrase(doc, k, s)
  return last === k ? phrase : phrase + doc.text.slice(tokens[k].end, tokens[last].end)
}

/** A source phrase that names no one from token `from` ("the health ministry", "police, citing…"), as written, or null. */
function writtenSourceAfter(doc: Doc, from: number, s: Sentence): string | null {
  const tokens = doc.tokens
  let head = -1
  for (let k = from; k < Math.min(s.tokenEnd, from + 6); k++) {
    const t = tokens[k]
    // ("…, Benito Matus, said 64 people had been hurt": the figure is no source.)
    if (countWordAt(tokens, k)) break
    if (isSourceHead(t.lower)) head = k
    else if (k > from && (!/^[\p{L}'’-]+$/u.test(t.text) || SOURCE_STOPS.has(t.lower))) break
  }
  return head === -1 ? null : doc.text.slice(tokens[from].start, tokens[head].end)
}

/** "said police spokeswoman Ximena Olguín": the person a source phrase from token `from` names, or null. */
function namedAfterRole(doc: Doc, from: number, s: Sentence): Mention | null {
  let head = false
  for (let k = from; k < Math.min(s.tokenEnd, from + 5); k++) {
    const t = doc.tokens[k]
    if (UNNAMED_SOURCE_HEADS.has(t.lower)) head = true
    else if (!/^\p{Ll}/u.test(t.text) || SOURCE_STOPS.has(t.lower)) {
      if (!head) return null
      const m = mentionsBetween(doc, t.start, s.end)[0]
      return m && m.tokenStart === k && doc.entities.get(m.key)?.kind === 'person' ? m : null
    }
  }
  return null
}

/**
 * The phrase whose head is token `head`: up to four words before it, back to a determiner or a
 * possessor ("Ecuador's national risk management agency", "the rescuers' union"), never across
 * punctuation or a stop word.
 */
function sourcePhrase(doc: Doc, head: number, s: Sentence): string {
  const tokens = doc.tokens
  let begin = head
  for (let j = head - 1, words = 0; j >= s.tokenStart && words < 4; j--) {
    const t = tokens[j]
    // A possessor: "Ecuador ' s", "rescuers '" glued together.
    if (t.text === "'" || t.text === '’' || (t.lower === 's' && /^['’]$/.test(tokens[j - 1]?.text ?? '') && !t.spaceBefore)) {
      const mark = t.lower === 's' ? j - 1 : j
      if (tokens[mark].spaceBefore || mark - 1 < s.tokenStart || !/^[\p{L}-]+$/u.test(tokens[mark - 1].text)) break
      begin = mark - 1
      // "the city's …"
      if (begin - 1 >= s.tokenStart && DETERMINERS.has(tokens[begin - 1].lower)) begin--
      break
    }
    if (!/^\p{L}[\p{L}-]*$/u.test(t.text) || SOURCE_STOPS.has(t.lower) || SPEECH_VERBS.has(t.lower)) break
    begin = j
    words++
    if (DETERMINERS.has(t.lower)) break
  }
  // A sentence adverb is no part of it: "Meanwhile police said".
  if (begin < head && OPENING_ADVERBS.has(tokens[begin].lower)) begin++
  return doc.text.slice(tokens[begin].start, tokens[head].end)
}
