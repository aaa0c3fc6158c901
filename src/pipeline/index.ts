import { franc } from 'franc-min'
import type { ExtractedEntity, Extraction, Registry } from '../domain/extraction.js'
import { findAttributions } from './attribution.js'
import { emptyDoc, type Doc, type Stage } from './doc.js'
import { extractCounts } from './counts.js'
import { recognizeEntities } from './entities.js'
import { compileRegistry, type GazetteerCache } from './gazetteer.js'
import { normalize } from './normalize.js'
import { findQuotes } from './quotes.js'
import { namesEntity, resolveEntities } from './resolve.js'
import { cuesFrame, extractResponsibility } from './responsibility.js'
import { parseSyntax } from './syntax.js'
import { sentences } from './sentences.js'

export { compileRegistry, createGazetteerCache, type GazetteerCache } from './gazetteer.js'
export type { Doc, Stage } from './doc.js'

/**
 * The extraction pipeline (DESIGN §5), declared in one place like spaCy's: each stage is a pure
 * function Doc → Doc that reads what it `requires` and adds what it `assigns`.
 */
export const STAGES: Stage[] = [
  { name: 'normalize', requires: ['text'], assigns: ['lookup', 'tokens'], run: normalize },
  { name: 'sentences', requires: ['text', 'tokens'], assigns: ['sentences', 'tokens'], run: sentences },
  { name: 'entities', requires: ['lookup', 'tokens', 'sentences', 'registry'], assigns: ['entities', 'mentions'], run: recognizeEntities },
  { name: 'resolve', requires: ['entities', 'mentions'], assigns: ['entities', 'mentions'], run: resolveEntities },
  { name: 'quotes', requires: ['sentences', 'mentions'], assigns: ['quotes', 'claims'], run: findQuotes },
  { name: 'attribution', requires: ['sentences', 'mentions', 'quotes'], assigns: ['attributions'], run: findAttributions },
  { name: 'counts', requires: ['sentences', 'tokens', 'mentions', 'quotes', 'attributions'], assigns: ['claims'], run: extractCounts },
  { name: 'syntax', requires: ['tokens', 'sentences'], assigns: ['syntax'], run: (doc) => parseSyntax(doc, (s) => cuesFrame(doc, s)) },
  { name: 'responsibility', requires: ['sentences', 'mentions', 'quotes', 'attributions', 'syntax'], assigns: ['claims'], run: extractResponsibility },
]

/** Like spaCy's analyze_pipes: every requirement must be assigned by an earlier stage (or the input). */
export function analyzePipeline(stages: Stage[]): string[] {
  const available = new Set<keyof Doc>(['text', 'title', 'registry'])
  const problems: string[] = []
  for (const stage of stages) {
    for (const need of stage.requires) if (!available.has(need)) problems.push(`${stage.name} requires ${need}, which no earlier stage assigns`)
    for (const out of stage.assigns) available.add(out)
  }
  return problems
}

const pipelineProblems = analyzePipeline(STAGES)
if (pipelineProblems.length > 0) throw new Error(`invalid pipeline: ${pipelineProblems.join('; ')}`)

export interface ExtractOptions {
  title?: string | null
  /** The text's language when the caller has already detected it (ingest does, to refuse non-English). */
  language?: string
  /** The gazetteer's caches (world layer, compiled registries): one per pipeline owner; default: the process's shared one. */
  gazetteer?: GazetteerCache
}

export function runPipeline(text: string, registry: Registry, options: ExtractOptions = {}, onStage?: (name: string, ms: number) => void): Doc {
  let doc = emptyDoc(text, options.title ?? null, compileRegistry(registry, options.gazetteer))
  for (const stage of STAGES) {
    if (onStage) {
      const t0 = performance.now()
      doc = stage.run(doc)
      onStage(stage.name, performance.now() - t0)
    } else {
      doc = stage.run(doc)
    }
  }
  return doc
}

/** Text + the entities already known → entities, mentions and claims. Deterministic, no I/O. */
export function extract(text: string, registry: Registry, options: ExtractOptions = {}): Extraction {
  return toExtraction(runPipeline(text, registry, options), options.language)
}

export interface TimedExtraction {
  extraction: Extraction
  /** Milliseconds per stage, in pipeline order. */
  timings: Record<string, number>
}

/** extract() with the time spent in each stage, for the benchmark. */
export function timedExtract(text: string, registry: Registry, options: ExtractOptions = {}): TimedExtraction {
  const timings: Record<string, number> = {}
  const doc = runPipeline(text, registry, options, (name, ms) => {
    timings[name] = (timings[name] ?? 0) + ms
  })
  const t0 = performance.now()
  const extraction = toExtraction(doc, options.language)
  timings.output = performance.now() - t0
  return { extraction, timings }
}

// franc needs some text to be right; below this many characters it guesses.
const MIN_LANGUAGE_SAMPLE = 50

// English function words. News English runs at roughly a quarter to a third of its words from this
// list; other languages written in Latin script share almost none of them. Trigram statistics
// (franc) misjudge short English paragraphs full of foreign names, so these words decide first.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is was were that for on with as by at from it its his her their said has have had be been are not this which who an but or after they'.split(' '),
)

/**
 * The text's language as an ISO 639-3 code, 'und' when too short to tell. English is recognized by
 * its function words; otherwise franc (trigrams) decides, and only on a sample long enough to trust.
 */
export function detectLanguage(text: string): string {
  const sample = text.trim().slice(0, 2000)
  if (sample.length < MIN_LANGUAGE_SAMPLE) return 'und'
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length
  if (words.length > 0 && english / words.length >= 0.12) return 'eng'
  return franc(sample, { minLength: MIN_LANGUAGE_SAMPLE })
}

export function toExtraction(doc: Doc, language = detectLanguage(doc.text)): Extraction {
  const entities: ExtractedEntity[] = []
  const included = new Set<string>()
  const include = (key: string) => {
    if (included.has(key)) return
    const e = doc.entities.get(key)
    if (e) {
      entities.push({ ref: key, id: e.id, name: e.name, kind: e.kind, aliases: [...new Set([e.name, ...e.aliases])] })
    } else {
      // A country reached through its capital ("Kyiv denied" → Ukraine) may have no mention.
      const known = doc.registry.entities.get(key)
      if (!known) return
      entities.push({ ref: key, id: known.id, name: known.name, kind: known.kind, aliases: [known.name] })
    }
    included.add(key)
  }
  for (const key of doc.entities.keys()) include(key)
  const claims = doc.claims.filter((c) => {
    for (const key of [c.claimant, c.target]) if (key !== null) include(key)
    return (c.claimant === null || included.has(c.claimant)) && (c.target === null || included.has(c.target))
  })
  return {
    text: doc.text,
    title: doc.title,
    language,
    entities,
    mentions: doc.mentions.filter((m) => namesEntity(doc, m)).map((m) => ({ ref: m.key, start: m.start, end: m.end, text: m.text })),
    claims,
  }
}
