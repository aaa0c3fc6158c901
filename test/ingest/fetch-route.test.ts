// Issue 19, item 1, over HTTP: POST /v1/articles with { url } and no text fetches the page (a real
// local server here), reads it as an uploaded HTML page and stores it under the URL it was found
// at; every failure is a 4xx naming why, with nothing stored.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { AUTH, KEYS, testDb } from '../helpers/app.js'

/** What these helpers use of a test: its assertions and teardown (a subtest has them all). */
type T = Pick<typeof t, 'ok' | 'equal' | 'match' | 'teardown'>

const STORY = `<html><head><title>Blast at Gao market</title><meta property="og:site_name" content="Sahel Daily"></head>
<body><nav>Home | World | Sport</nav><article><h1>Blast at Gao market</h1>
<p>At least 14 people were killed and 30 wounded when a bomb exploded at a crowded market in Gao on Friday, the regional governor said.</p>
<p>No group has claimed responsibility for the attack, which came two days after soldiers arrived in the town.</p></article>
<footer>© Sahel Daily</footer></body></html>`

async function pages(t: T) {
  const server = createServer((req, res) => {
    if (req.url === '/old-story') return res.writeHead(301, { location: '/story' }).end()
    if (req.url === '/story') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(STORY)
    if (req.url === '/old-wire') return res.writeHead(302, { location: '/wire.txt' }).end()
    if (req.url === '/wire.txt') return res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('At least 6 people were killed when a gas tanker exploded on a highway near Kano, Nigeria, on Sunday, police said.')
    res.writeHead(404, 'Not Found').end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function app(t: T, allowHosts: string[]) {
  const built = await buildApp({ db: testDb(t, { seed: false }), keys: KEYS, fetch: { allowHosts, timeoutMs: 5000 } })
  t.teardown(() => built.close())
  return built
}

const post = (a: Awaited<ReturnType<typeof app>>, body: unknown) =>
  a.inject({ method: 'POST', url: '/v1/articles', headers: { ...AUTH, 'content-type': 'application/json' }, payload: JSON.stringify(body) })
const stored = async (a: Awaited<ReturnType<typeof app>>) => (await a.inject({ method: 'GET', url: '/v1/stats' })).json().articles

t.test('a URL is fetched, read as a page and stored under the URL it was found at', async (t) => {
  const base = await pages(t)
  const a = await app(t, ['127.0.0.1'])
  const res = await post(a, { url: `${base}/old-story` })
  t.equal(res.statusCode, 201, res.body)
  const article = res.json()
  t.equal(article.url, `${base}/story`, 'the URL after the redirect')
  t.equal(article.title, 'Blast at Gao market', "the page's title")
  t.match(article.text, /^At least 14 people were killed/m, 'the main text, without the menu')
  t.notMatch(article.text, /Home \| World|© Sahel Daily/, 'nor the footer')
  t.ok(article.claims.some((c: { metric?: string; value?: number }) => c.metric === 'killed' && c.value === 14), 'and its claims extracted')
  const again = await post(a, { url: `${base}/story` })
  t.equal(again.statusCode, 200)
  t.equal(again.json().duplicate, true, 'the same page again is the same article')
  const plain = await post(a, { url: `${base}/old-wire` })
  t.equal(plain.statusCode, 201, plain.body)
  t.same([plain.json().url, plain.json().text.slice(0, 17)], [`${base}/wire.txt`, 'At least 6 people'], 'a text/plain page is read as text, under its final URL')
  const titled = await post(a, { url: `${base}/story`, title: 'Given title', event: null })
  t.equal(titled.statusCode, 200)
  t.equal(await stored(a), 2)
})

t.test('what the body gives wins over the page; a fetch that fails is a 4xx and stores nothing', async (t) => {
  const base = await pages(t)
  const open = await app(t, ['127.0.0.1'])
  const missing = await post(open, { url: `${base}/nothing-here` })
  t.equal(missing.statusCode, 422)
  t.equal(missing.json().error.code, 'fetch_failed')
  t.match(missing.json().error.message, /answered 404 Not Found/)

  const closed = await app(t, [])
  const refused = await post(closed, { url: `${base}/story` })
  t.equal(refused.statusCode, 422)
  t.equal(refused.json().error.code, 'url_refused')
  t.match(refused.json().error.message, /loopback address: only public addresses are fetched unless FETCH_ALLOW_HOSTS names the host/)
  const metadata = await post(closed, { url: 'http://169.254.169.254/latest/meta-data/' })
  t.equal(metadata.json().error.code, 'url_refused', 'the cloud metadata address')

  const neither = await post(closed, { title: 'No text' })
  t.equal(neither.statusCode, 400)
  t.match(neither.body, /give the article as text, or the URL of its page as url/)
  const badUrl = await post(closed, { url: 'ftp://example.org/story' })
  t.equal(badUrl.statusCode, 400)
  t.equal(await stored(open) + await stored(closed), 0, 'nothing stored by any of them')

  const given = await post(open, { url: `${base}/story`, title: 'A title of our own', outlet: 'Our desk' })
  t.equal(given.statusCode, 201, given.body)
  t.same([given.json().title, given.json().outlet], ['A title of our own', 'Our desk'])
})
