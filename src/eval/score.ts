import type { Extraction, ExtractedClaim, Registry } from '../domain/extraction.js'
import type { EntityKind } from '../domain/model.js'
import { bodyNameKey } from '../pipeline/bodies.js'
import { extract } from '../pipeline/index.js'
import type { GoldArticle, GoldEntity, Party } from './gold.js'

/**
 * Scoring as docs/annotation.md §6 says, micro-averaged over articles:
 *   entities — per article, the set of (entity, kind); an extracted entity matches a gold one when
 *     the kinds agree and its name or an alias equals the gold name or an alias (case-insensitive);
 *   responsibility — per article, the set of (claimant, target, stance); the article's own voice
 *     matches a null claimant, and a claimant or target kept as text matches by its words
 *     (`writtenKey`);
 *   responsibility:target — the same set reduced to (target, stance), whoever made the claim;
 *   counts — per article, the set of (metric, value, qualifier), subsets included, figures the
 *     pipeline marks as another event's excluded;
 *   quotes — per article, the set of named speakers.
 */

export const CATEGORIES = ['entities', 'entities:person', 'entities:group', 'entities:place', 'responsibility', 'responsibility:target', 'counts', 'quotes'] as const
export type Category = (typeof CATEGORIES)[number]
/** The categories an error list reports (the per-kind entity categories repeat `entities`). */
export const ERROR_CATEGORIES = ['entities', 'responsibility', 'counts', 'quotes'] as const

export interface Score {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}
export type Scores = Record<Category, Score>

/** A tuple found but not in the gold (extra) or in the gold but not found (missed), with its sentence. */
export interface ScoredTuple {
  key: string
  sentence: string | null
}

export interface ArticleResult {
  file: string
  eventKind: string
  tallies: Record<Category, { tp: string[]; fp: ScoredTuple[]; fn: ScoredTuple[] }>
}

const DETERMINERS = /^(?:the|a|an|its|their|his|her|some|many)\s+/

/**
 * A description kept as written, reduced to its words: lowercased, curly apostrophes straightened,
 * leading articles and possessive determiners and final punctuation dropped ("The organisers," →
 * "organisers").
 */
export function writtenKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:!?"”)]+$/, '')
    .replace(DETERMINERS, '')
}

const norm = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim()

export function partyKey(p: Party): string {
  if (p === null) return 'null'
  return typeof p === 'string' ? p : `"${writtenKey(p.text)}"`
}

/**
 * The sentence of `text` around [start, end): from after the previous sentence end (. ! ? followed by
 * a space, or a line break) to the next. For error lists only.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && !(text[from - 1] === '\n' || (/\s/.test(text[from - 1]!) && /[.!?]["”’]?$/.test(text.slice(Math.max(0, from - 3), from - 1))))) from--
  let to = end
  while (to < text.length && text[to] !== '\n' && !(/[.!?]/.test(text[to - 1] ?? '') && /\s/.test(text[to]!))) to++
  return text.slice(from, to).trim()
}

/** Where a gold evidence string lies: its sentence in the article, or the string itself. */
function goldSentence(text: string, evidence: string | null): string | null {
  if (evidence === null) return null
  const at = text.indexOf(evidence)
  return at < 0 ? evidence : sentenceAround(text, at, at + evidence.length)
}

/** Maps each extracted entity ref to the gold entity id it stands for, or to a name of its own. */
function mapRefs(extraction: Extraction, catalogue: GoldEntity[]): Map<string, { id: string; kind: EntityKind }> {
  const out = new Map<string, { id: string; kind: EntityKind }>()
  for (const e of extraction.entities) {
    const names = new Set([e.name, ...e.aliases].map(norm))
    // Names the codebook counts as one (§5: "Russia's defence ministry" = "Ministry of Defence (Russia)").
    const bodies = new Set([e.name, ...e.aliases].map(bodyNameKey).filter((k): k is string => k !== null))
    const named = (g: GoldEntity) => g.names.some((n) => names.has(norm(n)) || (bodies.size > 0 && bodies.has(bodyNameKey(n) ?? '')))
    // Same kind first; a gold entity of another kind still lends its id, so that the error reads as a wrong kind.
    const match = catalogue.find((g) => (e.id !== null && g.id === e.id) || (g.kind === e.kind && named(g))) ?? catalogue.find(named)
    out.set(e.ref, { id: match ? match.id : `?${e.name}`, kind: e.kind })
  }
  return out
}

/** The tuples of a set with the sentence of their first evidence. */
class Tuples {
  readonly sentences = new Map<string, string | null>()
  add(key: string, sentence: string | null): void {
    if (!this.sentences.has(key) || this.sentences.get(key) === null) this.sentences.set(key, sentence)
  }
}

function tally(gold: Tuples, found: Tuples) {
  const list = (from: Tuples, keep: (k: string) => boolean) => [...from.sentences].filter(([k]) => keep(k)).map(([key, sentence]) => ({ key, sentence }))
  return {
    tp: [...found.sentences.keys()].filter((k) => gold.sentences.has(k)),
    fp: list(found, (k) => !gold.sentences.has(k)),
    fn: list(gold, (k) => !found.sentences.has(k)),
  }
}

export const responsibilityKey = (claimant: string, stance: string, target: string) => `${claimant} ${stance} ${target}`
/** A responsibility key's parts: "claimant stance target" (names may hold spaces; a party kept as text is quoted). */
export function responsibilityParts(key: string): { claimant: string; stance: string; target: string } {
  const m = /^("[^"]*"|.*?) (asserts|suggests|denies) (.*)$/.exec(key)!
  return { claimant: m[1]!, stance: m[2]!, target: m[3]! }
}
export const countKey = (metric: string, value: number, qualifier: string) => `${metric} ${value} ${qualifier}`

/** One article's tallies: what matched, what was extra (fp) and what was missed (fn), per category. */
export function scoreArticle(gold: GoldArticle, extraction: Extraction, catalogue: GoldEntity[]): ArticleResult {
  const refs = mapRefs(extraction, [...gold.entities, ...catalogue.filter((c) => !gold.entities.some((g) => g.id === c.id))])
  const text = gold.text
  const foundSentence = (c: ExtractedClaim) => sentenceAround(text, c.evidence.start, c.evidence.end)
  const tallies = {} as ArticleResult['tallies']

  const entityKey = (id: string, kind: string) => `${id}/${kind}`
  const goldEntities = new Tuples()
  for (const e of gold.entities) goldEntities.add(entityKey(e.id, e.kind), null)
  const foundEntities = new Tuples()
  for (const e of extraction.entities) {
    const first = extraction.mentions.find((m) => m.ref === e.ref)
    if (first) foundEntities.add(entityKey(refs.get(e.ref)!.id, e.kind), sentenceAround(text, first.start, first.end))
  }
  tallies.entities = tally(goldEntities, foundEntities)
  for (const kind of ['person', 'group', 'place'] as const) {
    const only = (s: Tuples) => {
      const out = new Tuples()
      for (const [k, v] of s.sentences) if (k.endsWith(`/${kind}`)) out.add(k, v)
      return out
    }
    tallies[`entities:${kind}`] = tally(only(goldEntities), only(foundEntities))
  }

  const ref = (r: string | null, written: string | null | undefined): string =>
    r !== null ? refs.get(r)?.id ?? `?${r}` : written ? partyKey({ text: written }) : 'null'
  const goldResponsibility = new Tuples()
  for (const r of gold.responsibility) goldResponsibility.add(responsibilityKey(partyKey(r.claimant), r.stance, partyKey(r.target)), goldSentence(text, r.evidence))
  const foundResponsibility = new Tuples()
  for (const c of extraction.claims) {
    if (c.kind === 'responsibility') foundResponsibility.add(responsibilityKey(ref(c.claimant, c.claimantText), c.stance!, ref(c.target, c.targetText)), foundSentence(c))
  }
  tallies.responsibility = tally(goldResponsibility, foundResponsibility)
  // Who was said to have done it, and how, whoever said so (issue 15's second target): (stance, target).
  const byTarget = (from: Tuples) => {
    const out = new Tuples()
    for (const [key, sentence] of from.sentences) {
      const { stance, target } = responsibilityParts(key)
      out.add(`${stance} ${target}`, sentence)
    }
    return out
  }
  tallies['responsibility:target'] = tally(byTarget(goldResponsibility), byTarget(foundResponsibility))

  const goldCounts = new Tuples()
  for (const c of gold.counts) goldCounts.add(countKey(c.metric, c.value, c.qualifier), goldSentence(text, c.evidence))
  const foundCounts = new Tuples()
  for (const c of extraction.claims) if (c.kind === 'count' && !c.otherEvent) foundCounts.add(countKey(c.metric!, c.value!, c.qualifier!), foundSentence(c))
  tallies.counts = tally(goldCounts, foundCounts)

  const goldQuotes = new Tuples()
  for (const q of gold.quotes) goldQuotes.add(q.speaker, goldSentence(text, q.evidence))
  const foundQuotes = new Tuples()
  for (const c of extraction.claims) if (c.kind === 'quote' && c.claimant !== null) foundQuotes.add(ref(c.claimant, null), foundSentence(c))
  tallies.quotes = tally(goldQuotes, foundQuotes)
  return { file: gold.file, eventKind: gold.eventKind, tallies }
}

export function sumScores(results: ArticleResult[]): Scores {
  const scores = {} as Scores
  for (const category of CATEGORIES) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const r of results) {
      tp += r.tallies[category].tp.length
      fp += r.tallies[category].fp.length
      fn += r.tallies[category].fn.length
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    scores[category] = { tp, fp, fn, precision, recall, f1 }
  }
  return scores
}

export interface SetResult {
  articles: number
  scores: Scores
  /** Scores per kind of event, by kind. */
  byKind: Record<string, { articles: number; scores: Scores }>
  results: ArticleResult[]
}

/** Runs the pipeline on every article with `registry` and scores it. */
export function evaluateArticles(articles: GoldArticle[], registry: Registry, catalogue: GoldEntity[] = []): SetResult {
  const results = articles.map((a) => scoreArticle(a, extract(a.text, registry, { title: a.title }), catalogue))
  const byKind: SetResult['byKind'] = {}
  for (const kind of [...new Set(results.map((r) => r.eventKind))].sort()) {
    const of = results.filter((r) => r.eventKind === kind)
    byKind[kind] = { articles: of.length, scores: sumScores(of) }
  }
  return { articles: articles.length, scores: sumScores(results), byKind, results }
}

// ---------------------------------------------------------------- kinds of error

export interface ErrorItem {
  file: string
  category: (typeof ERROR_CATEGORIES)[number]
  /** What went wrong, in a few words ("responsibility: wrong claimant"). */
  kind: string
  /** `missed` (in the gold, not found), `extra` (found, not in the gold), or `gold → found`. */
  detail: string
  sentence: string | null
}

const words = (key: string) => key.split(' ')
const isText = (party: string) => party.startsWith('"')

/**
 * Every error of one article, each classified: a missed and an extra tuple that differ in one field
 * only are one error of that field ("wrong claimant", "wrong qualifier"); the rest are missed or
 * extra tuples, told apart by what they hold (a target kept as text, a subset, an entity's kind).
 */
export function classifyErrors(r: ArticleResult, gold: GoldArticle): ErrorItem[] {
  const out: ErrorItem[] = []
  const push = (category: ErrorItem['category'], kind: string, detail: string, sentence: string | null) => out.push({ file: r.file, category, kind: `${category}: ${kind}`, detail, sentence })

  const parts = responsibilityParts
  const resp = r.tallies.responsibility
  const extra = [...resp.fp]
  for (const missed of resp.fn) {
    const g = parts(missed.key)
    const pairs = [
      ['wrong claimant', (f: ReturnType<typeof parts>) => f.stance === g.stance && f.target === g.target],
      ['wrong stance', (f: ReturnType<typeof parts>) => f.claimant === g.claimant && f.target === g.target],
      ['wrong target', (f: ReturnType<typeof parts>) => f.claimant === g.claimant && f.stance === g.stance],
    ] as const
    const hit = pairs.map(([label, same]) => [label, extra.findIndex((x) => same(parts(x.key)))] as const).find(([, i]) => i >= 0)
    if (hit) {
      const [found] = extra.splice(hit[1], 1)
      const sub = hit[0] === 'wrong claimant' && g.claimant === 'null' ? 'own voice given a claimant' : hit[0] === 'wrong claimant' && parts(found!.key).claimant === 'null' ? 'claimant missed (own voice)' : hit[0]
      push('responsibility', sub, `${missed.key} → ${found!.key}`, missed.sentence)
      continue
    }
    push('responsibility', isText(g.target) ? 'missed claim (target as text)' : isText(g.claimant) ? 'missed claim (claimant as text)' : `missed ${g.stance}`, `missed ${missed.key}`, missed.sentence)
  }
  for (const x of extra) push('responsibility', `extra ${parts(x.key).stance}`, `extra ${x.key}`, x.sentence)

  // Counts: "metric value qualifier".
  const counts = r.tallies.counts
  const extraCounts = [...counts.fp]
  const goldSubsets = new Set(gold.counts.filter((c) => c.subset !== null).map((c) => countKey(c.metric, c.value, c.qualifier)))
  for (const missed of counts.fn) {
    const [metric, value, qualifier] = words(missed.key)
    const wrongQualifier = extraCounts.findIndex((x) => words(x.key)[0] === metric && words(x.key)[1] === value)
    const wrongMetric = extraCounts.findIndex((x) => words(x.key)[1] === value && words(x.key)[2] === qualifier)
    const i = wrongQualifier >= 0 ? wrongQualifier : wrongMetric
    if (i >= 0) {
      const [found] = extraCounts.splice(i, 1)
      push('counts', wrongQualifier >= 0 ? 'wrong qualifier' : 'wrong metric', `${missed.key} → ${found!.key}`, missed.sentence)
    } else push('counts', goldSubsets.has(missed.key) ? 'missed subset figure' : `missed ${metric}`, `missed ${missed.key}`, missed.sentence)
  }
  for (const x of extraCounts) push('counts', `extra ${words(x.key)[0]}`, `extra ${x.key}`, x.sentence)

  // Quotes: speakers.
  for (const missed of r.tallies.quotes.fn) push('quotes', 'missed speaker', `missed ${missed.key}`, missed.sentence)
  for (const x of r.tallies.quotes.fp) push('quotes', x.key.startsWith('?') ? 'speaker not a gold entity' : 'wrong speaker', `extra ${x.key}`, x.sentence)

  // Entities: "id/kind" (an id may hold a slash); the same id under another kind is a wrong kind.
  const entity = (key: string) => ({ id: key.slice(0, key.lastIndexOf('/')), kind: key.slice(key.lastIndexOf('/') + 1) })
  const ents = r.tallies.entities
  const extraEntities = [...ents.fp]
  for (const missed of ents.fn) {
    const { id, kind } = entity(missed.key)
    const i = extraEntities.findIndex((x) => entity(x.key).id === id)
    if (i >= 0) {
      const [found] = extraEntities.splice(i, 1)
      push('entities', `${kind} as ${entity(found!.key).kind}`, `${missed.key} → ${found!.key}`, found!.sentence)
    } else push('entities', `missed ${kind}`, `missed ${missed.key}`, missed.sentence)
  }
  for (const x of extraEntities) push('entities', `extra ${entity(x.key).kind}`, `extra ${x.key}`, x.sentence)
  return out
}

/** Kinds of error by frequency, most frequent first. */
export function errorKinds(errors: ErrorItem[]): Array<{ kind: string; count: number }> {
  const counts = new Map<string, number>()
  for (const e of errors) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1)
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind))
}
