// Feeds with the quirks real feeds have, for test/ingest/feeds.test.ts and bench/feed-parsers.ts
// (the comparison of feed libraries in docs/feeds.md). Each is what an outlet's server sends: the
// bytes and the Content-Type. Relative links are resolved against `FEED_PATH` on the serving host
// (or an xml:base), so a test builds its expectations from the base URL it serves them at.

/** Where the comparison pretends the feeds were fetched from (the tests use their server's URL). */
export const COMPARE_BASE = 'https://news.example'

/** A paragraph of news text, `n` words or more: full articles are made of these. */
export const PARAGRAPH =
  'At least 12 people were killed when a bomb exploded in a crowded market in Quetta on Monday, police said, ' +
  'and more than 30 were wounded. No group has claimed responsibility, and the provincial government blamed ' +
  'militants it said had crossed the border the week before. Residents said the blast came shortly after noon.'

export const article = (paragraphs: number) => Array.from({ length: paragraphs }, () => `<p>${PARAGRAPH}</p>`).join('\n')

/**
 * RSS 2.0 as WordPress and most outlets write it: content:encoded in CDATA, dc:creator, a guid that
 * is no permalink, a relative link, entities in titles, a CDATA title, an item whose only URL is its
 * permalink guid, and a summary-only item.
 */
export const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>World &amp; Region — Daily Wire</title>
  <link>https://news.example/</link>
  <atom:link href="https://news.example/feeds/world.xml" rel="self" type="application/rss+xml"/>
  <description>World news</description>
  <item>
    <title>Blast kills 12 in Quetta &amp; Mastung, mayor&#8217;s office says</title>
    <link>/world/2025/10/13/quetta-blast</link>
    <guid isPermaLink="false">tag:news.example,2025:1234</guid>
    <pubDate>Mon, 13 Oct 2025 08:30:00 +0200</pubDate>
    <dc:creator><![CDATA[Ana Pérez]]></dc:creator>
    <description><![CDATA[<p>At least 12 people were killed&hellip;</p>]]></description>
    <content:encoded><![CDATA[${article(3)}]]></content:encoded>
  </item>
  <item>
    <title><![CDATA[Strike on port: "no warning", residents say]]></title>
    <guid>https://news.example/world/2025/10/12/port-strike</guid>
    <pubDate>Sun, 12 Oct 2025 21:05:00 GMT</pubDate>
    <author>desk@news.example (Omar Said)</author>
    <description>&lt;p&gt;Residents of the port said the strike came without warning. &lt;a href="/world/2025/10/12/port-strike"&gt;Read more&lt;/a&gt;&lt;/p&gt;</description>
  </item>
  <item>
    <title>Ceasefire talks resume</title>
    <link>https://news.example/world/2025/10/11/ceasefire</link>
    <pubDate>Sat, 11 Oct 2025 10:00:00 EST</pubDate>
    <description>Talks resumed in Doha on Saturday, mediators said.</description>
  </item>
</channel>
</rss>`

/**
 * Atom 1.0 with xml:base on the feed and an entry, several links per entry (self, enclosure and
 * replies before the alternate; one alternate with no rel at all), escaped-HTML content,
 * XHTML content, an HTML title, and a summary-only entry with only `updated`.
 */
export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/news/">
  <title>Atom Desk</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2025-10-13T09:00:00Z</updated>
  <link rel="self" href="/feeds/atom.xml"/>
  <link rel="alternate" type="text/html" href="/"/>
  <author><name>Atom Desk Staff</name></author>
  <entry xml:base="2025/">
    <title>Quetta market blast</title>
    <id>tag:atom.example,2025:quetta</id>
    <link rel="self" type="application/atom+xml" href="/api/entries/1"/>
    <link rel="enclosure" type="image/jpeg" href="/img/quetta.jpg"/>
    <link rel="alternate" type="text/html" href="quetta-blast.html"/>
    <published>2025-10-13T08:30:00+05:00</published>
    <updated>2025-10-13T09:00:00+05:00</updated>
    <author><name>Sana Malik</name></author>
    <summary>Twelve killed in Quetta.</summary>
    <content type="html">${escapeXml(article(3))}</content>
  </entry>
  <entry>
    <title type="html">Rebels &amp;amp; army trade blame</title>
    <id>tag:atom.example,2025:blame</id>
    <link rel="replies" type="text/html" href="/comments/2"/>
    <link href="https://atom.example/news/rebels-army-blame"/>
    <published>2025-10-12T12:00:00Z</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${article(3).replace('Quetta', '<em>Quetta</em>')}</div></content>
  </entry>
  <entry>
    <title>Aid convoy reaches town</title>
    <id>tag:atom.example,2025:aid</id>
    <link rel="alternate" href="aid-convoy"/>
    <updated>2025-10-11T07:15:00Z</updated>
    <summary type="text">A convoy of 40 trucks reached the town on Saturday.</summary>
  </entry>
</feed>`

/** JSON Feed 1.1: content_html, content_text, authors (1.1) and author (1.0), a relative url, summary only. */
export const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON Desk',
  home_page_url: 'https://json.example/',
  feed_url: 'https://json.example/feed.json',
  authors: [{ name: 'JSON Desk' }],
  items: [
    {
      id: 'https://json.example/2025/10/13/quetta',
      url: 'https://json.example/2025/10/13/quetta',
      title: 'Quetta market blast',
      content_html: article(3),
      date_published: '2025-10-13T08:30:00+05:00',
      authors: [{ name: 'Sana Malik' }, { name: 'Ali Raza' }],
    },
    {
      id: '2',
      url: '/2025/10/12/port',
      title: 'Port strike',
      content_text: Array.from({ length: 3 }, () => PARAGRAPH).join('\n\n'),
      date_published: '2025-10-12T21:05:00Z',
      author: { name: 'Omar Said' },
    },
    {
      id: '3',
      url: 'https://json.example/2025/10/11/aid',
      title: 'Aid convoy',
      content_text: 'A convoy reached the town… Read more',
      summary: 'A convoy reached the town.',
      date_modified: '2025-10-11T07:15:00Z',
    },
  ],
}, null, 2)

/** RSS 1.0 (RDF Site Summary): items beside the channel, rdf:about ids, dc:date and dc:creator. */
export const RDF = `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="https://rdf.example/rss">
    <title>RDF Desk</title>
    <link>https://rdf.example/</link>
    <description>News</description>
    <items><rdf:Seq><rdf:li rdf:resource="https://rdf.example/a"/><rdf:li rdf:resource="https://rdf.example/b"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://rdf.example/a">
    <title>Quetta market blast</title>
    <link>https://rdf.example/a</link>
    <dc:date>2025-10-13T08:30:00+05:00</dc:date>
    <dc:creator>Sana Malik</dc:creator>
    <description>Twelve killed.</description>
    <content:encoded><![CDATA[${article(3)}]]></content:encoded>
  </item>
  <item rdf:about="https://rdf.example/b">
    <title>Port strike</title>
    <link>https://rdf.example/b</link>
    <dc:date>2025-10-12T21:05:00Z</dc:date>
    <description>Residents said the strike came without warning.</description>
  </item>
</rdf:RDF>`

/**
 * RSS 2.0 with one broken item among good ones: a tag left open inside it (`<b>` never closed), as
 * a hand-edited or badly templated feed has. The items before and after it are whole.
 */
export const MALFORMED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Broken Desk</title><link>https://news.example/</link>
  <item><title>First good story</title><link>https://news.example/good-1</link><guid>good-1</guid><pubDate>Mon, 13 Oct 2025 08:30:00 GMT</pubDate></item>
  <item><title>Broken <b>story</title><link>https://news.example/broken</link><guid>broken</guid></item>
  <item><title>Second good story</title><link>https://news.example/good-2</link><guid>good-2</guid><pubDate>Mon, 13 Oct 2025 09:30:00 GMT</pubDate></item>
  <item><title>Third good story</title><link>https://news.example/good-3</link><guid>good-3</guid></item>
</channel></rss>`

/** RSS 2.0 with items that parse but cannot be ingested: nothing to read, or a link that is no web address. */
export const UNUSABLE_ITEMS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Odd Desk</title><link>https://news.example/</link>
  <item><title>Good story</title><link>https://news.example/good</link></item>
  <item><title>Only a title</title></item>
  <item><title>Script link</title><link>javascript:alert(1)</link></item>
  <item><description>No title, a summary and no link</description></item>
</channel></rss>`

/** The same RSS 2.0 feed in ISO-8859-1, declared in the XML prolog only (the header names no charset). */
export const LATIN1_TEXT = `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Diario de Bogotá</title><link>https://latin.example/</link>
  <item><title>Explosión en Bogotá deja nueve muertos, dice la alcaldía</title><link>https://latin.example/bogota</link>
  <dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">José Peña</dc:creator><pubDate>Mon, 13 Oct 2025 08:30:00 -0500</pubDate>
  <description>La policía dijo que el ataque ocurrió al mediodía; el alcalde’s office said...</description></item>
</channel></rss>`
/** Its bytes: ISO-8859-1 as WHATWG reads it (windows-1252), so ’ is the byte 0x92. */
export const LATIN1 = Buffer.from(LATIN1_TEXT.replace('’', '\x92'), 'latin1')

/** An HTML page that names its feeds, as outlets' home pages do (feed discovery). */
export const HTML_WITH_FEEDS = `<!doctype html><html><head><title>Daily Wire</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="World" href="/feeds/world.xml">
<link rel="alternate" type="application/atom+xml" title="Atom" href="https://news.example/feeds/all.atom">
<link rel="alternate" hreflang="fr" href="/fr/">
</head><body><p>Welcome.</p></body></html>`

/** A document that parses as XML and is no feed. */
export const NOT_A_FEED = `<?xml version="1.0"?><sitemap><url><loc>https://news.example/</loc></url></sitemap>`

/** An internal-entity expansion bomb ("billion laughs"): a parser that expands it unbounded stalls or runs out of memory. */
export const ENTITY_BOMB = `<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<rss version="2.0"><channel><title>Bomb</title><link>https://news.example/</link>
<item><title>&g;</title><link>https://news.example/bomb</link></item></channel></rss>`

/**
 * An RSS 2.0 feed of `n` items with full content (about 2.3 KB each), ids `item-0` … and links
 * `${base}/story/0` …; dates one minute apart from 13 Oct 2025 08:00 UTC.
 */
export function bigRss(n: number, base = COMPARE_BASE, paragraphs = 3): string {
  const items: string[] = []
  for (let i = 0; i < n; i++) {
    const at = new Date(Date.UTC(2025, 9, 13, 8, 0) - i * 60_000).toUTCString()
    items.push(`<item><title>Story ${i}: blast in Quetta &amp; Mastung</title><link>${base}/story/${i}</link><guid isPermaLink="false">item-${i}</guid>` +
      `<pubDate>${at}</pubDate><dc:creator>Desk ${i % 7}</dc:creator><description>Summary ${i}</description>` +
      `<content:encoded><![CDATA[${article(paragraphs)}]]></content:encoded></item>`)
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<channel><title>Big Desk</title><link>${base}/</link>\n${items.join('\n')}\n</channel></rss>`
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
