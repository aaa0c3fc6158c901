import t from 'tap'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readArticleFile } from '../../src/ingest/files.js'
import { htmlToText, pageInput } from '../../src/ingest/html.js'
import { Ingestor } from '../../src/ingest/ingest.js'
import { AUTH, testApp, testDb } from '../helpers/app.js'

const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: at least 12 people were killed when a bomb exploded in a market in Quetta on Monday, police said.</p>`).join('')

t.test('an HTML file is read as POST /v1/articles reads a page: main text and the page\'s own metadata (issue 16)', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'files-'))
  const path = join(dir, 'page.html')
  writeFileSync(path, `<!doctype html><html><head><title>Blast in Quetta | The Daily</title><meta property="og:site_name" content="The Daily"><meta property="article:published_time" content="2025-10-13T08:00:00Z"><link rel="canonical" href="https://daily.example/quetta-blast"></head><body><article><h1>Blast in Quetta</h1>${story}</article></body></html>`)
  const [read] = readArticleFile(path)
  t.match(read!.input.text, /^Paragraph 1: at least 12 people/)
  t.equal(read!.input.outlet, 'The Daily')
  t.equal(read!.input.published_at, '2025-10-13T08:00:00Z')
  t.equal(read!.input.url, 'https://daily.example/quetta-blast')
})

t.test('an HTML file with no article text is refused with the reason (issue 16)', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'files-'))
  const path = join(dir, 'links.html')
  writeFileSync(path, '<!doctype html><html><head><title>Sections</title></head><body><nav><a href="/a">World</a> <a href="/b">Sport</a></nav><p>Home</p></body></html>')
  t.throws(() => readArticleFile(path), /no article text found in the HTML page \(\d+ words of main text; MIN_ARTICLE_WORDS is 15\)/)
  t.throws(() => readArticleFile(join(dir, 'x.html'), `<html><body>${story}</body></html>`, 500), /MIN_ARTICLE_WORDS is 500/, 'the minimum is the configured one')
})

t.test('a page is one article whichever way it comes: an .html file (the CLI) and POST text/html map it alike (pageInput)', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const cliDb = testDb(t, { seed: false })
  const cli = new Ingestor(cliDb)
  const storedByCli = (id: string) => cliDb.$client.prepare('SELECT text, title, outlet, url, published_at FROM articles WHERE id = ?').get(id)
  const dir = t.testdir({})
  const pages = {
    // Every field the page can say about itself.
    full: `<!doctype html><html><head><title>Blast in Quetta | The Daily</title><meta property="og:site_name" content="The Daily"><meta property="article:published_time" content="2025-10-13T08:00:00Z"><link rel="canonical" href="https://daily.example/quetta-blast"></head><body><article><h1>Blast in Quetta</h1>${story}</article></body></html>`,
    // Nothing at all: no field may come out null (a null would stand for "the page said so").
    bare: `<html><body>${story.replaceAll('Quetta', 'Sibi')}</body></html>`,
  }
  for (const [name, html] of Object.entries(pages)) {
    const path = join(dir, `${name}.html`)
    writeFileSync(path, html)
    const [read] = readArticleFile(path)
    t.same(read!.input, pageInput(htmlToText(html)), `${name}: the file's input is the page's`)
    for (const [key, value] of Object.entries(read!.input)) t.not(value, null, `${name}: ${key} is not null`)
    const viaCli = cli.ingest(read!.input)
    const posted = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...AUTH, 'content-type': 'text/html; charset=utf-8' }, payload: html })
    t.equal(posted.statusCode, 201, `${name}: stored through the API`)
    const a = posted.json()
    t.equal(a.id, viaCli.id, `${name}: the same article id`)
    t.same(
      { text: a.text, title: a.title, outlet: a.outlet, url: a.url, published_at: a.published_at },
      storedByCli(viaCli.id),
      `${name}: the API stored what the CLI stored`,
    )
  }
  t.same(
    Object.keys(readArticleFile(join(dir, 'bare.html'))[0]!.input),
    ['text'],
    'a page that says nothing about itself gives the text alone',
  )
})

t.test('pageInput: what the request names wins, what it leaves out (or null) comes from the page, what the page lacks stays out', async (t) => {
  const page = { text: 'Story.', title: 'Page title', outlet: null, url: 'https://daily.example/a', published_at: '2025-10-13' }
  t.same(pageInput(page), { text: 'Story.', title: 'Page title', url: 'https://daily.example/a', published_at: '2025-10-13' })
  t.same(pageInput(page, { outlet: 'Wire', published_at: '2025-10-14', event: 'quetta-blast' }), {
    text: 'Story.',
    title: 'Page title',
    url: 'https://daily.example/a',
    outlet: 'Wire',
    published_at: '2025-10-14',
    event: 'quetta-blast',
  })
  t.same(pageInput(page, { title: undefined, url: null }), { text: 'Story.', title: 'Page title', url: 'https://daily.example/a', published_at: '2025-10-13' }, 'undefined or null names nothing')
})
