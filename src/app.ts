import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify'
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { ApiKey } from './config.js'
import type { Db } from './db/open.js'
import type { Ingestor } from './ingest/ingest.js'
import { ExtractionPool } from './ingest/pool.js'
import errors from './plugins/errors.js'
import limits, { type LimitOptions } from './plugins/limits.js'
import { requireKey } from './plugins/auth.js'
import openapi from './plugins/openapi.js'
import { responseCache } from './plugins/cache.js'
import { serializerCompiler } from './plugins/serializer.js'
import articles from './routes/articles.js'
import claims from './routes/claims.js'
import entities from './routes/entities.js'
import events from './routes/events.js'
import meta from './routes/meta.js'
import searchRoutes from './routes/search.js'
import auditRoutes from './routes/audit.js'
import exportsRoutes from './routes/exports.js'
import type { PostgresStore } from './store/postgres.js'
import { SqliteStore } from './store/sqlite.js'
import type { Store } from './store/types.js'
import { DEFAULT_FETCH_OPTIONS, RobotsCache, type FetchOptions } from './ingest/fetch.js'

/**
 * What every route plugin is given: the store (routes reach the database through it only; see
 * test/routes/no-database.test.ts), the write keys, the ingest service.
 */
export interface RouteDeps {
  store: Store
  keys: ApiKey[]
  ingestor: Ingestor
  /** The worker threads HTTP ingest reads pages and extracts on, off the event loop. */
  pool: ExtractionPool
  /** Time allowed to read and extract one article, from its task being handed to the pool (EXTRACTION_TIMEOUT_MS, ms). */
  extractionTimeoutMs: number
  /** Bytes of a text/html body at most (HTML_BODY_LIMIT). */
  htmlBodyLimit: number
  /** Words of main text an HTML page needs to be an article (MIN_ARTICLE_WORDS). */
  minArticleWords: number
  /** How pages are fetched by URL, and the robots.txt answers kept between requests. */
  fetch: { options: FetchOptions; robots: RobotsCache }
}

/**
 * The data the app serves: a store (opened by the caller, who closes it), or an open SQLite handle,
 * which the app wraps in a sqlite store (SqliteStore.over; the caller still closes the handle).
 */
export type AppData = { store: SqliteStore | PostgresStore; db?: never } | { db: Db; store?: never }

export type AppOptions = AppData & {
  /** Bearer keys accepted for writes. */
  keys: ApiKey[]
  bodyLimit?: number
  logger?: FastifyBaseLogger | boolean
  /** Per-minute limits on writes and search, per key or IP; false (the tests' default): none. */
  rateLimit?: LimitOptions['rateLimit']
  corsOrigins?: string[]
  /** Reads need a key too (READ_AUTH=1). */
  readAuth?: boolean
  requestTimeoutMs?: number
  /** Bytes of read answers kept in memory between writes; 0 (the tests' default): none. */
  cacheBytes?: number
  /** An answer is kept from the time its URL is computed this many times (RESPONSE_CACHE_MIN_USES). */
  cacheMinUses?: number
  /**
   * The worker threads ingest runs on; the caller closes it (the server at shutdown), as it may
   * serve several apps. Without one, the process's shared pool (ExtractionPool.shared()).
   */
  extractionPool?: ExtractionPool
  /** Milliseconds of thread time to read and extract one article; past it → 422 (default 10 s). */
  extractionTimeoutMs?: number
  /** Bytes of a text/html body at most (default 10 MiB; other bodies keep bodyLimit). */
  htmlBodyLimit?: number
  /** Words of main text an HTML page needs, else 422 no_article_text (default 15). */
  minArticleWords?: number
  /** How pages are fetched by URL (FETCH_*); default: 15 s, 10 MiB, 5 redirects, public addresses only. */
  fetch?: Partial<FetchOptions>
}

/** The whole HTTP API over a store (or database) handed in by the caller. No listen, no environment. */
export async function buildApp({
  store: given,
  db,
  keys,
  bodyLimit = 1024 * 1024,
  logger = false,
  rateLimit = false,
  corsOrigins = [],
  readAuth = false,
  requestTimeoutMs = 30_000,
  cacheBytes = 0,
  cacheMinUses = 2,
  extractionPool,
  extractionTimeoutMs = 30_000,
  htmlBodyLimit = 10 * 1024 * 1024,
  minArticleWords = 15,
  fetch: fetchOptions = {},
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(typeof logger === 'boolean' ? { logger } : { loggerInstance: logger }),
    bodyLimit,
    requestTimeout: requestTimeoutMs,
    // Errors Fastify answers before any route runs (a malformed URL, a too-long parameter) get the
    // same envelope as every other error.
    frameworkErrors: (err, _request, reply: FastifyReply) => {
      const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400
      void reply.code(status).send({ error: { code: status === 414 ? 'uri_too_long' : 'bad_request', message: err.message } })
    },
    connectionTimeout: requestTimeoutMs * 2,
    routerOptions: { ignoreTrailingSlash: true },
    ajv: undefined,
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  await app.register(errors)
  await app.register(limits, { rateLimit, corsOrigins })
  await app.register(openapi)
  const pool = extractionPool ?? ExtractionPool.shared()
  const store = given ?? SqliteStore.over(db!)
  const fetch = { options: { ...DEFAULT_FETCH_OPTIONS, ...fetchOptions }, robots: new RobotsCache() }
  const deps: RouteDeps = { store, keys, ingestor: store.ingestor, pool, extractionTimeoutMs, htmlBodyLimit, minArticleWords, fetch }
  await app.register(
    async (v1) => {
      if (readAuth) {
        const check = requireKey(keys)
        v1.addHook('onRequest', async (request, reply) => {
          if (request.method === 'GET' && request.url.split('?')[0] !== '/v1/health') await check(request, reply)
        })
      }
      // After the auth hook: a cached answer is never served to a request that may not read it.
      // Its generation is the store's change token, on either store: a write committed by any
      // process (another API server on the same PostgreSQL, the ingest CLI) makes the next read fresh.
      responseCache(v1, { store, maxBytes: cacheBytes, minUses: cacheMinUses })
      for (const routes of [meta, articles, entities, claims, events, searchRoutes, auditRoutes, exportsRoutes]) await v1.register(routes, deps)
    },
    { prefix: '/v1' },
  )
  await app.ready()
  return app
}
