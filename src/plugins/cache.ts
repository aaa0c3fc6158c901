import { randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../db/open.js'

export interface CacheOptions {
  db: Db
  /** Bytes of response bodies kept in memory; 0 turns the body cache off (ETags and 304s stay). */
  maxBytes: number
  /**
   * An answer is kept from the time its URL is computed this many times, within as many other
   * URLs as the cache holds answers (nginx's proxy_cache_min_uses, TinyLFU's doorkeeper): answers
   * read once (a crawler's pages, the long tail) do not push out those read again, nor cost their
   * copy and its garbage. 1 keeps every answer.
   */
  minUses: number
}

/** The methods that may change data (OPTIONS, a CORS preflight, does not). */
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Bodies larger than this share of the cache are served but not kept. */
const ENTRY_SHARE = 8

/**
 * URLs whose computations are counted (towards minUses) at least; at most as many as the cache
 * holds answers, if more, then all forgotten at once. An LRU cache pushes an answer out after as
 * many others have come in as it holds: a URL not asked again within that many others would be
 * gone before its next read, so keeping it would only cost (a crawler's pages, asked again only
 * after thousands of others, are not kept).
 */
const MIN_COUNTED_URLS = 1000

interface Entry {
  generation: string
  /** Encoded once: a hit writes the bytes as they are. */
  body: Buffer
  contentType: string
}

/**
 * ETags, 304s and a body cache for the read API, invalidated by any write.
 *
 * The database's generation is this process's count of writes (any POST, PUT, PATCH or DELETE, counted when it
 * arrives and again when it is answered) plus SQLite's
 * `PRAGMA data_version`, which changes when another connection commits (the ingest CLI, a backup
 * restore): so a cached answer is only ever served while no row it could depend on has changed.
 * The ETag is that generation (and a per-process id, so a restart never matches an old one): a
 * client that sends it back gets 304 without the query running at all. Bodies of 200 answers are
 * kept per URL, from its `minUses`-th computation on, least recently used first out, within `maxBytes`.
 *
 * Register inside the scope whose GET routes it should cover, after any auth hook there.
 */
export function responseCache(app: FastifyInstance, { db, maxBytes, minUses }: CacheOptions) {
  const boot = randomBytes(4).toString('hex')
  // The connection shares statements by SQL text (db/open.ts): the mode is set on each use.
  const dataVersion = db.$client.prepare('PRAGMA data_version')
  let writes = 0
  let bytes = 0
  const entries = new Map<string, Entry>()
  /** Computations so far of URLs not kept yet, fewer than minUses. */
  const uses = new Map<string, number>()
  const generation = () => `${dataVersion.pluck().get() as number}.${writes}`
  const etagOf = (gen: string) => `"${boot}.${gen}"`

  const evict = (url: string) => {
    const old = entries.get(url)
    if (!old) return
    entries.delete(url)
    bytes -= old.body.length
  }

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (WRITES.has(request.method)) {
      // Counted before and after: answers computed while the write is in flight are not kept.
      writes++
      return
    }
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.routeOptions.config.noCache) return
    const gen = generation()
    const etag = etagOf(gen)
    request.cacheGeneration = gen
    void reply.header('etag', etag).header('cache-control', 'no-cache')
    const match = request.headers['if-none-match']
    if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      return reply.code(304).send()
    }
    const entry = entries.get(request.url)
    if (entry?.generation === gen) {
      // Most recently used moves to the end of the map's order.
      entries.delete(request.url)
      entries.set(request.url, entry)
      return reply.header('x-cache', 'hit').type(entry.contentType).send(entry.body)
    }
    void reply.header('x-cache', 'miss')
  })

  app.addHook('onSend', async (request, reply, payload) => {
    const method = request.method
    if (WRITES.has(method)) {
      writes++
      return payload
    }
    if (method !== 'GET' && method !== 'HEAD') return payload
    const gen = request.cacheGeneration
    const encoded = typeof payload === 'string' || Buffer.isBuffer(payload)
    if (gen === undefined || reply.statusCode !== 200 || !encoded || reply.getHeader('x-cache') !== 'miss') return payload
    if (maxBytes <= 0) return payload
    if (minUses > 1) {
      const n = (uses.get(request.url) ?? 0) + 1
      if (n < minUses) {
        if (uses.size >= Math.max(MIN_COUNTED_URLS, entries.size)) uses.clear()
        uses.set(request.url, n)
        return payload
      }
      uses.delete(request.url)
    }
    // A write landed while this answer was computed: it may be stale, so it is not kept.
    if (gen !== generation()) return payload
    // A buffer (answers written without the serializer) is kept as it is: nothing writes to it after.
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload
    if (body.length > maxBytes / ENTRY_SHARE) return payload
    evict(request.url)
    entries.set(request.url, { generation: gen, body, contentType: String(reply.getHeader('content-type') ?? 'application/json') })
    bytes += body.length
    for (const url of entries.keys()) {
      if (bytes <= maxBytes) break
      evict(url)
    }
    return payload
  })
}

declare module 'fastify' {
  interface FastifyRequest {
    cacheGeneration?: string
  }
  interface FastifyContextConfig {
    /** Answers that must never be cached or validated (liveness). */
    noCache?: boolean
  }
}
