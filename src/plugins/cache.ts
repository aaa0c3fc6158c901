import { randomBytes } from 'node:crypto'
import { gzip } from 'node:zlib'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { StoreLifecycle } from '../store/types.js'

export interface CacheOptions {
  /**
   * Where the generation comes from: the store's change token (src/store/types.ts), read once when a
   * read arrives and again before its answer is kept. Any store: SQLite or PostgreSQL.
   */
  store: Pick<StoreLifecycle, 'changeToken'>
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

/** Kept answers at least this long are also kept gzipped, for clients that accept it. */
const GZIP_MIN_BYTES = 1024

interface Entry {
  generation: string
  /** Encoded once: a hit writes the bytes as they are. */
  body: Buffer
  /** The body gzipped, once a client that accepts it has asked and zlib's thread pool has done it. */
  gzipped?: Buffer
  gzipping?: boolean
  contentType: string
}

/**
 * Whether an Accept-Encoding header takes gzip (RFC 9110 §12.5.3): named, or `*` when gzip is not
 * named, with a weight above 0.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false
  const weights = new Map<string, number>()
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.split(';')
    const q = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='))
    weights.set(coding.trim().toLowerCase(), q === undefined ? 1 : Number(q.slice(2)))
  }
  const weight = weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*') ?? 0
  return weight > 0
}

/**
 * A change token as it may stand inside an ETag (RFC 9110 §8.8.3: no `"`, and no `,`, on which
 * If-None-Match lists are split): characters other than letters, digits, `.`, `:`, `_` and `-` are
 * percent-escaped, so that two tokens stay two ETags. PostgreSQL's snapshot token
 * ("747:750:747,748") becomes "747:750:747%2C748"; SQLite's ("3.1207") stays as it is.
 */
export function etagSafe(token: string): string {
  return token.replace(/[^\w.:-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

/**
 * ETags, 304s and a body cache for the read API, invalidated by any write.
 *
 * The database's generation is the store's change token (`store.changeToken()`), which differs
 * after any write committed by this process or another (SQLite: `PRAGMA data_version` with this
 * connection's writes; PostgreSQL: the server's current snapshot, so that a write through one API
 * process is seen by the others at once). It is read when a read arrives and again before its
 * answer is kept: an answer is kept only when no write committed while it was computed, so a cached
 * answer is only ever served while no row it could depend on has changed.
 * The ETag is that generation (and a per-process id, so a restart never matches an old one): a
 * client that sends it back gets 304 without the query running at all. Bodies of 200 answers are
 * kept per URL, from its `minUses`-th computation on, least recently used first out, within `maxBytes`;
 * those of 1 KB or more are gzipped once, in zlib's thread pool, when a client that accepts gzip
 * first reads them, and then served so to such clients (a 52 KB figures answer is 8 KB on the
 * wire). Answers not kept are sent as computed: gzipping each would cost more than writing it.
 *
 * Register inside the scope whose GET routes it should cover, after any auth hook there.
 */
export function responseCache(app: FastifyInstance, { store, maxBytes, minUses }: CacheOptions) {
  const boot = randomBytes(4).toString('hex')
  let bytes = 0
  const entries = new Map<string, Entry>()
  /** Computations so far of URLs not kept yet, fewer than minUses. */
  const uses = new Map<string, number>()
  const generation = async () => etagSafe(await store.changeToken())
  const etagOf = (gen: string) => `"${boot}.${gen}"`

  const evict = (url: string) => {
    const old = entries.get(url)
    if (!old) return
    entries.delete(url)
    bytes -= old.body.length + (old.gzipped?.length ?? 0)
  }
  const trim = () => {
    for (const url of entries.keys()) {
      if (bytes <= maxBytes) break
      evict(url)
    }
  }
  const gzipLater = (url: string, entry: Entry) => {
    if (entry.gzipping) return
    entry.gzipping = true
    gzip(entry.body, (err, gzipped) => {
      // Kept only while the entry is (not pushed out or replaced meanwhile) and if it is smaller.
      if (err || entries.get(url) !== entry || gzipped.length >= entry.body.length) return
      entry.gzipped = gzipped
      bytes += gzipped.length
      trim()
    })
  }

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.routeOptions.config.noCache) return
    const gen = await generation()
    const etag = etagOf(gen)
    request.cacheGeneration = gen
    void reply.header('etag', etag).header('cache-control', 'no-cache')
    if (maxBytes > 0) {
      // Kept answers may be sent gzipped: caches between must key on Accept-Encoding (and on
      // Origin, which CORS may have named already).
      const vary = reply.getHeader('vary')
      void reply.header('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding')
    }
    const match = request.headers['if-none-match']
    if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      return reply.code(304).send()
    }
    const entry = entries.get(request.url)
    if (entry?.generation === gen) {
      // Most recently used moves to the end of the map's order.
      entries.delete(request.url)
      entries.set(request.url, entry)
      void reply.header('x-cache', 'hit').type(entry.contentType)
      if (entry.body.length >= GZIP_MIN_BYTES && acceptsGzip(request.headers['accept-encoding'])) {
        if (!entry.gzipped) {
          gzipLater(request.url, entry)
          return reply.send(entry.body)
        }
        // Another representation of the same answer: the validator is weak (as nginx makes it), and
        // still matches the answer's in If-None-Match.
        return reply.header('content-encoding', 'gzip').header('etag', `W/${etag}`).send(entry.gzipped)
      }
      return reply.send(entry.body)
    }
    void reply.header('x-cache', 'miss')
  })

  app.addHook('onSend', async (request, reply, payload) => {
    const method = request.method
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
    if (gen !== (await generation())) return payload
    // A buffer (answers written without the serializer) is kept as it is: nothing writes to it after.
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload
    if (body.length > maxBytes / ENTRY_SHARE) return payload
    const url = request.url
    evict(url)
    const entry: Entry = { generation: gen, body, contentType: String(reply.getHeader('content-type') ?? 'application/json') }
    entries.set(url, entry)
    bytes += body.length
    trim()
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
