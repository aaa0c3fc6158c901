import { sql } from 'drizzle-orm'
import { RESPONSIBILITY_CLAIMS, type Claim, type Responsibility, type ResponsibilityQuery } from '../domain/api.js'
import type { Db } from '../db/open.js'
import { prepared } from '../db/prepared.js'
import { claimRowsBySeq, toClaim } from './claims.js'
import { badRequest } from '../domain/errors.js'
import { decodeCursor, paginate } from './cursor.js'

type By = ResponsibilityQuery['by']
/** A page of groups; `claims` per group defaults to RESPONSIBILITY_CLAIMS. */
type GroupsQuery = Omit<ResponsibilityQuery, 'claims'> & { claims?: number }

/**
 * A claimant's or target's group key: its entity id, or for a party kept as written ("the
 * organisers", "Survivors") its normalized text — lowercased, a leading "the " dropped — after a
 * double quote, which no entity id holds. Such a group's key is { id: null, name: the text }.
 */
const partyKey = (entityColumn: string, textColumn: string) =>
  `coalesce(${entityColumn}, '"' || CASE WHEN lower(trim(${textColumn})) LIKE 'the %' THEN substr(lower(trim(${textColumn})), 5) ELSE lower(trim(${textColumn})) END)`
const CLAIMANT_KEY = partyKey('c.claimant_id', 'c.claimant_text')
const TARGET_KEY = partyKey('c.target_id', 'c.target_text')
const isWrittenKey = (id: string | null) => id !== null && id.startsWith('"')

/**
 * Group keys by claimant, target or outlet, by name (the article's own voice / unknown outlet
 * first): the event's distinct keys first (claimants and targets from the covering index
 * claims_event_targets_idx, no table row read), then their names, sorted and keyset-paginated.
 * Grouping the event's claims with their joins cost 0.2–0.4 s on an event of 15,000 articles.
 */
function namedKeys(db: Db, eventId: string, q: GroupsQuery) {
  const after = q.cursor ? decodeCursor(q.cursor, ['string', 'string']) : null
  const distinct =
    q.by === 'outlet'
      ? sql`SELECT DISTINCT a.outlet AS id, a.outlet AS name
            FROM claims c JOIN articles a ON a.id = c.article_id
            WHERE c.event_id = ${eventId} AND c.kind = 'responsibility'`
      : sql`SELECT k.id AS id, coalesce(e.name, k.written) AS name
            FROM (SELECT ${sql.raw(q.by === 'claimant' ? CLAIMANT_KEY : TARGET_KEY)} AS id,
                         min(${sql.raw(q.by === 'claimant' ? 'c.claimant_text' : 'c.target_text')}) AS written
                  FROM claims c WHERE c.event_id = ${eventId} AND c.kind = 'responsibility' GROUP BY 1) k
            LEFT JOIN entities e ON e.id = k.id`
  return db.all<{ sort: string; id: string | null; name: string | null }>(sql`
    SELECT coalesce(name, '') AS sort, id, name FROM (${distinct})
    ${after ? sql`WHERE (coalesce(name, ''), coalesce(id, '')) > (${after[0]}, ${after[1]})` : sql``}
    ORDER BY sort, coalesce(id, '') LIMIT ${q.limit + 1}`)
}

/**
 * Group keys by article, read from the event's articles in stored order (an index walk that stops
 * after one page) rather than by grouping all of the event's claims: an event of thousands of
 * articles costs no more than a small one.
 */
function articleKeys(db: Db, eventId: string, q: GroupsQuery) {
  const after = q.cursor ? Number(decodeCursor(q.cursor, ['string', 'string'])[0]) : null
  if (after !== null && !Number.isSafeInteger(after)) throw badRequest('cursor', 'is not a cursor this API issued')
  // SQLite-specific planning hints: walk the event's articles in stored order (INDEXED BY) and probe
  // each one's claims by article (unary + keeps the event's claim indexes out of the EXISTS), so a
  // page costs the same on an event of 15,000 articles as on one of five.
  return db.all<{ sort: string; id: string | null; name: string | null }>(sql`
    SELECT printf('%012d', a.seq) AS sort, a.id AS id, a.title AS name
    FROM articles a INDEXED BY articles_event_idx
    WHERE a.event_id = ${eventId} ${after !== null ? sql`AND a.seq > ${after}` : sql``}
      AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND +c.kind = 'responsibility' AND +c.event_id = ${eventId})
    ORDER BY a.seq LIMIT ${q.limit + 1}`)
}

/** The column of the claims table, or of its article, that names a claim's group. */
const KEY_COLUMN: Record<By, string> = { article: 'c.article_id', claimant: CLAIMANT_KEY, outlet: 'a.outlet', target: TARGET_KEY }

/**
 * The first `per` claims (by seq) of each group on a page, and how many each group has: numbered
 * over the claims index alone (articles joined for outlets only), so that a group of thousands of
 * claims costs an index walk, not thousands of claims read whole. Prepared once per connection
 * and grouping; the page's keys are a JSON array.
 */
function groupClaimSeqs(db: Db, by: By, withIds: boolean, withNull: boolean) {
  return prepared(db, `responsibility-claims:${by}:${withIds}:${withNull}`, () => {
    const key = KEY_COLUMN[by]
    const keyMatch = [withIds ? `${key} IN (SELECT value FROM json_each(@ids))` : '', withNull ? `${key} IS NULL` : '']
      .filter(Boolean)
      .join(' OR ')
    // By article, the page's claims are found through each article (unary +: not the event's index).
    const scope = by === 'article' ? `+c.event_id = @eventId AND +c.kind = 'responsibility'` : `c.event_id = @eventId AND c.kind = 'responsibility'`
    return db.$client.prepare<{ eventId: string; ids: string; per: number }, { seq: number; key: string | null; total: number }>(`
      SELECT seq, key, total FROM (
        SELECT c.seq AS seq, ${key} AS key,
               row_number() OVER (PARTITION BY ${key} ORDER BY c.seq) AS n,
               count(*) OVER (PARTITION BY ${key}) AS total
        FROM claims c ${by === 'outlet' ? 'JOIN articles a ON a.id = c.article_id' : ''}
        WHERE ${scope} AND (${keyMatch})
      ) WHERE n <= @per ORDER BY seq`)
  })
}

/** Responsibility claims about one event, grouped by source; the groups are keyset-paginated. */
export function responsibilityBySource(
  db: Db,
  event: { id: string; name: string },
  q: GroupsQuery,
): Responsibility {
  const keys = q.by === 'article' ? articleKeys(db, event.id, q) : namedKeys(db, event.id, q)
  const page = paginate(keys, q.limit, (k) => [k.sort, k.id ?? ''])

  const ids = page.items.map((k) => k.id).filter((id): id is string => id !== null)
  const hasNull = page.items.some((k) => k.id === null)
  const listed = page.items.length
    ? groupClaimSeqs(db, q.by, ids.length > 0, hasNull).all({ eventId: event.id, ids: JSON.stringify(ids), per: q.claims ?? RESPONSIBILITY_CLAIMS })
    : []
  const rows = claimRowsBySeq(db, listed.map((r) => r.seq))
  const groups = new Map<string | null, { total: number; claims: Claim[] }>(page.items.map((k) => [k.id, { total: 0, claims: [] }]))
  for (const { seq, key, total } of listed) {
    const group = groups.get(key)!
    group.total = total
    group.claims.push(toClaim(rows.get(seq)!))
  }
  return {
    event,
    by: q.by,
    groups: page.items.map((k) => ({ key: { id: isWrittenKey(k.id) ? null : k.id, name: k.name }, claims_total: groups.get(k.id)!.total, claims: groups.get(k.id)!.claims })),
    next_cursor: page.next_cursor,
  }
}
