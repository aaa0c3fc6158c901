// The reads over one event's claims on PostgreSQL (issue 17): responsibility by source, figures and
// disputes, each the same answer, byte for byte, as the sqlite store's (src/queries/responsibility.ts,
// figures.ts and disputes.ts are the definitions; test/store/contract.test.ts compares them), and
// bounded the same way whatever the event's size (DESIGN §4): group keys are a keyset page, each
// group lists its first `claims` claims by a window over the claims of the page's keys, figures
// and disputes read the summary tables (event_figure_stats, event_target_stats, kept by the
// triggers of migrations-pg/0001_summaries.sql) and walk the event's articles in publication
// order only as far as a page.
//
// Where SQLite's answer follows an order the query does not spell out (a sample's LIMIT without
// ORDER BY reads rows in the order of the index SQLite walks), the order is written here: the same
// rows in the same order.
import { and, asc, desc, eq, inArray, isNotNull, isNull, max, min, sql, sum, type SQL } from 'drizzle-orm'
import { RESPONSIBILITY_CLAIMS, type Claim, type Disputes, type Figures, type Responsibility, type ResponsibilityQuery } from '../domain/api.js'
import { badRequest } from '../domain/errors.js'
import { ABOUT_TOLERANCE, CONSISTENCY_RULE, intersect, intervalOf } from '../domain/intervals.js'
import { METRICS, type Metric, type Qualifier, type Stance } from '../domain/model.js'
import { articles, claims, eventFigureStats, eventTargetStats } from '../db/pg/schema.js'
import { toClaim, type ClaimRow } from '../queries/claims.js'
import { decodeCursor, paginate } from '../queries/cursor.js'
import { C, claimant, claimRowsBySeq, rowsOf, target, type PgHandle } from './pg-common.js'

type EventRef = { id: string; name: string }

// Responsibility --------------------------------------------------------------------------------

type By = ResponsibilityQuery['by']
type GroupsQuery = Omit<ResponsibilityQuery, 'claims'> & { claims?: number }
type Key = { sort: string; id: string | null; name: string | null }

/**
 * A claimant's or target's group key, as queries/responsibility.ts writes it: its entity id, or a
 * party kept as written lowercased, a leading "the " dropped, after a double quote. `lower()` of a
 * "C" collated text folds ASCII letters only, as SQLite's lower() does, so the keys of non-ASCII
 * written parties are the same on both stores.
 */
const partyKey = (entityColumn: string, textColumn: string) => {
  const lowered = `lower(trim(${textColumn}) COLLATE "C")`
  return `coalesce(${entityColumn}, '"' || CASE WHEN ${lowered} LIKE 'the %' THEN substr(${lowered}, 5) ELSE ${lowered} END)`
}
const CLAIMANT_KEY = partyKey('c.claimant_id', 'c.claimant_text')
const TARGET_KEY = partyKey('c.target_id', 'c.target_text')
const isWrittenKey = (id: string | null) => id !== null && id.startsWith('"')

/** Group keys by claimant, target or outlet, by name in byte order (SQLite's BINARY), keyset-paginated. */
function namedKeys(h: PgHandle, eventId: string, q: GroupsQuery): Promise<Key[]> {
  const after = q.cursor ? decodeCursor(q.cursor, ['string', 'string']) : null
  const distinct =
    q.by === 'outlet'
      ? sql`SELECT DISTINCT a.outlet AS id, a.outlet AS name
            FROM claims c JOIN articles a ON a.id = c.article_id
            WHERE c.event_id = ${eventId} AND c.kind = 'responsibility'`
      : sql`SELECT k.id AS id, coalesce(e.name, k.written) AS name
            FROM (SELECT ${sql.raw(q.by === 'claimant' ? CLAIMANT_KEY : TARGET_KEY)} AS id,
                         min(${sql.raw(q.by === 'claimant' ? 'c.claimant_text' : 'c.target_text')} COLLATE "C") AS written
                  FROM claims c WHERE c.event_id = ${eventId} AND c.kind = 'responsibility' GROUP BY 1) k
            LEFT JOIN entities e ON e.id = k.id`
  return rowsOf<Key>(
    h,
    sql`SELECT coalesce(name, '') COLLATE "C" AS sort, id, name FROM (${distinct}) d
        ${after ? sql`WHERE (coalesce(name, '') COLLATE "C", coalesce(id, '') COLLATE "C") > (${after[0]}, ${after[1]})` : sql``}
        ORDER BY sort, coalesce(id, '') COLLATE "C" LIMIT ${q.limit + 1}`,
  )
}

/** Group keys by article: the event's articles in stored order that have a responsibility claim, one page. */
function articleKeys(h: PgHandle, eventId: string, q: GroupsQuery): Promise<Key[]> {
  const after = q.cursor ? Number(decodeCursor(q.cursor, ['string', 'string'])[0]) : null
  if (after !== null && !Number.isSafeInteger(after)) throw badRequest('cursor', 'is not a cursor this API issued')
  // lpad(seq, 12, '0') is SQLite's printf('%012d', seq): the cursors of both stores read alike.
  return rowsOf<Key>(
    h,
    sql`SELECT lpad(a.seq::text, 12, '0') AS sort, a.id AS id, a.title AS name
        FROM articles a
        WHERE a.event_id = ${eventId} ${after !== null ? sql`AND a.seq > ${after}` : sql``}
          AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND c.kind = 'responsibility' AND c.event_id = ${eventId})
        ORDER BY a.seq LIMIT ${q.limit + 1}`,
  )
}

const KEY_COLUMN: Record<By, string> = { article: 'c.article_id', claimant: CLAIMANT_KEY, outlet: 'a.outlet', target: TARGET_KEY }

/** The first `per` claims (by seq) of each group of a page, with each group's total. */
function groupClaimSeqs(h: PgHandle, by: By, eventId: string, ids: string[], withNull: boolean, per: number) {
  const key = sql.raw(KEY_COLUMN[by])
  const keyMatch = [ids.length ? sql`${key} = ANY(${sql.param(ids)}::text[])` : undefined, withNull ? sql`${key} IS NULL` : undefined].filter((x): x is SQL => x !== undefined)
  return rowsOf<{ seq: number; key: string | null; total: number }>(
    h,
    sql`SELECT seq, key, total FROM (
          SELECT c.seq AS seq, ${key} AS key,
                 row_number() OVER (PARTITION BY ${key} ORDER BY c.seq) AS n,
                 (count(*) OVER (PARTITION BY ${key}))::int AS total
          FROM claims c ${by === 'outlet' ? sql`JOIN articles a ON a.id = c.article_id` : sql``}
          WHERE c.event_id = ${eventId} AND c.kind = 'responsibility' AND (${sql.join(keyMatch, sql` OR `)})
        ) s WHERE n <= ${per} ORDER BY seq`,
  )
}

/** Responsibility claims about one event, grouped by source; the groups are keyset-paginated. */
export async function responsibilityOf(h: PgHandle, event: EventRef, q: GroupsQuery): Promise<Responsibility> {
  const keys = q.by === 'article' ? await articleKeys(h, event.id, q) : await namedKeys(h, event.id, q)
  const page = paginate(keys, q.limit, (k) => [k.sort, k.id ?? ''])
  const ids = page.items.map((k) => k.id).filter((id): id is string => id !== null)
  const hasNull = page.items.some((k) => k.id === null)
  const listed = page.items.length ? await groupClaimSeqs(h, q.by, event.id, ids, hasNull, q.claims ?? RESPONSIBILITY_CLAIMS) : []
  const rows = await claimRowsBySeq(h, listed.map((r) => r.seq))
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

// Figures ---------------------------------------------------------------------------------------

type Figure = Figures['metrics'][number]['figures'][number]

// intervalOf's bounds in SQL (domain/intervals.ts). The tolerance is a numeric literal, so that
// round() rounds halves away from zero as Math.round and SQLite's round() do (round() of a double
// precision rounds them to even).
const TOLERANCE = sql.raw(String(ABOUT_TOLERANCE))
const LOW = sql<number>`(CASE ${eventFigureStats.qualifier}
  WHEN 'more_than' THEN ${eventFigureStats.value} + 1
  WHEN 'about' THEN ${eventFigureStats.value} - round(${eventFigureStats.value} * ${TOLERANCE})::int
  WHEN 'up_to' THEN 0
  ELSE ${eventFigureStats.value} END)`
const HIGH = sql<number | null>`(CASE ${eventFigureStats.qualifier}
  WHEN 'exact' THEN ${eventFigureStats.value}
  WHEN 'up_to' THEN ${eventFigureStats.value}
  WHEN 'about' THEN ${eventFigureStats.value} + round(${eventFigureStats.value} * ${TOLERANCE})::int
  END)`

function toFigure(r: ClaimRow): Figure {
  const c = toClaim(r)
  return {
    claim_id: c.id,
    value: c.value!,
    qualifier: c.qualifier!,
    interval: intervalOf(c.value!, c.qualifier!),
    article: c.article,
    claimant: c.claimant,
    claimant_text: c.claimant_text,
    subset: c.subset,
    evidence: c.evidence,
    method: c.method,
  }
}

/**
 * An event's figures of one metric in publication order, undated articles first (SQLite's NULLs
 * first), or the latest dated first; within an article by evidence start, then by seq (the order
 * SQLite reads an article's claims in before sorting by evidence start).
 */
async function orderedFigures(h: PgHandle, eventId: string, metric: Metric, limit: number, how: 'first' | 'latest' | 'subsets') {
  const rows = await h
    .select({ seq: claims.seq })
    .from(articles)
    .innerJoin(claims, eq(claims.articleId, articles.id))
    .where(
      and(
        eq(articles.eventId, eventId),
        eq(claims.eventId, eventId),
        eq(claims.kind, 'count'),
        eq(claims.metric, metric),
        how === 'latest' ? isNotNull(articles.publishedAt) : undefined,
        how === 'subsets' ? isNotNull(claims.subset) : isNull(claims.subset),
      ),
    )
    .orderBy(
      ...(how === 'latest'
        ? [sql`${C(articles.publishedAt)} DESC`, desc(articles.seq)]
        : [sql`${C(articles.publishedAt)} ASC NULLS FIRST`, asc(articles.seq)]),
      asc(claims.evidenceStart),
      asc(claims.seq),
    )
    .limit(limit)
  return rows.map((r) => r.seq)
}

/** Whether the event has any figure of part of the victims for `metric` (the partial index claims_event_subsets_idx). */
async function anySubset(h: PgHandle, eventId: string, metric: Metric): Promise<boolean> {
  const rows = await h
    .select({ one: sql`1` })
    .from(claims)
    .where(and(eq(claims.eventId, eventId), eq(claims.metric, metric), eq(claims.kind, 'count'), isNotNull(claims.subset)))
    .limit(1)
  return rows.length > 0
}

/** queries/figures.ts's figuresOfEvent on PostgreSQL: the summaries from event_figure_stats, at most `limit` figures per metric. */
export async function figuresOf(h: PgHandle, event: EventRef, metric?: Metric, limit = 20): Promise<Figures> {
  const readings = and(eq(eventFigureStats.eventId, event.id), metric ? eq(eventFigureStats.metric, metric) : undefined)
  const [summaries, values] = await Promise.all([
    h
      .select({
        metric: eventFigureStats.metric,
        count: sum(eventFigureStats.claims).mapWith(Number),
        min: min(eventFigureStats.value),
        max: max(eventFigureStats.value),
        low: sql<number>`max(${LOW})::int`,
        high: sql<number | null>`min(${HIGH})::int`,
      })
      .from(eventFigureStats)
      .where(readings)
      .groupBy(eventFigureStats.metric),
    h
      .select({ metric: eventFigureStats.metric, value: eventFigureStats.value })
      .from(eventFigureStats)
      .where(readings)
      .groupBy(eventFigureStats.metric, eventFigureStats.value)
      .orderBy(C(eventFigureStats.metric), eventFigureStats.value),
  ])
  const metrics: Figures['metrics'] = []
  for (const m of metric ? [metric] : METRICS) {
    const s = summaries.find((x) => x.metric === m)
    const subsetSeqs = limit > 0 && (await anySubset(h, event.id, m)) ? await orderedFigures(h, event.id, m, limit, 'subsets') : []
    if (!s && subsetSeqs.length === 0) continue
    const seqs = s && limit > 0 ? await orderedFigures(h, event.id, m, limit + 1, 'first') : []
    const latestSeq = (await orderedFigures(h, event.id, m, 1, 'latest'))[0]
    const rows = await claimRowsBySeq(h, [...seqs, ...subsetSeqs, ...(latestSeq === undefined ? [] : [latestSeq])])
    const figures = seqs.map((q) => rows.get(q)!)
    const latest = latestSeq === undefined ? undefined : rows.get(latestSeq)
    const consistent = !s || s.high === null || s.low <= s.high
    metrics.push({
      metric: m,
      figures: figures.slice(0, limit).map(toFigure),
      truncated: limit === 0 ? (s?.count ?? 0) > 0 : figures.length > limit,
      subsets: subsetSeqs.map((q) => toFigure(rows.get(q)!)),
      summary: {
        count: s?.count ?? 0,
        min: s?.min ?? null,
        max: s?.max ?? null,
        latest: latest ? toFigure(latest) : null,
        distinct_values: values.filter((v) => v.metric === m).map((v) => v.value),
        consistent,
        common_interval: s && consistent ? { low: s.low, high: s.high } : null,
      },
    })
  }
  return { event, consistency_rule: CONSISTENCY_RULE, metrics }
}

// Disputes --------------------------------------------------------------------------------------

const TARGETS = 5
const SIDES = 5
const READINGS = 8
const SAMPLE = 3
const BLAME: Stance[] = ['asserts', 'suggests']
type Side = Disputes['targets'][number]['blamed_by'][number]
type SampleRow = { id: string; articleId: string; title: string | null; outlet: string | null; published_at: string | null }

/**
 * Up to SAMPLE claims a condition selects, with their articles, in the order of the index SQLite
 * reads them by: `ordered` lists its remaining columns, then seq.
 */
function sampleOf(h: PgHandle, where: SQL | undefined, ordered: SQL[]): Promise<SampleRow[]> {
  return h
    .select({ id: claims.id, articleId: articles.id, title: articles.title, outlet: articles.outlet, published_at: articles.publishedAt })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(where)
    .orderBy(...ordered, asc(claims.seq))
    .limit(SAMPLE)
}

/** A sample's distinct articles (at most SAMPLE) and its claim ids. */
function sampled(rows: SampleRow[]) {
  const seen = new Map<string, { id: string; title: string | null; outlet: string | null; published_at: string | null }>()
  for (const r of rows) if (!seen.has(r.articleId)) seen.set(r.articleId, { id: r.articleId, title: r.title, outlet: r.outlet, published_at: r.published_at })
  return { articles: [...seen.values()], claim_ids: rows.map((r) => r.id) }
}

/** queries/disputes.ts's disputesOfEvent on PostgreSQL: aggregates over the summary tables, samples of claims. */
export async function disputesOf(h: PgHandle, event: EventRef): Promise<Disputes> {
  const eventId = event.id
  const cellsOf = (targetId: string) =>
    h
      .select({
        targetId: eventTargetStats.targetId,
        targetName: target.name,
        targetKind: target.kind,
        claimantId: claimant.id,
        claimantName: claimant.name,
        claimantKind: claimant.kind,
        stance: sql<Stance>`${eventTargetStats.stance}`,
        n: eventTargetStats.claims,
      })
      .from(eventTargetStats)
      .innerJoin(target, eq(target.id, eventTargetStats.targetId))
      .leftJoin(claimant, eq(claimant.id, eventTargetStats.claimantKey))
      .where(and(eq(eventTargetStats.eventId, eventId), eq(eventTargetStats.targetId, targetId)))
      // SQLite reads them in its primary key's order (event_id, target_id, claimant_key, stance).
      .orderBy(C(eventTargetStats.claimantKey), C(eventTargetStats.stance))
  type Cell = Awaited<ReturnType<typeof cellsOf>>[number]

  const sides = async (cells: Cell[], denies: boolean): Promise<Side[]> => {
    const byClaimant = new Map<string, { cell: Cell; stances: Stance[]; n: number }>()
    for (const c of cells.filter((x) => (x.stance === 'denies') === denies)) {
      const key = c.claimantId ?? ''
      const side = byClaimant.get(key) ?? { cell: c, stances: [], n: 0 }
      side.stances.push(c.stance)
      side.n += c.n
      byClaimant.set(key, side)
    }
    const out: Side[] = []
    for (const { cell, stances, n } of [...byClaimant.values()].sort((a, b) => b.n - a.n).slice(0, SIDES)) {
      const { targetId, claimantId } = cell
      // claims_event_targets_idx (event_id, kind, target_id, stance, claimant_id, target_text, claimant_text).
      const rows = await sampleOf(
        h,
        and(
          eq(claims.eventId, eventId),
          eq(claims.kind, 'responsibility'),
          eq(claims.targetId, targetId),
          inArray(claims.stance, denies ? ['denies'] : BLAME),
          claimantId ? eq(claims.claimantId, claimantId) : isNull(claims.claimantId),
        ),
        [C(claims.stance), sql`${C(claims.targetText)} NULLS FIRST`, sql`${C(claims.claimantText)} NULLS FIRST`],
      )
      out.push({ claimant: claimantId ? { id: claimantId, name: cell.claimantName!, kind: cell.claimantKind! } : null, stances, claims: n, ...sampled(rows) })
    }
    return out
  }

  const disputed = await h
    .select({ targetId: eventTargetStats.targetId })
    .from(eventTargetStats)
    .where(eq(eventTargetStats.eventId, eventId))
    .groupBy(eventTargetStats.targetId)
    .having(sql`bool_or(${eventTargetStats.stance} = 'denies') AND bool_or(${eventTargetStats.stance} <> 'denies')`)
    .orderBy(sql`sum(${eventTargetStats.claims}) DESC`, C(eventTargetStats.targetId))
    .limit(TARGETS)
  const targets: Disputes['targets'] = []
  for (const { targetId } of disputed) {
    const cells = await cellsOf(targetId)
    targets.push({
      target: { id: targetId, name: cells[0]!.targetName, kind: cells[0]!.targetKind },
      blamed_by: await sides(cells, false),
      denied_by: await sides(cells, true),
    })
  }

  const summaries = (await figuresOf(h, event, undefined, 0)).metrics.filter((m) => !m.summary.consistent)
  const figures: Disputes['figures'] = []
  for (const m of summaries) {
    const readingRows = await h
      .select({ value: eventFigureStats.value, qualifier: sql<Qualifier>`${eventFigureStats.qualifier}`, n: eventFigureStats.claims })
      .from(eventFigureStats)
      .where(and(eq(eventFigureStats.eventId, eventId), eq(eventFigureStats.metric, m.metric)))
      .orderBy(desc(eventFigureStats.claims), eventFigureStats.value, C(eventFigureStats.qualifier))
      .limit(READINGS)
    const readings: Disputes['figures'][number]['readings'] = []
    for (const r of readingRows) {
      // claims_event_figures_idx (event_id, kind, metric, qualifier, value): rows of one reading in seq order.
      const sample = await sampleOf(
        h,
        and(eq(claims.eventId, eventId), eq(claims.kind, 'count'), eq(claims.metric, m.metric), eq(claims.qualifier, r.qualifier), eq(claims.value, r.value), isNull(claims.subset)),
        [],
      )
      readings.push({ value: r.value, qualifier: r.qualifier, interval: intervalOf(r.value, r.qualifier), claims: r.n, ...sampled(sample) })
    }
    const conflicts: [number, number][] = []
    readings.forEach((a, i) =>
      readings.forEach((b, j) => {
        if (i < j && intersect([a.interval, b.interval]) === null) conflicts.push([i, j])
      }),
    )
    figures.push({ metric: m.metric, readings, conflicts, latest: m.summary.latest })
  }

  return {
    event,
    rules: {
      targets: `A target is disputed when at least one claimant asserts or suggests it was responsible and at least one denies it. The ${TARGETS} most discussed disputed targets are listed, with up to ${SIDES} claimants a side.`,
      figures: `${CONSISTENCY_RULE} A metric is disputed when its figures are not consistent; readings are its ${READINGS} most reported (value, qualifier) pairs, and conflicts lists the pairs of readings that exclude each other.`,
    },
    targets,
    figures,
  }
}
