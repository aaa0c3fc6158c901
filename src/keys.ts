import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { ApiKey } from './config.js'

/**
 * The key used when API_KEYS is unset: generated once, kept beside the database in a file only its
 * owner can read, and reused on later starts. Returns the key and the file's path (which may be
 * logged; the key may not).
 */
export function generatedKey(databasePath: string): { key: ApiKey; path: string; created: boolean } {
  const base = databasePath === ':memory:' ? process.cwd() : dirname(resolve(databasePath))
  const path = join(base, 'api-key')
  if (existsSync(path)) {
    const key = readFileSync(path, 'utf8').trim()
    if (key.length >= 16) return { key: { name: 'generated', key }, path, created: false }
  }
  const key = randomBytes(32).toString('base64url')
  writeFileSync(path, `${key}\n`, { mode: 0o600 })
  chmodSync(path, 0o600)
  return { key: { name: 'generated', key }, path, created: true }
}
