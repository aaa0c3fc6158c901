import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { wordTable } from '../domain/words.js'

// Readability's cost grows with the cube of the nesting depth (800 nested <div>s: 7 s) and linkedom's
// parse with its square, so pages deeper or larger than any real article page are read by
// stripping their tags instead.
const MAX_DEPTH = 100
const MAX_ELEMENTS = 20_000

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/**
 * How deep the tags nest and how many there are, read from the markup in one pass (walking the DOM
 * instead is quadratic in linkedom on a hostile page nesting 100,000 deep).
 */
function shapeOf(html: string): { depth: number; elements: number } {
  let depth = 0
  let open = 0
  let elements = 0
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
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
    .replace(/<(script|style|noscript|template|head|title)\b[^>]*>[^]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK_END, '\n\n')
    .replace(/<[^>]*>/g, ' '))
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n')
  return { text, title }
}

/**
 * The main text and title of an HTML page (Readability on a server-side DOM), paragraphs kept apart.
 * Fragments are wrapped in a document first: Readability and linkedom need a <html> root.
 */
export function htmlToText(html: string): { text: string; title: string | null } {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`
  const shape = shapeOf(page)
  if (shape.depth > MAX_DEPTH || shape.elements > MAX_ELEMENTS) return strippedText(page)
  const { document } = parseHTML(page)
  // Readability changes the document it reads; the fallback reads an untouched copy.
  const article = new Readability(parseHTML(page).document as unknown as Document).parse()
  const source = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document : document
  for (const el of [...source.querySelectorAll('script,style,noscript,template')]) el.remove()
  const blocks = [...source.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,blockquote,pre')]
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  const text = blocks.length ? blocks.join('\n\n') : (source.body?.textContent ?? '').replace(/\s+/g, ' ').trim()
  const title = (article?.title ?? document.querySelector('title')?.textContent ?? '').trim()
  return { text, title: title || null }
}
