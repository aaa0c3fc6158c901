import t from 'tap'
import { buildApp } from '../../src/app.js'
import { AUTH, KEYS, testApp, testDb } from '../helpers/app.js'

// POST /v1/articles with text/html bodies: the page's metadata fills what the request leaves out,
// a page with no article is a 422 with nothing stored, and heavy pages (up to 10 MiB) are accepted.

const STORY = [
  'At least 14 people were killed when a fuel tanker exploded on a highway near Lokoja, Nigeria, on Sunday, the Federal Road Safety Corps said.',
  'The tanker overturned while trying to avoid a pothole and burst into flames as residents gathered to scoop fuel, witnesses told reporters.',
]

const HEAD = `<title>Tanker blast kills 14 near Lokoja | Daily Courier</title>
<meta property="og:title" content="Tanker blast kills 14 near Lokoja">
<meta property="og:site_name" content="Daily Courier">
<link rel="canonical" href="https://dailycourier.example/news/tanker-blast">
<meta property="article:published_time" content="2025-03-09T18:42:00+01:00">`

const page = (body: string, head = HEAD) =>
  `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a><a href="/news">News</a></nav>${body}<footer>© Daily Courier</footer></body></html>`

const story = (paragraphs = STORY) => `<article><h1>Tanker blast kills 14 near Lokoja</h1><div class="byline">By Jane Okafor</div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`

const postHtml = (app: Awaited<ReturnType<typeof testApp>>['app'], html: string, query = '') =>
  app.inject({ method: 'POST', url: `/v1/articles${query}`, headers: { ...AUTH, 'content-type': 'text/html; charset=utf-8' }, payload: html })

const stored = async (app: Awaited<ReturnType<typeof testApp>>['app']) => (await app.inject({ method: 'GET', url: '/v1/articles' })).json().items.length

t.test("the page's metadata fills what the request leaves out; the query string wins", async (t) => {
  const { app } = await testApp(t, { seed: false })
  const res = await postHtml(app, page(story()))
  t.equal(res.statusCode, 201, res.body)
  const a = res.json()
  t.same(
    { title: a.title, outlet: a.outlet, url: a.url, published_at: a.published_at },
    { title: 'Tanker blast kills 14 near Lokoja', outlet: 'Daily Courier', url: 'https://dailycourier.example/news/tanker-blast', published_at: '2025-03-09T18:42:00+01:00' },
  )
  t.equal(a.text, STORY.join('\n\n'), 'the story only: no byline, menu or footer')

  const again = await postHtml(app, page(story([STORY[0]!, STORY[1]!, 'Rescue workers were still at the scene on Monday morning, the agency said.'])), '?outlet=Courier%20Wire&published_at=2025-03-10')
  t.equal(again.statusCode, 201, again.body)
  t.equal(again.json().outlet, 'Courier Wire', 'the request names the outlet: it wins')
  t.equal(again.json().published_at, '2025-03-10')
  t.equal(again.json().url, 'https://dailycourier.example/news/tanker-blast', 'what the request leaves out still comes from the page')
})

t.test('no article → 422 "no article text found", nothing stored', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const notFound = page('<main><h1>Page not found</h1><p>Sorry, the page you are looking for does not exist or has been moved. Try searching our site or go back to the home page to find the latest news, sport and business stories from across the country.</p></main>', '<title>404 | Daily Courier</title>')
  const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Story number ${i} of the day, read it in full here</a></li>`).join('')
  const navOnly = page(`<div class="home"><ul>${links}</ul></div>`, '<title>Daily Courier</title>')
  const short = page('<article><p>Tanker blast kills 14 near Lokoja, officials say.</p></article>')
  for (const [name, html] of [['a 404 page', notFound], ['a page of links', navOnly], ['a text of 8 words', short]] as const) {
    const res = await postHtml(app, html)
    t.equal(res.statusCode, 422, `${name}: ${res.body}`)
    t.equal(res.json().error.code, 'no_article_text', name)
    t.match(res.json().error.message, /no article text found/, name)
    t.match(res.json().error.message, /MIN_ARTICLE_WORDS/, `${name}: the message names the setting`)
  }
  t.equal(await stored(app), 0, 'nothing stored')
})

t.test('the minimum is configurable', async (t) => {
  const db = testDb(t, { seed: false })
  const app = await buildApp({ db, keys: KEYS, minArticleWords: 5 })
  t.teardown(() => app.close())
  const res = await postHtml(app, page('<article><p>Tanker blast kills 14 near Lokoja, officials say.</p></article>'))
  t.equal(res.statusCode, 201, res.body)
})

t.test('HTML bodies up to 10 MiB are accepted; text bodies keep 1 MiB', async (t) => {
  const { app } = await testApp(t, { seed: false })
  // A heavy page as news sites send them: megabytes of scripts and styles around a short story.
  const heavy = page(`<script>window.__STATE__ = ${JSON.stringify({ blob: 'x'.repeat(3 * 2 ** 20) })}</script>${story()}`)
  t.ok(heavy.length > 3 * 2 ** 20)
  const res = await postHtml(app, heavy)
  t.equal(res.statusCode, 201, res.body.slice(0, 300))
  t.equal(res.json().text, STORY.join('\n\n'))

  const tooHeavy = page(`<script>${'x'.repeat(10 * 2 ** 20)}</script>${story()}`)
  t.equal((await postHtml(app, tooHeavy)).statusCode, 413, 'over 10 MiB: 413')

  const text = `${STORY.join('\n\n')}\n\n${'More text follows here. '.repeat(60_000)}`
  t.ok(text.length > 2 ** 20)
  const plain = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...AUTH, 'content-type': 'text/plain' }, payload: text })
  t.equal(plain.statusCode, 413, 'a text body over 1 MiB: 413')
  t.equal(await stored(app), 1, 'only the heavy page was stored')
})
