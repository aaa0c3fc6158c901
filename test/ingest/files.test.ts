import t from 'tap'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readArticleFile } from '../../src/ingest/files.js'

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
