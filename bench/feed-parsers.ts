// The comparison of feed libraries behind docs/feeds.md: each library is given the feeds of
// test/helpers/feed-fixtures.ts (RSS 2.0, Atom 1.0, JSON Feed 1.1, RSS 1.0, a malformed item,
// ISO-8859-1, an entity bomb, a 5,000-item feed) and checked on what a news ingest needs from it.
// The libraries are not dependencies of the project: install them in a scratch folder and run
// this script from there, e.g.
//   mkdir /tmp/feedcmp && cd /tmp/feedcmp && npm init -y && npm i tsx feedsmith@3.0.1 rss-parser@3.13.0 \
//     @rowanmanning/feed-parser@2.1.5 @extractus/feed-extractor@8.0.3 feedparser@2.6.0
//   npx tsx /work/main/bench/feed-parsers.ts
// A check is ✔ when the library's own output is right, ✘ when it is wrong or lost; the script
// prints one table (markdown) and the timings.
import { createRequire } from 'node:module'
import { Readable } from 'node:stream'
import { performance } from 'node:perf_hooks'
import * as F from '../test/helpers/feed-fixtures.js'

const require = createRequire(`${process.cwd()}/x.js`)

/** What a check looks at: the library's item, mapped field by field with no repair of ours. */
interface View {
  id: string | null
  url: string | null
  title: string | null
  published: string | null
  content: string | null
  author: string | null
}
type Parse = (body: string | Buffer) => Promise<View[]>

/** A date the library parsed (a Date) as ISO; a string as the library gave it (raw, or its own ISO form). */
const iso = (d: unknown) => (d === null || d === undefined || d === '' ? null : d instanceof Date ? d.toISOString() : String(d))
const sameMoment = (a: string | null | undefined, b: string) => typeof a === 'string' && Date.parse(a) === Date.parse(b)
const text = (body: string | Buffer) => (Buffer.isBuffer(body) ? body.toString('utf8') : body)

const libraries: Record<string, Parse> = {
  feedsmith: async (body) => {
    const { parseFeed } = require('feedsmith')
    const { format, feed } = parseFeed(text(body))
    if (format === 'atom') {
      return (feed.entries ?? []).map((e: any) => ({
        id: e.id ?? null,
        url: (e.links ?? []).find((l: any) => !l.rel || l.rel === 'alternate')?.href ?? null,
        title: e.title?.value ?? e.title ?? null,
        published: iso(e.published ?? e.updated),
        content: e.content?.value ?? null,
        author: e.authors?.map((a: any) => a.name).join(', ') || null,
      }))
    }
    if (format === 'json') {
      return (feed.items ?? []).map((i: any) => ({
        id: i.id ?? null, url: i.url ?? null, title: i.title ?? null, published: iso(i.date_published ?? i.date_modified),
        content: i.content_html ?? i.content_text ?? null, author: i.authors?.map((a: any) => a.name).join(', ') || null,
      }))
    }
    return (feed.items ?? []).map((i: any) => ({
      id: i.guid?.value ?? i.rdf?.about ?? null,
      url: i.link ?? null,
      title: i.title ?? null,
      published: iso(i.pubDate ?? i.dc?.dates?.[0]),
      content: i.content?.encoded ?? null,
      author: i.dc?.creators?.join(', ') || i.authors?.map((a: any) => a.name ?? a).join(', ') || null,
    }))
  },
  'rowanmanning/feed-parser': async (body) => {
    const { parseFeed } = require('@rowanmanning/feed-parser')
    return parseFeed(text(body)).items.map((i: any) => ({
      id: i.id, url: i.url, title: i.title, published: iso(i.published), content: i.content, author: i.authors.map((a: any) => a.name).join(', ') || null,
    }))
  },
  'rss-parser': async (body) => {
    const Parser = require('rss-parser')
    const feed = await new Parser().parseString(text(body))
    return feed.items.map((i: any) => ({
      id: i.guid ?? i.id ?? null, url: i.link ?? null, title: i.title ?? null, published: iso(i.isoDate),
      content: i['content:encoded'] ?? (i.summary !== undefined ? i.content : null) ?? null, author: i.creator ?? i.author ?? null,
    }))
  },
  'extractus/feed-extractor': async (body) => {
    const { extractFromXml, extractFromJson } = require('@extractus/feed-extractor')
    const s = text(body)
    const options = { descriptionMaxLen: 0, baseUrl: `${F.COMPARE_BASE}/feeds/world.xml` }
    const feed = s.trimStart().startsWith('{') ? extractFromJson(JSON.parse(s), options) : extractFromXml(s, options)
    if (!feed) throw new Error('no feed')
    return feed.entries.map((e: any) => ({ id: e.id || null, url: e.link || null, title: e.title || null, published: iso(e.published), content: null, author: null }))
  },
  feedparser: (body) =>
    new Promise((resolve, reject) => {
      const FeedParser = require('feedparser')
      const fp = new FeedParser({ feedurl: `${F.COMPARE_BASE}/feeds/world.xml` })
      const items: View[] = []
      let error: Error | null = null
      fp.on('error', (e: Error) => (error ??= e))
      fp.on('readable', () => {
        let i
        while ((i = fp.read())) {
          items.push({ id: i.guid, url: i.link, title: i.title, published: iso(i.pubdate), content: i.description !== i.summary ? i.description : null, author: i.author })
        }
      })
      fp.on('end', () => (error && items.length === 0 ? reject(error) : resolve(items)))
      Readable.from([Buffer.isBuffer(body) ? body : Buffer.from(body)]).pipe(fp)
    }),
}

const FULL = F.article(3)
const has = (s: string | null | undefined, part: string) => typeof s === 'string' && s.includes(part)

/** [row, fixture, what is right]. */
const checks: [string, string | Buffer, (items: View[]) => boolean][] = [
  ['RSS: content:encoded as the full text', F.RSS2, (i) => i[0]?.content === FULL],
  ['RSS: dc:creator', F.RSS2, (i) => i[0]?.author === 'Ana Pérez'],
  ['RSS: "email (Name)" author', F.RSS2, (i) => i[1]?.author === 'Omar Said'],
  ['RSS: guid isPermaLink="false" is the id, not the URL', F.RSS2, (i) => i[0]?.id === 'tag:news.example,2025:1234' && !has(i[0]?.url, 'tag:')],
  ['RSS: relative link made absolute', F.RSS2, (i) => i[0]?.url === 'https://news.example/world/2025/10/13/quetta-blast'],
  ['RSS: permalink guid as the URL when no <link>', F.RSS2, (i) => i[1]?.url === 'https://news.example/world/2025/10/12/port-strike'],
  ['RSS: entities in a title (&amp; &#8217;)', F.RSS2, (i) => i[0]?.title === 'Blast kills 12 in Quetta & Mastung, mayor’s office says'],
  ['RSS: CDATA title', F.RSS2, (i) => i[1]?.title === 'Strike on port: "no warning", residents say'],
  ['RSS: RFC 822 dates (+0200, GMT, EST) parsed', F.RSS2, (i) => i[0]?.published === '2025-10-13T06:30:00.000Z' && i[1]?.published === '2025-10-12T21:05:00.000Z' && i[2]?.published === '2025-10-11T15:00:00.000Z'],
  ['Atom: rel="alternate" among several links', F.ATOM, (i) => has(i[0]?.url, 'quetta-blast.html') && has(i[1]?.url, 'rebels-army-blame')],
  ['Atom: xml:base (feed and entry)', F.ATOM, (i) => i[0]?.url === 'https://atom.example/news/2025/quetta-blast.html' && i[2]?.url === 'https://atom.example/news/aid-convoy'],
  ['Atom: <content type="html">', F.ATOM, (i) => i[0]?.content === FULL],
  ['Atom: <content type="xhtml"> (inner markup)', F.ATOM, (i) => has(i[1]?.content, '<em>Quetta</em>') && !has(i[1]?.content, 'type="xhtml"')],
  ['Atom: <title type="html"> decoded', F.ATOM, (i) => i[1]?.title === 'Rebels & army trade blame'],
  ['Atom: published (not updated)', F.ATOM, (i) => sameMoment(i[0]?.published, '2025-10-13T03:30:00.000Z')],
  ['JSON Feed 1.1: items, content_html/text, authors', F.JSON_FEED, (i) => i.length === 3 && i[0]?.content === FULL && has(i[1]?.content, 'Quetta') && sameMoment(i[0]?.published, '2025-10-13T03:30:00.000Z')],
  ['RSS 1.0 (RDF): items, dc:date, content:encoded', F.RDF, (i) => i.length === 2 && i[0]?.content === FULL && sameMoment(i[0]?.published, '2025-10-13T03:30:00.000Z')],
  ['Malformed item: the other three items kept', F.MALFORMED, (i) => ['good-1', 'good-2', 'good-3'].every((g) => i.some((x) => has(x.url, g)))],
  ['ISO-8859-1 bytes decoded by the XML prolog', F.LATIN1, (i) => i[0]?.title === 'Explosión en Bogotá deja nueve muertos, dice la alcaldía'],
  ['Not a feed (sitemap) refused', F.NOT_A_FEED, () => false],
  ['Not a feed (HTML page) refused', F.HTML_WITH_FEEDS, () => false],
  ['Entity bomb not expanded', F.ENTITY_BOMB, (i) => (i[0]?.title?.length ?? 0) < 100_000],
]

const rows: string[] = []
const names = Object.keys(libraries)
rows.push(`| quirk | ${names.join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`)
for (const [label, body, right] of checks) {
  const cells: string[] = []
  for (const name of names) {
    const refusedIsRight = label.startsWith('Not a feed')
    const t0 = performance.now()
    const cell = await libraries[name]!(body).then(
      (items) => (refusedIsRight ? (items.length === 0 ? '✔ (0 items)' : `✘ ${items.length} items`) : right(items) ? '✔' : '✘'),
      (err: Error) => (refusedIsRight ? '✔ throws' : `✘ throws: ${String(err.message).split('\n')[0]!.slice(0, 40)}`),
    )
    const ms = performance.now() - t0
    cells.push(ms > 1000 ? `${cell} (${(ms / 1000).toFixed(1)} s)` : cell)
  }
  rows.push(`| ${label} | ${cells.join(' | ')} |`)
}
console.log(rows.join('\n'))

// Speed and memory on a big feed: 5,000 items of about 2.3 KB (11.6 MB).
const big = F.bigRss(5000)
console.log(`\nbig feed: ${(Buffer.byteLength(big) / 1e6).toFixed(1)} MB, 5,000 items`)
for (const name of names) {
  global.gc?.()
  const heap0 = process.memoryUsage().heapUsed
  const t0 = performance.now()
  const items = await libraries[name]!(big).catch((e: Error) => e)
  const ms = performance.now() - t0
  const heap = (process.memoryUsage().heapUsed - heap0) / 1e6
  console.log(`${name.padEnd(26)} ${Array.isArray(items) ? `${items.length} items` : `throws ${items.message}`} in ${ms.toFixed(0)} ms (${Array.isArray(items) ? Math.round(items.length / (ms / 1000)) : 0} items/s), heap +${heap.toFixed(0)} MB`)
}
