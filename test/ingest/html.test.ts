import t from 'tap'
import { metrics, shingleMatching } from '../../bench/html.js'
import { parseHTML } from 'linkedom'
import { AROUND, htmlToText, isAround, isBoilerplateBlock } from '../../src/ingest/html.js'
import { absoluteUrl, isoDate } from '../../src/ingest/metadata.js'

// Real-shaped pages: the markup news sites send (wrappers with class names, a consent manager, share
// bars, a newsletter box, related links), with a short story in the middle.

const STORY = [
  'At least 14 people were killed when a fuel tanker exploded on a highway near Lokoja, Nigeria, on Sunday, the Federal Road Safety Corps said.',
  'The tanker overturned while trying to avoid a pothole and burst into flames as residents gathered to scoop fuel, witnesses told reporters.',
  '"We have recovered fourteen bodies so far and the search continues," said Ahmed Bello, a spokesman for the emergency agency in Kogi State.',
]

const CONSENT = [
  'We and our 842 partners store and access information on your device, such as cookies and unique identifiers, to process personal data.',
  'You may accept or manage your choices by clicking below, including your right to object where legitimate interest is used, at any time on the privacy policy page.',
  'These choices will be signalled to our partners and will not affect browsing data. We use cookies to measure content performance, to develop and improve products, and for audience research.',
  'Store and/or access information on a device. Personalised advertising and content, advertising and content measurement, audience research and services development. Use precise geolocation data.',
  'List of partners (vendors). Some of our partners process your data based on legitimate interest; you can object to this processing in the settings. Accept all. Manage preferences.',
]

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0

function newsPage(body: string, head = '<title>Tanker blast kills 14 near Lokoja | Daily Courier</title>'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<header class="site-header"><a href="/">Daily Courier</a><nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li></ul></nav></header>
${body}
<footer class="site-footer"><p>© 2025 Daily Courier Media Ltd. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
</body></html>`
}

const articleMarkup = (paragraphs: string[], extra = '') => `<main class="content"><article class="story">
<h1 class="story-headline">Tanker blast kills 14 near Lokoja</h1>
<div class="byline">By <a href="/authors/jane-okafor">Jane Okafor</a></div>
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a><a href="#">Email</a></div>
<div class="story-body">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}${extra}</div>
</article></main>`

t.test('a consent banner longer than the story is not the story', async (t) => {
  t.ok(CONSENT.join(' ').length > STORY.join(' ').length, 'the banner has more text than the story')
  // The consent manager sits first in the body, as such scripts put it, with its class and role.
  const banner = `<div id="onetrust-consent-sdk"><div class="ot-sdk-container cookie-banner">${CONSENT.map((p) => `<p>${p}</p>`).join('')}<button>Accept all</button></div></div>`
  const page = htmlToText(newsPage(banner + articleMarkup(STORY)))
  t.equal(page.text, STORY.join('\n\n'), 'the story, its three paragraphs and nothing else')

  // The same banner without a class or id that says what it is: its paragraphs say it.
  const bare = `<div class="x1">${CONSENT.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}</div>`
  const plain = htmlToText(newsPage(bare + articleMarkup(STORY)))
  t.notMatch(plain.text, /cookies|partners/, 'no consent sentence is kept')
  t.match(plain.text, /^At least 14 people were killed/, 'the story comes first')

  // Saved while the consent dialog was open: the page behind it is aria-hidden, the story with it.
  const dialog = `<div class="page-wrap" aria-hidden="true">${articleMarkup(STORY)}</div><div role="dialog" class="fc-consent-root">${CONSENT.map((p) => `<p>${p}</p>`).join('')}</div>`
  t.equal(htmlToText(newsPage(dialog)).text, STORY.join('\n\n'), 'the story behind an open dialog is read')
})

t.test('boilerplate inside the article is not article text', async (t) => {
  const inside = `
<div class="ad-slot"><span>Advertisement</span></div>
<p>Advertisement</p>
<aside class="related"><h3>You may also like</h3><ul><li><a href="/a">Bus crash kills 9 in Kano</a></li><li><a href="/b">Floods displace thousands in Benue</a></li><li><a href="/c">Fire guts market in Onitsha</a></li></ul></aside>
<div class="newsletter-signup"><h4>Get the morning briefing</h4><p>Sign up for our newsletter and get the day's top stories in your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>`
  const paragraphs = [STORY[0]!, STORY[1]!]
  const html = newsPage(articleMarkup(paragraphs, inside + `<p>${STORY[2]}</p><p>Published 2 hours ago</p><figure><img src="x.jpg"><figcaption>Firefighters at the scene on Sunday. (Photo: Daily Courier)</figcaption></figure>`))
  const page = htmlToText(html)
  t.equal(page.text, STORY.join('\n\n'), 'exactly the three paragraphs, in order')
  for (const junk of ['Advertisement', 'You may also like', 'Bus crash', 'newsletter', 'Share on Facebook', 'Jane Okafor', 'Published', 'Firefighters at the scene', 'Privacy', 'Sport']) {
    t.notMatch(page.text, junk, `no "${junk}"`)
  }
})

t.test('lines that are the page talking, one by one', async (t) => {
  for (const line of ['Advertisement', 'ADVERTISEMENT', 'Continue Reading Below', 'You may also like', 'Related: Floods displace thousands in Benue', 'By Jane Okafor and Musa Ibrahim', 'Updated Nov 19, 6:55 AM', 'Sign up for our newsletter to get the latest news in your inbox.', 'We use cookies to improve your experience. By continuing you agree to our cookie policy.', 'Photo: Damian Dovarganes, AP', 'Firefighters at the scene. (Image: GETTY)', 'August 08, 2018', '19 November 2019 | 4:20am', 'Tue, Nov 19, 2019 11:04 PM EST', 'Published 1 day ago', 'Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018']) {
    t.ok(isBoilerplateBlock(line), line)
  }
  for (const line of [...STORY, 'By Sunday evening the death toll had risen to 20, officials said.', 'Related cases were reported in Kano and Kaduna states last year.', 'Advertisement revenue fell by 12 per cent in the quarter, the company said.', 'August 08, 2018 was the day the dam broke.', 'Updated figures showed 40 dead.', 'Posted on social media, the video went viral']) {
    t.notOk(isBoilerplateBlock(line), line)
  }
})

t.test('a page with no article gives no article text', async (t) => {
  const notFound = newsPage(`<main><h1>Page not found</h1><p>Sorry, the page you are looking for does not exist or has been moved. Try searching our site or go back to the home page to find the latest news, sport and business stories.</p><form><input name="q"><button>Search</button></form></main>`, '<title>404 | Daily Courier</title>')
  t.equal(htmlToText(notFound).text, '', 'a 404 page: nothing')
  t.equal(htmlToText(notFound).blank, false, 'but it is no blank page')
  t.equal(htmlToText('<html><head><title>x</title><script>alert(1)</script></head><body><style>p{}</style></body></html>').blank, true, 'a page of scripts shows nothing')

  const links = (n: number, label: string) => Array.from({ length: n }, (_, i) => `<li><a href="/${label}/${i}">${label} story number ${i} of the day in full</a></li>`).join('')
  const navOnly = `<!doctype html><html><head><title>Daily Courier — News</title></head><body><div class="wrap"><ul>${links(12, 'News')}</ul><div class="col"><ul>${links(12, 'Sport')}</ul></div><ul>${links(8, 'Business')}</ul></div></body></html>`
  t.ok(words(htmlToText(navOnly).text) < 25, 'a page of links: less than a short story')

  // A story titled like an error page is still a story.
  const story = newsPage(articleMarkup(STORY), '<title>Not found: the missing fishermen of Lake Chad</title>')
  t.equal(htmlToText(story).text, STORY.join('\n\n'))
})

t.test('metadata: Open Graph and article tags', async (t) => {
  const head = `<title>Tanker blast kills 14 near Lokoja | Daily Courier</title>
<meta property="og:title" content="Tanker blast kills 14 near Lokoja">
<meta property="og:site_name" content="Daily Courier">
<meta property="og:url" content="https://dailycourier.example/news/tanker-blast?utm_source=x">
<link rel="canonical" href="https://dailycourier.example/news/tanker-blast">
<meta property="article:published_time" content="2025-03-09T18:42:00+01:00">`
  const page = htmlToText(newsPage(articleMarkup(STORY), head))
  t.same({ ...page, text: undefined }, {
    text: undefined,
    title: 'Tanker blast kills 14 near Lokoja',
    published_at: '2025-03-09T18:42:00+01:00',
    url: 'https://dailycourier.example/news/tanker-blast',
    outlet: 'Daily Courier',
    blank: false,
  })
})

t.test('metadata: JSON-LD only, in a @graph, publisher as an object', async (t) => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Courier Website', url: 'https://dailycourier.example/' },
      { '@type': 'NewsArticle', headline: 'Fuel tanker explosion near Lokoja', datePublished: '2025-03-09T17:42:00Z', url: 'https://dailycourier.example/n/1', publisher: { '@type': 'Organization', name: 'The Daily Courier' } },
    ],
  }
  const head = `<title>Tanker | DC</title><script type="application/ld+json">{ broken json</script><script type="application/ld+json">${JSON.stringify(ld)}</script>`
  const page = htmlToText(newsPage(articleMarkup(STORY), head))
  t.equal(page.title, 'Fuel tanker explosion near Lokoja', "the article's headline before <title>")
  t.equal(page.published_at, '2025-03-09T17:42:00Z')
  t.equal(page.outlet, 'The Daily Courier')
  t.equal(page.url, 'https://dailycourier.example/n/1')
})

t.test('metadata: only a <time datetime> and a <title>; nothing made up', async (t) => {
  const body = articleMarkup(STORY).replace('<div class="story-body">', '<p class="meta"><time datetime="2025-03-09">March 9, 2025</time></p><div class="story-body">')
  const page = htmlToText(newsPage(body, '<title>Tanker blast kills 14 near Lokoja</title><link rel="canonical" href="/news/tanker-blast">'))
  t.equal(page.published_at, '2025-03-09')
  t.equal(page.title, 'Tanker blast kills 14 near Lokoja')
  t.equal(page.url, null, 'a relative canonical link is no URL')
  t.equal(page.outlet, null)
  t.equal(page.text, STORY.join('\n\n'), 'the date line is not text')

  const bad = htmlToText(newsPage(articleMarkup(STORY), '<meta property="article:published_time" content="2024-02-30T10:00:00Z"><meta property="og:url" content="javascript:alert(1)">'))
  t.equal(bad.published_at, null, 'a date that cannot exist is left out')
  t.equal(bad.url, null, 'a URL that is not http(s) is left out')
})

t.test('dates and URLs as pages write them', async (t) => {
  t.equal(isoDate('2019-11-19T04:20:00-0500'), '2019-11-19T04:20:00-05:00')
  t.equal(isoDate('2019-11-19 04:20'), '2019-11-19T04:20')
  t.equal(isoDate('2019-11-19T04:20:00.000Z'), '2019-11-19T04:20:00.000Z')
  t.equal(isoDate('Tue, 19 Nov 2019 09:20:00 GMT'), '2019-11-19T09:20:00Z')
  t.equal(isoDate('2024-02-29'), '2024-02-29')
  for (const bad of ['2024-02-30', '2023-02-29', '2019-13-01', '2019-11-19T25:00', 'yesterday', '', '0001-01-01T00:00:00']) t.equal(isoDate(bad), null, bad)
  t.equal(absoluteUrl('https://example.org/a b'), 'https://example.org/a%20b')
  t.equal(absoluteUrl('ftp://example.org/'), null)
  t.equal(absoluteUrl(`https://example.org/${'x'.repeat(2000)}`), null)
})

t.test("the benchmark's metric, as its evaluate.py computes it", async (t) => {
  // Shingles of 4 tokens: truth {a b c d, b c d e}, prediction {a b c d, b c d x} → 1 TP, 1 FP, 1 FN.
  const one = shingleMatching('a b c d e', 'a b c d x')
  t.same([one.tp, one.fp, one.fn].map((x) => +x.toFixed(6)), [0.333333, 0.333333, 0.333333])
  // Punctuation is no token; a text shorter than 4 tokens is one shingle.
  t.same(shingleMatching('Hello, world!', 'hello world'), { tp: 0, fp: 0.5, fn: 0.5 })
  t.same(shingleMatching('', ''), { tp: 0, fp: 0, fn: 0 })
  // Precision over pages that predicted something, recall over pages with truth; F1 of the means.
  const m = metrics([shingleMatching('a b c d e', 'a b c d e'), shingleMatching('a b c d e', ''), shingleMatching('a b c d e f g', 'a b c d e')])
  t.equal(+m.precision.toFixed(4), 1)
  t.equal(+m.recall.toFixed(4), +((1 + 0 + 2 / 4) / 3).toFixed(4))
})

t.test('elements beside the article by what they are (no class or id says so) are left out, however their markup spells it', async (t) => {
  // Inside the story body, each with a sentence of its own and nothing in its class or id.
  const beside = [
    ['<aside>', '</aside>', 'An aside about the history of the highway and its many earlier crashes over the years.'],
    ['<div role="complementary">', '</div>', 'A complementary box about road safety campaigns across the country this year.'],
    ['<div role="navigation">', '</div>', 'A navigation box listing every state of the federation and its capital city.'],
    ['<div hidden>', '</div>', 'A hidden note for editors about the photographs that were not yet cleared.'],
    ['<section aria-hidden="true">', '</section>', 'An aria-hidden teaser for a podcast episode about fuel prices in the region.'],
    ['<form action="/poll">', '</form>', 'A reader poll asking whether the government should ban fuel scooping at crash sites.'],
  ]
  const extra = beside.map(([open, close, text]) => `${open}<p>${text}</p>${close}`).join('')
  const page = htmlToText(newsPage(articleMarkup([STORY[0]!, STORY[1]!], `${extra}<p>${STORY[2]}</p>`)))
  t.equal(page.text, STORY.join('\n\n'), 'the story alone')
  // Attribute values that only look like the listed ones are not beside the article.
  const kept = ['<div role="navigation banner">', '<div aria-hidden="false">', '<div data-role="navigation">'].map((open) => `${open}<p>Rescue teams from three states joined the search on Monday morning, the agency said.</p></div>`)
  const withKept = htmlToText(newsPage(articleMarkup([STORY[0]!, STORY[1]!], kept.join('') + `<p>${STORY[2]}</p>`)))
  t.equal(withKept.text.match(/Rescue teams from three states/g)?.length, 3, 'all three kept')
})

t.test("isAround answers for one element what the AROUND selector finds, on every element of real-shaped pages", async (t) => {
  const edgy = `<html><body><NAV>a</NAV><Aside>b</Aside><form></form><div hidden="">c</div><div HIDDEN>d</div><div aria-hidden="true">e</div><div aria-hidden="TRUE">f</div>
<div aria-hidden="true ">g</div><p aria-hidden=true>h</p><div role="navigation">i</div><div role="Navigation">j</div><div role="navigation banner">k</div><p role="contentinfo">l</p>
<header role="banner">m</header><div role="complementary">n</div><div data-role="navigation">o</div><svg><nav>p</nav><aside/></svg></body></html>`
  const pages = [edgy, newsPage(articleMarkup(STORY, '<aside class="related"><a href="/a">x</a></aside><form><input></form>')), newsPage(`<div class="page-wrap" aria-hidden="true">${articleMarkup(STORY)}</div>`)]
  let around = 0
  for (const html of pages) {
    for (const el of Array.from(parseHTML(html).document.querySelectorAll('*'))) {
      const found = el.matches(AROUND)
      if (found) around++
      t.equal(isAround(el as never), found, `${el.outerHTML.slice(0, 60)}`)
    }
  }
  t.equal(around, 17, 'every kind the list names is there: 12 in the first page (the look-alikes not), 3 and 2 in the others')
})
