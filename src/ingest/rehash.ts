// The data half of migration 0008: content hashes over the reader's form of the text. SQLite has no
// SHA-256, so the SQL migration only adds `hash_version` (0 on every existing row); this hashes the
// rows still at 0 again and merges the duplicates the new hash reveals. The server and the ingest
// CLI run it after migrating; it does nothing once every row is at the current version.
import type { Db } from '../db/open.js'
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
  const sqlite = db.$client
  const report: RehashReport = { rehashed: 0, merged: [] }
  const pending = sqlite.prepare('SELECT count(*) AS n FROM articles WHERE hash_version < ?').get(CONTENT_HASH_VERSION) as { n: number }
  if (pending.n === 0) return report
  type Row = { seq: number; id: string; title: string | null; outlet: string | null; content_hash: string }
  const batch = sqlite.prepare('SELECT seq, id, title, outlet, text, content_hash FROM articles WHERE hash_version < ? AND seq > ? ORDER BY seq LIMIT 500')
  const holder = sqlite.prepare('SELECT seq, id, title, outlet, content_hash FROM articles WHERE content_hash = ? AND seq <> ?')
  const curated = sqlite.prepare("SELECT count(*) AS n FROM claims WHERE article_id = ? AND method = 'curated'")
  const update = sqlite.prepare('UPDATE articles SET content_hash = ?, hash_version = ? WHERE seq = ?')
  const remove = sqlite.prepare('DELETE FROM articles WHERE seq = ?')
  const curatedOf = (id: string) => (curated.get(id) as { n: number }).n
  db.transaction((tx) => {
    let after = 0
    for (;;) {
      const rows = batch.all(CONTENT_HASH_VERSION, after) as (Row & { text: string })[]
      if (rows.length === 0) break
      after = rows[rows.length - 1]!.seq
      for (const row of rows) {
        const hash = contentHashOf(row.text)
        const other = holder.get(hash, row.seq) as Row | undefined
        let keep: Row = row
        if (other) {
          const rowFirst = curatedOf(row.id) > curatedOf(other.id) || (curatedOf(row.id) === curatedOf(other.id) && row.seq < other.seq)
          keep = rowFirst ? row : other
          const drop = rowFirst ? other : row
          remove.run(drop.seq)
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
          update.run(hash, CONTENT_HASH_VERSION, row.seq)
          report.rehashed++
        }
      }
    }
  })
  return report
}
