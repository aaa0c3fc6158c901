import { and, eq, getTableColumns, notInArray, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/open.js'
import { articles, claims, entities, entityAliases, mentions } from '../db/schema.js'
import { codePointIndex } from '../domain/code-points.js'
import type { Extraction } from '../domain/extraction.js'
import type { EntityKind, Method } from '../domain/model.js'
import type { ArticleWrite as ArticleInput, StoredArticle } from '../store/types.js'
import { articleIdOf, claimIdOf, CONTENT_HASH_VERSION, contentHashOf, sha256, slugify, textIdParts, wordCount } from './ids.js'

/** A transaction handle or the database itself: persist functions run inside the caller's transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db

export interface EntityInput {
  id?: string
  slug?: string
  name: string
  kind: EntityKind
  aliases: string[]
  parentId?: string | null
  description?: string | null
  wikidata?: string | null
}

const now = () => new Date().toISOString()

/**
 * Creates the entity, or updates the one with that id, and adds its aliases. An alias already held
 * by another entity of the same kind is not taken over (it stays with its first owner).
 * Returns the entity id.
 */
export function upsertEntity(tx: Tx, e: EntityInput): string {
  const slug = e.slug ?? uniqueSlug(tx, slugify(e.name))
  const id = e.id ?? slug
  tx.insert(entities)
    .values({
      id,
      slug,
      name: e.name,
      kind: e.kind,
      parentId: e.parentId ?? null,
      description: e.description ?? null,
      wikidata: e.wikidata ?? null,
      createdAt: now(),
    })
    .onConflictDoUpdate({
      target: entities.id,
      set: {
        name: e.name,
        kind: e.kind,
        parentId: e.parentId ?? null,
        description: e.description ?? null,
        wikidata: e.wikidata ?? null,
      },
    })
    .run()
  addAliases(tx, id, e.kind, [e.name, ...e.aliases])
  return id
}

export function addAliases(tx: Tx, entityId: string, kind: EntityKind, aliases: string[]): void {
  const rows = [...new Set(aliases)].map((alias) => ({ entityId, kind, alias }))
  for (const chunk of chunks(rows)) tx.insert(entityAliases).values(chunk).onConflictDoNothing().run()
}

/** Multi-row inserts, in chunks that stay under SQLite's limit on bound variables. */
function chunks<T>(rows: T[], size = 500): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}

/** `excluded.<column>` for every column of an upsert's SET clause: the row being inserted wins. */
function fromExcluded<T extends string>(columns: Record<T, { name: string }>): Record<T, SQL> {
  return Object.fromEntries(
    Object.entries<{ name: string }>(columns).map(([key, col]) => [key, sql.raw(`excluded."${col.name}"`)]),
  ) as Record<T, SQL>
}

export function findEntityByAlias(tx: Tx, kind: EntityKind, alias: string): string | undefined {
  return tx
    .select({ id: entityAliases.entityId })
    .from(entityAliases)
    .where(and(eq(entityAliases.kind, kind), eq(entityAliases.alias, alias)))
    .get()?.id
}

function uniqueSlug(tx: Tx, base: string): string {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    if (!tx.select({ id: entities.id }).from(entities).where(eq(entities.slug, slug)).get()) return slug
  }
}

/** The store's shapes (src/store/types.ts), one definition each. */
export type { ArticleWrite as ArticleInput, StoredArticle } from '../store/types.js'

/**
 * Stores an article with the mentions and claims of its Extraction (spans in UTF-16 code units of
 * `input.text`; their code-point offsets are computed here). Entities the extraction found
 * that have no id yet are created first. Call inside a transaction: the article is stored whole or
 * not at all. When the same text is already stored, its curated rows are refreshed in place when
 * `replace` is set (the seed), and otherwise nothing changes and `duplicate` is true.
 */
export function storeArticle(
  tx: Tx,
  input: ArticleInput,
  extraction: Extraction,
  options: { method: Method; replace?: boolean },
): StoredArticle {
  const contentHash = input.contentHash ?? contentHashOf(input.text)
  const id = articleIdOf(sha256(input.text))
  // By hash, or by id: the same text stored before migration 0008 was hashed again (rehash.ts) still
  // has its old hash, and its id.
  const existing = tx.select({ id: articles.id }).from(articles).where(or(eq(articles.contentHash, contentHash), eq(articles.id, id))).get()
  if (existing && !options.replace) return { id: existing.id, duplicate: true }

  const row = {
    id,
    title: input.title,
    outlet: input.outlet,
    url: input.url,
    publishedAt: input.publishedAt,
    language: input.language,
    text: input.text,
    contentHash,
    hashVersion: CONTENT_HASH_VERSION,
    wordCount: wordCount(input.text),
    eventId: input.eventId,
    ingestedAt: now(),
  }
  if (existing) {
    const { ingestedAt: _keep, ...changed } = row
    tx.update(articles).set(changed).where(eq(articles.id, id)).run()
  } else {
    tx.insert(articles).values(row).run()
  }

  const entityIdOf = new Map<string, string>()
  const seenAliases: { entityId: string; kind: EntityKind; alias: string }[] = []
  for (const e of extraction.entities) {
    const known = e.id ?? findEntityByAlias(tx, e.kind, e.name)
    if (known) {
      // Surface forms seen for the first time become aliases, for the next article's gazetteer.
      for (const alias of e.aliases) seenAliases.push({ entityId: known, kind: e.kind, alias })
      entityIdOf.set(e.ref, known)
    } else {
      entityIdOf.set(e.ref, upsertEntity(tx, { name: e.name, kind: e.kind, aliases: e.aliases }))
    }
  }
  for (const chunk of chunks(seenAliases)) tx.insert(entityAliases).values(chunk).onConflictDoNothing().run()
  const ref = (r: string | null) => (r === null ? null : (entityIdOf.get(r) ?? null))

  // Every span in code points too, from one pass over the text (the API serves both units).
  const cp = codePointIndex(input.text)
  const mentionRows = extraction.mentions.map((m) => ({
    articleId: id,
    entityId: entityIdOf.get(m.ref)!,
    start: m.start,
    end: m.end,
    startCp: cp.toCodePoint(m.start),
    endCp: cp.toCodePoint(m.end),
    text: m.text,
  }))
  // One statement per table rather than one per row: persisting is the single writer's hot path.
  for (const chunk of chunks(mentionRows)) {
    tx.insert(mentions)
      .values(chunk)
      .onConflictDoUpdate({
        target: [mentions.articleId, mentions.start, mentions.end],
        set: fromExcluded({ entityId: mentions.entityId, text: mentions.text, startCp: mentions.startCp, endCp: mentions.endCp }),
      })
      .run()
  }

  const claimRows = extraction.claims.map((c) => {
    const claimantId = ref(c.claimant)
    const targetId = ref(c.target)
    const texts = { claimantText: claimantId === null ? c.claimantText ?? null : null, targetText: targetId === null ? c.targetText ?? null : null, subset: c.subset ?? null }
    return {
      id: claimIdOf(id, [c.kind, c.evidence.start, c.evidence.end, claimantId, targetId, c.stance, c.metric, c.value, c.qualifier, ...textIdParts(texts)]),
      articleId: id,
      eventId: c.otherEvent ? null : input.eventId,
      kind: c.kind,
      claimantId,
      targetId,
      ...texts,
      stance: c.stance,
      metric: c.metric,
      value: c.value,
      qualifier: c.qualifier,
      quote: c.quote,
      evidenceText: c.evidence.text,
      evidenceStart: c.evidence.start,
      evidenceEnd: c.evidence.end,
      evidenceStartCp: cp.toCodePoint(c.evidence.start),
      evidenceEndCp: cp.toCodePoint(c.evidence.end),
      method: options.method,
      confidence: c.confidence,
    }
  })
  const { id: _id, seq: _seq, createdAt: _createdAt, ...claimColumns } = getTableColumns(claims)
  for (const chunk of chunks(claimRows, 200)) {
    tx.insert(claims).values(chunk).onConflictDoUpdate({ target: claims.id, set: fromExcluded(claimColumns) }).run()
  }

  if (existing) {
    // Re-seeding: rows the annotations no longer have go, so the stored article matches them.
    const keepSpans = mentionRows.map((m) => `${m.start}:${m.end}`)
    tx.delete(mentions)
      .where(
        and(
          eq(mentions.articleId, id),
          keepSpans.length ? notInArray(sql`${mentions.start} || ':' || ${mentions.end}`, keepSpans) : undefined,
        ),
      )
      .run()
    tx.delete(claims)
      .where(
        and(
          eq(claims.articleId, id),
          claimRows.length ? notInArray(claims.id, claimRows.map((c) => c.id)) : undefined,
        ),
      )
      .run()
  }
  return { id, duplicate: false }
}
