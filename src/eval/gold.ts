import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { AnnotatedArticleSchema, EntitiesFileSchema, type AnnotatedEntity } from '../domain/annotations.js'
import type { Registry } from '../domain/extraction.js'
import { EntityKindSchema, MetricSchema, QualifierSchema, StanceSchema, type EntityKind } from '../domain/model.js'
import { CORPUS_DIR, loadCorpus, type Split } from './corpus.js'

/**
 * Gold annotations of the three sets `npm run eval` scores, in one shape (docs/annotation.md §6):
 * the curated seed (seed/annotations), the twelve fixtures of our own (test/fixtures/articles) and
 * the development corpus modelled on real news (test/fixtures/corpus, split dev / test).
 */

const here = dirname(fileURLToPath(import.meta.url))
const ROOT = resolve(here, '../..')
export const SEED_ARTICLES = join(ROOT, 'seed/articles')
export const SEED_ANNOTATIONS = join(ROOT, 'seed/annotations')
export const FIXTURE_ARTICLES = join(ROOT, 'test/fixtures/articles')

/** A gold entity: an id (slug, or the lowercased canonical name), its kind and every name it goes by. */
export interface GoldEntity {
  id: string
  kind: EntityKind
  names: string[]
}

/**
 * A claimant or target: an entity id, a description kept as written ({ text }), or null for the
 * article's own voice (claimants only).
 */
export type Party = string | { text: string } | null

export interface GoldArticle {
  file: string
  text: string
  title: string | null
  /** The kind of event (corpus), or the set's name where it has none. */
  eventKind: string
  entities: GoldEntity[]
  responsibility: Array<{ claimant: Party; target: Party; stance: string; evidence: string | null }>
  counts: Array<{ metric: string; value: number; qualifier: string; subset: string | null; evidence: string | null }>
  /** Named speakers only: quotes of unnamed speakers are not scored (docs/annotation.md §7). */
  quotes: Array<{ speaker: string; evidence: string | null }>
}

const lower = (s: string) => s.toLowerCase()

// ---------------------------------------------------------------- seed

export function loadSeedEntities(): AnnotatedEntity[] {
  return EntitiesFileSchema.parse(JSON.parse(readFileSync(join(SEED_ANNOTATIONS, 'entities.json'), 'utf8')))
}

/** The registry of a seeded database: every curated entity with its aliases. */
export function registryFromSeed(entities: AnnotatedEntity[]): Registry {
  return { entities: entities.map((e) => ({ id: e.slug, name: e.name, kind: e.kind, aliases: e.aliases, parentId: e.parent })) }
}

/** The five seed articles and the catalogue of curated entities (ids are slugs). */
export function loadSeedGold(): { articles: GoldArticle[]; catalogue: GoldEntity[] } {
  const seedEntities = loadSeedEntities()
  const catalogue: GoldEntity[] = seedEntities.map((e) => ({ id: e.slug, kind: e.kind, names: [e.name, ...e.aliases] }))
  const byId = new Map(catalogue.map((e) => [e.id, e]))
  const articles: GoldArticle[] = []
  for (const file of readdirSync(SEED_ANNOTATIONS).filter((f) => /^\d{3}_.*\.json$/.test(f)).sort()) {
    const a = AnnotatedArticleSchema.parse(JSON.parse(readFileSync(join(SEED_ANNOTATIONS, file), 'utf8')))
    const text = readFileSync(join(SEED_ARTICLES, a.file), 'utf8')
    const party = (id: string | null, written: string | null): Party => (id ?? (written !== null ? { text: written } : null))
    articles.push({
      file: a.file,
      text,
      title: a.title,
      eventKind: 'armed-attack',
      entities: [...new Set(a.mentions.map((m) => m.entity))].map((id) => byId.get(id)).filter((e): e is GoldEntity => e !== undefined),
      responsibility: a.claims.flatMap((c) =>
        c.kind === 'responsibility' ? [{ claimant: party(c.claimant, c.claimant_text), target: party(c.target, c.target_text), stance: c.stance, evidence: c.evidence.text }] : [],
      ),
      counts: a.claims.flatMap((c) => (c.kind === 'count' ? [{ metric: c.metric, value: c.value, qualifier: c.qualifier, subset: c.subset, evidence: c.evidence.text }] : [])),
      quotes: a.claims.flatMap((c) => (c.kind === 'quote' ? [{ speaker: c.claimant, evidence: c.quote }] : [])),
    })
  }
  return { articles, catalogue }
}

// ---------------------------------------------------------------- fixtures

const FixtureSchema = z.object({
  title: z.string().nullable(),
  entities: z.array(z.object({ name: z.string(), kind: EntityKindSchema, aliases: z.array(z.string()).default([]) })),
  responsibility: z.array(
    z.object({
      claimant: z.string().nullable(),
      claimant_text: z.string().nullable().default(null),
      target: z.string().nullable(),
      target_text: z.string().nullable().default(null),
      stance: StanceSchema,
    }),
  ),
  counts: z.array(z.object({ metric: MetricSchema, value: z.number().int(), qualifier: QualifierSchema, subset: z.string().nullable().default(null) })),
  quotes: z.array(z.object({ speaker: z.string() })),
})

/**
 * Entities named by canonical name and aliases: ids are the lowercased canonical names, and any
 * name or alias used by a claim resolves to its entity's id (or stays as it is when none has it).
 */
function namedEntities(entities: Array<{ name: string; kind: EntityKind; aliases: string[] }>) {
  const gold: GoldEntity[] = entities.map((e) => ({ id: lower(e.name), kind: e.kind, names: [e.name, ...e.aliases] }))
  const idOf = new Map<string, string>()
  for (const e of gold) for (const n of e.names) idOf.set(lower(n), e.id)
  const party = (name: string | null, written: string | null): Party =>
    name !== null ? idOf.get(lower(name)) ?? lower(name) : written !== null ? { text: written } : null
  return { gold, party }
}

/** test/fixtures/articles/<name>.txt + <name>.expected.json. */
export function loadFixtureGold(dir = FIXTURE_ARTICLES): GoldArticle[] {
  if (!existsSync(dir)) return []
  const out: GoldArticle[] = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const expectedPath = join(dir, `${basename(file, '.txt')}.expected.json`)
    if (!existsSync(expectedPath)) continue
    const expected = FixtureSchema.parse(JSON.parse(readFileSync(expectedPath, 'utf8')))
    const { gold, party } = namedEntities(expected.entities)
    out.push({
      file,
      text: readFileSync(join(dir, file), 'utf8'),
      title: expected.title,
      eventKind: 'fixture',
      entities: gold,
      responsibility: expected.responsibility.map((r) => ({ claimant: party(r.claimant, r.claimant_text), target: party(r.target, r.target_text), stance: r.stance, evidence: null })),
      counts: expected.counts.map((c) => ({ ...c, evidence: null })),
      quotes: expected.quotes.map((q) => ({ speaker: party(q.speaker, null) as string, evidence: null })),
    })
  }
  return out
}

// ---------------------------------------------------------------- corpus

/** The corpus articles of one split (test/fixtures/corpus). */
export function loadCorpusGold(split: Split, dir = CORPUS_DIR): GoldArticle[] {
  return loadCorpus(dir)
    .filter((a) => a.gold.meta.split === split)
    .map(({ slug, text, gold: g }) => {
      const { gold, party } = namedEntities(g.entities)
      return {
        file: `${slug}.txt`,
        text,
        title: g.title,
        eventKind: g.meta.event_kind,
        entities: gold,
        responsibility: g.responsibility.map((r) => ({ claimant: party(r.claimant, r.claimant_text), target: party(r.target, r.target_text), stance: r.stance, evidence: r.evidence })),
        counts: g.counts.map((c) => ({ metric: c.metric, value: c.value, qualifier: c.qualifier, subset: c.subset, evidence: c.evidence })),
        quotes: g.quotes.flatMap((q) => (q.speaker !== null ? [{ speaker: party(q.speaker, null) as string, evidence: q.evidence }] : [])),
      }
    })
}
