import matter from 'gray-matter'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { z } from 'zod'
import { ArticleInputSchema } from '../domain/api.js'
import { htmlToText, pageInput } from './html.js'
import { wordCount } from './ids.js'
import type { IngestInput } from './ingest.js'

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.json', '.html', '.htm'] as const

/** One article read from a file, with where it came from (`file` or `file#2` for JSON arrays). */
export interface SourcedInput {
  source: string
  input: IngestInput
}

const FrontMatterSchema = z.looseObject({
  title: z.string().optional(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  published_at: z.union([z.string(), z.date()]).optional(),
  event: z.string().optional(),
})

/** Files to ingest under a path: the file itself, or every article file in a folder tree, sorted. */
export function listArticleFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path]
  const out: string[] = []
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(path, entry.name)
    if (entry.isDirectory()) out.push(...listArticleFiles(full))
    else if ((ARTICLE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) out.push(full)
  }
  return out
}

/**
 * Reads the articles in one file: .txt (the text), .md (YAML front matter: title, outlet, url,
 * published_at, event), .json (one article or an array, as POST /v1/articles takes them), .html
 * (main text and the page's own title, date, address and outlet, as POST /v1/articles reads a page).
 * Throws with the reason when the file cannot be read as articles, or when an HTML page has fewer
 * than `minArticleWords` words of main text (a 404 page, a page of links: MIN_ARTICLE_WORDS).
 */
export function readArticleFile(path: string, content = readFileSync(path, 'utf8'), minArticleWords = 15): SourcedInput[] {
  switch (extname(path).toLowerCase()) {
    case '.md': {
      const { data, content: body } = matter(content)
      const meta = FrontMatterSchema.parse(data)
      const published = meta.published_at instanceof Date ? meta.published_at.toISOString().slice(0, 10) : meta.published_at
      return [{ source: path, input: { ...meta, published_at: published, text: body.replace(/^\n+/, '') } }]
    }
    case '.json': {
      const parsed: unknown = JSON.parse(content)
      const list = Array.isArray(parsed) ? parsed : [parsed]
      return list.map((item, i) => {
        const r = ArticleInputSchema.safeParse(item)
        if (!r.success) {
          throw new Error(`${Array.isArray(parsed) ? `item ${i}: ` : ''}${r.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ')}`)
        }
        return { source: Array.isArray(parsed) ? `${path}#${i}` : path, input: r.data }
      })
    }
    case '.html':
    case '.htm': {
      const page = htmlToText(content)
      const words = wordCount(page.text)
      if (words < minArticleWords) throw new Error(`no article text found in the HTML page (${words} words of main text; MIN_ARTICLE_WORDS is ${minArticleWords})`)
      return [{ source: path, input: pageInput(page) }]
    }
    default:
      return [{ source: path, input: { text: content } }]
  }
}
