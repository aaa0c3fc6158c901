import { z } from 'zod'
import { DEFAULT_SQLITE_MEMORY, type SqliteMemory } from './db/open.js'
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from './ingest/fetch.js'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** One bearer key; `name` is what the audit trail and logs show, never the key itself. */
export interface ApiKey {
  name: string
  key: string
}

const ApiKeysSchema = z
  .string()
  .transform((raw, ctx): ApiKey[] => {
    const keys: ApiKey[] = []
    for (const [i, entry] of raw.split(',').map((s) => s.trim()).filter(Boolean).entries()) {
      // `name:key`, or a bare key (named key-1, key-2, … by position).
      const colon = entry.indexOf(':')
      const name = colon > 0 ? entry.slice(0, colon) : `key-${i + 1}`
      const key = colon > 0 ? entry.slice(colon + 1) : entry
      if (key.length < 16) {
        ctx.addIssue({ code: 'custom', message: `key "${name}" is shorter than 16 characters` })
        return z.NEVER
      }
      keys.push({ name, key })
    }
    return keys
  })

/** A PostgreSQL connection URL as DATABASE_URL gives it, checked (never logged: see `redacted`). */
export interface DatabaseUrl {
  /** The URL as given, for the driver (node-postgres reads it whole, options included). */
  url: string
  /** Host name or address, or the directory of a Unix socket (`?host=/var/run/postgresql`). */
  host: string
  port: number
  database: string
  user: string | undefined
  password: string | undefined
  /** `sslmode` when the URL sets one. */
  sslmode: (typeof SSL_MODES)[number] | undefined
  /** The URL with its password replaced by `***`: what logs and messages may show. */
  redacted: string
}

const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const
const URL_SHAPE = 'postgres://user:password@host:5432/database'

/**
 * DATABASE_URL → its parts. Accepts `postgres://` and `postgresql://` URLs naming a host (or a socket
 * directory in `?host=`) and one database; the port defaults to 5432; user, password and database
 * are percent-decoded. Returns a message for each thing wrong instead, none of which repeats the
 * password.
 */
export function parseDatabaseUrl(raw: string): DatabaseUrl | { problems: string[] } {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase()
  if (scheme !== 'postgres' && scheme !== 'postgresql') {
    return { problems: [`must be a postgres:// or postgresql:// URL such as ${URL_SHAPE}${scheme ? ` (got a ${scheme}: URL)` : ''}`] }
  }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { problems: [`is not a well-formed URL (a port above 65535, a space, a stray character?); expected ${URL_SHAPE}`] }
  }
  const problems: string[] = []
  const decode = (part: string, what: string) => {
    try {
      return decodeURIComponent(part)
    } catch {
      problems.push(`its ${what} has a malformed %-escape`)
      return part
    }
  }
  const socket = url.searchParams.get('host')
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1') || socket || ''
  if (!host) problems.push(`names no host; expected ${URL_SHAPE}`)
  const port = url.port === '' ? 5432 : Number(url.port)
  if (port < 1) problems.push('port must be from 1 to 65535')
  const segments = url.pathname.split('/').slice(1)
  if (segments.length !== 1 || segments[0] === '') {
    problems.push(segments.length > 1 ? 'names a path, not one database: expected /database after the host' : `names no database; expected ${URL_SHAPE}`)
  }
  const database = decode(segments[0] ?? '', 'database')
  const user = url.username ? decode(url.username, 'user name') : undefined
  const password = url.password ? decode(url.password, 'password') : undefined
  const sslmode = url.searchParams.get('sslmode')
  if (sslmode !== null && !(SSL_MODES as readonly string[]).includes(sslmode)) {
    problems.push(`sslmode must be one of ${SSL_MODES.join(', ')} (got "${sslmode}")`)
  }
  if (problems.length > 0) return { problems }
  const redactedUrl = new URL(raw)
  if (redactedUrl.password) redactedUrl.password = '***'
  return {
    url: raw,
    host,
    port,
    database,
    user,
    password,
    sslmode: (sslmode ?? undefined) as DatabaseUrl['sslmode'],
    redacted: redactedUrl.toString(),
  }
}

const DatabaseUrlSchema = z.string().transform((raw, ctx): DatabaseUrl => {
  const parsed = parseDatabaseUrl(raw)
  if ('problems' in parsed) {
    for (const message of parsed.problems) ctx.addIssue({ code: 'custom', message })
    return z.NEVER
  }
  return parsed
})

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default('./data/newsclaims.db'),
  DATABASE_URL: DatabaseUrlSchema.optional(),
  API_KEYS: ApiKeysSchema.optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  BODY_LIMIT: z.coerce.number().int().min(1024).default(1024 * 1024),
  HTML_BODY_LIMIT: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
  MIN_ARTICLE_WORDS: z.coerce.number().int().min(1).default(15),
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_FETCH_OPTIONS.timeoutMs),
  FETCH_MAX_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_FETCH_OPTIONS.maxBytes),
  FETCH_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(DEFAULT_FETCH_OPTIONS.maxRedirects),
  FETCH_ALLOW_HOSTS: z.string().default(''),
  FETCH_USER_AGENT: z.string().min(1).default(DEFAULT_FETCH_OPTIONS.userAgent),
  READ_AUTH: z.enum(['0', '1']).default('0'),
  CORS_ORIGINS: z.string().default(''),
  RATE_LIMIT_WRITES: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_SEARCH: z.coerce.number().int().min(1).default(600),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  EXTRACTION_TIMEOUT_MS: z.coerce.number().int().min(10).default(30_000),
  RESPONSE_CACHE_MB: z.coerce.number().min(0).default(64),
  RESPONSE_CACHE_MIN_USES: z.coerce.number().int().min(1).default(2),
  SQLITE_CACHE_MB: z.coerce.number().min(1).default(DEFAULT_SQLITE_MEMORY.cacheMb),
  SQLITE_MMAP_MB: z.coerce.number().min(0).default(DEFAULT_SQLITE_MEMORY.mmapMb),
})

export interface Config {
  port: number
  host: string
  databasePath: string
  /** Undefined when API_KEYS is unset: the server then generates one and keeps it in a file. */
  apiKeys: ApiKey[] | undefined
  logLevel: (typeof LOG_LEVELS)[number]
  bodyLimit: number
  /** Bytes of a text/html body at most (pages are heavy: scripts, styles, markup). */
  htmlBodyLimit: number
  /** Words of main text an HTML page needs to be an article; fewer → 422 no_article_text. */
  minArticleWords: number
  /** How pages are fetched by URL (POST /v1/articles with `url` and no text): FETCH_* variables. */
  fetch: FetchOptions
  /** Reads need a key too. */
  readAuth: boolean
  corsOrigins: string[]
  rateLimit: { writes: number; searches: number }
  requestTimeoutMs: number
  /** Thread time allowed to read and extract one ingested article, in ms; past it → 422. */
  extractionTimeoutMs: number
  /** Bytes of read answers kept in memory between writes; 0: none (ETags and 304s stay). */
  cacheBytes: number
  /** An answer is kept from the time its URL is computed this many times (1: at once). */
  cacheMinUses: number
  /** SQLite's page cache per connection, and how much of the file it reads through mmap. */
  sqlite: SqliteMemory
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Environment → typed config; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const picked = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  )
  const parsed = ConfigSchema.safeParse(picked)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const c = parsed.data
  if (c.DATABASE_URL) {
    // Reserved (issue 17): the PostgreSQL store is being built. A checked URL is refused rather than
    // ignored, so that nobody believes they are on PostgreSQL while writing to a SQLite file.
    throw new ConfigError(
      `Invalid configuration:\n  DATABASE_URL: PostgreSQL is not supported yet (issue 17); ${c.DATABASE_URL.redacted} was not used. Unset DATABASE_URL to run on SQLite at DATABASE_PATH (${c.DATABASE_PATH}).`,
    )
  }
  return {
    port: c.PORT,
    host: c.HOST,
    databasePath: c.DATABASE_PATH,
    apiKeys: c.API_KEYS && c.API_KEYS.length > 0 ? c.API_KEYS : undefined,
    logLevel: c.LOG_LEVEL,
    bodyLimit: c.BODY_LIMIT,
    htmlBodyLimit: c.HTML_BODY_LIMIT,
    minArticleWords: c.MIN_ARTICLE_WORDS,
    fetch: {
      timeoutMs: c.FETCH_TIMEOUT_MS,
      maxBytes: c.FETCH_MAX_BYTES,
      maxRedirects: c.FETCH_MAX_REDIRECTS,
      allowHosts: c.FETCH_ALLOW_HOSTS.split(',').map((h) => h.trim()).filter(Boolean),
      userAgent: c.FETCH_USER_AGENT,
    },
    readAuth: c.READ_AUTH === '1',
    corsOrigins: c.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
    rateLimit: { writes: c.RATE_LIMIT_WRITES, searches: c.RATE_LIMIT_SEARCH },
    requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
    extractionTimeoutMs: c.EXTRACTION_TIMEOUT_MS,
    cacheBytes: Math.round(c.RESPONSE_CACHE_MB * 2 ** 20),
    cacheMinUses: c.RESPONSE_CACHE_MIN_USES,
    sqlite: { cacheMb: c.SQLITE_CACHE_MB, mmapMb: c.SQLITE_MMAP_MB },
  }
}
