// What the postgres store's files share (issue 17): the drizzle database types, raw rows, the
// claim select list and its rendering (toClaim, the function SQLite's claim_docs are checked
// against), the audit entry of a write and the existence checks of curation, each on the handle it
// is given (the database, or a write's transaction).
import { and, eq, sql, type SQL } from 'drizzle-orm'
import { alias, type PgDatabase, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core'
import type { ExtractTablesWithRelations } from 'drizzle-orm'
import type { Claim } from '../domain/api.js'
import { badRequest } from '../domain/errors.js'
import type { EntityKind } from '../domain/model.js'
import * as schema from '../db/pg/schema.js'
import { articles, audit, claims, entities, entityAliases, events } from '../db/pg/schema.js'
import { toClaim, type ClaimRow } from '../queries/claims.js'

type Schema = typeof schema
/** A drizzle PostgreSQL database over either driver (node-postgres or PGlite). */
export type PgDb = PgDatabase<PgQueryResultHKT, Schema>
/** The database or one of its transactions: every query of a write runs on its transaction's handle. */
export type PgHandle = PgDb | PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>

export const now = () => new Date().toISOString()
/** A text compared or ordered by bytes, as SQLite's BINARY collation does. */
export const C = (column: SQL | unknown) => sql`${column} COLLATE "C"`
export const claimant = alias(entities, 'claimant')
export const target = alias(entities, 'target')

/** Rows of a raw statement, whichever driver ran it (both answer `{ rows }`). */
export async function rowsOf<T>(h: PgHandle, query: SQL): Promise<T[]> {
  return ((await h.execute(query)) as unknown as { rows: T[] }).rows
}

/** The claim select list and joins of queries/claims.ts, on PostgreSQL: rows toClaim renders. */
export function selectClaims(h: PgHandle) {
  return h
    .select({
      seq: claims.seq,
      id: claims.id,
      kind: claims.kind,
      articleId: articles.id,
      articleTitle: articles.title,
      articleOutlet: articles.outlet,
      articlePublishedAt: articles.publishedAt,
      articleSeq: articles.seq,
      eventId: events.id,
      eventName: events.name,
      claimantId: claimant.id,
      claimantName: claimant.name,
      claimantKind: claimant.kind,
      claimantText: claims.claimantText,
      targetId: target.id,
      targetName: target.name,
      targetKind: target.kind,
      targetText: claims.targetText,
      stance: claims.stance,
      metric: claims.metric,
      value: claims.value,
      qualifier: claims.qualifier,
      subset: claims.subset,
      quote: claims.quote,
      evidenceText: claims.evidenceText,
      evidenceStart: claims.evidenceStart,
      evidenceEnd: claims.evidenceEnd,
      evidenceStartCp: claims.evidenceStartCp,
      evidenceEndCp: claims.evidenceEndCp,
      method: claims.method,
      confidence: claims.confidence,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(events, eq(events.id, claims.eventId))
    .leftJoin(claimant, eq(claimant.id, claims.claimantId))
    .leftJoin(target, eq(target.id, claims.targetId))
}

export const render = (rows: ClaimRow[]): Claim[] => rows.map(toClaim)

/** Claims by seq, as rows of selectClaims (`= ANY`, where SQLite reads a JSON array). */
export async function claimRowsBySeq(h: PgHandle, seqs: number[]): Promise<Map<number, ClaimRow>> {
  if (seqs.length === 0) return new Map()
  const rows = await selectClaims(h).where(sql`${claims.seq} = ANY(${sql.param(seqs)}::int[])`)
  return new Map(rows.map((r) => [r.seq, r]))
}

export type Resource = 'article' | 'entity' | 'claim' | 'event' | 'alias'

/** Records one change, inside the transaction that makes it (curation/audit.ts's recordChange). */
export async function recordChange(
  tx: PgHandle,
  change: { actor: string; action: string; resource: Resource; id: string; before: unknown; after: unknown },
): Promise<void> {
  await tx.insert(audit).values({
    at: now(),
    actor: change.actor,
    action: change.action,
    resource: change.resource,
    resourceId: change.id,
    before: change.before ?? null,
    after: change.after ?? null,
  })
}

export async function requireEntity(tx: PgHandle, field: string, id: string | null | undefined) {
  if (id && !(await tx.select({ id: entities.id }).from(entities).where(eq(entities.id, id))).length) throw badRequest(field, `no entity has the id "${id}"`)
}

export async function requireEvent(tx: PgHandle, field: string, id: string | null | undefined) {
  if (id && !(await tx.select({ id: events.id }).from(events).where(eq(events.id, id))).length) throw badRequest(field, `no event has the id "${id}"`)
}

export async function findEntityByAlias(tx: PgHandle, kind: EntityKind, name: string): Promise<string | undefined> {
  return (await tx.select({ id: entityAliases.entityId }).from(entityAliases).where(and(eq(entityAliases.kind, kind), eq(entityAliases.alias, name))))[0]?.id
}
