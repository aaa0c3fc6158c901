import { eq } from 'drizzle-orm'
import type { Claim, ClaimCreate, ClaimPatch } from '../domain/api.js'
import { ApiError, badRequest, notFound } from '../domain/errors.js'
import type { Db } from '../db/open.js'
import { articles, claims, entities, events } from '../db/schema.js'
import { claimIdOf } from '../ingest/ids.js'
import type { Tx } from '../ingest/persist.js'
import { selectClaims, toClaim } from '../queries/claims.js'
import { recordChange } from './audit.js'

// Reads inside a write go through `db`: better-sqlite3 has one connection, so they see the
// transaction's own uncommitted changes.
const claimById = (db: Db, id: string): Claim | undefined => {
  const row = selectClaims(db).where(eq(claims.id, id)).get()
  return row ? toClaim(row) : undefined
}

export function requireEntity(tx: Tx, field: string, id: string | null | undefined): void {
  if (id && !tx.select({ id: entities.id }).from(entities).where(eq(entities.id, id)).get()) {
    throw badRequest(field, `no entity has the id "${id}"`)
  }
}

export function requireEvent(tx: Tx, field: string, id: string | null | undefined): void {
  if (id && !tx.select({ id: events.id }).from(events).where(eq(events.id, id)).get()) {
    throw badRequest(field, `no event has the id "${id}"`)
  }
}

/** Fields a claim of each kind may have; the others stay null. */
const FIELDS_OF_KIND = {
  responsibility: ['stance', 'target'],
  count: ['metric', 'value', 'qualifier'],
  quote: ['quote'],
} as const
const KIND_FIELDS = ['stance', 'target', 'metric', 'value', 'qualifier', 'quote'] as const

function checkFieldsForKind(kind: Claim['kind'], given: Record<string, unknown>, required: boolean) {
  for (const f of KIND_FIELDS) {
    const allowed = (FIELDS_OF_KIND[kind] as readonly string[]).includes(f)
    if (!allowed && given[f] !== undefined && given[f] !== null) throw badRequest(f, `a ${kind} claim has no ${f}`)
    if (allowed && required && (given[f] === undefined || given[f] === null)) throw badRequest(f, `a ${kind} claim needs a ${f}`)
  }
}

/** Corrects a claim by hand: it becomes `curated`, with full confidence. */
export function patchClaim(db: Db, id: string, patch: ClaimPatch, actor: string): Claim {
  return db.transaction((tx) => {
    const before = claimById(db, id)
    if (!before) throw notFound('claim', id)
    checkFieldsForKind(before.kind, patch, false)
    requireEntity(tx, 'claimant', patch.claimant)
    requireEntity(tx, 'target', patch.target)
    requireEvent(tx, 'event', patch.event)
    tx.update(claims)
      .set({
        ...(patch.stance !== undefined ? { stance: patch.stance } : {}),
        ...(patch.target !== undefined ? { targetId: patch.target } : {}),
        ...(patch.claimant !== undefined ? { claimantId: patch.claimant } : {}),
        ...(patch.metric !== undefined ? { metric: patch.metric } : {}),
        ...(patch.value !== undefined ? { value: patch.value } : {}),
        ...(patch.qualifier !== undefined ? { qualifier: patch.qualifier } : {}),
        ...(patch.event !== undefined ? { eventId: patch.event } : {}),
        method: 'curated',
        confidence: 1,
      })
      .where(eq(claims.id, id))
      .run()
    const after = claimById(db, id)!
    recordChange(tx, { actor, action: 'update', resource: 'claim', id, before, after })
    return after
  })
}

export function deleteClaim(db: Db, id: string, actor: string): void {
  db.transaction((tx) => {
    const before = claimById(db, id)
    if (!before) throw notFound('claim', id)
    tx.delete(claims).where(eq(claims.id, id)).run()
    recordChange(tx, { actor, action: 'delete', resource: 'claim', id, before, after: null })
  })
}

/** Adds a claim by hand; its evidence span must lie in the article's text. */
export function createClaim(db: Db, input: ClaimCreate, actor: string): Claim {
  return db.transaction((tx) => {
    const article = tx
      .select({ id: articles.id, text: articles.text, eventId: articles.eventId })
      .from(articles)
      .where(eq(articles.id, input.article))
      .get()
    if (!article) throw badRequest('article', `no article has the id "${input.article}"`)
    checkFieldsForKind(input.kind, input, true)
    if (input.kind === 'quote' && !input.claimant) throw badRequest('claimant', 'a quote needs its speaker')
    requireEntity(tx, 'claimant', input.claimant)
    requireEntity(tx, 'target', input.target)
    const { start, end } = input.evidence
    if (end <= start || end > article.text.length) {
      throw badRequest('evidence', `[${start}, ${end}) is not a span of the article's ${article.text.length} characters`)
    }
    const text = article.text.slice(start, end)
    if (input.evidence.text !== undefined && input.evidence.text !== text) {
      throw badRequest('evidence.text', `the article has ${JSON.stringify(text)} at [${start}, ${end})`)
    }
    const id = claimIdOf(article.id, [input.kind, start, end, input.claimant, input.target, input.stance, input.metric, input.value, input.qualifier])
    if (claimById(db, id)) throw new ApiError(409, 'conflict', `the same claim already exists: ${id}`)
    tx.insert(claims)
      .values({
        id,
        articleId: article.id,
        eventId: article.eventId,
        kind: input.kind,
        claimantId: input.claimant,
        targetId: input.target,
        stance: input.stance,
        metric: input.metric,
        value: input.value,
        qualifier: input.qualifier,
        quote: input.quote,
        evidenceText: text,
        evidenceStart: start,
        evidenceEnd: end,
        method: 'curated',
        confidence: 1,
      })
      .run()
    const after = claimById(db, id)!
    recordChange(tx, { actor, action: 'create', resource: 'claim', id, before: null, after })
    return after
  })
}
