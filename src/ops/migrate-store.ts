// `npm run migrate-store` (issue 17, item 5): copies a database from one store to another — SQLite to
// PostgreSQL and back, or either to its own kind — every id, seq, offset and timestamp as it was,
// then proves the copy by counting and checksumming every table on both sides.
//
// What is copied and what is not (decided by the migrations, migrations/ and migrations-pg/):
// - The rows people and the pipeline wrote (events, entities, articles, aliases, mentions, claims,
//   redirects of merged entities, the audit trail) are copied column by column, parents before
//   children (the foreign keys say the order), in keyset batches (memory stays flat whatever the
//   size). An entity's or event's parent, a reference within the same table, is written once the
//   whole table is in.
// - The summaries (article_entities, co_mentions, entity_event_stats, event_figure_stats,
//   event_target_stats) are never copied: the target's own triggers (SQLite's 0004/0007, PostgreSQL's
//   0001_summaries) build them from the rows as they arrive, as they would have built them from the
//   same writes. Copying them too would count every row twice. The verification then compares them
//   with the source's, row for row: the same definitions on both stores give the same tables.
// - claim_docs (each claim rendered) is SQLite's, rendered by its triggers as each claim arrives;
//   the postgres store renders claims on each read and keeps none. Checked: one per claim where the
//   target keeps them.
// - documents (whole answers kept rendered) is a cache: not copied, rendered again on first read.
// - Full-text indexes: SQLite's FTS5 tables are filled by their triggers, PostgreSQL's tsvector
//   columns are generated; neither is copied.
// - Counters: SQLite's AUTOINCREMENT (sqlite_sequence) and PostgreSQL's identity sequences are set
//   on the target to the source's (at least the highest seq), so that the next row written gets the
//   seq it would have got on the source, and never one already used.
//
// The whole copy is ONE transaction on the target, inside one read snapshot of the source (a
// repeatable-read transaction on PostgreSQL, a read transaction on SQLite's WAL): a failure (a bad
// row, Ctrl-C, a lost connection, a killed process) leaves the target as it was before, empty; a
// server writing to the source meanwhile does not tear the copy. The verification runs inside that
// transaction too, before it commits: a copy that does not verify is rolled back, never committed.
import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { is, sql, Table, type SQL } from 'drizzle-orm'
import { getTableConfig as pgTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core'
import { getTableConfig as sqliteTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core'
import type Database from 'better-sqlite3'
import * as pgSchema from '../db/pg/schema.js'
import * as sqliteSchema from '../db/schema.js'
import { SUMMARY_TABLES } from '../db/summaries.js'
import type { PostgresStore } from '../store/postgres.js'
import type { SqliteStore } from '../store/sqlite.js'
import type { Dialect } from '../store/types.js'

/** Rows read and written per batch, by default. */
export const BATCH_ROWS = 1000

/** PostgreSQL takes at most 65,535 parameters a statement; a batch is split below that. */
const PG_MAX_PARAMS = 60_000

// Column types and their conversions --------------------------------------------------------------

/** The column types the two schemas use, paired (drizzle's columnType on each side). */
export type ColumnKind = 'integer' | 'real' | 'text' | 'json'

/** A value between the stores: what one side read and the other writes. */
export type Value = number | string | null

/**
 * One conversion per column type, each way. A value read from a store is checked and put in the
 * form both sides write (a number, a string, or null); a value that does not fit its column (a
 * fraction in an integer column, text that is not JSON in a json column) is refused with the
 * column named, never written as something else. PostgreSQL reads a json column as its exact text
 * (`::text`: the bytes SQLite holds, key order and spacing kept) and writes it back with `::json`.
 * Booleans, blobs and timestamps have no column of their own in either schema (timestamps are ISO
 * 8601 text on both): a schema that adds one needs its conversion here first — planning refuses a
 * column type it has none for.
 */
interface Conversion {
  sqliteType: string
  pgType: string
  /** PostgreSQL's name of the type, for casts. */
  pgCast: string
  fromSqlite(v: unknown): Value
  toSqlite(v: Value): unknown
  fromPg(v: unknown): Value
  toPg(v: Value): Value
  /** The select expression of a column on PostgreSQL. */
  pgRead(column: string): string
  /** The written value's placeholder on PostgreSQL. */
  pgWrite(param: SQL): SQL
}

const integer = (v: unknown): Value => {
  if (v === null || (typeof v === 'number' && Number.isSafeInteger(v))) return v
  if (typeof v === 'bigint' && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v)
  throw new TypeError(`expected an integer, got ${describe(v)}`)
}
const real = (v: unknown): Value => {
  if (v === null || (typeof v === 'number' && Number.isFinite(v))) return v
  throw new TypeError(`expected a finite number, got ${describe(v)}`)
}
const text = (v: unknown): Value => {
  if (v === null || typeof v === 'string') return v
  throw new TypeError(`expected text, got ${describe(v)}`)
}
const jsonText = (v: unknown): Value => {
  if (v === null) return null
  if (typeof v !== 'string') throw new TypeError(`expected JSON text, got ${describe(v)}`)
  try {
    JSON.parse(v)
  } catch {
    throw new TypeError(`expected JSON text, got ${describe(v)}`)
  }
  return v
}
const same = (v: Value) => v
const quoted = (c: string) => `"${c}"`

export const CONVERSIONS: Record<ColumnKind, Conversion> = {
  integer: { sqliteType: 'SQLiteInteger', pgType: 'PgInteger', pgCast: 'integer', fromSqlite: integer, toSqlite: same, fromPg: integer, toPg: same, pgRead: quoted, pgWrite: (p) => p },
  real: { sqliteType: 'SQLiteReal', pgType: 'PgDoublePrecision', pgCast: 'double precision', fromSqlite: real, toSqlite: same, fromPg: real, toPg: same, pgRead: quoted, pgWrite: (p) => p },
  text: { sqliteType: 'SQLiteText', pgType: 'PgText', pgCast: 'text', fromSqlite: text, toSqlite: same, fromPg: text, toPg: same, pgRead: quoted, pgWrite: (p) => p },
  json: {
    sqliteType: 'SQLiteTextJson',
    pgType: 'PgJson',
    pgCast: 'json',
    fromSqlite: jsonText,
    toSqlite: same,
    fromPg: jsonText,
    toPg: same,
    pgRead: (c) => `"${c}"::text`,
    pgWrite: (p) => sql`${p}::json`,
  },
}

function describe(v: unknown): string {
  const shown = typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : String(v)
  return `${typeof v} ${shown}`
}

// The plan: which tables, in which order, how ------------------------------------------------------

/**
 * How a table reaches the target: `copied` row by row; `rebuilt` by the target's own triggers from
 * the copied rows (the summaries, claim_docs); `cache`: left empty, rendered again on read.
 */
export type TableRole = 'copied' | 'rebuilt' | 'cache'

const ROLES: Record<string, TableRole> = {
  events: 'copied',
  entities: 'copied',
  articles: 'copied',
  entity_aliases: 'copied',
  mentions: 'copied',
  claims: 'copied',
  entity_redirects: 'copied',
  audit: 'copied',
  ...Object.fromEntries(SUMMARY_TABLES.map((t) => [t, 'rebuilt'])),
  claim_docs: 'rebuilt',
  documents: 'cache',
}

export interface ColumnPlan {
  name: string
  kind: ColumnKind
}

export interface TablePlan {
  name: string
  role: TableRole
  /** Every column both schemas write (generated ones left out: each side computes its own), in the SQLite schema's order. */
  columns: ColumnPlan[]
  /** The primary key: the order batches are read in, and what a row is named by in errors. */
  key: string[]
  /** The key and, where the table has one apart from it, its text id: what the id checksum covers. */
  ids: string[]
  /** Columns referring to the same table (an entity's parent): written after all of its rows. */
  deferred: string[]
  /** Whether `seq` is an AUTOINCREMENT / identity column, whose counter the copy carries over. */
  counter: boolean
}

export class MigrateError extends Error {}

const sqliteTables = () => (Object.values(sqliteSchema) as unknown[]).filter((t) => is(t, Table)).map((t) => sqliteTableConfig(t as SQLiteTable))
const pgTables = () => (Object.values(pgSchema) as unknown[]).filter((t) => is(t, Table)).map((t) => pgTableConfig(t as PgTable))

/**
 * The tables of src/db/schema.ts and src/db/pg/schema.ts paired by name, each with its role, its
 * columns' kinds, key and counter, the copied ones in an order where every table comes after those
 * it refers to. Throws when the schemas part (a table or column on one side only, two column types
 * with no conversion between them) or a table has no role: a table added later must be given one
 * here before anything is copied, rather than be copied (or left out) by default.
 */
export function migrationPlan(): TablePlan[] {
  const pgByName = new Map(pgTables().map((c) => [c.name, c]))
  const lite = sqliteTables()
  const extra = [...pgByName.keys()].filter((n) => !lite.some((c) => c.name === n))
  if (extra.length) throw new MigrateError(`tables only in the PostgreSQL schema: ${extra.join(', ')}`)
  const plans = new Map<string, TablePlan & { refersTo: string[] }>()
  for (const t of lite) {
    const role = ROLES[t.name]
    if (!role) throw new MigrateError(`migrate-store has no role for the table ${t.name}: say in src/ops/migrate-store.ts whether it is copied, rebuilt or a cache`)
    const pg = pgByName.get(t.name)
    if (!pg) throw new MigrateError(`the table ${t.name} has no PostgreSQL twin in src/db/pg/schema.ts`)
    const pgColumns = new Map<string, PgColumn>(pg.columns.map((c) => [c.name, c]))
    const columns: ColumnPlan[] = []
    for (const c of t.columns as SQLiteColumn[]) {
      const twin = pgColumns.get(c.name)
      pgColumns.delete(c.name)
      if (c.generated && (!twin || twin.generated)) continue
      if (!twin) throw new MigrateError(`${t.name}.${c.name} has no PostgreSQL twin`)
      if (twin.generated) throw new MigrateError(`${t.name}.${c.name} is generated on PostgreSQL only`)
      const kind = (Object.keys(CONVERSIONS) as ColumnKind[]).find((k) => CONVERSIONS[k].sqliteType === c.columnType && CONVERSIONS[k].pgType === twin.columnType)
      if (!kind) throw new MigrateError(`${t.name}.${c.name}: no conversion between SQLite's ${c.columnType} and PostgreSQL's ${twin.columnType}`)
      columns.push({ name: c.name, kind })
    }
    const left = [...pgColumns.values()].filter((c) => !c.generated)
    if (left.length) throw new MigrateError(`${t.name}: columns only on PostgreSQL: ${left.map((c) => c.name).join(', ')}`)
    const key = t.primaryKeys[0]?.columns.map((c) => c.name) ?? t.columns.filter((c) => c.primary).map((c) => c.name)
    if (key.length === 0) throw new MigrateError(`${t.name} has no primary key to read it by`)
    const references = t.foreignKeys.map((fk) => {
      const r = fk.reference()
      return { columns: r.columns.map((c) => c.name), table: sqliteTableConfig(r.foreignTable as SQLiteTable).name }
    })
    const seq = t.columns.find((c) => c.name === 'seq') as (SQLiteColumn & { autoIncrement?: boolean }) | undefined
    const pgSeq = pg.columns.find((c) => c.name === 'seq') as (PgColumn & { generatedIdentity?: unknown }) | undefined
    plans.set(t.name, {
      name: t.name,
      role,
      columns,
      key,
      ids: [...key, ...(columns.some((c) => c.name === 'id') && !key.includes('id') ? ['id'] : [])],
      deferred: references.filter((r) => r.table === t.name).flatMap((r) => r.columns),
      counter: Boolean(seq?.autoIncrement) && Boolean(pgSeq?.generatedIdentity),
      refersTo: references.filter((r) => r.table !== t.name).map((r) => r.table),
    })
  }
  // Parents first: a table is placed once every table it refers to is.
  const ordered: (TablePlan & { refersTo: string[] })[] = []
  const placed = new Set<string>()
  const copied = [...plans.values()].filter((p) => p.role === 'copied')
  while (placed.size < copied.length) {
    const next = copied.find((p) => !placed.has(p.name) && p.refersTo.every((r) => placed.has(r)))
    if (!next) throw new MigrateError(`the copied tables refer to each other in a cycle: ${copied.filter((p) => !placed.has(p.name)).map((p) => p.name).join(', ')}`)
    placed.add(next.name)
    ordered.push(next)
  }
  const rest = [...plans.values()].filter((p) => p.role !== 'copied')
  return [...ordered, ...rest].map(({ refersTo: _r, ...p }) => p)
}

// The two sides -------------------------------------------------------------------------------------

export type Row = Value[]

/** What the copy and the verification read from a store, inside a snapshot or the copy's transaction. */
export interface Reader {
  count(table: TablePlan): Promise<number>
  /** Every row of the table (the plan's columns, converted), in batches by key. */
  batches(table: TablePlan, size: number): AsyncIterable<Row[]>
  /** The seq the table's counter has handed out (at least its highest seq). */
  counter(table: TablePlan): Promise<number>
}

/** What the copy writes, inside its one transaction. */
export interface Writer extends Reader {
  insert(table: TablePlan, rows: Row[]): Promise<void>
  /** Sets the deferred columns of rows already written: [key values…, deferred values…] each. */
  setDeferred(table: TablePlan, rows: Row[]): Promise<void>
  setCounter(table: TablePlan, seq: number): Promise<void>
}

export interface Side {
  readonly dialect: Dialect
  /** Runs `work` in one read snapshot: every read sees the database as it was when it began. */
  snapshot<T>(work: (r: Reader) => Promise<T>): Promise<T>
  /** Runs `work` in one transaction, committed when it returns, rolled back when it throws. */
  writing<T>(work: (w: Writer) => Promise<T>): Promise<T>
}

/** A row named for an error: its key, and its id where that is not the key. */
function rowName(table: TablePlan, row: Row): string {
  return table.ids.map((c) => `${c}=${JSON.stringify(row[table.columns.findIndex((p) => p.name === c)])}`).join(' ')
}

/** The message a driver gave, without drizzle's wrapper (which repeats the statement and every value). */
function driverMessage(err: unknown): string {
  let e = err as { message?: string; cause?: unknown } | undefined
  let message = String((e && e.message) || err)
  for (let depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.message && !e.message.startsWith('Failed query')) {
      message = e.message
      break
    }
  }
  return message
}

export class RowError extends MigrateError {}

const keyIndexes = (t: TablePlan, names: string[]) => names.map((k) => t.columns.findIndex((c) => c.name === k))

function convertRow(t: TablePlan, raw: unknown[], how: 'fromSqlite' | 'fromPg'): Row {
  return t.columns.map((c, i) => {
    try {
      return CONVERSIONS[c.kind][how](raw[i])
    } catch (err) {
      const named = t.key.map((k) => `${k}=${JSON.stringify(raw[t.columns.findIndex((p) => p.name === k)])}`).join(' ')
      throw new RowError(`${t.name} row ${named}: column ${c.name}: ${(err as Error).message}`)
    }
  })
}

/** The sqlite store's connection (better-sqlite3), one statement at a time. */
class SqliteAccess implements Writer {
  constructor(private readonly db: Database.Database) {}

  async count(t: TablePlan) {
    return this.db.prepare(`SELECT count(*) FROM "${t.name}"`).pluck().get() as number
  }

  async *batches(t: TablePlan, size: number): AsyncIterable<Row[]> {
    const select = `SELECT ${t.columns.map((c) => `"${c.name}"`).join(', ')} FROM "${t.name}"`
    const order = `ORDER BY ${t.key.map((k) => `"${k}"`).join(', ')} LIMIT ?`
    const first = this.db.prepare(`${select} ${order}`)
    const next = this.db.prepare(`${select} WHERE (${t.key.map((k) => `"${k}"`).join(', ')}) > (${t.key.map(() => '?').join(', ')}) ${order}`)
    const at = keyIndexes(t, t.key)
    let last: Value[] | undefined
    for (;;) {
      const raw = (last ? next.raw(true).all(...last, size) : first.raw(true).all(size)) as unknown[][]
      if (raw.length === 0) return
      const rows = raw.map((r) => convertRow(t, r, 'fromSqlite'))
      last = at.map((i) => rows[rows.length - 1]![i]!)
      yield rows
      if (raw.length < size) return
    }
  }

  async counter(t: TablePlan) {
    const kept = this.db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').pluck().get(t.name) as number | undefined
    const highest = this.db.prepare(`SELECT max(seq) FROM "${t.name}"`).pluck().get() as number | null
    return Math.max(kept ?? 0, highest ?? 0)
  }

  async insert(t: TablePlan, rows: Row[]) {
    const deferred = new Set(t.deferred)
    const statement = this.db.prepare(`INSERT INTO "${t.name}" (${t.columns.map((c) => `"${c.name}"`).join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`)
    for (const row of rows) {
      try {
        statement.run(...t.columns.map((c, i) => (deferred.has(c.name) ? null : CONVERSIONS[c.kind].toSqlite(row[i]!))))
      } catch (err) {
        throw new RowError(`${t.name} row ${rowName(t, row)}: ${driverMessage(err)}`)
      }
    }
  }

  async setDeferred(t: TablePlan, rows: Row[]) {
    const kinds = [...t.key, ...t.deferred].map((n) => t.columns.find((c) => c.name === n)!.kind)
    const statement = this.db.prepare(`UPDATE "${t.name}" SET ${t.deferred.map((c) => `"${c}" = ?`).join(', ')} WHERE ${t.key.map((k) => `"${k}" = ?`).join(' AND ')}`)
    for (const row of rows) {
      const values = row.map((v, i) => CONVERSIONS[kinds[i]!].toSqlite(v))
      try {
        statement.run(...values.slice(t.key.length), ...values.slice(0, t.key.length))
      } catch (err) {
        throw new RowError(`${t.name} row ${t.key.map((k, i) => `${k}=${JSON.stringify(row[i])}`).join(' ')}: ${t.deferred.join(', ')}: ${driverMessage(err)}`)
      }
    }
  }

  async setCounter(t: TablePlan, seq: number) {
    const updated = this.db.prepare('UPDATE sqlite_sequence SET seq = ? WHERE name = ?').run(seq, t.name).changes
    if (updated === 0 && seq > 0) this.db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(t.name, seq)
  }
}

/** The sqlite store's side: a read transaction (WAL: a snapshot), or BEGIN IMMEDIATE for the copy. */
export function sqliteSide(store: SqliteStore): Side {
  const db = store.db.$client
  const inTransaction = async <T>(begin: string, end: string, work: (a: SqliteAccess) => Promise<T>) => {
    if (db.inTransaction) throw new MigrateError(`${db.name} is inside another transaction`)
    db.exec(begin)
    try {
      const result = await work(new SqliteAccess(db))
      db.exec(end)
      return result
    } finally {
      if (db.inTransaction) db.exec('ROLLBACK')
    }
  }
  return {
    dialect: 'sqlite',
    snapshot: (work) => inTransaction('BEGIN', 'COMMIT', work),
    writing: (work) => inTransaction('BEGIN IMMEDIATE', 'COMMIT', work),
  }
}

type PgDb = PostgresStore['db']
type PgTx = Parameters<Parameters<PgDb['transaction']>[0]>[0]

/** The postgres store's connection: one transaction's handle (drizzle over node-postgres or PGlite). */
class PgAccess implements Writer {
  private savepoint = 0
  constructor(private readonly h: PgTx) {}

  private async rows(query: SQL): Promise<Record<string, unknown>[]> {
    return ((await this.h.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows
  }

  async count(t: TablePlan) {
    return Number((await this.rows(sql.raw(`SELECT count(*) AS n FROM "${t.name}"`)))[0]!.n)
  }

  async *batches(t: TablePlan, size: number): AsyncIterable<Row[]> {
    const select = `SELECT ${t.columns.map((c) => `${CONVERSIONS[c.kind].pgRead(c.name)} AS "${c.name}"`).join(', ')} FROM "${t.name}"`
    const keys = t.key.map((k) => `"${k}"`).join(', ')
    const at = keyIndexes(t, t.key)
    let last: Value[] | undefined
    for (;;) {
      const where = last ? sql` WHERE (${sql.raw(keys)}) > (${sql.join(last.map((v) => sql`${v}`), sql`, `)})` : sql``
      const raw = await this.rows(sql`${sql.raw(select)}${where} ORDER BY ${sql.raw(keys)} LIMIT ${size}`)
      if (raw.length === 0) return
      const rows = raw.map((r) => convertRow(t, t.columns.map((c) => r[c.name]), 'fromPg'))
      last = at.map((i) => rows[rows.length - 1]![i]!)
      yield rows
      if (raw.length < size) return
    }
  }

  async counter(t: TablePlan) {
    const [row] = await this.rows(
      sql.raw(`SELECT greatest(coalesce(pg_sequence_last_value(pg_get_serial_sequence('"${t.name}"', 'seq')::regclass), 0), coalesce((SELECT max(seq) FROM "${t.name}"), 0)) AS n`),
    )
    return Number(row!.n)
  }

  /** `work` inside a savepoint: when it fails, the transaction goes on as it was before it. */
  private async inSavepoint(work: () => Promise<void>): Promise<void> {
    const name = sql.raw(`copy_${++this.savepoint}`)
    await this.h.execute(sql`SAVEPOINT ${name}`)
    try {
      await work()
    } catch (err) {
      await this.h.execute(sql`ROLLBACK TO SAVEPOINT ${name}`)
      throw err
    }
    await this.h.execute(sql`RELEASE SAVEPOINT ${name}`)
  }

  private insertStatement(t: TablePlan, rows: Row[]): SQL {
    const deferred = new Set(t.deferred)
    const values = rows.map(
      (row) =>
        sql`(${sql.join(
          t.columns.map((c, i) => (deferred.has(c.name) ? sql`NULL` : CONVERSIONS[c.kind].pgWrite(sql`${CONVERSIONS[c.kind].toPg(row[i]!)}`))),
          sql`, `,
        )})`,
    )
    return sql`INSERT INTO ${sql.raw(`"${t.name}" (${t.columns.map((c) => `"${c.name}"`).join(', ')})`)} VALUES ${sql.join(values, sql`, `)}`
  }

  /**
   * Multi-row inserts, each in a savepoint: when one fails, its rows are tried one at a time to
   * name the row the database refused (the copy stops there and the whole transaction rolls back).
   */
  async insert(t: TablePlan, rows: Row[]) {
    const perStatement = Math.max(1, Math.floor(PG_MAX_PARAMS / t.columns.length))
    for (let i = 0; i < rows.length; i += perStatement) {
      const chunk = rows.slice(i, i + perStatement)
      try {
        await this.inSavepoint(() => this.h.execute(this.insertStatement(t, chunk)).then(() => undefined))
      } catch (err) {
        for (const row of chunk) {
          try {
            await this.inSavepoint(() => this.h.execute(this.insertStatement(t, [row])).then(() => undefined))
          } catch (rowErr) {
            throw new RowError(`${t.name} row ${rowName(t, row)}: ${driverMessage(rowErr)}`)
          }
        }
        throw new RowError(`${t.name}: ${driverMessage(err)}`)
      }
    }
  }

  async setDeferred(t: TablePlan, rows: Row[]) {
    const names = [...t.key, ...t.deferred]
    const kinds = names.map((n) => t.columns.find((c) => c.name === n)!.kind)
    const values = rows.map((row) => sql`(${sql.join(row.map((v, i) => sql`${CONVERSIONS[kinds[i]!].toPg(v)}::${sql.raw(CONVERSIONS[kinds[i]!].pgCast)}`), sql`, `)})`)
    const set = t.deferred.map((c) => `"${c}" = v."${c}"`).join(', ')
    const match = t.key.map((k) => `t."${k}" = v."${k}"`).join(' AND ')
    await this.h.execute(
      sql`UPDATE ${sql.raw(`"${t.name}" AS t SET ${set}`)} FROM (VALUES ${sql.join(values, sql`, `)}) AS ${sql.raw(`v (${names.map((n) => `"${n}"`).join(', ')})`)} WHERE ${sql.raw(match)}`,
    )
  }

  async setCounter(t: TablePlan, seq: number) {
    const sequence = `pg_get_serial_sequence('"${t.name}"', 'seq')`
    await this.h.execute(sql.raw(seq > 0 ? `SELECT setval(${sequence}, ${seq}, true)` : `SELECT setval(${sequence}, 1, false)`))
  }
}

/** The postgres store's side: a repeatable-read, read-only transaction as the snapshot; one transaction for the copy. */
export function pgSide(store: PostgresStore): Side {
  return {
    dialect: 'postgres',
    snapshot: (work) => store.db.transaction((tx) => work(new PgAccess(tx)), { isolationLevel: 'repeatable read', accessMode: 'read only' }),
    writing: (work) => store.db.transaction((tx) => work(new PgAccess(tx))),
  }
}

export type AnyStore = SqliteStore | PostgresStore

export function sideOf(store: AnyStore): Side {
  return store.dialect === 'sqlite' ? sqliteSide(store as SqliteStore) : pgSide(store as PostgresStore)
}

// Checksums -----------------------------------------------------------------------------------------

/**
 * A table's fingerprint: its rows, and two checksums: of the ids (the key, and the text id where
 * the table has one besides) and of every value. Each is the sum, modulo 2^256, of the SHA-256 of
 * each row's values as JSON: a sum does not depend on the order rows are read in, so each store
 * reads in its own key order (PostgreSQL's text order is its collation's, SQLite's is bytes) and
 * two tables with the same rows agree. `key` is the checksum of the key alone (claim_docs is
 * checked against its claims' seqs by it).
 */
export interface Digest {
  rows: number
  key: string
  ids: string
  content: string
}

const MOD = 1n << 256n
const rowHash = (values: unknown[]) => BigInt(`0x${createHash('sha256').update(JSON.stringify(values)).digest('hex')}`)
const hex = (n: bigint) => n.toString(16).padStart(64, '0')

async function digest(r: Reader, t: TablePlan, size: number, onRows?: (n: number) => void): Promise<Digest> {
  const keyAt = keyIndexes(t, t.key)
  const idAt = keyIndexes(t, t.ids)
  let rows = 0
  let key = 0n
  let ids = 0n
  let content = 0n
  for await (const batch of r.batches(t, size)) {
    for (const row of batch) {
      key = (key + rowHash(keyAt.map((i) => row[i]))) % MOD
      ids = (ids + rowHash(idAt.map((i) => row[i]))) % MOD
      content = (content + rowHash(row)) % MOD
    }
    rows += batch.length
    onRows?.(rows)
  }
  return { rows, key: hex(key), ids: hex(ids), content: hex(content) }
}

// Verification --------------------------------------------------------------------------------------

export interface TableCheck {
  table: string
  role: TableRole
  source: Digest | { rows: number }
  target: Digest | { rows: number }
  /** Counters (copied tables with a seq): the seq each side has handed out. */
  counters?: { source: number; target: number }
  /** Whether the content checksums were compared (not for a cache, nor for renderings of two kinds of store). */
  contentCompared: boolean
  ok: boolean
  /** What was compared, or what differs. */
  note: string
}

export interface Verification {
  tables: TableCheck[]
  ok: boolean
}

export interface Progress {
  phase: 'copy' | 'verify'
  table: string
  /** Which store is being read (verify: each in turn; copy: the source). */
  side: 'source' | 'target'
  /** Rows done of this table so far, and its rows in all (the source's, or the side's being read). */
  done: number
  total: number
}

export interface RunOptions {
  /** Rows read and written a batch (default BATCH_ROWS). */
  batchRows?: number
  /** Called at each table's start and after each batch. */
  onProgress?: (p: Progress) => void
  /** Aborting stops the copy at the next batch: it is rolled back (InterruptedError). */
  signal?: AbortSignal
}

/** The signal aborted the copy (Ctrl-C): it was rolled back. */
export class InterruptedError extends MigrateError {
  constructor() {
    super('interrupted')
  }
}

function checkAborted(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new InterruptedError()
}

/**
 * Compares two stores table by table as each reader sees them: rows, id and content checksums of
 * every copied and summary table, counters, and claim_docs (one per claim where a store keeps
 * them: SQLite always; the postgres store keeps none); documents (a cache) are counted only.
 */
async function compare(source: Reader, target: Reader, dialects: { source: Dialect; target: Dialect }, plan: TablePlan[], options: RunOptions): Promise<Verification> {
  const size = options.batchRows ?? BATCH_ROWS
  const checks: TableCheck[] = []
  const claims = plan.find((p) => p.name === 'claims')!
  const digests = new Map<string, { source: Digest; target: Digest }>()
  const both = async (t: TablePlan) => {
    const sides: Digest[] = []
    for (const [side, r] of [['source', source], ['target', target]] as const) {
      checkAborted(options.signal)
      const total = await r.count(t)
      options.onProgress?.({ phase: 'verify', side, table: t.name, done: 0, total })
      sides.push(await digest(r, t, size, (done) => options.onProgress?.({ phase: 'verify', side, table: t.name, done, total })))
    }
    const pair = { source: sides[0]!, target: sides[1]! }
    digests.set(t.name, pair)
    return pair
  }
  for (const t of plan) {
    if (t.role === 'cache') {
      checks.push({ table: t.name, role: t.role, source: { rows: await source.count(t) }, target: { rows: await target.count(t) }, ok: true, contentCompared: false, note: 'a cache: not copied, rendered again on read' })
      continue
    }
    if (t.name === 'claim_docs') {
      const { source: s, target: d } = await both(t)
      const claimKeys = digests.get('claims') ?? (await both(claims))
      const keeps = (dialect: Dialect, doc: Digest) => dialect === 'sqlite' || doc.rows > 0
      const wrong = (['source', 'target'] as const).filter((side) => keeps(dialects[side], side === 'source' ? s : d) && (side === 'source' ? s : d).key !== claimKeys[side].key)
      // Both stores of one kind render a claim alike: then the renderings themselves must agree.
      const rendered = dialects.source === dialects.target && keeps(dialects.source, s) && s.content !== d.content
      checks.push({
        table: t.name,
        role: t.role,
        source: s,
        target: d,
        ok: wrong.length === 0 && !rendered,
        contentCompared: dialects.source === dialects.target,
        note: wrong.length
          ? `${wrong.join(' and ')}: not one rendered claim per claim`
          : rendered
            ? 'renderings differ'
            : `one per claim where kept (${[...new Set([dialects.source, dialects.target])].map((x) => (x === 'sqlite' ? 'SQLite keeps them' : 'the postgres store keeps none')).join('; ')})`,
      })
      continue
    }
    const { source: s, target: d } = await both(t)
    const differ = (['rows', 'ids', 'content'] as const).filter((f) => s[f] !== d[f])
    const check: TableCheck = { table: t.name, role: t.role, source: s, target: d, ok: differ.length === 0, contentCompared: true, note: differ.length ? `${differ.join(', ')} differ` : 'same rows, ids and values' }
    if (t.counter) {
      check.counters = { source: await source.counter(t), target: await target.counter(t) }
      if (check.counters.source !== check.counters.target) {
        check.ok = false
        check.note = `${differ.length ? `${check.note}; ` : ''}counter differs`
      }
    }
    checks.push(check)
  }
  return { tables: checks, ok: checks.every((c) => c.ok) }
}

/**
 * Compares two stores as they are now (each in its own read snapshot): what `npm run migrate-store
 * -- --verify` runs, and what a copy runs before committing.
 */
export async function verifyStores(source: AnyStore, target: AnyStore, options: RunOptions = {}): Promise<Verification> {
  const plan = migrationPlan()
  return sideOf(source).snapshot((s) => sideOf(target).snapshot((d) => compare(s, d, { source: source.dialect, target: target.dialect }, plan, options)))
}

// The copy ------------------------------------------------------------------------------------------

export interface CopyReport {
  verification: Verification
  /** Rows copied (the copied tables'; the rebuilt ones are the target's triggers' work). */
  rows: number
  /** Per copied table: rows and milliseconds. */
  tables: { table: string; rows: number; ms: number }[]
  /** Milliseconds copying, then verifying. */
  copyMs: number
  verifyMs: number
}

/** The copy did not verify: nothing was committed. Carries the verification to show. */
export class VerificationError extends MigrateError {
  constructor(readonly verification: Verification) {
    super(`the copy did not verify (${verification.tables.filter((t) => !t.ok).map((t) => `${t.table}: ${t.note}`).join('; ')}): it was rolled back, the target is as it was`)
  }
}

/** Whether two SQLite paths name one file (the same inode, through links too); `:memory:` never does. */
export function sameFile(a: string, b: string): boolean {
  if (a === ':memory:' || b === ':memory:') return false
  if (resolve(a) === resolve(b)) return true
  try {
    const [x, y] = [statSync(a), statSync(b)]
    return x.dev === y.dev && x.ino === y.ino
  } catch {
    return false
  }
}

/** Names the tables of a store that hold rows (empty: none). */
async function rowsHeld(r: Reader, plan: TablePlan[]): Promise<string[]> {
  const held: string[] = []
  for (const t of plan) {
    const n = await r.count(t)
    if (n > 0) held.push(`${t.name}: ${n}`)
  }
  return held
}

/**
 * Copies every row of `source` into `target` (both opened: the target's migrations applied), as
 * the header of this file says, in one transaction on the target and one read snapshot of the
 * source, then verifies before committing. Throws MigrateError when the target holds any row
 * (never merges two databases), RowError naming the table and row the target refused, and
 * VerificationError when the copy does not verify; in each case, and when `signal` aborts, the
 * target's transaction is rolled back and nothing of the copy stays.
 */
export async function migrateStore(source: AnyStore, target: AnyStore, options: RunOptions = {}): Promise<CopyReport> {
  if (source === target || (source.dialect === 'sqlite' && target.dialect === 'sqlite' && sameFile(source.db.$client.name, target.db.$client.name))) {
    throw new MigrateError('the source and the target are the same database')
  }
  const plan = migrationPlan()
  const size = options.batchRows ?? BATCH_ROWS
  if (!(Number.isInteger(size) && size >= 1)) throw new MigrateError(`batch size must be a positive integer, got ${size}`)
  return sideOf(source).snapshot((src) =>
    sideOf(target).writing(async (dst) => {
      const held = await rowsHeld(dst, plan)
      if (held.length) {
        throw new MigrateError(`the target is not empty (${held.join(', ')}): migrate-store copies only into an empty database, never merges two`)
      }
      const started = performance.now()
      const tables: CopyReport['tables'] = []
      let copied = 0
      for (const t of plan.filter((p) => p.role === 'copied')) {
        const t0 = performance.now()
        const total = await src.count(t)
        let done = 0
        options.onProgress?.({ phase: 'copy', side: 'source', table: t.name, done, total })
        const deferredAt = keyIndexes(t, [...t.key, ...t.deferred])
        for await (const rows of src.batches(t, size)) {
          checkAborted(options.signal)
          await dst.insert(t, rows)
          done += rows.length
          options.onProgress?.({ phase: 'copy', side: 'source', table: t.name, done, total })
        }
        // References within the table, now that every row they may point at is there.
        if (t.deferred.length) {
          for await (const rows of src.batches(t, size)) {
            checkAborted(options.signal)
            const set = rows.filter((r) => t.deferred.some((c) => r[keyIndexes(t, [c])[0]!] !== null)).map((r) => deferredAt.map((i) => r[i]!))
            if (set.length) await dst.setDeferred(t, set)
          }
        }
        if (t.counter) await dst.setCounter(t, await src.counter(t))
        copied += done
        tables.push({ table: t.name, rows: done, ms: performance.now() - t0 })
      }
      const copyMs = performance.now() - started
      const verification = await compare(src, dst, { source: source.dialect, target: target.dialect }, plan, options)
      if (!verification.ok) throw new VerificationError(verification)
      checkAborted(options.signal)
      return { verification, rows: copied, tables, copyMs, verifyMs: performance.now() - started - copyMs }
    }),
  )
}

// The report ----------------------------------------------------------------------------------------

/** The verification as a text table: per table, both sides' rows and checksums, and the verdict. */
export function formatVerification(v: Verification): string {
  const short = (d: Digest | { rows: number }, f: 'ids' | 'content') => ('ids' in d ? d[f].slice(0, 12) : '—')
  const header = ['table', 'how', 'source rows', 'target rows', 'ids sha256 source', 'ids sha256 target', 'content', 'next seq', '']
  const lines = v.tables.map((c) => [
    c.table,
    c.role,
    String(c.source.rows),
    String(c.target.rows),
    short(c.source, 'ids'),
    short(c.target, 'ids'),
    c.contentCompared && 'content' in c.source && 'content' in c.target ? (c.source.content === c.target.content ? 'same' : 'DIFFERS') : '—',
    c.counters ? (c.counters.source === c.counters.target ? String(c.counters.source + 1) : `${c.counters.source + 1} / ${c.counters.target + 1}`) : '—',
    c.ok ? `ok: ${c.note}` : `MISMATCH: ${c.note}`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const right = new Set([2, 3])
  const format = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : right.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ')
  return [format(header), ...lines.map(format)].join('\n')
}
