import { eq } from 'drizzle-orm'
import type { Db } from '../db/open.js'
import { articles } from '../db/schema.js'
import { recordChange } from './audit.js'

/**
 * Deletes an article with its mentions and claims (the schema's cascades), and records it in the
 * audit trail in the same transaction: action `delete`, before = the article's id, content hash,
 * title, outlet, url, date and event. Returns false when there is no such article.
 */
export function deleteArticleAudited(db: Db, id: string, actor: string): boolean {
  return db.transaction((tx) => {
    const before = tx
      .select({
        content_hash: articles.contentHash,
        title: articles.title,
        outlet: articles.outlet,
        url: articles.url,
        published_at: articles.publishedAt,
        event: articles.eventId,
      })
      .from(articles)
      .where(eq(articles.id, id))
      .get()
    if (!before) return false
    tx.delete(articles).where(eq(articles.id, id)).run()
    recordChange(tx, { actor, action: 'delete', resource: 'article', id, before, after: null })
    return true
  })
}
