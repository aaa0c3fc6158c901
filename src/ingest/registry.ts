import { asc } from 'drizzle-orm'
import type { Db } from '../db/open.js'
import { entities, entityAliases } from '../db/schema.js'
import type { Registry, RegistryEntity } from '../domain/extraction.js'

/** Every entity with its aliases: what the pipeline matches new articles against. */
export function loadRegistry(db: Db): Registry {
  const byId = new Map<string, RegistryEntity>()
  for (const e of db
    .select({ id: entities.id, name: entities.name, kind: entities.kind, parentId: entities.parentId })
    .from(entities)
    .orderBy(asc(entities.seq))
    .all()) {
    byId.set(e.id, { ...e, aliases: [] })
  }
  for (const a of db
    .select({ entityId: entityAliases.entityId, alias: entityAliases.alias })
    .from(entityAliases)
    .orderBy(asc(entityAliases.seq))
    .all()) {
    byId.get(a.entityId)?.aliases.push(a.alias)
  }
  return { entities: [...byId.values()] }
}
