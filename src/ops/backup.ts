// `npm run backup -- <file>` and `npm run restore -- <file>`: SQLite's online backup, safe while the
// server runs (backup) and refused while it runs (restore).
import Database from 'better-sqlite3'
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { PAGE_SIZE } from '../db/open.js'

/** The file a running server keeps beside its database, holding its pid. */
export const pidFileOf = (databasePath: string) => `${resolve(databasePath)}.pid`

/** The pid of a live server on this database, if any (a stale pid file does not count). */
export function runningServer(databasePath: string): number | null {
  const file = pidFileOf(databasePath)
  if (!existsSync(file)) return null
  const pid = Number(readFileSync(file, 'utf8').trim())
  if (!Number.isInteger(pid) || pid <= 0) return null
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return null
  }
}

function check(path: string): void {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const result = db.pragma('integrity_check', { simple: true })
    if (result !== 'ok') throw new Error(`${path} failed the integrity check: ${String(result)}`)
  } finally {
    db.close()
  }
}

/**
 * Copies the live database page by page (SQLite's backup API: writers may go on meanwhile; pages
 * they change are copied again), then checks the copy's integrity.
 */
export async function backup(databasePath: string, target: string, onProgress?: (done: number, total: number) => void): Promise<void> {
  if (!existsSync(databasePath)) throw new Error(`no database at ${databasePath}`)
  if (existsSync(target)) throw new Error(`${target} exists; choose a new file name`)
  const db = new Database(databasePath, { fileMustExist: true })
  db.pragma('busy_timeout = 5000')
  try {
    await db.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages - remainingPages, totalPages)
        return 256
      },
    })
  } finally {
    db.close()
  }
  check(target)
}

/**
 * Replaces the database with a backup, after checking it; refused while a server uses the database.
 * The copy is written with the page size new databases get (a backup of an older database moves to it).
 */
export function restore(source: string, databasePath: string): void {
  const pid = runningServer(databasePath)
  if (pid !== null) throw new Error(`a server (pid ${pid}) is using ${databasePath}; stop it before restoring`)
  check(source)
  const staging = `${resolve(databasePath)}.restoring`
  const db = new Database(source, { readonly: true, fileMustExist: true })
  try {
    db.pragma(`page_size = ${PAGE_SIZE}`)
    db.exec(`VACUUM INTO '${staging.replaceAll("'", "''")}'`)
  } finally {
    db.close()
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${resolve(databasePath)}${suffix}`, { force: true })
  renameSync(staging, resolve(databasePath))
}
