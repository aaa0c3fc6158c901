import { and, asc, eq, sql } from 'drizzle-orm'
import type { Db, Handle } from '../db/open.js'
import { prepared } from '../db/prepared.js'
import { claimDocs, claims, documents } from '../db/schema.js'
import { getArticle } from './articles.js'
import { selectClaims, toClaim } from './claims.js'
import { getEntity } from './entities.js'

// The per-id reads answer from `documents`: each answer rendered once and kept until a row it
// shows changes (migrations/0005_documents.sql deletes it then, in the writing transaction), so a
// read is one lookup instead of the 5 (article) to 28 (entity profile) queries that render it.

export type DocumentKind = (typeof documents.kind.enumValues)[number]

const RENDER: Record<DocumentKind, (db: Handle, id: string) => object | undefined> = {
  article: getArticle,
  entity: getEntity,
}

/** The answer as the read renders it now, as JSON; undefined when there is no such row. */
export function renderDocument(db: Handle, kind: DocumentKind, id: string): string | undefined {
  const answer = RENDER[kind](db, id)
  return answer === undefined ? undefined : JSON.stringify(answer)
}

const queries = (db: Handle) =>
  prepared(db, 'documents', () => {
    const where = and(eq(documents.kind, sql.placeholder('kind')), eq(documents.id, sql.placeholder('id')))
    return {
      // As bytes: the answer is written as it is kept, never decoded into a JavaScript string.
      read: db.select({ body: sql<Buffer>`CAST(${documents.body} AS BLOB)` }).from(documents).where(where).prepare(),
      write: db
        .insert(documents)
        .values({ kind: sql.placeholder('kind'), id: sql.placeholder('id'), body: sql.placeholder('body') })
        .onConflictDoUpdate({ target: [documents.kind, documents.id], set: { body: sql`excluded.body` } })
        .prepare(),
    }
  })

/**
 * Renders and keeps the document of one row, inside the caller's transaction (pass the transaction's
 * handle: it renders from the rows the transaction wrote): the ingest calls it after writing an
 * article, so that its first read is a lookup too.
 */
export function storeDocument(db: Handle, kind: DocumentKind, id: string): string | undefined {
  const body = renderDocument(db, kind, id)
  if (body !== undefined) queries(db).write.run({ kind, id, body })
  return body
}

/**
 * The JSON answer of a per-id read: the kept document, or one rendered now. A rendered one is kept
 * when the database takes a write at once (never waiting on another writer, never on a read-only
 * file); it is rendered inside that write transaction, so no commit can slip between what it shows
 * and its storing.
 */
export function readDocument(db: Db, kind: DocumentKind, id: string): Buffer | undefined {
  const kept = queries(db).read.get({ kind, id })
  if (kept) return kept.body
  const body = renderOrStore(db, kind, id)
  return body === undefined ? undefined : Buffer.from(body)
}

/** A document not kept: rendered, and kept if the database takes the write at once. */
function renderOrStore(db: Db, kind: DocumentKind, id: string): string | undefined {
  const sqlite = db.$client
  if (sqlite.inTransaction || sqlite.readonly) return renderDocument(db, kind, id)
  const timeout = sqlite.pragma('busy_timeout', { simple: true }) as number
  sqlite.pragma('busy_timeout = 0')
  try {
    sqlite.exec('BEGIN IMMEDIATE')
  } catch {
    // Another connection is writing: answer without keeping it.
    return renderDocument(db, kind, id)
  } finally {
    sqlite.pragma(`busy_timeout = ${timeout}`)
  }
  try {
    const body = storeDocument(db, kind, id)
    sqlite.exec('COMMIT')
    return body
  } catch (err) {
    sqlite.exec('ROLLBACK')
    throw err
  }
}

export interface Drift {
  /** Which rendering: `claim <seq>`, `article <id>`, `entity <id>`. */
  key: string
  kept: string | null
  now: string | null
}

/**
 * Kept renderings that differ from rendering now (at most `limit`): empty when the triggers of
 * migrations/0005_documents.sql kept every claim_docs row and every document in step.
 */
export function documentDrift(db: Db, limit = 5): Drift[] {
  const drift: Drift[] = []
  const keptClaims = new Map(db.select().from(claimDocs).all().map((d) => [d.seq, d.body]))
  for (const row of selectClaims(db).orderBy(asc(claims.seq)).all()) {
    const now = JSON.stringify(toClaim(row))
    const kept = keptClaims.get(row.seq) ?? null
    if (kept !== now) drift.push({ key: `claim ${row.seq}`, kept, now })
    keptClaims.delete(row.seq)
  }
  for (const [seq, kept] of keptClaims) drift.push({ key: `claim ${seq}`, kept, now: null })
  for (const d of db.select().from(documents).all()) {
    const now = renderDocument(db, d.kind, d.id) ?? null
    if (now !== d.body) drift.push({ key: `${d.kind} ${d.id}`, kept: d.body, now })
  }
  return drift.slice(0, limit)
}
