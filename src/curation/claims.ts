import { eq } from 'drizzle-orm'
import type { Claim, ClaimCreate, ClaimPatch, EvidenceInput } from '../domain/api.js'
import { codePointIndex } from '../domain/code-points.js'
import { ApiError, badRequest, notFound } from '../domain/errors.js'
import type { Db } from '../db/open.js'
import { articles, claims, entities, events } from '../db/schema.js'
import { claimIdOf, textIdParts } from '../ingest/ids.js'
import type { Tx } from '../ingest/persist.js'
import { selectClaims, toClaim } from '../queries/claims.js'
import { recordChange } from './audit.js'

// Reads inside a write go through its transaction: on a pool of connections `db` would be another
// one, which does not see the transaction's uncommitted changes (test/curation/pool-transactions.test.ts).
const claimById = (tx: Tx, id: string): Claim | undefined => {
  const row = selectClaims(tx).where(eq(claims.id, id)).get()
  return row ? toClaim(row) : undefined
}

const articleTextOf = (tx: Tx, id: string): string => tx.select({ text: articles.text }).from(articles).where(eq(articles.id, id)).get()!.text

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

/**
 * Fields a claim of each kind may have (the others stay null), in groups of which it needs one:
 * a responsibility claim's target is an entity or a description kept as written; a count's subset
 * is optional.
 */
const FIELDS_OF_KIND = {
  responsibility: [['stance'], ['target', 'target_text']],
  count: [['metric'], ['value'], ['qualifier'], ['subset', null]],
  quote: [['quote']],
} as const satisfies Record<Claim['kind'], readonly (readonly (string | null)[])[]>
const KIND_FIELDS = ['stance', 'target', 'target_text', 'metric', 'value', 'qualifier', 'subset', 'quote'] as const

const given = (x: unknown) => x !== undefined && x !== null

/**
 * 400 naming the field when a claim's fields do not fit its kind: a field of another kind, an
 * entity and its written twin both given, or (`required`, a new claim) a field the kind needs missing.
 */
export function checkFieldsForKind(kind: Claim['kind'], fields: Record<string, unknown>, required: boolean) {
  const groups: readonly (readonly (string | null)[])[] = FIELDS_OF_KIND[kind]
  for (const f of KIND_FIELDS) {
    if (!groups.some((g) => g.includes(f)) && given(fields[f])) throw badRequest(f, `a ${kind} claim has no ${f}`)
  }
  for (const [a, b] of [['claimant', 'claimant_text'], ['target', 'target_text']] as const) {
    if (given(fields[a]) && given(fields[b])) throw badRequest(b, `give ${a} (an entity id) or ${b} (a description as written), not both`)
  }
  if (!required) return
  for (const group of groups) {
    if (!group.includes(null) && !group.some((f) => f !== null && given(fields[f]))) {
      throw badRequest(group[0]!, `a ${kind} claim needs ${group.filter(Boolean).join(' or ')}`)
    }
  }
}

/** A claim's evidence columns, both units of its span. */
interface EvidenceColumns {
  evidenceText: string
  evidenceStart: number
  evidenceEnd: number
  evidenceStartCp: number
  evidenceEndCp: number
}

/**
 * The evidence span a curator sent, checked against the article's text: [start, end) in UTF-16 code
 * units or [start_cp, end_cp) in code points, converted to the other unit. 400 on `evidence` when
 * it is empty, outside the text, or starts or ends between the two halves of a character outside
 * the BMP (an emoji); on `evidence.text` when a text given is not the text at the span.
 */
export function evidenceColumns(articleText: string, input: EvidenceInput): EvidenceColumns {
  const index = codePointIndex(articleText)
  const points = index.toCodePoint(articleText.length)
  let start: number
  let end: number
  let startCp: number
  let endCp: number
  if (input.start_cp !== undefined && input.end_cp !== undefined) {
    startCp = input.start_cp
    endCp = input.end_cp
    if (endCp <= startCp || endCp > points) {
      throw badRequest('evidence', `[${startCp}, ${endCp}) is not a span of the article's ${points} code points`)
    }
    start = index.toUtf16(startCp)
    end = index.toUtf16(endCp)
  } else {
    // The schema lets through one complete pair or the other (EvidenceInputSchema).
    start = input.start!
    end = input.end!
    if (end <= start || end > articleText.length) {
      throw badRequest('evidence', `[${start}, ${end}) is not a span of the article's ${articleText.length} UTF-16 code units`)
    }
    try {
      startCp = index.toCodePoint(start)
      endCp = index.toCodePoint(end)
    } catch (err) {
      throw badRequest('evidence', `[${start}, ${end}) is not a span of characters: ${(err as Error).message} (start_cp and end_cp count code points)`)
    }
  }
  const text = articleText.slice(start, end)
  if (input.text !== undefined && input.text !== text) {
    const at = input.start_cp !== undefined ? `[${startCp}, ${endCp}) in code points` : `[${start}, ${end})`
    throw badRequest('evidence.text', `the article has ${JSON.stringify(text)} at ${at}`)
  }
  return { evidenceText: text, evidenceStart: start, evidenceEnd: end, evidenceStartCp: startCp, evidenceEndCp: endCp }
}

/** A patch's columns: an entity and the text standing for it exclude each other, so setting one clears the other. */
export function patchColumns(patch: ClaimPatch) {
  const set = <T>(x: T | undefined, columns: (x: T) => object) => (x !== undefined ? columns(x) : {})
  return {
    ...set(patch.stance, (stance) => ({ stance })),
    ...set(patch.target, (targetId) => ({ targetId, ...(targetId !== null ? { targetText: null } : {}) })),
    ...set(patch.target_text, (targetText) => ({ targetText, ...(targetText !== null ? { targetId: null } : {}) })),
    ...set(patch.claimant, (claimantId) => ({ claimantId, ...(claimantId !== null ? { claimantText: null } : {}) })),
    ...set(patch.claimant_text, (claimantText) => ({ claimantText, ...(claimantText !== null ? { claimantId: null } : {}) })),
    ...set(patch.metric, (metric) => ({ metric })),
    ...set(patch.value, (value) => ({ value })),
    ...set(patch.qualifier, (qualifier) => ({ qualifier })),
    ...set(patch.subset, (subset) => ({ subset })),
    ...set(patch.event, (eventId) => ({ eventId })),
  }
}

/**
 * Corrects a claim by hand: it becomes `curated`, with full confidence. A corrected evidence span
 * (either unit, see evidenceColumns) keeps the claim's id.
 */
export function patchClaim(db: Db, id: string, patch: ClaimPatch, actor: string): Claim {
  return db.transaction((tx) => {
    const before = claimById(tx, id)
    if (!before) throw notFound('claim', id)
    checkFieldsForKind(before.kind, patch, false)
    requireEntity(tx, 'claimant', patch.claimant)
    requireEntity(tx, 'target', patch.target)
    requireEvent(tx, 'event', patch.event)
    const evidence = patch.evidence ? evidenceColumns(articleTextOf(tx, before.article.id), patch.evidence) : {}
    tx.update(claims)
      .set({ ...patchColumns(patch), ...evidence, method: 'curated', confidence: 1 })
      .where(eq(claims.id, id))
      .run()
    const after = claimById(tx, id)!
    if (after.kind === 'responsibility' && after.target === null && after.target_text === null) {
      throw badRequest('target', 'a responsibility claim needs target or target_text')
    }
    if (after.kind === 'quote' && after.claimant === null && after.claimant_text === null) {
      throw badRequest('claimant', 'a quote needs its speaker (claimant or claimant_text)')
    }
    recordChange(tx, { actor, action: 'update', resource: 'claim', id, before, after })
    return after
  })
}

export function deleteClaim(db: Db, id: string, actor: string): void {
  db.transaction((tx) => {
    const before = claimById(tx, id)
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
    if (input.kind === 'quote' && !input.claimant && !input.claimant_text) throw badRequest('claimant', 'a quote needs its speaker (claimant or claimant_text)')
    requireEntity(tx, 'claimant', input.claimant)
    requireEntity(tx, 'target', input.target)
    const evidence = evidenceColumns(article.text, input.evidence)
    const { evidenceStart: start, evidenceEnd: end } = evidence
    const texts = { claimantText: input.claimant_text, targetText: input.target_text, subset: input.subset }
    const id = claimIdOf(article.id, [input.kind, start, end, input.claimant, input.target, input.stance, input.metric, input.value, input.qualifier, ...textIdParts(texts)])
    if (claimById(tx, id)) throw new ApiError(409, 'conflict', `the same claim already exists: ${id}`)
    tx.insert(claims)
      .values({
        id,
        articleId: article.id,
        eventId: article.eventId,
        kind: input.kind,
        claimantId: input.claimant,
        targetId: input.target,
        ...texts,
        stance: input.stance,
        metric: input.metric,
        value: input.value,
        qualifier: input.qualifier,
        quote: input.quote,
        ...evidence,
        method: 'curated',
        confidence: 1,
      })
      .run()
    const after = claimById(tx, id)!
    recordChange(tx, { actor, action: 'create', resource: 'claim', id, before: null, after })
    return after
  })
}
