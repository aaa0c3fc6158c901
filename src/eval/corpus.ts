import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { EntityKindSchema, MetricSchema, QualifierSchema, StanceSchema } from '../domain/model.js'

/**
 * The development corpus (test/fixtures/corpus/): articles written by us, each modelled sentence by
 * sentence on a real published news article (its syntax kept, its names, numbers and content words
 * replaced), with gold annotations that follow docs/annotation.md. Each article is two files:
 *   <slug>.txt        the headline on the first line, a blank line, then the body (UTF-8);
 *   <slug>.gold.json  CorpusGoldSchema below.
 * MANIFEST.md is generated from the gold files (`npm run corpus -- --manifest`) and checked by a test.
 */

const here = dirname(fileURLToPath(import.meta.url))
export const CORPUS_DIR = resolve(here, '../../test/fixtures/corpus')

/** Kinds of event the corpus covers (issue 14): each article has one. */
export const EVENT_KINDS = [
  'bombing',
  'armed-attack',
  'cyberattack',
  'air-strike',
  'earthquake',
  'flood-storm',
  'mass-shooting',
  'fire',
  'crowd-crush',
  'transport-crash',
  'political-killing',
  'riot-election-violence',
  'kidnapping',
  'other',
] as const
export const FORMATS = ['wire', 'report', 'feature', 'live', 'explainer', 'analysis'] as const
export const SPLITS = ['dev', 'test'] as const
export type Split = (typeof SPLITS)[number]

const Text = z.string().trim().min(1)
/** An exact substring of the article text (the sentence or clause that carries the annotation). */
const Evidence = Text

export const CorpusMetaSchema = z.strictObject({
  /** The outlet that published the model article. */
  outlet: Text,
  /** Address of the model article, so anyone can compare the structure. */
  model_url: z.url(),
  event_kind: z.enum(EVENT_KINDS),
  format: z.enum(FORMATS),
  split: z.enum(SPLITS),
})

export const CorpusEntitySchema = z.strictObject({
  name: Text,
  kind: EntityKindSchema,
  /** Other surface forms in this article ("ISIS", "Kiev"); the name or one alias occurs in the text. */
  aliases: z.array(Text).default([]),
})

const bothNull = (a: unknown, b: unknown) => a === null && b === null
const bothSet = (a: unknown, b: unknown) => a !== null && b !== null

export const CorpusResponsibilitySchema = z
  .strictObject({
    /** A gold entity's name or alias; null with claimant_text null is the article's own voice. */
    claimant: Text.nullable(),
    /** An unnamed collective voice as written ("survivors", "analysts"); claimant is then null. */
    claimant_text: Text.nullable().default(null),
    target: Text.nullable(),
    /** A party named only by description ("radical Islamists", "the organisers"); target null. */
    target_text: Text.nullable().default(null),
    stance: StanceSchema,
    evidence: Evidence,
  })
  .refine((r) => !bothSet(r.claimant, r.claimant_text), { message: 'claimant and claimant_text are exclusive' })
  .refine((r) => !bothNull(r.target, r.target_text) && !bothSet(r.target, r.target_text), { message: 'exactly one of target and target_text' })

export const CorpusCountSchema = z
  .strictObject({
    metric: MetricSchema,
    value: z.number().int().min(0),
    qualifier: QualifierSchema,
    /** The part of the victims counted, as written ("women", "American troops"); null for a total. */
    subset: Text.nullable().default(null),
    claimant: Text.nullable().default(null),
    claimant_text: Text.nullable().default(null),
    evidence: Evidence,
  })
  .refine((r) => !bothSet(r.claimant, r.claimant_text), { message: 'claimant and claimant_text are exclusive' })

export const CorpusQuoteSchema = z
  .strictObject({
    /** A gold entity's name or alias; null when the speaker is unnamed (then speaker_text). */
    speaker: Text.nullable(),
    speaker_text: Text.nullable().default(null),
    /** The quoted words (inside the marks), an exact substring of the text. */
    evidence: Evidence,
  })
  .refine((r) => !bothNull(r.speaker, r.speaker_text) && !bothSet(r.speaker, r.speaker_text), { message: 'exactly one of speaker and speaker_text' })

export const CorpusGoldSchema = z.strictObject({
  meta: CorpusMetaSchema,
  title: Text,
  entities: z.array(CorpusEntitySchema),
  responsibility: z.array(CorpusResponsibilitySchema),
  counts: z.array(CorpusCountSchema),
  quotes: z.array(CorpusQuoteSchema),
})

export type CorpusGold = z.infer<typeof CorpusGoldSchema>
export type CorpusEntity = z.infer<typeof CorpusEntitySchema>

export interface CorpusArticle {
  slug: string
  text: string
  gold: CorpusGold
}

const lower = (s: string) => s.toLowerCase()
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** True when `phrase` occurs in `text` as whole words, case-insensitively. */
function occurs(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'iu').test(text)
}

/**
 * Checks one article's gold against its text and the codebook's shape: every evidence is an exact
 * substring of the text; every claimant, target and speaker names a gold entity (by name or alias);
 * every entity's name or an alias occurs in the text; subsets and texts kept as written occur in
 * the text; the headline is the first line. Returns the problems found (empty when none).
 */
export function checkArticle(slug: string, text: string, gold: CorpusGold): string[] {
  const problems: string[] = []
  const say = (m: string) => problems.push(`${slug}: ${m}`)
  const firstLine = text.split('\n', 1)[0]!.trim()
  if (firstLine !== gold.title) say(`title ${JSON.stringify(gold.title)} is not the first line ${JSON.stringify(firstLine)}`)
  const names = new Map<string, CorpusEntity>()
  for (const e of gold.entities) {
    for (const n of [e.name, ...e.aliases]) {
      const prev = names.get(lower(n))
      if (prev && prev !== e) say(`name ${JSON.stringify(n)} belongs to two entities`)
      names.set(lower(n), e)
    }
    if (![e.name, ...e.aliases].some((n) => occurs(text, n))) say(`entity ${JSON.stringify(e.name)}: neither its name nor an alias occurs in the text`)
  }
  const entity = (field: string, n: string | null) => {
    if (n !== null && !names.has(lower(n))) say(`${field} ${JSON.stringify(n)} is not a gold entity's name or alias`)
  }
  const inText = (field: string, s: string | null) => {
    if (s !== null && !text.includes(s)) say(`${field} ${JSON.stringify(s)} is not an exact substring of the text`)
  }
  for (const r of gold.responsibility) {
    entity('claimant', r.claimant)
    entity('target', r.target)
    inText('evidence', r.evidence)
    inText('claimant_text', r.claimant_text)
    inText('target_text', r.target_text)
  }
  for (const c of gold.counts) {
    entity('claimant', c.claimant)
    inText('evidence', c.evidence)
    inText('subset', c.subset)
    inText('claimant_text', c.claimant_text)
  }
  for (const q of gold.quotes) {
    entity('speaker', q.speaker)
    inText('quote evidence', q.evidence)
    inText('speaker_text', q.speaker_text)
  }
  return problems
}

/** Reads one <slug>.gold.json and its <slug>.txt. Throws when the gold fails the schema or the text is missing. */
function readArticle(dir: string, file: string): CorpusArticle {
  const slug = basename(file, '.gold.json')
  const textPath = join(dir, `${slug}.txt`)
  const parsed = CorpusGoldSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')))
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`)
  if (!existsSync(textPath)) throw new Error(`${file}: no ${slug}.txt beside it`)
  return { slug, text: readFileSync(textPath, 'utf8'), gold: parsed.data }
}

const goldFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()

/** Every article of the corpus, by slug. Throws on the first gold file that fails the schema. */
export function loadCorpus(dir = CORPUS_DIR): CorpusArticle[] {
  if (!existsSync(dir)) return []
  return goldFiles(dir).map((f) => readArticle(dir, f))
}

/** Every problem in the corpus: schema errors, gold that does not fit its text, texts without gold. */
export function checkCorpus(dir = CORPUS_DIR): string[] {
  const problems: string[] = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    if (!existsSync(join(dir, `${basename(file, '.txt')}.gold.json`))) problems.push(`${file}: no gold file beside it`)
  }
  for (const file of goldFiles(dir)) {
    try {
      const a = readArticle(dir, file)
      problems.push(...checkArticle(a.slug, a.text, a.gold))
    } catch (err) {
      problems.push((err as Error).message)
    }
  }
  return problems
}

const wordsIn = (text: string) => (text.match(/\S+/g) ?? []).length

/** What the corpus covers: articles per split, distinct outlets, kinds of event and formats. */
export function corpusCoverage(articles: CorpusArticle[]) {
  const distinct = (f: (a: CorpusArticle) => string) => [...new Set(articles.map(f))].sort()
  return {
    articles: articles.length,
    dev: articles.filter((a) => a.gold.meta.split === 'dev').length,
    test: articles.filter((a) => a.gold.meta.split === 'test').length,
    outlets: distinct((a) => a.gold.meta.outlet),
    kinds: distinct((a) => a.gold.meta.event_kind),
    formats: distinct((a) => a.gold.meta.format),
    words: articles.reduce((n, a) => n + wordsIn(a.text), 0),
  }
}

/** MANIFEST.md: per article its kind of event, format, the model's outlet and address, length and split. */
export function corpusManifest(articles: CorpusArticle[]): string {
  const c = corpusCoverage(articles)
  const cell = (s: string) => s.replace(/\|/g, '\\|')
  const lines = [
    '# Development corpus: manifest',
    '',
    'Generated by `npm run corpus -- --manifest` from the gold files; a test checks it is current.',
    'Every article was written by us, modelled sentence by sentence on the published article at its',
    'address (syntax kept; names, places, numbers and content words replaced): the events are fiction',
    'set in the real world. Gold follows docs/annotation.md. See README.md in this folder.',
    '',
    `${c.articles} articles (${c.dev} dev, ${c.test} test), ${c.words} words; ${c.outlets.length} outlets; ${c.kinds.length} kinds of event (${c.kinds.join(', ')}); formats: ${c.formats.join(', ')}.`,
    '',
    '| article | split | kind of event | format | outlet of the model | model article | words |',
    '| --- | --- | --- | --- | --- | --- | ---: |',
  ]
  for (const a of articles) {
    const m = a.gold.meta
    lines.push(`| ${a.slug} | ${m.split} | ${m.event_kind} | ${m.format} | ${cell(m.outlet)} | ${cell(m.model_url)} | ${wordsIn(a.text)} |`)
  }
  return `${lines.join('\n')}\n`
}
