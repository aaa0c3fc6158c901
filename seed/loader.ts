import { eq } from 'drizzle-orm'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import type { Db } from '../src/db/open.js'
import { entities, events } from '../src/db/schema.js'
import {
  AnnotatedArticleSchema,
  EntitiesFileSchema,
  EventsFileSchema,
  type AnnotatedArticle,
  type AnnotatedEntity,
  type AnnotatedEvent,
} from '../src/domain/annotations.js'
import type { Extraction } from '../src/domain/extraction.js'
import { storeArticle, upsertEntity } from '../src/ingest/persist.js'

export const SEED_DIR = dirname(fileURLToPath(import.meta.url))

export class SeedError extends Error {
  override name = 'SeedError'
}

export interface Seed {
  entities: AnnotatedEntity[]
  events: AnnotatedEvent[]
  articles: { annotation: AnnotatedArticle; text: string }[]
}

function readJson<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new SeedError(`${file}: not valid JSON (${(err as Error).message})`)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  at ${i.path.join('.') || '(root)'}: ${i.message}`)
    throw new SeedError(`${file}: invalid annotation\n${issues.join('\n')}`)
  }
  return parsed.data
}

/**
 * Reads and validates the curated seed: every file against its zod schema, every span against the
 * article text, every slug against the entities and events declared. Throws SeedError naming the
 * file and the field.
 */
export function readSeed(dir = SEED_DIR): Seed {
  const annotations = join(dir, 'annotations')
  const entityList = readJson(join(annotations, 'entities.json'), EntitiesFileSchema)
  const eventList = readJson(join(annotations, 'events.json'), EventsFileSchema)
  const slugs = new Set(entityList.map((e) => e.slug))
  const eventSlugs = new Set(eventList.map((e) => e.slug))
  const fail = (file: string, field: string, message: string) => {
    throw new SeedError(`${file}: at ${field}: ${message}`)
  }
  for (const [i, e] of entityList.entries()) {
    if (e.parent !== null && !slugs.has(e.parent)) fail('entities.json', `${i}.parent`, `unknown entity "${e.parent}"`)
  }
  for (const [i, e] of eventList.entries()) {
    if (e.place !== null && !slugs.has(e.place)) fail('events.json', `${i}.place`, `unknown entity "${e.place}"`)
  }
  const files = readdirSync(annotations)
    .filter((f) => /^\d{3}_.*\.json$/.test(f))
    .sort()
  const articles = files.map((f) => {
    const annotation = readJson(join(annotations, f), AnnotatedArticleSchema)
    const text = readFileSync(join(dir, 'articles', annotation.file), 'utf8')
    const checkSpan = (field: string, s: { start: number; end: number; text: string }) => {
      if (s.end <= s.start || text.slice(s.start, s.end) !== s.text)
        fail(f, field, `[${s.start}, ${s.end}) is ${JSON.stringify(text.slice(s.start, s.end))} in the text, not ${JSON.stringify(s.text)}`)
    }
    const checkSlug = (field: string, slug: string | null) => {
      if (slug !== null && !slugs.has(slug)) fail(f, field, `unknown entity "${slug}"`)
    }
    if (annotation.event !== null && !eventSlugs.has(annotation.event)) fail(f, 'event', `unknown event "${annotation.event}"`)
    annotation.mentions.forEach((m, i) => {
      checkSpan(`mentions.${i}`, m)
      checkSlug(`mentions.${i}.entity`, m.entity)
    })
    annotation.claims.forEach((c, i) => {
      checkSpan(`claims.${i}.evidence`, c.evidence)
      checkSlug(`claims.${i}.claimant`, c.claimant)
      if (c.kind === 'responsibility') checkSlug(`claims.${i}.target`, c.target)
    })
    return { annotation, text }
  })
  return { entities: entityList, events: eventList, articles }
}

/** An annotation as the Extraction the pipeline would have produced, with slugs as refs and ids. */
export function annotationToExtraction(a: AnnotatedArticle, text: string, all: AnnotatedEntity[]): Extraction {
  const used = new Set<string>([
    ...a.mentions.map((m) => m.entity),
    ...a.claims.flatMap((c) => [c.claimant, c.kind === 'responsibility' ? c.target : null]),
  ].filter((s): s is string => s !== null))
  return {
    text,
    title: a.title,
    language: 'eng',
    entities: all
      .filter((e) => used.has(e.slug))
      .map((e) => ({ ref: e.slug, id: e.slug, name: e.name, kind: e.kind, aliases: e.aliases })),
    mentions: a.mentions.map((m) => ({ ref: m.entity, start: m.start, end: m.end, text: m.text })),
    claims: a.claims.map((c) => ({
      kind: c.kind,
      claimant: c.claimant,
      claimantText: c.claimant_text,
      target: c.kind === 'responsibility' ? c.target : null,
      targetText: c.kind === 'responsibility' ? c.target_text : null,
      subset: c.kind === 'count' ? c.subset : null,
      stance: c.kind === 'responsibility' ? c.stance : null,
      metric: c.kind === 'count' ? c.metric : null,
      value: c.kind === 'count' ? c.value : null,
      qualifier: c.kind === 'count' ? c.qualifier : null,
      quote: c.kind === 'quote' ? c.quote : null,
      evidence: c.evidence,
      confidence: c.confidence,
    })),
  }
}

/** Loads the seed into the database in one transaction. Idempotent: ids are slugs and content hashes. */
export function loadSeed(db: Db, seed: Seed = readSeed()): { articles: number; entities: number; events: number } {
  db.transaction((tx) => {
    // Parents are set in a second pass so that the order of entities.json does not matter.
    for (const e of seed.entities) {
      upsertEntity(tx, { ...e, id: e.slug, parentId: null })
    }
    for (const e of seed.entities) {
      tx.update(entities).set({ parentId: e.parent }).where(eq(entities.id, e.slug)).run()
    }
    for (const ev of seed.events) {
      const row = { slug: ev.slug, name: ev.name, date: ev.date, placeId: ev.place, description: ev.description }
      tx.insert(events).values({ id: ev.slug, ...row }).onConflictDoUpdate({ target: events.id, set: row }).run()
    }
    for (const ev of seed.events) {
      tx.update(events).set({ parentId: ev.parent }).where(eq(events.id, ev.slug)).run()
    }
    for (const { annotation: a, text } of seed.articles) {
      storeArticle(
        tx,
        {
          text,
          title: a.title,
          outlet: a.outlet,
          url: a.url,
          publishedAt: a.published_at,
          language: 'eng',
          eventId: a.event,
        },
        annotationToExtraction(a, text, seed.entities),
        { method: 'curated', replace: true },
      )
    }
  })
  return { articles: seed.articles.length, entities: seed.entities.length, events: seed.events.length }
}
