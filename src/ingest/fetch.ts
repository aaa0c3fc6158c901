// Fetching an article's page by its URL (issue 19): one GET with a timeout, a size limit, redirects
// followed up to a limit, robots.txt respected, a descriptive User-Agent, and no request to an
// address inside the machine's networks. The bytes are decoded like an uploaded body (decode.ts).
//
// Server-side request forgery is the risk: a URL handed to the API must not reach loopback,
// private, link-local or other non-public addresses (the cloud metadata service at 169.254.169.254,
// a database on 127.0.0.1) unless the configuration names the host. The check runs twice: before
// the request, on every address the host resolves to (for a clear error), and again when undici
// connects (its `lookup` is ours), so that a name re-pointed between the two (DNS rebinding) and
// every redirect hop are checked too.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'
import robotsParserModule from 'robots-parser'
import { Agent, fetch, type Headers, type Response } from 'undici'
import { ApiError } from '../domain/errors.js'
import { decodeBody } from './decode.js'

/** How pages are fetched. Times in ms, sizes in bytes. */
export interface FetchOptions {
  /** The whole fetch, robots.txt and redirects included (FETCH_TIMEOUT_MS). */
  timeoutMs: number
  /** The largest body read; a longer one is refused (FETCH_MAX_BYTES). */
  maxBytes: number
  /** Redirects followed before giving up (FETCH_MAX_REDIRECTS). */
  maxRedirects: number
  /** Hosts fetched even when they resolve to a non-public address: host names, addresses or CIDR ranges (FETCH_ALLOW_HOSTS). */
  allowHosts: string[]
  /** Sent as User-Agent; its first word is the robots.txt product token. */
  userAgent: string
}

export const DEFAULT_USER_AGENT = 'Newsclaims/0.1 (news claim tracker; fetches one page per request and honours robots.txt)'

/** The defaults of the FETCH_* variables (README): 15 s, 10 MiB, 5 redirects, public addresses only. */
export const DEFAULT_FETCH_OPTIONS: FetchOptions = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, allowHosts: [], userAgent: DEFAULT_USER_AGENT }

/** A fetched page: its final URL (after redirects), its text decoded, and what it was. */
export interface FetchedPage {
  url: string
  /** 'html' for text/html and application/xhtml+xml, 'text' for text/plain. */
  kind: 'html' | 'text'
  text: string
  contentType: string
  /** Body size in bytes. */
  bytes: number
  redirects: number
}

/** robots.txt answers kept per origin (RFC 9309 §2.4: at most a day). One per fetching service. */
export class RobotsCache {
  private readonly kept = new Map<string, { at: number; allows: (url: string) => boolean }>()
  constructor(readonly ttlMs = 24 * 3600_000) {}
  get(origin: string): ((url: string) => boolean) | undefined {
    const hit = this.kept.get(origin)
    return hit && Date.now() - hit.at < this.ttlMs ? hit.allows : undefined
  }
  set(origin: string, allows: (url: string) => boolean): void {
    this.kept.set(origin, { at: Date.now(), allows })
  }
}

// robots-parser is CommonJS typed as an ES default export: at run time the import is the function.
type RobotsParser = (url: string, robotstxt: string) => { isAllowed(url: string, ua?: string): boolean | undefined }
const robotsParser = ((robotsParserModule as { default?: unknown }).default ?? robotsParserModule) as RobotsParser

const fetchError = (code: string, message: string) => new ApiError(422, code, `url: ${message}`, [{ field: 'url', message }])

/** Whether `address` is in one of the allowed entries (addresses or CIDR ranges). */
function allowedAddress(address: string, allow: string[]): boolean {
  const parsed = ipaddr.process(address)
  return allow.some((entry) => {
    try {
      if (entry.includes('/')) {
        const [range, bits] = ipaddr.parseCIDR(entry)
        return parsed.kind() === range.kind() && parsed.match(range, bits)
      }
      return ipaddr.isValid(entry) && ipaddr.process(entry).toString() === parsed.toString()
    } catch {
      return false
    }
  })
}

/**
 * Why an address may not be fetched: its range ('loopback', 'private', 'linkLocal', 'uniqueLocal',
 * 'unspecified', 'multicast', 'carrierGradeNat', 'reserved', …), or null for a public unicast
 * address. IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 */
export function nonPublicRange(address: string): string | null {
  const range = ipaddr.process(address).range()
  return range === 'unicast' ? null : range
}

function hostAllowed(host: string, options: FetchOptions): boolean {
  return options.allowHosts.some((h) => h.toLowerCase() === host.toLowerCase())
}

/** Throws 422 `url_refused` when `address` is not public and neither it nor `host` is allowed. */
function checkAddress(host: string, address: string, options: FetchOptions): void {
  const range = nonPublicRange(address)
  if (range === null || hostAllowed(host, options) || allowedAddress(address, options.allowHosts)) return
  throw fetchError(
    'url_refused',
    `${host} is at ${address}, a ${range} address: only public addresses are fetched unless FETCH_ALLOW_HOSTS names the host`,
  )
}

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => dnsLookup(host, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))))
}

/** An undici dispatcher whose connections are made only to addresses checkAddress lets through. */
function guardedAgent(options: FetchOptions): Agent {
  return new Agent({
    connect: {
      lookup: (hostname: string, opts: object, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
        dnsLookup(hostname, { ...opts, all: true }, (err, addresses) => {
          if (err) return callback(err, [])
          try {
            for (const a of addresses) checkAddress(hostname, a.address, options)
          } catch (refused) {
            return callback(refused as Error, [])
          }
          const all = (opts as { all?: boolean }).all
          if (all) callback(null, addresses)
          else callback(null, addresses[0]!.address, addresses[0]!.family)
        })
      },
    },
  })
}

function parseTarget(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ApiError(400, 'bad_request', `url: "${raw}" is not an absolute URL`, [{ field: 'url', message: 'not an absolute URL' }])
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ApiError(400, 'bad_request', `url: only http and https URLs are fetched, not ${url.protocol}`, [{ field: 'url', message: 'not http(s)' }])
  }
  if (url.username || url.password) throw new ApiError(400, 'bad_request', 'url: a URL with credentials is not fetched', [{ field: 'url', message: 'credentials in URL' }])
  return url
}

/** The host's addresses checked before any request (a clear error before undici's own check). */
async function precheck(url: URL, options: FetchOptions): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host)) return checkAddress(host, host, options)
  let addresses: LookupAddress[]
  try {
    addresses = await resolveAll(host)
  } catch (err) {
    throw fetchError('fetch_failed', `${host} could not be resolved (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`)
  }
  for (const a of addresses) checkAddress(host, a.address, options)
}

/** The reason a fetch failed, from undici's error chain: our refusal, a timeout, or a network error. */
function failure(err: unknown, url: URL, options: FetchOptions): ApiError {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    if (e instanceof ApiError) return e
    const name = (e as Error).name
    if (name === 'TimeoutError' || name === 'AbortError') return fetchError('fetch_timeout', `${url.href} did not answer within ${options.timeoutMs} ms (FETCH_TIMEOUT_MS)`)
    const code = (e as NodeJS.ErrnoException).code
    if (code && /^E[A-Z]+$/.test(code)) return fetchError('fetch_failed', `${url.host} could not be reached (${code})`)
  }
  return fetchError('fetch_failed', `${url.href} could not be fetched (${(err as Error).message})`)
}

async function get(url: URL, options: FetchOptions, dispatcher: Agent, signal: AbortSignal, accept: string, headers: Record<string, string> = {}): Promise<Response> {
  await precheck(url, options)
  try {
    return await fetch(url, { redirect: 'manual', dispatcher, signal, headers: { ...headers, 'user-agent': options.userAgent, accept } })
  } catch (err) {
    throw failure(err, url, options)
  }
}

/** Reads a body up to `maxBytes`; past it, cancels the download and throws 422 `page_too_large`. */
async function readLimited(response: Response, url: URL, options: FetchOptions, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'))
  const tooLarge = () => fetchError('page_too_large', `${url.href} is larger than ${options.maxBytes} bytes (FETCH_MAX_BYTES)`)
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel()
    throw tooLarge()
  }
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength
      // Leaving the loop by a throw cancels the download (the iterator's return()).
      if (size > options.maxBytes) throw tooLarge()
      chunks.push(Buffer.from(chunk))
    }
  } catch (err) {
    if (err instanceof ApiError) throw err
    throw signal.aborted ? failure(signal.reason, url, options) : failure(err, url, options)
  }
  return Buffer.concat(chunks)
}

/**
 * Whether robots.txt lets our product token fetch `url` (RFC 9309): a 4xx robots.txt (none) allows
 * everything; a 5xx one, or redirects past five, disallow everything (§2.3.1.3–4); kept per origin.
 */
async function robotsAllow(url: URL, options: FetchOptions, dispatcher: Agent, signal: AbortSignal, cache: RobotsCache): Promise<boolean> {
  let allows = cache.get(url.origin)
  if (!allows) {
    const robotsUrl = new URL('/robots.txt', url.origin)
    let status = 0
    let body = ''
    // robots.txt may redirect (RFC 9309 §2.3.1.2: follow up to five); each hop is checked. A host
    // that cannot be reached at all fails here with the page's own error (fetch_failed).
    let at = robotsUrl
    for (let hop = 0; hop <= 5; hop++) {
      const response = await get(at, options, dispatcher, signal, 'text/plain')
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel()
        at = new URL(location, at)
        continue
      }
      status = response.status
      if (status >= 200 && status < 300) body = (await readLimited(response, at, { ...options, maxBytes: ROBOTS_MAX_BYTES }, signal)).toString('utf8')
      else await response.body?.cancel()
      break
    }
    if (status >= 200 && status < 300) {
      const robots = robotsParser(robotsUrl.href, body)
      const token = options.userAgent.split(/[\s/]/)[0]!
      allows = (u: string) => robots.isAllowed(u, token) !== false
    } else if (status >= 400 && status < 500) {
      allows = () => true
    } else {
      allows = () => false
    }
    cache.set(url.origin, allows)
  }
  return allows(url.href)
}

/** RFC 9309 §2.5: crawlers must read at least 500 KiB of robots.txt. */
const ROBOTS_MAX_BYTES = 500 * 1024

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i

/** What fetchResponse sends and accepts. */
export interface FetchRequest {
  /** The Accept header. */
  accept: string
  /** Other request headers, e.g. If-None-Match (User-Agent and Accept are always ours). */
  headers?: Record<string, string>
  /**
   * Called with a 2xx answer's Content-Type (or '') and final URL before its body is read; throws to
   * refuse the answer unread (fetchPage throws `not_html` there).
   */
  checkType?: (contentType: string, url: URL) => void
}

/** An answer: 2xx with its body read, or 304 Not Modified (only to a conditional request) with no body. */
export interface FetchedResponse {
  /** The final URL, after redirects. */
  url: string
  status: number
  headers: Headers
  /** The body's bytes (empty for a 304). */
  body: Buffer
  redirects: number
}

/**
 * The guarded GET under fetchPage and fetchFeed (src/ingest/feeds.ts): robots.txt first, then
 * `rawUrl`, following up to `maxRedirects` redirects (each hop checked like the first, robots.txt
 * included), within `timeoutMs` for everything, reading at most `maxBytes`. A 304 is returned as
 * it is when the request carried If-None-Match or If-Modified-Since; any other status outside 2xx
 * is an error.
 *
 * Throws ApiError: 400 for a URL that is not absolute http(s) or carries credentials; 422 with code
 * `url_refused` (a non-public address not allowed), `robots_disallowed`, `fetch_failed` (DNS,
 * connection, or an HTTP status other than 2xx, named), `fetch_timeout`, `too_many_redirects`,
 * `page_too_large`; and whatever `checkType` throws.
 */
export async function fetchResponse(rawUrl: string, options: FetchOptions, robots: RobotsCache, request: FetchRequest): Promise<FetchedResponse> {
  let url = parseTarget(rawUrl)
  const dispatcher = guardedAgent(options)
  const signal = AbortSignal.timeout(options.timeoutMs)
  const conditional = Object.keys(request.headers ?? {}).some((h) => /^if-(?:none-match|modified-since)$/i.test(h))
  try {
    let redirects = 0
    for (;;) {
      if (!(await robotsAllow(url, options, dispatcher, signal, robots))) {
        throw fetchError('robots_disallowed', `${url.origin}/robots.txt does not allow ${options.userAgent.split(/[\s/]/)[0]} to fetch ${url.pathname}`)
      }
      const response = await get(url, options, dispatcher, signal, request.accept, request.headers)
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel()
        if (++redirects > options.maxRedirects) throw fetchError('too_many_redirects', `${rawUrl} redirected more than ${options.maxRedirects} times (FETCH_MAX_REDIRECTS)`)
        url = parseTarget(new URL(location, url).href)
        continue
      }
      if (response.status === 304 && conditional) {
        await response.body?.cancel()
        return { url: url.href, status: 304, headers: response.headers, body: Buffer.alloc(0), redirects }
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel()
        throw fetchError('fetch_failed', `${url.href} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`)
      }
      try {
        request.checkType?.(response.headers.get('content-type') ?? '', url)
      } catch (refused) {
        await response.body?.cancel()
        throw refused
      }
      const body = await readLimited(response, url, options, signal)
      return { url: url.href, status: response.status, headers: response.headers, body, redirects }
    }
  } finally {
    await dispatcher.close().catch(() => undefined)
  }
}

/**
 * Fetches `rawUrl` for ingest (fetchResponse: robots.txt, redirects, timeout, size limit) and
 * returns the decoded page (HTML or plain text).
 *
 * Throws ApiError: 400 for a URL that is not absolute http(s) or carries credentials; 422 with code
 * `url_refused` (a non-public address not allowed), `robots_disallowed`, `fetch_failed` (DNS,
 * connection, or an HTTP status other than 2xx, named), `fetch_timeout`, `too_many_redirects`,
 * `page_too_large`, `not_html` (a Content-Type other than HTML or plain text); and decodeBody's 400
 * `invalid_bytes` / 415 `unsupported_charset`.
 */
export async function fetchPage(rawUrl: string, options: FetchOptions, robots: RobotsCache = new RobotsCache()): Promise<FetchedPage> {
  let kind: 'html' | 'text' = 'html'
  const answer = await fetchResponse(rawUrl, options, robots, {
    accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5',
    checkType: (contentType, url) => {
      const k = HTML_TYPES.test(contentType) ? 'html' : /^text\/plain\b/i.test(contentType) ? 'text' : null
      if (k === null) throw fetchError('not_html', `${url.href} is ${contentType || 'of no declared type'}, not an HTML page or plain text`)
      kind = k
    },
  })
  const contentType = answer.headers.get('content-type') ?? ''
  return { url: answer.url, kind, text: decodeBody(answer.body, contentType, kind), contentType, bytes: answer.body.length, redirects: answer.redirects }
}
