import { and, eq, sql } from 'drizzle-orm'
import type { EntityDetail, EntityPatch } from '../domain/api.js'
import { ApiError, badRequest, notFound } from '../domain/errors.js'
import type { Db } from '../db/open.js'
import { claims, entities, entityAliases, entityRedirects, events, mentions } from '../db/schema.js'
import { findEntityByAlias, type Tx } from '../ingest/persist.js'
import { getEntity } from '../queries/entities.js'
import { recordChange } from './audit.js'
import { requireEntity } from './claims.js'

/**
 * An entity's own fields and aliases: what the audit trail keeps and what the checks read. Two small
 * queries, where the full profile (getEntity) counts mentions and co-mentions across articles. Read
 * through the writing transaction, which alone sees its own uncommitted changes on a pool.
 */
function snapshot(tx: Tx, id: string) {
  const e = tx
    .select({ name: entities.name, kind: entities.kind, parent: entities.parentId, description: entities.description, wikidata: entities.wikidata })
    .from(entities)
    .where(eq(entities.id, id))
    .get()
  if (!e) return undefined
  const aliases = tx
    .select({ alias: entityAliases.alias })
    .from(entityAliases)
    .where(eq(entityAliases.entityId, id))
    .orderBy(entityAliases.alias)
    .all()
    .map((a) => a.alias)
  return { ...e, aliases }
}

/** Where a merged entity's id now points, if it was merged. */
export function redirectOf(db: Db, id: string): string | undefined {
  return db.select({ to: entityRedirects.toId }).from(entityRedirects).where(eq(entityRedirects.fromId, id)).get()?.to
}

export function patchEntity(db: Db, id: string, patch: EntityPatch, actor: string): EntityDetail {
  db.transaction((tx) => {
    const before = snapshot(tx, id)
    if (!before) throw notFound('entity', id)
    if (patch.parent !== undefined && patch.parent !== null) {
      requireEntity(tx, 'parent', patch.parent)
      // A parent may not be the entity itself or one of its descendants.
      for (let p: string | null = patch.parent; p; ) {
        if (p === id) throw badRequest('parent', 'would make the entity its own ancestor')
        p = tx.select({ parent: entities.parentId }).from(entities).where(eq(entities.id, p)).get()?.parent ?? null
      }
    }
    const kind = patch.kind ?? before.kind
    if (kind !== before.kind) {
      for (const a of before.aliases) {
        const owner = findEntityByAlias(tx, kind, a)
        if (owner && owner !== id) throw new ApiError(409, 'conflict', `as a ${kind}, the alias "${a}" would clash with entity "${owner}"`)
      }
      tx.update(entityAliases).set({ kind }).where(eq(entityAliases.entityId, id)).run()
    }
    tx.update(entities)
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
        ...(patch.parent !== undefined ? { parentId: patch.parent } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.wikidata !== undefined ? { wikidata: patch.wikidata } : {}),
      })
      .where(eq(entities.id, id))
      .run()
    // The new name is also a surface form to recognize, unless another entity of the kind has it.
    if (patch.name !== undefined && !findEntityByAlias(tx, kind, patch.name)) {
      tx.insert(entityAliases).values({ entityId: id, kind, alias: patch.name }).run()
    }
    recordChange(tx, { actor, action: 'update', resource: 'entity', id, before, after: snapshot(tx, id) })
  })
  return getEntity(db, id)!
}

export function addAlias(db: Db, id: string, alias: string, actor: string): string[] {
  return db.transaction((tx) => {
    const e = snapshot(tx, id)
    if (!e) throw notFound('entity', id)
    const owner = findEntityByAlias(tx, e.kind, alias)
    if (owner === id) return e.aliases
    if (owner) throw new ApiError(409, 'conflict', `"${alias}" is already an alias of the ${e.kind} "${owner}"`)
    tx.insert(entityAliases).values({ entityId: id, kind: e.kind, alias }).run()
    recordChange(tx, { actor, action: 'add', resource: 'alias', id: `${id}/${alias}`, before: null, after: { entity: id, alias } })
    return snapshot(tx, id)!.aliases
  })
}

export function removeAlias(db: Db, id: string, alias: string, actor: string): string[] {
  return db.transaction((tx) => {
    const e = snapshot(tx, id)
    if (!e) throw notFound('entity', id)
    const removed = tx
      .delete(entityAliases)
      .where(and(eq(entityAliases.entityId, id), eq(entityAliases.alias, alias)))
      .run().changes
    if (removed === 0) throw new ApiError(404, 'not_found', `"${alias}" is not an alias of "${id}"`)
    recordChange(tx, { actor, action: 'remove', resource: 'alias', id: `${id}/${alias}`, before: { entity: id, alias }, after: null })
    return snapshot(tx, id)!.aliases
  })
}

/**
 * Merges `id` into `into`: aliases, mentions, claims (as claimant and as target), children and
 * event places move; `id` is deleted and from then on redirects to `into`.
 */
export function mergeEntity(db: Db, id: string, into: string, actor: string): EntityDetail {
  db.transaction((tx) => {
    if (id === into) throw badRequest('into', 'an entity cannot be merged into itself')
    const from = snapshot(tx, id)
    if (!from) throw notFound('entity', id)
    const target = snapshot(tx, into)
    if (!target) throw badRequest('into', `no entity has the id "${into}"`)
    // Each alias moves unless another entity of the target's kind has it. One the merged entity holds
    // under that same kind is moved in place (inserting it again would be a duplicate, and the row
    // would go with the merged entity's cascade).
    for (const alias of from.aliases) {
      const owner = findEntityByAlias(tx, target.kind, alias)
      if (owner === id) {
        tx.update(entityAliases).set({ entityId: into }).where(and(eq(entityAliases.entityId, id), eq(entityAliases.kind, target.kind), eq(entityAliases.alias, alias))).run()
      } else if (!owner) {
        tx.insert(entityAliases).values({ entityId: into, kind: target.kind, alias }).run()
      }
    }
    tx.update(mentions).set({ entityId: into }).where(eq(mentions.entityId, id)).run()
    tx.update(claims).set({ claimantId: into }).where(eq(claims.claimantId, id)).run()
    tx.update(claims).set({ targetId: into }).where(eq(claims.targetId, id)).run()
    tx.update(entities).set({ parentId: null }).where(and(eq(entities.id, into), eq(entities.parentId, id))).run()
    tx.update(entities).set({ parentId: into }).where(eq(entities.parentId, id)).run()
    tx.update(events).set({ placeId: into }).where(eq(events.placeId, id)).run()
    tx.delete(entities).where(eq(entities.id, id)).run()
    // Older redirects to the merged entity follow it to its new home.
    tx.update(entityRedirects).set({ toId: into }).where(eq(entityRedirects.toId, id)).run()
    tx.insert(entityRedirects)
      .values({ fromId: id, toId: into, mergedAt: new Date().toISOString() })
      .onConflictDoUpdate({ target: entityRedirects.fromId, set: { toId: sql`excluded.to_id` } })
      .run()
    recordChange(tx, { actor, action: 'merge', resource: 'entity', id, before: from, after: { into, ...snapshot(tx, into) } })
  })
  return getEntity(db, into)!
}
