// Full-text search over articles and claims. SQLite-specific (FTS5): the one module a PostgreSQL
// backend would replace with its own (tsvector) version.
import { inArray, sql, type SQL } from 'drizzle-orm'
import { SEARCH_WINDOW, type Span } from '../domain/api.js'
import { badRequest } from '../domain/errors.js'
import type { Db } from '../db/open.js'
import { prepared } from '../db/prepared.js'
import { articles, claims } from '../db/schema.js'
import { decodeCursor, paginate } from './cursor.js'
import { claimRowsBySeq, toClaim } from './claims.js'

const OPERATORS = /(^|\s)(AND|OR|NOT|NEAR)(\s|\(|$)|[()*^]/

/**
 * A user's query as an FTS5 expression. Plain words and "quoted phrases" (the usual case) are each
 * quoted, so punctuation and FTS keywords in them are taken literally and all must match; a query
 * that uses FTS5 operators (AND, OR, NOT, NEAR, parentheses, prefix *) is passed through as written.
 */
export function toFtsQuery(q: string): string {
  if (OPERATORS.test(q)) return q
  const parts: string[] = []
  const re = /"([^"]*)"|(\S+)/g
  for (let m = re.exec(q); m; m = re.exec(q)) {
    const words = (m[1] ?? m[2]!).match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []
    if (words.length) parts.push(`"${words.join(' ').replaceAll('"', '""')}"`)
  }
  if (parts.length === 0) throw badRequest('q', 'contains no words to search for')
  return parts.join(' ')
}

/** Runs a query that uses MATCH, turning FTS5 syntax errors into a 400 on `q`. */
export function withFts<T>(run: () => T): T {
  try {
    return run()
  } catch (err) {
    const message = (err as Error).message ?? ''
    if (/fts5|syntax error|unterminated|no such column|unknown special query/i.test(message)) {
      throw badRequest('q', `is not a valid search query (${message.replace(/^.*?fts5: /, '')})`)
    }
    throw err
  }
}

/** `seq IN (rows matching q)`, for the q= filter of the list endpoints. */
export function articleMatches(q: string): SQL {
  return sql`${articles.seq} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${toFtsQuery(q)})`
}

export function claimMatches(q: string): SQL {
  return claimsMatching(toFtsQuery(q))
}

/** `seq IN (claims matching an FTS5 expression)`: a value, or a placeholder for one. */
export function claimsMatching(expression: unknown): SQL {
  return sql`${claims.seq} IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ${expression})`
}

const OPEN = '\u0001'
const CLOSE = '\u0002'

/**
 * The [start, end) ranges that FTS5's highlight() marked, as offsets into the unmarked text: in
 * UTF-16 code units (start, end) and in code points (start_cp, end_cp), both counted in the one
 * walk over the text's code points. `base` and `baseCp`: where the marked text starts in the
 * article, in each unit (a claim's evidence: its own start and start_cp).
 */
export function markedRanges(marked: string, base = 0, baseCp = 0): Span[] {
  const ranges: Span[] = []
  let offset = 0
  let offsetCp = 0
  let start = -1
  let startCp = -1
  for (const ch of marked) {
    if (ch === OPEN) {
      start = offset
      startCp = offsetCp
    } else if (ch === CLOSE) {
      ranges.push({ start: base + start, end: base + offset, start_cp: baseCp + startCp, end_cp: baseCp + offsetCp })
    } else {
      offset += ch.length
      offsetCp++
    }
  }
  return ranges
}

export interface SearchQuery {
  q: string
  kind: 'article' | 'claim'
  limit: number
  cursor?: string
}

const MAX_HITS = 50

/** One page of a search; `window`: how many of the newest matches to rank (tests make it small). */
export function search(db: Db, query: SearchQuery, window = SEARCH_WINDOW) {
  const match = toFtsQuery(query.q)
  const after = query.cursor ? decodeCursor(query.cursor, ['real', 'number']) : null
  const page = { match, limit: query.limit, after, window }
  return withFts(() => (query.kind === 'claim' ? searchClaims(db, page) : searchArticles(db, page)))
}

interface PageQuery {
  match: string
  limit: number
  after: (string | number | null)[] | null
  window: number
}

/**
 * One page of matching rows by rank (bm25, best first), keyset-paginated on (rank, rowid), among
 * the newest SEARCH_WINDOW matches: bm25 scores every row it ranks, and a common word over years of
 * coverage matches most articles. The window's edge is found without scoring (FTS5 walks a term's
 * rows in rowid order); `window` says how many matches were ranked and whether that was all.
 */
function rankedPage(db: Db, table: 'articles_fts' | 'claims_fts', { match, limit, after, window }: PageQuery) {
  const fts = sql.raw(table)
  const edge = db.get<{ matches: number; oldest: number | null }>(sql`
    SELECT count(*) AS matches, min(rowid) AS oldest FROM (
      SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${match} ORDER BY rowid DESC LIMIT ${window}
    )`)!
  // Titles weigh twice the body; claims have one ranked column (evidence) and the quote.
  const weights = table === 'articles_fts' ? 'bm25(2.0, 1.0)' : 'bm25(1.0, 0.5)'
  const rows = db.all<{ seq: number; rank: number }>(sql`
    SELECT seq, rank FROM (
      SELECT rowid AS seq, rank FROM ${fts}
      WHERE ${fts} MATCH ${match} AND rank MATCH ${weights} AND rowid >= ${edge.oldest ?? 0}
    )
    ${after ? sql`WHERE (rank, seq) > (${after[0]}, ${after[1]})` : sql``}
    ORDER BY rank, seq LIMIT ${limit + 1}`)
  return {
    ...paginate(rows, limit, (r) => [r.rank, r.seq]),
    window: { ranked: edge.matches, complete: edge.matches < window },
  }
}

/**
 * Snippets and highlight marks for the rows of one page only: they are the costly part (FTS5
 * tokenizes each text again, ~0.1 ms a 500-word article). One row at a time, by rowid, and the
 * CAST matters: FTS5 (SQLite 3.53) ignores `rowid = ?` bound to a JavaScript number (a REAL) and
 * returns every match, snippets and all (`rowid IN (?)` of one value too: a page of one hit of
 * "attack" took 5 s at 100,000 articles). A range (`rowid >= ?`) is applied.
 */
function marks(db: Db, table: 'articles_fts' | 'claims_fts', column: number, match: string, seqs: number[]) {
  const query = prepared(db, `search-marks:${table}:${column}`, () =>
    db.$client.prepare<[string, number], { seq: number; snippet: string; marked: string }>(`
      SELECT rowid AS seq,
             snippet(${table}, ${column}, '<mark>', '</mark>', '…', 24) AS snippet,
             highlight(${table}, ${column}, char(1), char(2)) AS marked -- OPEN, CLOSE
      FROM ${table} WHERE ${table} MATCH ? AND rowid = CAST(? AS INTEGER)`),
  )
  return new Map(seqs.map((seq) => [seq, query.get(match, seq)!]))
}

function searchArticles(db: Db, query: PageQuery) {
  const page = rankedPage(db, 'articles_fts', query)
  const seqs = page.items.map((r) => r.seq)
  const marked = marks(db, 'articles_fts', 1, query.match, seqs)
  const refs = new Map(
    seqs.length
      ? db
          .select({ seq: articles.seq, id: articles.id, title: articles.title, outlet: articles.outlet, published_at: articles.publishedAt })
          .from(articles)
          .where(inArray(articles.seq, seqs))
          .all()
          .map((a) => [a.seq, a])
      : [],
  )
  return {
    items: page.items.map((r) => {
      const { seq: _seq, ...article } = refs.get(r.seq)!
      const m = marked.get(r.seq)!
      return { kind: 'article' as const, rank: r.rank, article, claim: null, snippet: m.snippet, hits: markedRanges(m.marked).slice(0, MAX_HITS) }
    }),
    next_cursor: page.next_cursor,
    window: page.window,
  }
}

function searchClaims(db: Db, query: PageQuery) {
  const page = rankedPage(db, 'claims_fts', query)
  const seqs = page.items.map((r) => r.seq)
  const marked = marks(db, 'claims_fts', 0, query.match, seqs)
  const bySeq = claimRowsBySeq(db, seqs)
  return {
    items: page.items.map((r) => {
      const claim = toClaim(bySeq.get(r.seq)!)
      const m = marked.get(r.seq)!
      const hits = markedRanges(m.marked, claim.evidence.start, claim.evidence.start_cp).slice(0, MAX_HITS)
      return { kind: 'claim' as const, rank: r.rank, article: claim.article, claim, snippet: m.snippet, hits }
    }),
    next_cursor: page.next_cursor,
    window: page.window,
  }
}
