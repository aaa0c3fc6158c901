// Issue 19, item 1: fetching a page by URL — timeout, size limit, redirects, charset, robots.txt,
// User-Agent, and no request to a non-public address unless the configuration names it (SSRF).
// A real HTTP server on 127.0.0.1 serves the pages; it is a loopback address, so every test that
// fetches from it allows it explicitly, and the SSRF tests show that without that it is refused.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { ApiError } from '../../src/domain/errors.js'
import { DEFAULT_USER_AGENT, fetchPage, nonPublicRange, RobotsCache, type FetchOptions } from '../../src/ingest/fetch.js'

/** What these helpers use of a test: its assertions and teardown (a subtest has them all). */
type T = Pick<typeof t, 'ok' | 'equal' | 'match' | 'teardown'>

const PAGE = '<html><head><title>Blast in Bogotá</title></head><body><article><p>At least 9 people were killed in Bogotá, the mayor’s office said.</p></article></body></html>'

type Handler = (req: IncomingMessage, res: ServerResponse) => void
async function serve(t: T, routes: Record<string, Handler>, robots?: Handler): Promise<{ base: string; hits: string[]; agents: string[] }> {
  const hits: string[] = []
  const agents: string[] = []
  const server = createServer((req, res) => {
    hits.push(req.url!)
    agents.push(req.headers['user-agent'] ?? '')
    if (req.url === '/robots.txt') return robots ? robots(req, res) : (res.writeHead(404), res.end())
    const route = routes[req.url!]
    if (!route) return res.writeHead(404, 'Not Found').end('no such page')
    route(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }))
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, agents }
}

const options = (over: Partial<FetchOptions> = {}): FetchOptions => ({
  timeoutMs: 5000,
  maxBytes: 1024 * 1024,
  maxRedirects: 5,
  allowHosts: ['127.0.0.1'],
  userAgent: DEFAULT_USER_AGENT,
  ...over,
})

const html = (body: string | Buffer, type = 'text/html; charset=utf-8'): Handler => (_req, res) => res.writeHead(200, { 'content-type': type }).end(body)

async function refusal(t: T, promise: Promise<unknown>, code: string, message: RegExp) {
  const err = await promise.then(() => null, (e: unknown) => e)
  t.ok(err instanceof ApiError, `an ApiError (${(err as Error)?.message})`)
  t.equal((err as ApiError).code, code)
  t.match((err as ApiError).message, message)
  return err as ApiError
}

t.test('a page is fetched with our User-Agent, its charset honoured', async (t) => {
  const { base, agents } = await serve(t, {
    '/utf8': html(PAGE),
    '/latin': html(Buffer.from(PAGE.replace('’', '\x92'), 'latin1'), 'text/html; charset=windows-1252'),
    '/meta': html(Buffer.from(PAGE.replace('<head>', '<head><meta charset="iso-8859-1">').replace('’', "'"), 'latin1'), 'text/html'),
    '/plain': html('Plain words about Bogotá.', 'text/plain; charset=utf-8'),
  })
  const page = await fetchPage(`${base}/utf8`, options())
  t.equal(page.kind, 'html')
  t.equal(page.text, PAGE)
  t.equal(page.url, `${base}/utf8`)
  t.equal(page.bytes, Buffer.byteLength(PAGE))
  t.equal((await fetchPage(`${base}/latin`, options())).text, PAGE, 'windows-1252 from the header: Bogotá and ’ intact')
  t.match((await fetchPage(`${base}/meta`, options())).text, /Bogotá/, '<meta charset> when the header names none')
  const plain = await fetchPage(`${base}/plain`, options())
  t.same([plain.kind, plain.text], ['text', 'Plain words about Bogotá.'])
  t.ok(agents.every((a) => a === DEFAULT_USER_AGENT), 'every request carries the User-Agent')
})

t.test('non-public addresses are refused unless FETCH_ALLOW_HOSTS names them (SSRF)', async (t) => {
  const { base, hits } = await serve(t, { '/': html(PAGE) })
  const port = new URL(base).port
  const none = options({ allowHosts: [] })
  await refusal(t, fetchPage(`${base}/`, none), 'url_refused', /127\.0\.0\.1 is at 127\.0\.0\.1, a loopback address/)
  await refusal(t, fetchPage(`http://localhost:${port}/`, none), 'url_refused', /localhost is at .*loopback/)
  await refusal(t, fetchPage(`http://[::1]:${port}/`, none), 'url_refused', /loopback/)
  await refusal(t, fetchPage(`http://[::ffff:127.0.0.1]:${port}/`, none), 'url_refused', /loopback/)
  await refusal(t, fetchPage('http://169.254.169.254/latest/meta-data/', none), 'url_refused', /linkLocal/)
  await refusal(t, fetchPage('http://10.1.2.3/', none), 'url_refused', /private/)
  await refusal(t, fetchPage('http://192.168.0.1/', none), 'url_refused', /private/)
  await refusal(t, fetchPage('http://0.0.0.0/', none), 'url_refused', /unspecified/)
  await refusal(t, fetchPage('http://2130706433/', none), 'url_refused', /loopback/) // 127.0.0.1 written as a number
  t.same(hits, [], 'not one request reached the server')
  t.equal(nonPublicRange('93.184.216.34'), null, 'a public address is fetched')
  t.equal(nonPublicRange('2606:4700::6810:85e5'), null)
  // Allowed by address, by CIDR range, or by host name.
  t.equal((await fetchPage(`${base}/`, options({ allowHosts: ['127.0.0.0/8'] }))).text, PAGE)
  t.equal((await fetchPage(`http://localhost:${port}/`, options({ allowHosts: ['localhost'] }))).text, PAGE)
})

t.test('bad URLs are 400s naming the field', async (t) => {
  for (const [url, why] of [['not a url', /not an absolute URL/], ['ftp://example.org/x', /only http and https/], ['file:///etc/passwd', /only http and https/], ['http://user:pw@example.org/', /credentials/]] as const) {
    const err = await refusal(t, fetchPage(url, options()), 'bad_request', why)
    t.equal(err.statusCode, 400)
    t.same(err.details?.[0]?.field, 'url')
  }
})

t.test('redirects are followed up to the limit, each hop checked; a loop ends', async (t) => {
  const { base } = await serve(t, {
    '/old': (_req, res) => res.writeHead(301, { location: '/new' }).end(),
    '/new': html(PAGE),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/inside': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  })
  const page = await fetchPage(`${base}/old`, options())
  t.same([page.url, page.redirects, page.text], [`${base}/new`, 1, PAGE])
  await refusal(t, fetchPage(`${base}/loop`, options({ maxRedirects: 3 })), 'too_many_redirects', /redirected more than 3 times/)
  await refusal(t, fetchPage(`${base}/inside`, options()), 'url_refused', /169\.254\.169\.254.*linkLocal/)
})

t.test('HTTP errors, slow servers, large pages and other types are clear errors', async (t) => {
  const { base } = await serve(t, {
    '/slow': (_req, res) => { setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE), 3000).unref() },
    '/drip': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.write('<html>'); setTimeout(() => res.end('</html>'), 3000).unref() },
    '/big': html('x'.repeat(5000)),
    '/chunked': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); for (let i = 0; i < 10; i++) res.write('y'.repeat(1000)); res.end() },
    '/pdf': html('%PDF-1.4', 'application/pdf'),
    '/gone': (_req, res) => res.writeHead(410, 'Gone').end(),
    '/broken': (_req, res) => res.writeHead(500).end(),
  })
  await refusal(t, fetchPage(`${base}/missing`, options()), 'fetch_failed', /answered 404 Not Found/)
  await refusal(t, fetchPage(`${base}/gone`, options()), 'fetch_failed', /answered 410 Gone/)
  await refusal(t, fetchPage(`${base}/broken`, options()), 'fetch_failed', /answered 500/)
  await refusal(t, fetchPage(`${base}/slow`, options({ timeoutMs: 300 })), 'fetch_timeout', /did not answer within 300 ms/)
  await refusal(t, fetchPage(`${base}/drip`, options({ timeoutMs: 300 })), 'fetch_timeout', /within 300 ms/)
  await refusal(t, fetchPage(`${base}/big`, options({ maxBytes: 4096 })), 'page_too_large', /larger than 4096 bytes/)
  await refusal(t, fetchPage(`${base}/chunked`, options({ maxBytes: 4096 })), 'page_too_large', /larger than 4096 bytes/)
  await refusal(t, fetchPage(`${base}/pdf`, options()), 'not_html', /is application\/pdf, not an HTML page/)
  await refusal(t, fetchPage('http://no-such-host.invalid/', options()), 'fetch_failed', /could not be resolved/)
  // A closed port: nothing listens there any more.
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as AddressInfo).port
  await new Promise((resolve) => closed.close(resolve))
  await refusal(t, fetchPage(`http://127.0.0.1:${port}/`, options()), 'fetch_failed', /127\.0\.0\.1:\d+ could not be reached \(ECONNREFUSED\)/)
})

t.test('robots.txt is honoured for our product token (RFC 9309) and kept per origin', async (t) => {
  let robotsServed = 0
  const { base, hits } = await serve(t, { '/private/story': html(PAGE), '/news/story': html(PAGE) }, (_req, res) => {
    robotsServed++
    res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: Newsclaims\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n')
  })
  const cache = new RobotsCache()
  await refusal(t, fetchPage(`${base}/private/story`, options(), cache), 'robots_disallowed', /robots\.txt does not allow Newsclaims to fetch \/private\/story/)
  t.equal((await fetchPage(`${base}/news/story`, options(), cache)).text, PAGE, 'a path our group allows')
  t.equal(robotsServed, 1, 'robots.txt read once for the origin')
  t.notOk(hits.includes('/private/story'), 'the disallowed page was never requested')

  const down = await serve(t, { '/story': html(PAGE) }, (_req, res) => res.writeHead(503).end())
  await refusal(t, fetchPage(`${down.base}/story`, options()), 'robots_disallowed', /does not allow/)
  const none = await serve(t, { '/story': html(PAGE) })
  t.equal((await fetchPage(`${none.base}/story`, options())).text, PAGE, 'no robots.txt (404): everything allowed')
})
