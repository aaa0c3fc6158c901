// The data half of migration 0008: content hashes over the reader's form of the text. SQLite has no
// SHA-256, so the SQL migration only adds `hash_version` (0 on every existing row); this hashes the
// rows still at 0 again and merges the duplicates the new hash reveals. The server and the ingest
// CLI run it after migrating; it does nothing once every row is at the current version.
import { and, asc, count, eq, gt, lt, ne } from 'drizzle-orm'
import type { Db } from '../db/open.js'
import { articles, claims } from '../db/schema.js'
import { recordChange } from '../curation/audit.js'
import { CONTENT_HASH_VERSION, contentHashOf } from './ids.js'

export interface RehashReport {
  /** Articles whose content hash was computed again (a duplicate removed afterwards included). */
  rehashed: number
  /** Each duplicate removed, with the article it was merged into (which keeps its id and rows). */
  merged: { kept: string; removed: string; title: string | null }[]
}

/** Who the audit trail names for the merges this makes. */
export const REHASH_ACTOR = 'migration 0008'

/**
 * Hashes again every article whose content hash predates CONTENT_HASH_VERSION, in one transaction.
 * Two articles whose texts a reader sees as the same (they differ in whitespace, line endings or
 * Unicode normalization) are one article: the one with more curated claims is kept, else the older;
 * the other is deleted with its mentions and claims, and each deletion is an audit entry
 * (`merge-duplicate`, actor "migration 0008", before: the removed article, after: the kept one).
 */
export function rehashArticles(db: Db): RehashReport {
  const report: RehashReport = { rehashed: 0, merged: [] }
  const pending = db.select({ n: count() }).from(articles).where(lt(articles.hashVersion, CONTENT_HASH_VERSION)).get()!
  if (pending.n === 0) return report
  const summary = { seq: articles.seq, id: articles.id, title: articles.title, outlet: articles.outlet, content_hash: articles.contentHash }
  type Row = { seq: number; id: string; title: string | null; outlet: string | null; content_hash: string }
  // Every statement goes through the transaction's handle: on a connection pool `db` would be
  // another connection, outside the transaction (test/ingest/rehash-pool.test.ts).
  db.transaction((tx) => {
    const curatedOf = (id: string) =>
      tx.select({ n: count() }).from(claims).where(and(eq(claims.articleId, id), eq(claims.method, 'curated'))).get()!.n
    let after = 0
    for (;;) {
      const rows: (Row & { text: string })[] = tx
        .select({ ...summary, text: articles.text })
        .from(articles)
        .where(and(lt(articles.hashVersion, CONTENT_HASH_VERSION), gt(articles.seq, after)))
        .orderBy(asc(articles.seq))
        .limit(500)
        .all()
      if (rows.length === 0) break
      after = rows[rows.length - 1]!.seq
      for (const row of rows) {
        const hash = contentHashOf(row.text)
        const other: Row | undefined = tx
          .select(summary)
          .from(articles)
          .where(and(eq(articles.contentHash, hash), ne(articles.seq, row.seq)))
          .get()
        let keep: Row = row
        if (other) {
          const rowFirst = curatedOf(row.id) > curatedOf(other.id) || (curatedOf(row.id) === curatedOf(other.id) && row.seq < other.seq)
          keep = rowFirst ? row : other
          const drop = rowFirst ? other : row
          tx.delete(articles).where(eq(articles.seq, drop.seq)).run()
          recordChange(tx, {
            actor: REHASH_ACTOR,
            action: 'merge-duplicate',
            resource: 'article',
            id: drop.id,
            before: { id: drop.id, title: drop.title, outlet: drop.outlet, content_hash: drop.content_hash },
            after: { merged_into: keep.id, content_hash: hash },
          })
          report.merged.push({ kept: keep.id, removed: drop.id, title: drop.title })
        }
        if (keep === row) {
          tx.update(articles).set({ contentHash: hash, hashVersion: CONTENT_HASH_VERSION }).where(eq(articles.seq, row.seq)).run()
          report.rehashed++
        }
      }
    }
  })
  return report
}
