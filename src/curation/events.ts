import { eq, sql } from 'drizzle-orm'
import type { EventCreate, EventDetail, EventPatch } from '../domain/api.js'
import { ApiError, badRequest, notFound } from '../domain/errors.js'
import type { Db } from '../db/open.js'
import { articles, claims, events } from '../db/schema.js'
import { slugify } from '../ingest/ids.js'
import type { Tx } from '../ingest/persist.js'
import { getEvent } from '../queries/events.js'
import { recordChange } from './audit.js'
import { requireEntity, requireEvent } from './claims.js'

/** An event's own fields, read through the writing transaction (which alone sees its changes on a pool). */
const snapshot = (tx: Tx, id: string) => {
  const e = getEvent(tx, id)
  return e && { name: e.name, slug: e.slug, date: e.date, place: e.place?.id ?? null, parent: e.parent?.id ?? null, description: e.description }
}

function checkParent(tx: Tx, id: string | null, parent: string | null | undefined) {
  requireEvent(tx, 'parent', parent)
  for (let p = parent ?? null; p; ) {
    if (p === id) throw badRequest('parent', 'would make the event its own ancestor')
    p = tx.select({ parent: events.parentId }).from(events).where(eq(events.id, p)).get()?.parent ?? null
  }
}

export function createEvent(db: Db, input: EventCreate, actor: string): EventDetail {
  return db.transaction((tx) => {
    const slug = input.slug ?? slugify(`${input.name}${input.date ? ` ${input.date.slice(0, 4)}` : ''}`)
    if (tx.select({ id: events.id }).from(events).where(eq(events.slug, slug)).get()) {
      throw new ApiError(409, 'conflict', `an event with the slug "${slug}" exists; choose another slug`)
    }
    requireEntity(tx, 'place', input.place)
    checkParent(tx, null, input.parent)
    tx.insert(events)
      .values({ id: slug, slug, name: input.name, date: input.date, placeId: input.place, parentId: input.parent, description: input.description })
      .run()
    recordChange(tx, { actor, action: 'create', resource: 'event', id: slug, before: null, after: snapshot(tx, slug) })
    return getEvent(tx, slug)!
  })
}

export function patchEvent(db: Db, id: string, patch: EventPatch, actor: string): EventDetail {
  return db.transaction((tx) => {
    const before = snapshot(tx, id)
    if (!before) throw notFound('event', id)
    requireEntity(tx, 'place', patch.place)
    if (patch.parent !== undefined) checkParent(tx, id, patch.parent)
    tx.update(events)
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.date !== undefined ? { date: patch.date } : {}),
        ...(patch.place !== undefined ? { placeId: patch.place } : {}),
        ...(patch.parent !== undefined ? { parentId: patch.parent } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
      })
      .where(eq(events.id, id))
      .run()
    recordChange(tx, { actor, action: 'update', resource: 'event', id, before, after: snapshot(tx, id) })
    return getEvent(tx, id)!
  })
}

/** Moves an article, and the claims it reports about its event, to another event (or none). */
export function setArticleEvent(db: Db, articleId: string, eventId: string | null, actor: string) {
  return db.transaction((tx) => {
    const article = tx.select({ eventId: articles.eventId }).from(articles).where(eq(articles.id, articleId)).get()
    if (!article) throw notFound('article', articleId)
    requireEvent(tx, 'event', eventId)
    tx.update(articles).set({ eventId }).where(eq(articles.id, articleId)).run()
    // Figures the pipeline tied to another event (event null) stay apart when the article has one.
    tx.update(claims)
      .set({ eventId })
      .where(sql`${claims.articleId} = ${articleId} AND ${claims.eventId} IS ${article.eventId}`)
      .run()
    recordChange(tx, { actor, action: 'move', resource: 'article', id: articleId, before: { event: article.eventId }, after: { event: eventId } })
    return { article: articleId, event: eventId }
  })
}
