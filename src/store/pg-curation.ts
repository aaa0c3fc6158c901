// Curation of claims and entities on PostgreSQL (issue 17): src/curation/claims.ts and entities.ts
// on a transaction's handle, statement for statement, so that each write answers the same, fails
// with the same ApiError (404, 409, 400 naming the field) and leaves the same rows and audit entry
// as on SQLite (test/store/contract.test.ts). The checks that read no database (a claim's fields
// for its kind, an evidence span against the article's text, a patch's columns) are SQLite's own
// functions. The summaries follow by the triggers of migrations-pg/0001_summaries.sql; answers are
// rendered per read on PostgreSQL, so no kept document goes stale.
//
// Each function runs inside the store's transaction (PostgresStore.transaction) and reads through
// it only: on a pool, another connection would not see the write before it commits.
import { and, eq, sql } from 'drizzle-orm'
import type { Claim, ClaimCreate, ClaimPatch, EntityPatch } from '../domain/api.js'
import { ApiError, badRequest, notFound } from '../domain/errors.js'
import { checkFieldsForKind, evidenceColumns, patchColumns } from '../curation/claims.js'
import { articles, claims, entities, entityAliases, entityRedirects, events, mentions } from '../db/pg/schema.js'
import { claimIdOf, textIdParts } from '../ingest/ids.js'
import { toClaim } from '../queries/claims.js'
import { C, findEntityByAlias, now, recordChange, requireEntity, requireEvent, selectClaims, type PgHandle } from './pg-common.js'

async function claimById(tx: PgHandle, id: string): Promise<Claim | undefined> {
  const [row] = await selectClaims(tx).where(eq(claims.id, id))
  return row ? toClaim(row) : undefined
}

/** curation/claims.ts's patchClaim: the claim corrected by hand becomes `curated`, with full confidence. */
export async function patchClaimIn(tx: PgHandle, id: string, patch: ClaimPatch, actor: string): Promise<Claim> {
  const before = await claimById(tx, id)
  if (!before) throw notFound('claim', id)
  checkFieldsForKind(before.kind, patch, false)
  await requireEntity(tx, 'claimant', patch.claimant)
  await requireEntity(tx, 'target', patch.target)
  await requireEvent(tx, 'event', patch.event)
  const evidence = patch.evidence
    ? evidenceColumns((await tx.select({ text: articles.text }).from(articles).where(eq(articles.id, before.article.id)))[0]!.text, patch.evidence)
    : {}
  await tx
    .update(claims)
    .set({ ...patchColumns(patch), ...evidence, method: 'curated', confidence: 1 })
    .where(eq(claims.id, id))
  const after = (await claimById(tx, id))!
  if (after.kind === 'responsibility' && after.target === null && after.target_text === null) {
    throw badRequest('target', 'a responsibility claim needs target or target_text')
  }
  if (after.kind === 'quote' && after.claimant === null && after.claimant_text === null) {
    throw badRequest('claimant', 'a quote needs its speaker (claimant or claimant_text)')
  }
  await recordChange(tx, { actor, action: 'update', resource: 'claim', id, before, after })
  return after
}

/** curation/claims.ts's createClaim: a claim added by hand; its evidence span must lie in the article's text. */
export async function createClaimIn(tx: PgHandle, input: ClaimCreate, actor: string): Promise<Claim> {
  const [article] = await tx.select({ id: articles.id, text: articles.text, eventId: articles.eventId }).from(articles).where(eq(articles.id, input.article))
  if (!article) throw badRequest('article', `no article has the id "${input.article}"`)
  checkFieldsForKind(input.kind, input, true)
  if (input.kind === 'quote' && !input.claimant && !input.claimant_text) throw badRequest('claimant', 'a quote needs its speaker (claimant or claimant_text)')
  await requireEntity(tx, 'claimant', input.claimant)
  await requireEntity(tx, 'target', input.target)
  const evidence = evidenceColumns(article.text, input.evidence)
  const { evidenceStart: start, evidenceEnd: end } = evidence
  const texts = { claimantText: input.claimant_text, targetText: input.target_text, subset: input.subset }
  const id = claimIdOf(article.id, [input.kind, start, end, input.claimant, input.target, input.stance, input.metric, input.value, input.qualifier, ...textIdParts(texts)])
  if (await claimById(tx, id)) throw new ApiError(409, 'conflict', `the same claim already exists: ${id}`)
  await tx.insert(claims).values({
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
  const after = (await claimById(tx, id))!
  await recordChange(tx, { actor, action: 'create', resource: 'claim', id, before: null, after })
  return after
}

/** An entity's own fields and aliases (byte order, as SQLite's): what the audit trail keeps and the checks read. */
async function entitySnapshot(tx: PgHandle, id: string) {
  const [e] = await tx
    .select({ name: entities.name, kind: entities.kind, parent: entities.parentId, description: entities.description, wikidata: entities.wikidata })
    .from(entities)
    .where(eq(entities.id, id))
  if (!e) return undefined
  const aliases = await tx.select({ alias: entityAliases.alias }).from(entityAliases).where(eq(entityAliases.entityId, id)).orderBy(C(entityAliases.alias))
  return { ...e, aliases: aliases.map((a) => a.alias) }
}

/** curation/entities.ts's patchEntity (the profile is read by the caller after the commit). */
export async function patchEntityIn(tx: PgHandle, id: string, patch: EntityPatch, actor: string): Promise<void> {
  const before = await entitySnapshot(tx, id)
  if (!before) throw notFound('entity', id)
  if (patch.parent !== undefined && patch.parent !== null) {
    await requireEntity(tx, 'parent', patch.parent)
    // A parent may not be the entity itself or one of its descendants.
    for (let p: string | null = patch.parent; p; ) {
      if (p === id) throw badRequest('parent', 'would make the entity its own ancestor')
      p = (await tx.select({ parent: entities.parentId }).from(entities).where(eq(entities.id, p)))[0]?.parent ?? null
    }
  }
  const kind = patch.kind ?? before.kind
  if (kind !== before.kind) {
    for (const a of before.aliases) {
      const owner = await findEntityByAlias(tx, kind, a)
      if (owner && owner !== id) throw new ApiError(409, 'conflict', `as a ${kind}, the alias "${a}" would clash with entity "${owner}"`)
    }
    await tx.update(entityAliases).set({ kind }).where(eq(entityAliases.entityId, id))
  }
  await tx
    .update(entities)
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.parent !== undefined ? { parentId: patch.parent } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.wikidata !== undefined ? { wikidata: patch.wikidata } : {}),
    })
    .where(eq(entities.id, id))
  // The new name is also a surface form to recognize, unless another entity of the kind has it.
  if (patch.name !== undefined && !(await findEntityByAlias(tx, kind, patch.name))) {
    await tx.insert(entityAliases).values({ entityId: id, kind, alias: patch.name })
  }
  await recordChange(tx, { actor, action: 'update', resource: 'entity', id, before, after: await entitySnapshot(tx, id) })
}

/** curation/entities.ts's addAlias: the entity's aliases after; 409 when another entity of its kind has it. */
export async function addAliasIn(tx: PgHandle, id: string, alias: string, actor: string): Promise<string[]> {
  const e = await entitySnapshot(tx, id)
  if (!e) throw notFound('entity', id)
  const owner = await findEntityByAlias(tx, e.kind, alias)
  if (owner === id) return e.aliases
  if (owner) throw new ApiError(409, 'conflict', `"${alias}" is already an alias of the ${e.kind} "${owner}"`)
  await tx.insert(entityAliases).values({ entityId: id, kind: e.kind, alias })
  await recordChange(tx, { actor, action: 'add', resource: 'alias', id: `${id}/${alias}`, before: null, after: { entity: id, alias } })
  return (await entitySnapshot(tx, id))!.aliases
}

/** curation/entities.ts's removeAlias: the entity's aliases after; 404 when it has no such alias. */
export async function removeAliasIn(tx: PgHandle, id: string, alias: string, actor: string): Promise<string[]> {
  const e = await entitySnapshot(tx, id)
  if (!e) throw notFound('entity', id)
  const removed = await tx
    .delete(entityAliases)
    .where(and(eq(entityAliases.entityId, id), eq(entityAliases.alias, alias)))
    .returning({ seq: entityAliases.seq })
  if (removed.length === 0) throw new ApiError(404, 'not_found', `"${alias}" is not an alias of "${id}"`)
  await recordChange(tx, { actor, action: 'remove', resource: 'alias', id: `${id}/${alias}`, before: { entity: id, alias }, after: null })
  return (await entitySnapshot(tx, id))!.aliases
}

/**
 * curation/entities.ts's mergeEntity: aliases, mentions, claims (as claimant and as target),
 * children and event places move to `into`; `id` is deleted and redirects to `into`. The statements
 * run in SQLite's order, the merged entity deleted before older redirects to it are moved: its
 * delete cascades them away first, on both stores (see docs/storage.md §6).
 */
export async function mergeEntityIn(tx: PgHandle, id: string, into: string, actor: string): Promise<void> {
  if (id === into) throw badRequest('into', 'an entity cannot be merged into itself')
  const from = await entitySnapshot(tx, id)
  if (!from) throw notFound('entity', id)
  const target = await entitySnapshot(tx, into)
  if (!target) throw badRequest('into', `no entity has the id "${into}"`)
  for (const alias of from.aliases) {
    const owner = await findEntityByAlias(tx, target.kind, alias)
    if (owner === id) {
      await tx
        .update(entityAliases)
        .set({ entityId: into })
        .where(and(eq(entityAliases.entityId, id), eq(entityAliases.kind, target.kind), eq(entityAliases.alias, alias)))
    } else if (!owner) {
      await tx.insert(entityAliases).values({ entityId: into, kind: target.kind, alias })
    }
  }
  await tx.update(mentions).set({ entityId: into }).where(eq(mentions.entityId, id))
  await tx.update(claims).set({ claimantId: into }).where(eq(claims.claimantId, id))
  await tx.update(claims).set({ targetId: into }).where(eq(claims.targetId, id))
  await tx.update(entities).set({ parentId: null }).where(and(eq(entities.id, into), eq(entities.parentId, id)))
  await tx.update(entities).set({ parentId: into }).where(eq(entities.parentId, id))
  await tx.update(events).set({ placeId: into }).where(eq(events.placeId, id))
  await tx.delete(entities).where(eq(entities.id, id))
  await tx.update(entityRedirects).set({ toId: into }).where(eq(entityRedirects.toId, id))
  await tx
    .insert(entityRedirects)
    .values({ fromId: id, toId: into, mergedAt: now() })
    .onConflictDoUpdate({ target: entityRedirects.fromId, set: { toId: sql`excluded.to_id` } })
  await recordChange(tx, { actor, action: 'merge', resource: 'entity', id, before: from, after: { into, ...(await entitySnapshot(tx, into)) } })
}
