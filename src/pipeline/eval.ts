import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AnnotatedArticleSchema, EntitiesFileSchema, type AnnotatedEntity } from '../domain/annotations.js'
import type { Extraction, Registry } from '../domain/extraction.js'
import type { EntityKind } from '../domain/model.js'
import { extract } from './index.js'

/**
 * `npm run eval`: the pipeline against the curated seed (DESIGN §5), in two modes —
 *   WARM: the registry holds seed/annotations/entities.json (what a seeded database knows);
 *   COLD: an empty registry, only the bundled world gazetteer.
 * Scores are micro-averaged over articles:
 *   entities — per article, the set of (entity, kind); an extracted entity matches a gold one when
 *     the kinds agree and its name or an alias equals the gold name or an alias (case-insensitive);
 *   responsibility — per article, the set of (claimant, target, stance);
 *   counts — per article, the set of (metric, value, qualifier), figures about other events excluded;
 *   quotes — per article, the SET of speakers (not one entry per quote).
 */

const here = dirname(fileURLToPath(import.meta.url))
const ROOT = resolve(here, '../..')
export const SEED_ARTICLES = join(ROOT, 'seed/articles')
export const SEED_ANNOTATIONS = join(ROOT, 'seed/annotations')
export const FIXTURE_ARTICLES = join(ROOT, 'test/fixtures/articles')

export type Mode = 'warm' | 'cold'
export const CATEGORIES = ['entities', 'entities:person', 'entities:group', 'entities:place', 'responsibility', 'counts', 'quotes'] as const
export type Category = (typeof CATEGORIES)[number]

export interface Score {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}
export type Scores = Record<Category, Score>

/** A gold entity: an id (slug, or the lowercased name for fixtures), its names and kind. */
export interface GoldEntity {
  id: string
  kind: EntityKind
  names: string[]
}

export interface GoldArticle {
  file: string
  text: string
  title: string | null
  entities: GoldEntity[]
  responsibility: Array<{ claimant: string | null; target: string; stance: string }>
  counts: Array<{ metric: string; value: number; qualifier: string }>
  quoteSpeakers: string[]
}

export interface ArticleResult {
  file: string
  tallies: Record<Category, { tp: string[]; fp: string[]; fn: string[] }>
}

// ---------------------------------------------------------------- gold data

export function loadSeedEntities(): AnnotatedEntity[] {
  return EntitiesFileSchema.parse(JSON.parse(readFileSync(join(SEED_ANNOTATIONS, 'entities.json'), 'utf8')))
}

export function registryFromSeed(entities: AnnotatedEntity[]): Registry {
  return { entities: entities.map((e) => ({ id: e.slug, name: e.name, kind: e.kind, aliases: e.aliases, parentId: e.parent })) }
}

export function loadSeedGold(): { articles: GoldArticle[]; catalogue: GoldEntity[] } {
  const seedEntities = loadSeedEntities()
  const catalogue: GoldEntity[] = seedEntities.map((e) => ({ id: e.slug, kind: e.kind, names: [e.name, ...e.aliases] }))
  const byId = new Map(catalogue.map((e) => [e.id, e]))
  const articles: GoldArticle[] = []
  for (const file of readdirSync(SEED_ANNOTATIONS).filter((f) => /^\d{3}_.*\.json$/.test(f)).sort()) {
    const a = AnnotatedArticleSchema.parse(JSON.parse(readFileSync(join(SEED_ANNOTATIONS, file), 'utf8')))
    const text = readFileSync(join(SEED_ARTICLES, a.file), 'utf8')
    const ids = [...new Set(a.mentions.map((m) => m.entity))]
    articles.push({
      file: a.file,
      text,
      title: a.title,
      entities: ids.map((id) => byId.get(id)).filter((e): e is GoldEntity => e !== undefined),
      responsibility: a.claims.flatMap((c) => (c.kind === 'responsibility' ? [{ claimant: c.claimant, target: c.target, stance: c.stance }] : [])),
      counts: a.claims.flatMap((c) => (c.kind === 'count' ? [{ metric: c.metric, value: c.value, qualifier: c.qualifier }] : [])),
      quoteSpeakers: a.claims.flatMap((c) => (c.kind === 'quote' ? [c.claimant] : [])),
    })
  }
  return { articles, catalogue }
}

interface FixtureExpectation {
  title: string | null
  entities: Array<{ name: string; kind: EntityKind }>
  responsibility: Array<{ claimant: string | null; target: string; stance: string }>
  counts: Array<{ metric: string; value: number; qualifier: string }>
  quotes: Array<{ speaker: string }>
}

/** test/fixtures/articles/<name>.txt + <name>.expected.json; names stand for entities. */
export function loadFixtureGold(dir = FIXTURE_ARTICLES): GoldArticle[] {
  if (!existsSync(dir)) return []
  const out: GoldArticle[] = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const expectedPath = join(dir, `${basename(file, '.txt')}.expected.json`)
    if (!existsSync(expectedPath)) continue
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as FixtureExpectation
    const lower = (s: string) => s.toLowerCase()
    out.push({
      file,
      text: readFileSync(join(dir, file), 'utf8'),
      title: expected.title ?? null,
      entities: (expected.entities ?? []).map((e) => ({ id: lower(e.name), kind: e.kind, names: [e.name] })),
      responsibility: (expected.responsibility ?? []).map((r) => ({ claimant: r.claimant === null ? null : lower(r.claimant), target: lower(r.target), stance: r.stance })),
      counts: expected.counts ?? [],
      quoteSpeakers: (expected.quotes ?? []).map((q) => lower(q.speaker)),
    })
  }
  return out
}

// ---------------------------------------------------------------- scoring

const norm = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim()

/** Maps each extracted entity ref to the gold entity id it stands for, or to a name of its own. */
function mapRefs(extraction: Extraction, catalogue: GoldEntity[]): Map<string, { id: string; kind: EntityKind; matched: boolean }> {
  const out = new Map<string, { id: string; kind: EntityKind; matched: boolean }>()
  for (const e of extraction.entities) {
    const names = new Set([e.name, ...e.aliases].map(norm))
    const sameKind = catalogue.find((g) => (e.id !== null && g.id === e.id) || (g.kind === e.kind && g.names.some((n) => names.has(norm(n)))))
    out.set(e.ref, sameKind ? { id: sameKind.id, kind: e.kind, matched: sameKind.kind === e.kind } : { id: `?${e.name}`, kind: e.kind, matched: false })
  }
  return out
}

function tally(gold: Set<string>, found: Set<string>) {
  return {
    tp: [...found].filter((x) => gold.has(x)),
    fp: [...found].filter((x) => !gold.has(x)),
    fn: [...gold].filter((x) => !found.has(x)),
  }
}

export function scoreArticle(gold: GoldArticle, extraction: Extraction, catalogue: GoldEntity[]): ArticleResult {
  const refs = mapRefs(extraction, [...gold.entities, ...catalogue.filter((c) => !gold.entities.some((g) => g.id === c.id))])
  const tallies = {} as ArticleResult['tallies']
  const entityKey = (id: string, kind: string) => `${id}/${kind}`
  const goldEntities = new Set(gold.entities.map((e) => entityKey(e.id, e.kind)))
  const foundEntities = new Set(extraction.entities.filter((e) => extraction.mentions.some((m) => m.ref === e.ref)).map((e) => entityKey(refs.get(e.ref)!.id, e.kind)))
  tallies.entities = tally(goldEntities, foundEntities)
  for (const kind of ['person', 'group', 'place'] as const) {
    const only = (s: Set<string>) => new Set([...s].filter((x) => x.endsWith(`/${kind}`)))
    tallies[`entities:${kind}`] = tally(only(goldEntities), only(foundEntities))
  }
  const id = (ref: string | null) => (ref === null ? 'null' : refs.get(ref)?.id ?? `?${ref}`)
  tallies.responsibility = tally(
    new Set(gold.responsibility.map((r) => `${r.claimant ?? 'null'} ${r.stance} ${r.target}`)),
    new Set(extraction.claims.filter((c) => c.kind === 'responsibility').map((c) => `${id(c.claimant)} ${c.stance} ${id(c.target)}`)),
  )
  tallies.counts = tally(
    new Set(gold.counts.map((c) => `${c.metric} ${c.value} ${c.qualifier}`)),
    new Set(extraction.claims.filter((c) => c.kind === 'count' && !c.otherEvent).map((c) => `${c.metric} ${c.value} ${c.qualifier}`)),
  )
  tallies.quotes = tally(new Set(gold.quoteSpeakers), new Set(extraction.claims.filter((c) => c.kind === 'quote').map((c) => id(c.claimant))))
  return { file: gold.file, tallies }
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

export function evaluateArticles(articles: GoldArticle[], registry: Registry, catalogue: GoldEntity[]): { scores: Scores; results: ArticleResult[] } {
  const results = articles.map((a) => scoreArticle(a, extract(a.text, registry, { title: a.title }), catalogue))
  return { scores: sumScores(results), results }
}

const EMPTY_REGISTRY: Registry = { entities: [] }

/** Scores on the five seed articles, with the seeded registry (warm) or none (cold). */
export function evaluate(mode: Mode): Scores {
  return evaluateDetailed(mode).scores
}

export function evaluateDetailed(mode: Mode): { scores: Scores; results: ArticleResult[] } {
  const { articles, catalogue } = loadSeedGold()
  const registry = mode === 'warm' ? registryFromSeed(loadSeedEntities()) : EMPTY_REGISTRY
  return evaluateArticles(articles, registry, catalogue)
}

/** Scores on the fixture articles about other events, with an empty registry. */
export function evaluateFixtures(dir = FIXTURE_ARTICLES): { scores: Scores; results: ArticleResult[]; count: number } {
  const articles = loadFixtureGold(dir)
  return { ...evaluateArticles(articles, EMPTY_REGISTRY, []), count: articles.length }
}

// ---------------------------------------------------------------- CLI

function table(title: string, scores: Scores): string {
  const pct = (x: number) => x.toFixed(3)
  const lines = [title, `  ${'category'.padEnd(16)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp  fp  fn`]
  for (const c of CATEGORIES) {
    const s = scores[c]
    lines.push(`  ${c.padEnd(16)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`)
  }
  return lines.join('\n')
}

function errors(results: ArticleResult[]): string {
  const lines: string[] = []
  for (const r of results) {
    lines.push(`  ${r.file}`)
    for (const c of CATEGORIES) {
      if (c.startsWith('entities:')) continue
      const { fp, fn } = r.tallies[c]
      if (fp.length) lines.push(`    ${c} FP: ${fp.join(' | ')}`)
      if (fn.length) lines.push(`    ${c} FN: ${fn.join(' | ')}`)
    }
  }
  return lines.join('\n')
}

function main(argv: string[]): void {
  const json = argv.includes('--json')
  const verbose = argv.includes('--verbose') || argv.includes('-v')
  const warm = evaluateDetailed('warm')
  const cold = evaluateDetailed('cold')
  const fixtures = evaluateFixtures()
  if (json) {
    process.stdout.write(`${JSON.stringify({ warm: warm.scores, cold: cold.scores, fixtures: { articles: fixtures.count, scores: fixtures.scores } }, null, 2)}\n`)
    return
  }
  const out = [
    'Quote speakers are scored as a set per article; counts exclude figures marked otherEvent.',
    '',
    table('WARM (registry = seed/annotations/entities.json), 5 seed articles', warm.scores),
    '',
    table('COLD (empty registry, bundled world gazetteer only), 5 seed articles', cold.scores),
  ]
  if (fixtures.count > 0) out.push('', table(`FIXTURES (cold), ${fixtures.count} articles in test/fixtures/articles`, fixtures.scores))
  if (verbose) {
    out.push('', 'WARM errors', errors(warm.results), '', 'COLD errors', errors(cold.results))
    if (fixtures.count > 0) out.push('', 'FIXTURE errors', errors(fixtures.results))
  }
  process.stdout.write(`${out.join('\n')}\n`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
