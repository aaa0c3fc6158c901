import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { wordTable } from '../domain/words.js'
import type { IngestInput } from './ingest.js'
import { pageMetadata, type PageMetadata } from './metadata.js'

// Readability's cost grows with the cube of the nesting depth (800 nested <div>s: 7 s) and linkedom's
// parse with its square, so pages deeper or larger than any real article page are read by
// stripping their tags instead.
const MAX_DEPTH = 100
const MAX_ELEMENTS = 20_000

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param'])

/** Markup that holds no page structure: scripts (which may carry markup in strings), styles, comments. */
const INERT = /<!--[^]*?-->|<(script|style|template|noscript)\b[^>]*>[^]*?<\/\1\s*>/gi

/**
 * How deep the tags nest and how many there are, read from the markup in one pass (walking the DOM
 * instead is quadratic in linkedom on a hostile page nesting 100,000 deep). Tags inside scripts,
 * styles and comments are not counted: a script's string of markup is no nesting.
 */
function shapeOf(html: string): { depth: number; elements: number } {
  let depth = 0
  let open = 0
  let elements = 0
  for (const m of html.replace(INERT, ' ').matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase()
    if (m[1]) open = Math.max(0, open - 1)
    else if (!m[3] && !VOID.has(name)) {
      elements++
      if (++open > depth) depth = open
    } else elements++
  }
  return { depth, elements }
}

const ENTITIES = wordTable<string>({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" })
const BLOCK_END = /<\/(?:p|div|li|h[1-6]|blockquote|pre|tr|section|article)\s*>|<br\s*\/?>/gi

const decodeEntities = (s: string) => s.replace(/&(#39|[a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m)

/** Text by stripping tags, in one linear pass: for pages too deep or too big for a DOM. */
function strippedText(html: string): { text: string; title: string | null } {
  const title = decodeEntities(/<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1] ?? '').trim() || null
  const text = decodeEntities(html
    .replace(/<(script|style|noscript|template|head|title|nav|footer|aside)\b[^>]*>[^]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK_END, '\n\n')
    .replace(/<[^>]*>/g, ' '))
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n')
  return { text, title }
}

// ---------------------------------------------------------------------------------------------
// Boilerplate: what a reader skips. Elements are dropped by what they are (navigation, forms,
// figures and their captions, asides) and by what their class, id or role says they are (consent
// banners, share bars, newsletter sign-ups, bylines, related links, advertisements); blocks of text
// by what they say ("Advertisement", "You may also like", "Sign up for our newsletter").

interface El {
  tagName: string
  parentNode: El | null
  childNodes: ArrayLike<Node>
  textContent: string | null
  getAttribute(name: string): string | null
  querySelectorAll(selector: string): ArrayLike<El>
  remove(): void
}

interface Node {
  nodeType: number
  nodeValue?: string | null
  tagName?: string
}

/** Elements that are never article text. */
const NEVER = 'script,style,noscript,template,button,select,input,textarea,iframe,svg,figcaption,dialog,[role="dialog"],[role="alertdialog"]'

/**
 * Elements that are beside the article by what they are: removed unless they hold the article (a
 * page saved while a consent dialog was open has its whole content aria-hidden). One list, read
 * two ways: as a selector (AROUND, to find them) and as a test of one element (isAround: linkedom's
 * `matches` compiles its selector again at every call, four times the cost of a second walk).
 */
const AROUND_TAGS = new Set(['nav', 'aside', 'form'])
/** [attribute, value]: the attribute with that value, or present at all when the value is null. */
const AROUND_ATTRIBUTES: [string, string | null][] = [
  ['hidden', null],
  ['aria-hidden', 'true'],
  ['role', 'navigation'],
  ['role', 'complementary'],
  ['role', 'banner'],
  ['role', 'contentinfo'],
]
export const AROUND = [...AROUND_TAGS, ...AROUND_ATTRIBUTES.map(([name, value]) => (value === null ? `[${name}]` : `[${name}="${value}"]`))].join(',')
export const isAround = (el: El): boolean =>
  AROUND_TAGS.has(el.tagName.toLowerCase()) ||
  AROUND_ATTRIBUTES.some(([name, value]) => (value === null ? el.getAttribute(name) !== null : el.getAttribute(name) === value))

/** Class or id words of consent banners: removed wherever they are, however long. */
const BANNER = /(?:^|[-_\s])(?:cookies?|consent|gdpr|cmp|onetrust|cookiebot|didomi|truste)(?=$|[-_\s])/i

/** Class or id words of what sits beside an article: removed unless they hold most of the page's text. */
const BESIDE = /(?:^|[-_\s])(?:newsletters?|signup|sign-up|paywall|subscribe|subscription|modal|popup|share|sharing|sharebar|social|related|recommended|recommendations|more-stories|read-more|readmore|recirc|outbrain|taboola|advert|advertisement|ads?|adslot|ad-slot|dfp|promo|sponsor|sponsored|byline|bylines|author|authors|contributor|caption|credit|credits|timestamp|dateline|breadcrumbs?|comments?|tags|toolbar|sidebar|widget|newsletter-signup|trending|most-popular|popular|footer|masthead|header|nav|navbar|menu)(?=$|[-_\s])/i

/** What says "this is the article": never removed, nor anything holding it. */
const ARTICLE = 'article,main,[itemprop="articleBody"],[role="main"]'

const attrsOf = (el: El) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`

const textLength = (el: El) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length

/** Characters of text outside links: the measure of how much of a page's prose an element holds. */
const proseLength = (el: El) => textLength(el) - Array.from(el.querySelectorAll('a')).reduce((n, a) => n + textLength(a), 0)

/**
 * Removes what is not article text from a document or a fragment's root. An element whose class
 * says it sits beside the article (share bar, related links, byline…) is kept when it holds more
 * than `keepShare` of the root's prose (text outside links): such a word on the article's own
 * wrapper would otherwise remove the article. Consent banners go however long they are.
 */
function removeBoilerplate(root: El, keepShare = 0.5): void {
  for (const el of Array.from(root.querySelectorAll(NEVER))) el.remove()
  const prose = proseLength(root)
  // One walk of the tree finds the candidates; whether one is beside the article by what it is
  // is asked of that element alone, and only when its class and id did not say so.
  for (const el of Array.from(root.querySelectorAll(`[class],[id],${AROUND}`))) {
    if (!el.parentNode || /^(html|body|main|article)$/i.test(el.tagName)) continue
    const attrs = attrsOf(el)
    const banner = BANNER.test(attrs)
    if (!banner && !BESIDE.test(attrs) && !isAround(el)) continue
    if (el.querySelectorAll(ARTICLE).length > 0) continue
    if (!banner && proseLength(el) > keepShare * prose) continue
    el.remove()
  }
  // Consent notices without a class that says so: the blocks whose own words are a notice's (the
  // text of paragraphs and list items, the text right inside other elements: linear in the page).
  for (const el of Array.from(root.querySelectorAll('p,li,div,section,span'))) {
    if (!el.parentNode) continue
    const own = /^(p|li)$/i.test(el.tagName)
      ? el.textContent ?? ''
      : Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.nodeValue ?? '').join(' ')
    if (isConsentText(own.replace(/\s+/g, ' ').trim())) el.remove()
  }
}

/** Blocks of text that are the page talking, not the story. */
const BOILERPLATE_BLOCK = [
  // Labels standing alone.
  /^(?:advertisement|advert|ad|sponsored( content)?|story continues below( advertisement)?|continue reading( below| the main story)?|read more|read next|more|close|caption|enlarge (?:this )?image|skip to (?:main )?content|share|share this( article| story)?|tweet|comments?|print|email|menu|search|sign in|log in|subscribe|trending|latest|popular|most read|highlights|loading( content)?|view author archive|email the author|follow on twitter|about the author|recommended( for you)?|related( articles| stories| content| coverage)?|more (?:on|from) (?:this|the)\b.*|don'?t miss|see also|you may also like|you might also like|more stories|top stories|editor'?s picks)\W*$/i,
  // Lead-ins to lists of other stories.
  /^(?:related|see more|read more|more|also|also read|read also|watch|listen|don'?t miss|recommended|you may also like)\s*:/i,
  // Datelines of the page, not of the story: "Published 1 day ago", "Updated Nov 19, 6:55 AM".
  // (With a figure or "ago" in it, and not ending as a sentence does: "Updated figures showed 40 dead." stays.)
  /^(?:published|updated|posted|last updated|first published)\b(?=.*(?:\d|\bago\b))(?!.*\p{Ll}{2}[.!?]["”’]?$).{0,80}$/iu,
  // A date alone: "August 08, 2018", "Tue, 19 Nov 2019 09:20", "19 November 2019 | 4:20am".
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:\s*(?:[|,·•-]|at)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\W*$/i,
  // Photo credits and captions' tails.
  /^(?:photo|image|picture|credit|source|illustration)s?\s*(?:credit)?\s*:.{0,150}$/i,
  /\((?:image|photo|picture|credit|pictured)s?\s*:?[^)]{0,80}\)\s*$/i,
  /^(?:getty images|ap photo|reuters|afp|shutterstock)\W*$/i,
  // Calls to act.
  /^(?:click here|get (?:the )?[\w ]{0,30} app|download (?:the|our) app|follow us|join (?:us|our)|sign up|subscribe)\b.{0,200}$/i,
]

/** A newsletter box's or an ad blocker notice's sentences. */
const PROMPT = /\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|inbox|updates|alerts)\b|\bnewsletters?\b.{0,60}\b(?:sign up|subscribe|inbox)\b|\bad ?blocker\b/i

/** What consent banners speak of; two of them, said to the reader, make a consent notice. */
const CONSENT_SIGNAL = /\b(?:cookies?|consent|partners|vendors|legitimate interests?|personal(?:ised|ized)? (?:data|ads|advertising|content)|unique identifiers|privacy (?:policy|settings|notice)|(?:manage|your) (?:choices|preferences|settings)|accept(?: all)?|opt[- ]out|browsing data|precise geolocation|tracking technologies|(?:improve|enhance) (?:your|the user) experience|you agree|by continuing)\b/gi
const TO_THE_READER = /\b(?:you|your|we|our|us)\b/i

/** A consent notice's sentence: at most 80 words, two kinds of consent words, addressed to the reader. */
export function isConsentText(text: string): boolean {
  if (wordsIn(text) > 80 || !TO_THE_READER.test(text)) return false
  const kinds = new Set((text.match(CONSENT_SIGNAL) ?? []).map((m) => m.toLowerCase().replace(/s$/, '')))
  return kinds.size >= 2
}

/** Bylines: "By Justine Coleman - 11/18/19 11:04 PM EST", "By Stefan Becket, Kathryn Watson". */
const isByline = (block: string) => /^[Bb]y\s+\p{Lu}/u.test(block) && wordsIn(block) <= 16 && !/[a-z]{2}[.!?]["”’]?$/.test(block)

/** Words of a text: runs of letters and digits. */
export const wordsIn = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0

/** Whether a block of text is the page talking (labels, datelines, bylines, calls to act, consent). */
export function isBoilerplateBlock(block: string): boolean {
  if (BOILERPLATE_BLOCK.some((re) => re.test(block)) || isByline(block) || isConsentText(block)) return true
  return PROMPT.test(block) && wordsIn(block) <= 80
}

// ---------------------------------------------------------------------------------------------
// Text: blocks as a reader sees them, one paragraph per block-level element.

const BLOCK = new Set([
  'address', 'article', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'br',
])
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title'])

/** A link-heavy block: most of its words are the text of links (a list of other stories, a menu). */
interface Block {
  text: string
  linkChars: number
}

function blocksOf(root: El): Block[] {
  const blocks: Block[] = []
  let text = ''
  let linkChars = 0
  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim()
    if (t) blocks.push({ text: t, linkChars: Math.min(linkChars, t.length) })
    text = ''
    linkChars = 0
  }
  const walk = (node: Node, inLink: boolean) => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? ''
      text += v
      if (inLink) linkChars += v.replace(/\s+/g, ' ').trim().length
      return
    }
    if (node.nodeType !== 1) return
    const tag = node.tagName!.toLowerCase()
    if (SKIP.has(tag)) return
    const block = BLOCK.has(tag)
    if (block) flush()
    else if (tag === 'td' || tag === 'th') text += ' '
    const children = (node as unknown as El).childNodes
    for (let i = 0; i < children.length; i++) walk(children[i]!, inLink || tag === 'a')
    if (block) flush()
  }
  walk(root as unknown as Node, false)
  return blocks
}

/** Lists of links with nothing else (related stories, menus): three or more link-only blocks in a row. */
function dropLinkRuns(blocks: Block[]): Block[] {
  const linky = blocks.map((b) => b.linkChars >= 0.8 * b.text.length && wordsIn(b.text) <= 20)
  const keep = blocks.map(() => true)
  for (let i = 0; i < blocks.length; ) {
    let j = i
    while (j < blocks.length && linky[j]) j++
    if (j - i >= 3) for (let k = i; k < j; k++) keep[k] = false
    i = Math.max(j, i + 1)
  }
  return blocks.filter((_, i) => keep[i])
}

/** Blocks → the stored text: boilerplate blocks out, a block repeated right after itself once. */
function textOf(root: El): string {
  const out: string[] = []
  for (const b of dropLinkRuns(blocksOf(root))) {
    if (isBoilerplateBlock(b.text)) continue
    out.push(b.text)
  }
  return out.join('\n\n')
}

/** Titles and headings of error pages: "404", "Page not found", "Sorry, this page doesn't exist". */
const ERROR_PAGE = /^\W*(?:(?:error\s*)?(?:404|410)(?:\s*(?:error|not found|page not found))?|(?:(?:the\s+)?(?:page|article|story|content)\s+)?(?:not found|unavailable|no longer available)|(?:(?:oops|sorry|we're sorry|we are sorry)\W+)?(?:(?:the|this) )?(?:page|article|story)(?: you .{0,40}?)? (?:can(?:no|')t be found|could(?:n't| not) be found|does(?:n't| not) exist|(?:is|was|has been) (?:not found|removed|moved|deleted))|nothing (?:was )?found(?: here)?)\W*$/i

/** Whether a page says it is an error page: its title (any part between separators) or first heading. */
function isErrorPage(doc: { querySelector(s: string): { textContent: string | null } | null }): boolean {
  const title = (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ')
  const heading = (doc.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ')
  return [...title.split(/\s[|–—·-]\s|\|/), heading].some((s) => ERROR_PAGE.test(s.trim()))
}

/** An error page's own text is at most this long: longer, a page titled "Not found" is an article. */
const ERROR_PAGE_MAX_WORDS = 150

/** A line as compared with a title: spaces and case set aside. */
const same = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase()

export interface HtmlArticle extends PageMetadata {
  /** The main text, paragraphs separated by a blank line; '' when the page has none. */
  text: string
  /** Whether the page shows any text at all (outside scripts and styles): a blank page is no page of text. */
  blank: boolean
}

/**
 * The main text of an HTML page and what the page says about itself (see PageMetadata: title,
 * published_at, url, outlet; null when the page does not say). The text is Readability's choice of
 * main content on a copy of the page without its boilerplate (consent banners, navigation, share
 * bars, newsletter sign-ups, related links, bylines, captions), read block by block, with blocks
 * that are the page talking ("Advertisement", "You may also like") left out. A page with no article
 * (a page of links) gives little or no text, and an error page (its title or first heading says
 * "404", "Page not found"…, its text short) none: the caller decides what is too little.
 * Fragments are wrapped in a document first. Pages nested deeper than 100 or with more than 20,000
 * elements are read by stripping tags (linear time; metadata then only the `<title>`).
 */
export function htmlToText(html: string): HtmlArticle {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`
  const shape = shapeOf(page)
  if (shape.depth > MAX_DEPTH || shape.elements > MAX_ELEMENTS) {
    const stripped = strippedText(page)
    return { text: stripped.text, title: stripped.title, published_at: null, url: null, outlet: null, blank: stripped.text === '' }
  }
  // Readability changes the document it reads: metadata and the fallback read their own copies.
  const original = parseHTML(page).document
  const reading = parseHTML(page).document
  removeBoilerplate(reading.documentElement as unknown as El)
  const article = new Readability(reading as unknown as Document, { keepClasses: true, serializer: (el) => el }).parse()
  let root: El
  if (article?.content) {
    root = article.content as unknown as El
    removeBoilerplate(root, 0.5)
  } else {
    const fallback = parseHTML(page).document
    removeBoilerplate(fallback.documentElement as unknown as El)
    root = (fallback.body ?? fallback.documentElement) as unknown as El
  }
  let text = textOf(root)
  // A 404 page's apology and search box are no article, whatever their length in words.
  if (isErrorPage(original) && wordsIn(text) <= ERROR_PAGE_MAX_WORDS) text = ''
  const meta = pageMetadata(original as never, article?.title ?? null)
  // The headline is the title, not the story's first paragraph (Readability drops it only when it
  // finds the title's heading where it expects it).
  const titles = new Set([meta.title, article?.title, original.querySelector('title')?.textContent].flatMap((t) => (t ?? '').split(/\s[|–—·-]\s|\|/)).map(same).filter(Boolean))
  const first = text.split('\n\n', 1)[0]!
  if (titles.has(same(first))) text = text.slice(first.length).replace(/^\n+/, '')
  for (const el of Array.from(original.querySelectorAll('script,style,noscript,template'))) el.remove()
  const blank = text === '' && (original.body?.textContent ?? original.documentElement?.textContent ?? '').trim() === ''
  return { text, ...meta, blank }
}

/** Metadata an ingest takes beside a text (ArticleMetaSchema's fields): a request's query string, a file's defaults. */
export type GivenMetadata = Partial<Record<'title' | 'outlet' | 'url' | 'published_at' | 'event', string | null | undefined>>

/**
 * The ingest input of a page read by htmlToText: its main text and what it says about itself
 * (title, published_at, url, outlet), under `given` metadata: a field `given` names (not null or
 * undefined) wins, a field the page leaves null is left out. The one mapping from a page to an
 * article, for POST /v1/articles with an HTML body and for .html files (src/ingest/files.ts).
 */
export function pageInput(page: Pick<HtmlArticle, 'text' | keyof PageMetadata>, given: GivenMetadata = {}): IngestInput {
  const { text, title, published_at, url, outlet } = page
  const named = (o: Record<string, string | null | undefined>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<Omit<IngestInput, 'text'>>
  return { text, ...named({ title, published_at, url, outlet }), ...named(given) }
}
