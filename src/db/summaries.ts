import type Database from 'better-sqlite3'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MIGRATIONS_FOLDER } from './open.js'

/** The tables migrations/0004_summaries.sql (and 0007) keep in step with writes, in the order they are built. */
export const SUMMARY_TABLES = ['article_entities', 'co_mentions', 'entity_event_stats', 'event_figure_stats', 'event_target_stats'] as const
export type SummaryTable = (typeof SUMMARY_TABLES)[number]

export interface SummarySql {
  /** Per table, the INSERT … SELECT that computes it from the stored rows. */
  backfills: Map<SummaryTable, string>
  /** The CREATE TRIGGER statements that keep the tables in step. */
  triggers: { name: string; sql: string }[]
}

/**
 * The backfills (INSERT INTO `table` …) by table and the triggers whose names start with `prefix`,
 * as the migrations define them now: read in order, a later migration's definition of a table's
 * backfill or of a trigger replacing an earlier one (0007 redefines the figure summary).
 */
function backfillsAndTriggers(prefix: string): { backfills: Map<string, string>; triggers: SummarySql['triggers'] } {
  const backfills = new Map<string, string>()
  const triggers = new Map<string, string>()
  for (const file of readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql')).sort()) {
    const statements = readFileSync(join(MIGRATIONS_FOLDER, file), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.replace(/^(\s*--.*\n)*/, '').trim())
    for (const s of statements) {
      const insert = /^INSERT INTO `(\w+)`/.exec(s)
      if (insert) backfills.set(insert[1]!, s)
      const trigger = /^CREATE TRIGGER `(\w+)`/.exec(s)
      if (trigger && trigger[1]!.startsWith(prefix)) triggers.set(trigger[1]!, s)
    }
  }
  return { backfills, triggers: [...triggers].map(([name, sql]) => ({ name, sql })) }
}

/** The summaries' SQL as the migrations define it, read from them so that nothing can drift. */
export function summarySql(): SummarySql {
  const { backfills, triggers } = backfillsAndTriggers('summaries_')
  const missing = SUMMARY_TABLES.filter((t) => !backfills.has(t))
  if (missing.length > 0 || triggers.length === 0) throw new Error(`migrations: no backfill for ${missing.join(', ') || '—'}, ${triggers.length} triggers`)
  return { backfills: backfills as SummarySql['backfills'], triggers }
}

/**
 * The rendered claims' SQL (migrations/0005_documents.sql and later): the backfill of claim_docs and
 * the triggers that keep claim_docs and documents in step.
 */
export function documentSql(): { claimDocs: string; triggers: SummarySql['triggers'] } {
  const { backfills, triggers } = backfillsAndTriggers('docs_')
  const claimDocs = backfills.get('claim_docs')
  if (!claimDocs || triggers.length === 0) throw new Error(`migrations: no backfill of claim_docs, ${triggers.length} triggers`)
  return { claimDocs, triggers }
}

/** Empties the summary tables and computes them again from the stored rows. */
export function rebuildSummaries(sqlite: Database.Database, sql = summarySql()): void {
  for (const table of SUMMARY_TABLES) {
    sqlite.exec(`DELETE FROM ${table}`)
    sqlite.exec(sql.backfills.get(table)!)
  }
}

/**
 * Rows where a summary table and a recomputation from the stored rows differ (at most `limit`
 * per table, per side): empty when the triggers have kept every summary in step.
 */
export function summaryDrift(sqlite: Database.Database, limit = 5): { table: SummaryTable; kept: unknown[]; recomputed: unknown[] }[] {
  const sql = summarySql()
  const drift: ReturnType<typeof summaryDrift> = []
  sqlite.exec('SAVEPOINT summary_drift')
  try {
    // Recompute into temporary twins. Those built from article_entities read the kept one: if it
    // drifted, its own comparison says so.
    for (const table of SUMMARY_TABLES) {
      sqlite.exec(`CREATE TEMP TABLE recomputed_${table} AS SELECT * FROM main.${table} WHERE 0`)
      sqlite.exec(sql.backfills.get(table)!.replace(/^INSERT INTO `\w+`/, `INSERT INTO temp.recomputed_${table}`))
    }
    for (const table of SUMMARY_TABLES) {
      const kept = sqlite.prepare(`SELECT * FROM main.${table} EXCEPT SELECT * FROM temp.recomputed_${table} LIMIT ${limit}`).all()
      const recomputed = sqlite.prepare(`SELECT * FROM temp.recomputed_${table} EXCEPT SELECT * FROM main.${table} LIMIT ${limit}`).all()
      if (kept.length > 0 || recomputed.length > 0) drift.push({ table, kept, recomputed })
    }
  } finally {
    sqlite.exec('ROLLBACK TO summary_drift')
    sqlite.exec('RELEASE summary_drift')
  }
  return drift
}
