/**
 * What an HTML page says about itself, read as a news reader (or a search engine) would: Open Graph
 * and article meta tags, JSON-LD, `<link rel="canonical">`, `<time datetime>`. Every value is
 * returned in the form ingest accepts (see ArticleMetaSchema) or as null: a page's metadata never
 * makes a request fail.
 */

export interface PageMetadata {
  /** og:title, else JSON-LD headline, else twitter:title, else `<title>`; at most 1000 characters. */
  title: string | null
  /** ISO 8601 date or date-time: article:published_time, JSON-LD datePublished, `<time datetime>`. */
  published_at: string | null
  /** Absolute http(s) URL: `<link rel="canonical">`, else og:url; at most 2000 characters. */
  url: string | null
  /** og:site_name, else the JSON-LD publisher's name; at most 200 characters. */
  outlet: string | null
}

/** The part of a DOM document read here (linkedom's and the browser's both fit). */
interface Doc {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>
}

const clean = (s: string | null | undefined, max: number): string | null => {
  const v = (s ?? '').replace(/\s+/g, ' ').trim()
  return v && v.length <= max ? v : null
}

/** A meta tag's content by property or name (case-insensitive names, first non-empty wins). */
function meta(doc: Doc, ...keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()))
  for (const el of doc.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase()
    if (!wanted.has(key)) continue
    const content = el.getAttribute('content')?.trim()
    if (content) return content
  }
  return null
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/** Every object in the page's JSON-LD scripts, @graph members and arrays flattened; bad JSON skipped. */
function jsonLdObjects(doc: Doc): Record<string, Json>[] {
  const out: Record<string, Json>[] = []
  const walk = (v: Json, depth: number) => {
    if (depth > 4 || v === null || typeof v !== 'object') return
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1))
    out.push(v)
    if (v['@graph']) walk(v['@graph'], depth + 1)
  }
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(el.textContent ?? '') as Json, 0)
    } catch {
      // A page's broken JSON-LD is no reason to refuse the page.
    }
  }
  return out
}

const ARTICLE_TYPES = /article|posting|report|blog/i

const typesOf = (o: Record<string, Json>): string[] => {
  const t = o['@type']
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string')
}

/** JSON-LD objects that describe the article itself (NewsArticle, BlogPosting, …) first, then the rest. */
function articleObjects(doc: Doc): Record<string, Json>[] {
  const all = jsonLdObjects(doc)
  return [...all.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))), ...all.filter((o) => !typesOf(o).some((t) => ARTICLE_TYPES.test(t)))]
}

const nameOf = (v: Json | undefined): string | null => {
  if (typeof v === 'string') return v
  if (Array.isArray(v)) return nameOf(v[0])
  if (v && typeof v === 'object' && typeof v['name'] === 'string') return v['name']
  return null
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

function realDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/**
 * A date as a page writes it → the ISO 8601 form ingest stores, or null when it is no real date.
 * "2019-11-19", "2019-11-19T04:20:00-0500", "2019-11-19 04:20" keep their own day, time and offset
 * (the colon added to the offset); other forms Date.parse reads ("Tue, 19 Nov 2019 09:20:00 GMT")
 * become UTC date-times.
 */
export function isoDate(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim()
  if (!s) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s)
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, zone] = m
    if (!realDate(+y!, +mo!, +d!)) return null
    if (h === undefined) return `${y}-${mo}-${d}`
    if (+h > 23 || +mi! > 59 || (sec !== undefined && +sec > 59)) return null
    const offset = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`) : ''
    return `${y}-${mo}-${d}T${h}:${mi}${sec !== undefined ? `:${sec}${frac ?? ''}` : ''}${offset}`
  }
  const t = Date.parse(s)
  if (Number.isNaN(t)) return null
  const d = new Date(t)
  if (d.getUTCFullYear() < 1900 || d.getUTCFullYear() > 2200) return null
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`
}

/** An absolute http(s) URL of at most 2000 characters, or null. */
export function absoluteUrl(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim()
  if (!s || s.length > 2000) return null
  try {
    const u = new URL(s)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}

const first = <T>(...candidates: (() => T | null)[]): T | null => {
  for (const c of candidates) {
    const v = c()
    if (v !== null) return v
  }
  return null
}

/**
 * The metadata of a parsed page (see PageMetadata for the order each field is looked for in).
 * `documentTitle` is the `<title>` as the caller cleaned it (e.g. Readability's, without the
 * " | Site" suffix); the raw `<title>` is used when it is not given.
 */
export function pageMetadata(doc: Doc, documentTitle?: string | null): PageMetadata {
  const ld = articleObjects(doc)
  const fromLd = (pick: (o: Record<string, Json>) => string | null) => () => {
    for (const o of ld) {
      const v = pick(o)
      if (v !== null) return v
    }
    return null
  }
  const title = first(
    () => clean(meta(doc, 'og:title'), 1000),
    fromLd((o) => clean(typeof o['headline'] === 'string' ? o['headline'] : null, 1000)),
    () => clean(meta(doc, 'twitter:title'), 1000),
    () => clean(documentTitle ?? doc.querySelector('title')?.textContent, 1000),
  )
  const timeElements = () => {
    for (const el of doc.querySelectorAll('article time[datetime], time[datetime]')) {
      const v = isoDate(el.getAttribute('datetime'))
      if (v) return v
    }
    return null
  }
  const published_at = first(
    () => isoDate(meta(doc, 'article:published_time')),
    fromLd((o) => isoDate(typeof o['datePublished'] === 'string' ? o['datePublished'] : null)),
    () => isoDate(meta(doc, 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dcterms.created')),
    timeElements,
  )
  const url = first(
    () => absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')),
    () => absoluteUrl(meta(doc, 'og:url')),
    fromLd((o) => (typeof o['url'] === 'string' && ARTICLE_TYPES.test(typesOf(o).join(' ')) ? absoluteUrl(o['url']) : null)),
  )
  const outlet = first(
    () => clean(meta(doc, 'og:site_name'), 200),
    fromLd((o) => clean(nameOf(o['publisher']), 200)),
  )
  return { title, published_at, url, outlet }
}
