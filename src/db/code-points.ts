// The data half of migration 0009: code-point offsets (mentions.start_cp/end_cp,
// claims.evidence_start_cp/evidence_end_cp) for rows written before it. SQLite counts characters,
// never UTF-16 code units, so it cannot turn a UTF-16 offset into a code-point offset by itself;
// openDatabase runs this after migrating until it has completed once: the fill marks the file
// (PRAGMA user_version, CODE_POINTS_FILLED) in the transaction that fills the rows, so a fill cut
// short (a crash, a corrupt span) leaves no mark and runs again, whole, at the next open, and a
// completed one is never looked for again. Every writer of this code sets the pair; a bulk loader
// that writes rows without it calls fillCodePointOffsets after (it always looks), or sets
// user_version to 0 so that the next open does.
import type Database from 'better-sqlite3'
import { codePointIndex } from '../domain/code-points.js'
import type { Db } from './open.js'

export interface CodePointFill {
  /** Rows given their code-point offsets. */
  mentions: number
  claims: number
  /** Of those, the rows of articles with a character outside the BMP, converted one by one. */
  astralArticles: number
  /** Wall time, milliseconds. */
  ms: number
}

/**
 * PRAGMA user_version of a database whose code-point offsets have been filled (0 as SQLite creates
 * a file): the number of the migration whose data half that is. Nothing else sets user_version.
 */
export const CODE_POINTS_FILLED = 9

/** Whether the fill has completed on this database (one read of the file's header, no table read). */
export function codePointsFilled(db: Db): boolean {
  return (db.$client.pragma('user_version', { simple: true }) as number) >= CODE_POINTS_FILLED
}

/** Marks the fill as completed; inside the fill's transaction, so that it commits with the rows. */
function markFilled(sqlite: Database.Database): void {
  if ((sqlite.pragma('user_version', { simple: true }) as number) < CODE_POINTS_FILLED) sqlite.pragma(`user_version = ${CODE_POINTS_FILLED}`)
}

const PENDING_MENTION = '(start_cp IS NULL OR end_cp IS NULL)'
const PENDING_CLAIM = '(evidence_start_cp IS NULL OR evidence_end_cp IS NULL)'
/** GLOB matches any character from U+10000 to U+10FFFF: SQLite compares code points in a class. */
const ASTRAL = `'*[' || char(65536) || '-' || char(1114111) || ']*'`

/**
 * Fills the code-point offsets every row still lacks, in one transaction, and marks the database
 * filled (codePointsFilled) in the same transaction. Rows of an article whose text has no character
 * outside the BMP get their UTF-16 offsets (both units agree there) in one UPDATE per table; the
 * others are converted in JavaScript, one pass over each such article's text (codePointIndex). Each
 * claim updated is rendered again by the triggers of migration 0005. Looks for rows to fill whatever
 * the mark says (two lookups in partial indexes, empty once filled). Throws when a stored offset
 * lies outside its article's text or splits a surrogate pair (such a row was never a span of
 * characters); nothing is then filled and the mark is not set.
 */
export function fillCodePointOffsets(db: Db): CodePointFill {
  const t0 = performance.now()
  const sqlite = db.$client
  const report: CodePointFill = { mentions: 0, claims: 0, astralArticles: 0, ms: 0 }
  const pendingMention = sqlite.prepare(`SELECT 1 FROM mentions WHERE ${PENDING_MENTION} LIMIT 1`)
  const pendingClaim = sqlite.prepare(`SELECT 1 FROM claims WHERE ${PENDING_CLAIM} LIMIT 1`)
  if (!pendingMention.get() && !pendingClaim.get()) {
    markFilled(sqlite)
    return report
  }
  sqlite.transaction(() => {
    // The articles with rows to fill whose text is all in the BMP, found once each.
    sqlite.exec(`CREATE TEMP TABLE cp_bmp_articles (id TEXT PRIMARY KEY) WITHOUT ROWID`)
    try {
      sqlite.exec(`INSERT INTO temp.cp_bmp_articles (id)
        SELECT id FROM articles
        WHERE id IN (SELECT article_id FROM mentions WHERE ${PENDING_MENTION} UNION SELECT article_id FROM claims WHERE ${PENDING_CLAIM})
          AND NOT text GLOB ${ASTRAL}`)
      report.mentions += sqlite
        .prepare(`UPDATE mentions SET start_cp = start, end_cp = "end" WHERE ${PENDING_MENTION} AND article_id IN (SELECT id FROM temp.cp_bmp_articles)`)
        .run().changes
      report.claims += sqlite
        .prepare(`UPDATE claims SET evidence_start_cp = evidence_start, evidence_end_cp = evidence_end WHERE ${PENDING_CLAIM} AND article_id IN (SELECT id FROM temp.cp_bmp_articles)`)
        .run().changes
    } finally {
      sqlite.exec('DROP TABLE temp.cp_bmp_articles')
    }
    const astral = sqlite
      .prepare(`SELECT article_id FROM mentions WHERE ${PENDING_MENTION} UNION SELECT article_id FROM claims WHERE ${PENDING_CLAIM}`)
      .pluck()
      .all() as string[]
    report.astralArticles = astral.length
    for (const articleId of astral) {
      const counts = fillArticle(sqlite, articleId)
      report.mentions += counts.mentions
      report.claims += counts.claims
    }
    markFilled(sqlite)
  })()
  report.ms = performance.now() - t0
  return report
}

function fillArticle(sqlite: Database.Database, articleId: string): { mentions: number; claims: number } {
  const text = sqlite.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined
  if (text === undefined) throw new Error(`article ${articleId}: its mentions or claims have no code-point offsets, and there is no such article`)
  const index = codePointIndex(text)
  const convert = (what: string, start: number, end: number): [number, number] => {
    try {
      return [index.toCodePoint(start), index.toCodePoint(end)]
    } catch (err) {
      throw new Error(`article ${articleId}: ${what} [${start}, ${end}) is no span of its text: ${(err as Error).message}`)
    }
  }
  // Each table's rows of the article in one UPDATE, their new values as one JSON array of
  // [seq, start_cp, end_cp]: a statement per row cost twice as much.
  const fill = (what: string, table: string, [start, end]: [string, string], [startCp, endCp]: [string, string]): number => {
    const rows = sqlite
      .prepare(`SELECT seq, ${start}, ${end} FROM ${table} WHERE article_id = ? AND (${startCp} IS NULL OR ${endCp} IS NULL)`)
      .raw()
      .all(articleId) as [number, number, number][]
    if (rows.length === 0) return 0
    const values = rows.map(([seq, s, e]) => [seq, ...convert(`${what} ${seq}`, s, e)])
    sqlite
      .prepare(
        `UPDATE ${table} SET ${startCp} = v.value ->> 1, ${endCp} = v.value ->> 2 FROM json_each(?) AS v WHERE ${table}.seq = v.value ->> 0`,
      )
      .run(JSON.stringify(values))
    return rows.length
  }
  const mentions = fill('mention', 'mentions', ['start', '"end"'], ['start_cp', 'end_cp'])
  const claims = fill('claim', 'claims', ['evidence_start', 'evidence_end'], ['evidence_start_cp', 'evidence_end_cp'])
  return { mentions, claims }
}
