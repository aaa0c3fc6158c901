import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

/**
 * The main text and title of an HTML page (Readability on a server-side DOM), paragraphs kept apart.
 * Fragments are wrapped in a document first: Readability and linkedom need a <html> root.
 */
export function htmlToText(html: string): { text: string; title: string | null } {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`
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
