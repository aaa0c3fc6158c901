import { and, desc, eq, lt, type SQL } from 'drizzle-orm'
import type { AuditQuery } from '../domain/api.js'
import type { Db } from '../db/open.js'
import { audit } from '../db/schema.js'
import type { Tx } from '../ingest/persist.js'
import { decodeCursor, paginate } from '../queries/cursor.js'

export type Resource = 'article' | 'entity' | 'claim' | 'event' | 'alias'

/** Records one change, inside the transaction that makes it. */
export function recordChange(
  tx: Tx,
  change: { actor: string; action: string; resource: Resource; id: string; before: unknown; after: unknown },
): void {
  tx.insert(audit)
    .values({
      at: new Date().toISOString(),
      actor: change.actor,
      action: change.action,
      resource: change.resource,
      resourceId: change.id,
      before: change.before ?? null,
      after: change.after ?? null,
    })
    .run()
}

/** The audit trail, newest first. */
export function listAudit(db: Db, q: AuditQuery) {
  const where: (SQL | undefined)[] = [
    q.resource ? eq(audit.resource, q.resource) : undefined,
    q.id ? eq(audit.resourceId, q.id) : undefined,
  ]
  if (q.cursor) where.push(lt(audit.seq, decodeCursor(q.cursor, ['number'])[0] as number))
  const rows = db.select().from(audit).where(and(...where)).orderBy(desc(audit.seq)).limit(q.limit + 1).all()
  const page = paginate(rows, q.limit, (r) => [r.seq])
  return {
    items: page.items.map((r) => ({
      id: r.seq,
      at: r.at,
      actor: r.actor,
      action: r.action,
      resource: r.resource,
      resource_id: r.resourceId,
      before: r.before,
      after: r.after,
    })),
    next_cursor: page.next_cursor,
  }
}
