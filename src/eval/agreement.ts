import type { Extraction, ExtractedClaim } from '../domain/extraction.js'
import type { CorpusArticle } from './corpus.js'
import { loadCorpusGold, type GoldArticle } from './gold.js'
import { scoreArticle, sumScores, type Scores } from './score.js'

/**
 * A second annotation of corpus articles read as if it were an extraction, so that the scorer of
 * `npm run eval` measures how far two annotators agree (the ceiling a pipeline can be held to):
 * F1 per category of the second annotation against the gold, over the articles both have.
 */

/** [start, end) of the first occurrence of `s` in `text` (the whole text when it is absent). */
function spanOf(text: string, s: string) {
  const start = text.indexOf(s)
  return start < 0 ? { start: 0, end: text.length, text } : { start, end: start + s.length, text: s }
}

/** A gold annotation as the Extraction the pipeline would have produced. */
export function annotationAsExtraction(article: CorpusArticle): Extraction {
  const { text, gold } = article
  const refOf = new Map<string, string>()
  const entities = gold.entities.map((e, i) => {
    const ref = `a${i}`
    for (const n of [e.name, ...e.aliases]) refOf.set(n.toLowerCase(), ref)
    return { ref, id: null, name: e.name, kind: e.kind, aliases: e.aliases }
  })
  // Names occur in the text case-insensitively (the corpus checker's rule): the first such occurrence.
  const lowered = text.toLowerCase()
  const mentions = gold.entities.flatMap((e, i) => {
    const name = [e.name, ...e.aliases].find((n) => lowered.includes(n.toLowerCase()))
    if (!name) return []
    const start = lowered.indexOf(name.toLowerCase())
    return [{ ref: `a${i}`, start, end: start + name.length, text: text.slice(start, start + name.length) }]
  })
  const ref = (name: string | null) => (name === null ? null : refOf.get(name.toLowerCase()) ?? null)
  const base = { claimant: null, target: null, stance: null, metric: null, value: null, qualifier: null, quote: null, confidence: 1 }
  const claims: ExtractedClaim[] = [
    ...gold.responsibility.map((r) => ({
      ...base,
      kind: 'responsibility' as const,
      claimant: ref(r.claimant),
      claimantText: r.claimant_text,
      target: ref(r.target),
      targetText: r.target_text,
      stance: r.stance,
      evidence: spanOf(text, r.evidence),
    })),
    ...gold.counts.map((c) => ({ ...base, kind: 'count' as const, metric: c.metric, value: c.value, qualifier: c.qualifier, subset: c.subset, evidence: spanOf(text, c.evidence) })),
    ...gold.quotes.flatMap((q) => (q.speaker === null ? [] : [{ ...base, kind: 'quote' as const, claimant: ref(q.speaker), quote: q.evidence, evidence: spanOf(text, q.evidence) }])),
  ]
  return { text, title: gold.title, language: 'eng', entities, mentions, claims }
}

/**
 * Agreement of `second` (annotations of some corpus articles, by slug) with the corpus gold: scores
 * as `npm run eval` computes them, over the articles both annotate.
 */
export function agreement(second: CorpusArticle[], gold: GoldArticle[] = [...loadCorpusGold('dev'), ...loadCorpusGold('test')]): { articles: number; scores: Scores } {
  const bySlug = new Map(gold.map((g) => [g.file.replace(/\.txt$/, ''), g]))
  const results = second.flatMap((a) => {
    const g = bySlug.get(a.slug)
    return g ? [scoreArticle(g, annotationAsExtraction(a), [])] : []
  })
  return { articles: results.length, scores: sumScores(results) }
}
