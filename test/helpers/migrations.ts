import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { MIGRATIONS_FOLDER, openDatabase } from '../../src/db/open.js'

/**
 * A database file in `dir` migrated with the migration set before `tag` (a migration's number,
 * "0009"), as a database made at that time was: the migrations folder copied with its journal cut
 * before `tag`. Returns the file's path and the open database (the caller closes it).
 */
export function databaseBefore(dir: string, tag: string): { path: string; db: ReturnType<typeof openDatabase> } {
  const before = join(dir, 'migrations')
  cpSync(MIGRATIONS_FOLDER, before, { recursive: true })
  const journalPath = join(before, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'))
  journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < tag)
  writeFileSync(journalPath, JSON.stringify(journal))
  const path = join(dir, `before-${tag}.db`)
  const db = openDatabase(path, { migrate: false })
  migrate(db, { migrationsFolder: before })
  return { path, db }
}
