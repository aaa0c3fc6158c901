// `npm run migrate-store -- --from <sqlite path | postgres://…> --to <postgres://… | sqlite path>`:
// copies a database between stores (./migrate-store.ts says how), with a progress bar, and prints
// the verification; `--verify` only compares two stores as they are. Exit codes: 0 copied and
// verified (or, with --verify, the same); 1 refused, failed, or a mismatch (nothing committed); 2 bad
// arguments; 130 interrupted (rolled back).
import { SingleBar } from 'cli-progress'
import { existsSync, rmSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { parseDatabaseUrl } from '../config.js'
import { pgPoolConnection } from '../store/pg-connection.js'
import { PostgresStore } from '../store/postgres.js'
import { SqliteStore } from '../store/sqlite.js'
import { runningServer } from './backup.js'
import {
  BATCH_ROWS,
  formatVerification,
  InterruptedError,
  MigrateError,
  migrateStore,
  sameFile,
  VerificationError,
  verifyStores,
  type AnyStore,
  type Progress,
} from './migrate-store.js'

export const USAGE = `usage: npm run migrate-store -- --from <sqlite file | postgres://…> --to <postgres://… | sqlite file> [--batch ${BATCH_ROWS}] [--verify]
  copies every row of --from into --to, which must be empty (a new SQLite file, or an empty PostgreSQL
  database: createdb newsclaims), ids, seqs and timestamps unchanged, in one transaction, then verifies
  counts and checksums of every table on both sides; --verify only compares the two as they are`

/** Where a store is: a SQLite file, or a PostgreSQL database by URL. */
export type Location = { kind: 'sqlite'; path: string; label: string } | { kind: 'postgres'; url: string; label: string; key: string }

export class UsageError extends Error {}

/** `--from`/`--to` read: a postgres:// URL (checked as DATABASE_URL is), anything else a file path. */
export function parseLocation(raw: string, what: '--from' | '--to'): Location {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    const parsed = parseDatabaseUrl(raw)
    if ('problems' in parsed) throw new UsageError(`${what}: the URL ${parsed.problems.join('; ')}`)
    // One database: the same host (or socket directory), port and database name, whoever connects.
    const key = [parsed.host.toLowerCase(), parsed.port, parsed.database].join('|')
    return { kind: 'postgres', url: raw, label: parsed.redacted, key }
  }
  if (raw === ':memory:') throw new UsageError(`${what}: :memory: is a database no other process can see; give a file`)
  return { kind: 'sqlite', path: raw, label: resolve(raw) }
}

/** Refuses a copy of a database onto itself, before opening anything. */
export function checkDistinct(from: Location, to: Location): void {
  const same = from.kind === 'sqlite' && to.kind === 'sqlite' ? sameFile(from.path, to.path) : from.kind === 'postgres' && to.kind === 'postgres' && from.key === to.key
  if (same) throw new UsageError(`--from and --to are the same database (${to.label}): give another target`)
}

/** Opens a store through its own open() (migrations applied). A SQLite source must exist; a target it creates is reported. */
export async function openLocation(at: Location, role: 'source' | 'target'): Promise<{ store: AnyStore; created: boolean }> {
  if (at.kind === 'postgres') {
    const store = new PostgresStore(pgPoolConnection(at.url, { max: 2 }))
    try {
      await store.open()
    } catch (err) {
      await store.close()
      throw err
    }
    return { store, created: false }
  }
  const exists = existsSync(at.path)
  if (role === 'source' && !exists) throw new MigrateError(`no SQLite database at ${at.label}: --from must name an existing file`)
  if (exists && !statSync(at.path).isFile()) throw new MigrateError(`${at.label} is not a file`)
  if (role === 'target') {
    const pid = runningServer(at.path)
    if (pid !== null) throw new MigrateError(`a server (pid ${pid}) is using ${at.label}; stop it before copying into it`)
  }
  const store = new SqliteStore({ path: at.path })
  try {
    await store.open()
  } catch (err) {
    await store.close()
    if (!exists) removeSqlite(at.path)
    throw err
  }
  return { store, created: !exists }
}

function removeSqlite(path: string) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true })
}

const rate = (rows: number, ms: number) => `${Math.round(rows / Math.max(ms / 1000, 1e-3)).toLocaleString('en-US')} rows/s`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * Progress: on a terminal, a bar per table (rows done of the table's, rows/s, time left). Otherwise
 * (a log, a pipe) lines: one per table copied, with its rows and rate, and one every `every` rows
 * of a large table; the verification says when it starts and, for large tables, how far it is.
 */
export function progressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean }, every = 10_000) {
  let current: { key: string; started: number; bar?: SingleBar; printed: number } | undefined
  let verifying = false
  const finish = () => {
    current?.bar?.stop()
    current = undefined
  }
  const report = (p: Progress) => {
    const key = `${p.phase} ${p.table} ${p.side}`
    const what = p.phase === 'copy' ? `copy ${p.table}` : `verify ${p.table} (${p.side})`
    if (current?.key !== key) {
      finish()
      current = { key, started: performance.now(), printed: 0 }
      if (stream.isTTY) {
        current.bar = new SingleBar({ format: `${what.padEnd(38)} [{bar}] {value}/{total} rows | {speed} | {eta_formatted} left`, stream, hideCursor: true, barsize: 30 })
        current.bar.start(p.total, 0, { speed: '' })
      } else if (p.phase === 'verify' && !verifying) {
        verifying = true
        stream.write('verifying: rows and checksums of every table, on both sides\n')
      } else if (p.phase === 'copy' && p.total === 0) {
        stream.write(`${what}: no rows\n`)
      }
    }
    const elapsed = performance.now() - current.started
    if (current.bar) {
      current.bar.update(p.done, { speed: rate(p.done, elapsed) })
    } else if (p.done >= current.printed + every || (p.phase === 'copy' && p.done === p.total && p.done > 0)) {
      current.printed = p.done
      const done = p.done === p.total ? ` in ${seconds(elapsed)} (${rate(p.done, elapsed)})` : ''
      stream.write(`${what}: ${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')} rows${done}\n`)
    }
    if (p.done >= p.total) finish()
  }
  return { report, finish }
}

/** An error's message; a driver's wrapped query error (which repeats the statement) replaced by its cause's. */
function explain(err: unknown): string {
  const message = (err as Error).message ?? String(err)
  const at = message.indexOf('Failed query:')
  if (at < 0) return message
  let root = err as { cause?: unknown; message?: string }
  while (root.cause && typeof root.cause === 'object') root = root.cause as typeof root
  return `${message.slice(0, at)}${root !== err && root.message ? root.message : 'the database refused the first statement'}`
}

export interface CliIo {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  /** Stops the copy (Ctrl-C): the CLI aborts it on SIGINT and SIGTERM. */
  signal?: AbortSignal
}

/** The command: parses `argv`, runs, prints; resolves with the exit code. */
export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let args
  try {
    args = parseArgs({ args: argv, options: { from: { type: 'string' }, to: { type: 'string' }, batch: { type: 'string' }, verify: { type: 'boolean' }, help: { type: 'boolean' } } }).values
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n${USAGE}\n`)
    return 2
  }
  if (args.help) {
    io.stdout.write(`${USAGE}\n`)
    return 0
  }
  let from: Location, to: Location, batchRows: number
  try {
    if (!args.from || !args.to) throw new UsageError('both --from and --to are needed')
    from = parseLocation(args.from, '--from')
    to = parseLocation(args.to, '--to')
    checkDistinct(from, to)
    batchRows = args.batch === undefined ? BATCH_ROWS : Number(args.batch)
    if (!(Number.isInteger(batchRows) && batchRows >= 1 && batchRows <= 100_000)) throw new UsageError(`--batch must be a whole number of rows from 1 to 100000, got "${args.batch}"`)
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    io.stderr.write(`${err.message}\n${USAGE}\n`)
    return 2
  }

  const progress = progressReporter(io.stderr)
  let source: AnyStore | undefined
  let target: { store: AnyStore; created: boolean } | undefined
  try {
    source = (await openLocation(from, 'source')).store
    if (args.verify) {
      if (to.kind === 'sqlite' && !existsSync(to.path)) throw new MigrateError(`no SQLite database at ${to.label} to compare with`)
      target = await openLocation(to, 'source')
      const verification = await verifyStores(source, target.store, { batchRows, onProgress: progress.report, signal: io.signal })
      progress.finish()
      io.stdout.write(`${formatVerification(verification)}\n`)
      io.stdout.write(verification.ok ? `${from.label} and ${to.label} hold the same rows\n` : `${from.label} and ${to.label} differ\n`)
      return verification.ok ? 0 : 1
    }
    target = await openLocation(to, 'target')
    const report = await migrateStore(source, target.store, { batchRows, onProgress: progress.report, signal: io.signal })
    progress.finish()
    io.stdout.write(`${formatVerification(report.verification)}\n`)
    io.stdout.write(
      `copied ${report.rows.toLocaleString('en-US')} rows from ${from.label} (${source.dialect}) to ${to.label} (${target.store.dialect}) in ${seconds(report.copyMs)} (${rate(report.rows, report.copyMs)}), verified in ${seconds(report.verifyMs)}: committed\n`,
    )
    return 0
  } catch (err) {
    progress.finish()
    if (err instanceof VerificationError) io.stdout.write(`${formatVerification(err.verification)}\n`)
    const copying = target !== undefined && !args.verify
    const left = !copying ? '' : target!.created ? `; the new file ${to.label} was removed` : `; nothing was written to ${to.label} (the copy rolled back)`
    if (target?.created && copying) {
      await target.store.close()
      removeSqlite((to as Extract<Location, { kind: 'sqlite' }>).path)
    }
    io.stderr.write(`migrate-store ${err instanceof InterruptedError ? 'interrupted' : 'failed'}: ${explain(err)}${left}\n`)
    return err instanceof InterruptedError ? 130 : 1
  } finally {
    await source?.close()
    await target?.store.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const controller = new AbortController()
  const stop = () => {
    if (controller.signal.aborted) process.exit(130)
    process.stderr.write('\nstopping: rolling the copy back (again to quit at once; the target keeps nothing either way)\n')
    controller.abort()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, signal: controller.signal })
}
