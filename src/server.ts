// The only module that reads process.env, listens and handles signals.
import closeWithGrace from 'close-with-grace'
import pino from 'pino'
import { readSeed } from '../seed/loader.js'
import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { ExtractionPool } from './ingest/pool.js'
import { generatedKey } from './keys.js'
import { openStore } from './store/sqlite.js'
import { pidFileOf } from './ops/backup.js'
import { rmSync, writeFileSync } from 'node:fs'

let config
try {
  config = loadConfig(process.env)
} catch (err) {
  if (!(err instanceof ConfigError)) throw err
  console.error(err.message)
  process.exit(1)
}

const logger = pino({ level: config.logLevel })
// The store the configuration names (SQLite at DATABASE_PATH), migrated with the data halves of its
// migrations; among them 0008's: content hashes over the reader's form, duplicates merged and reported.
const store = openStore(config)
const { rehash } = await store.open()
logger.info({ database: config.databasePath }, 'database migrated')
if (rehash.rehashed > 0 || rehash.merged.length > 0) {
  logger.warn({ rehashed: rehash.rehashed, merged: rehash.merged }, `content hashes recomputed; ${rehash.merged.length} duplicate articles merged (audit trail: action merge-duplicate)`)
}
if (await store.isEmpty()) {
  const n = await store.loadSeed(readSeed())
  logger.info(n, 'empty database: loaded the curated seed')
}

let keys = config.apiKeys
if (!keys) {
  const generated = generatedKey(config.databasePath)
  keys = [generated.key]
  logger.warn(
    { keyFile: generated.path },
    `API_KEYS is unset: writes need the key ${generated.created ? 'generated into' : 'kept in'} the key file`,
  )
}

// The worker threads of HTTP ingest, started now so that the first article finds them warm; one pool
// for the server's lifetime, closed at shutdown after the last request.
const pool = new ExtractionPool().start()

const app = await buildApp({
  store,
  keys,
  logger,
  bodyLimit: config.bodyLimit,
  rateLimit: config.rateLimit,
  corsOrigins: config.corsOrigins,
  readAuth: config.readAuth,
  requestTimeoutMs: config.requestTimeoutMs,
  cacheBytes: config.cacheBytes,
  cacheMinUses: config.cacheMinUses,
  extractionPool: pool,
  extractionTimeoutMs: config.extractionTimeoutMs,
  htmlBodyLimit: config.htmlBodyLimit,
  minArticleWords: config.minArticleWords,
  fetch: config.fetch,
})

// `npm run restore` refuses to replace a database while this file names a live process.
const pidFile = pidFileOf(config.databasePath)

// SIGTERM/SIGINT: stop accepting, let in-flight requests finish (at most 10 s), stop the worker
// threads, then close the store (SQLite: checkpoint the WAL and close the database).
closeWithGrace({ delay: 10_000, logger }, async ({ signal, err }) => {
  if (err) logger.error({ err }, 'closing after an error')
  else logger.info({ signal }, 'closing')
  // A request in flight when the signal came leaves its keep-alive connection idle once answered;
  // Node closed the idle ones only when closing began, so those are closed as they fall idle
  // (otherwise the server would wait for the client to hang up, past the grace delay).
  const sweep = setInterval(() => app.server.closeIdleConnections(), 50)
  await app.close()
  clearInterval(sweep)
  await pool.close()
  await store.close()
  rmSync(pidFile, { force: true })
})

const address = await app.listen({ port: config.port, host: config.host })
writeFileSync(pidFile, `${process.pid}\n`)
logger.info(`listening on ${address} — API ${address}/v1, docs ${address}/docs`)
