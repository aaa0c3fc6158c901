import type { RouteDeps } from '../app.js'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  ArticleDetailSchema,
  ArticleRequestSchema,
  ArticleMetaSchema,
  IngestedArticleSchema,
  ArticleListQuerySchema,
  ArticleSummarySchema,
  ErrorSchema,
  IdParamsSchema,
  pageOf,
} from '../domain/api.js'
import { ApiError, notFound } from '../domain/errors.js'
import { decodeBody, type BodyKind } from '../ingest/decode.js'
import { fetchPage } from '../ingest/fetch.js'
import { pageInput, type GivenMetadata } from '../ingest/html.js'
import { wordCount } from '../ingest/ids.js'
import { extractionTimeoutError, type IngestInput } from '../ingest/input.js'
import { ExtractionTimeout } from '../ingest/pool.js'
import { requireKey } from '../plugins/auth.js'
import { sendJson } from '../plugins/serializer.js'

const articles: FastifyPluginAsyncZod<RouteDeps> = async (
  app,
  { store, keys, ingestor, pool, extractionTimeoutMs, htmlBodyLimit, minArticleWords, fetch },
) => {
  // Plain text and HTML bodies become the same object a JSON body is, so that one schema validates
  // them all. An HTML page is read (its main text, its title and metadata) by the handler, on a
  // worker thread: a heavy page must not hold the event loop.
  // Bodies are decoded here, from their bytes, in the encoding they declare (src/ingest/decode.ts):
  // a wrong byte is a 400 naming it, an unknown charset a 415, never a U+FFFD in the text.
  const decoded = (kind: BodyKind, wrap: (text: string) => unknown) =>
    (request: { headers: { 'content-type'?: string } }, body: Buffer, done: (err: Error | null, body?: unknown) => void) => {
      let text: string
      try {
        text = decodeBody(body, request.headers['content-type'], kind)
      } catch (err) {
        return done(err as Error, undefined)
      }
      done(null, wrap(text))
    }
  app.removeContentTypeParser(['text/plain', 'application/json'])
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, decoded('text', (text) => ({ text })))
  // Pages are heavy (scripts, styles, markup around a short story): HTML_BODY_LIMIT, not BODY_LIMIT.
  app.addContentTypeParser('text/html', { parseAs: 'buffer', bodyLimit: htmlBodyLimit }, decoded('html', (text) => ({ text })))
  // JSON as Fastify parses it (prototype poisoning refused), from strictly decoded text.
  const json = app.getDefaultJsonParser('error', 'error')
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) =>
    decoded('json', (text) => text)(request, body as Buffer, (err, text) => (err ? done(err, undefined) : json(request, text as string, done))),
  )

  /**
   * The page's main text and what it says about itself (htmlToText, on a worker thread), under the
   * request's metadata: what the query string names wins. Returns the time it took, in ms.
   */
  async function readPage(html: string, query: GivenMetadata): Promise<{ input: IngestInput; ms: number }> {
    const started = performance.now()
    let page
    try {
      page = await pool.html(html, extractionTimeoutMs)
    } catch (err) {
      if (err instanceof ExtractionTimeout) throw extractionTimeoutError(extractionTimeoutMs, html.length)
      if (err instanceof ApiError) throw err
      throw new ApiError(400, 'bad_request', `body: the HTML could not be read (${(err as Error).message})`)
    }
    // Fewer words of main text than an article has (a 404 page, a page of links, a stub): nothing to
    // extract. A page with no text at all is left to the empty-text 400, as an empty body.
    const words = wordCount(page.text)
    if (words < minArticleWords && !page.blank) {
      throw new ApiError(
        422,
        'no_article_text',
        `body: no article text found in the HTML page (${words} words of main text; MIN_ARTICLE_WORDS is ${minArticleWords}); nothing was stored`,
        [{ field: 'text', message: 'no article text found' }],
      )
    }
    return { input: pageInput(page, query), ms: performance.now() - started }
  }

  app.post(
    '/articles',
    {
      onRequest: requireKey(keys),
      schema: {
        tags: ['articles'],
        summary: 'Ingest an article: JSON, text/plain or text/html; entities and claims are extracted',
        description:
          'JSON bodies carry the text and metadata; with text/plain or text/html the metadata goes in ' +
          'the query string. 201 with the stored article; the same text again → 200 with `duplicate: true`. ' +
          'An HTML page (up to HTML_BODY_LIMIT, 10 MiB) gives its main text without boilerplate, and its ' +
          'title, published_at, url and outlet where the query string leaves them out; a page with fewer ' +
          'than MIN_ARTICLE_WORDS words of main text (a 404 page, a page of links) → 422 `no_article_text`. ' +
          'A JSON body with `url` and no `text` has the page fetched (FETCH_TIMEOUT_MS, FETCH_MAX_BYTES, FETCH_MAX_REDIRECTS; ' +
          'robots.txt honoured; loopback, private and link-local addresses refused unless FETCH_ALLOW_HOSTS names them) and read ' +
          'as an HTML page, stored under the URL it was found at; a fetch that fails is a 422 naming why: `url_refused`, ' +
          '`robots_disallowed`, `fetch_failed` (with the status), `fetch_timeout`, `too_many_redirects`, `page_too_large`, `not_html`. ' +
          'Bodies are decoded in the charset the Content-Type declares (for HTML also its BOM or <meta charset>), ' +
          'else UTF-8: invalid bytes → 400 `invalid_bytes`, an unknown charset → 415 `unsupported_charset`. ' +
          'Reading and extraction run on worker threads within EXTRACTION_TIMEOUT_MS (default 30 s) → past it 422 ' +
          '`extraction_timeout`, nothing stored. Each article stored is an audit entry (action `ingest`).',
        security: [{ bearer: [] }],
        querystring: ArticleMetaSchema,
        body: ArticleRequestSchema,
        response: {
          200: IngestedArticleSchema,
          201: IngestedArticleSchema,
          400: ErrorSchema,
          401: ErrorSchema,
          403: ErrorSchema,
          413: ErrorSchema,
          415: ErrorSchema,
          422: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const isText = /^text\//i.test(request.headers['content-type'] ?? '')
      if (!isText && Object.keys(request.query).length > 0) {
        throw new ApiError(400, 'bad_request', 'with a JSON body, metadata goes in the body, not the query string')
      }
      const { text, ...meta } = { ...request.body, ...request.query }
      let input: IngestInput
      let budget = extractionTimeoutMs
      if (text === undefined) {
        // No text: the page at `url` is fetched (FETCH_*), then read as an uploaded page would be;
        // the body's metadata wins over the page's, and the URL stored is where the page was found.
        const page = await fetchPage(meta.url!, fetch.options, fetch.robots)
        request.log.info({ url: page.url, bytes: page.bytes, redirects: page.redirects }, 'page fetched')
        if (page.kind === 'html') {
          const read = await readPage(page.text, { ...meta, url: page.url })
          input = read.input
          budget = Math.max(1, extractionTimeoutMs - read.ms)
        } else {
          input = { ...meta, url: page.url, text: page.text }
        }
      } else if (/^text\/html/i.test(request.headers['content-type'] ?? '')) {
        const page = await readPage(text, request.query)
        input = page.input
        budget = Math.max(1, extractionTimeoutMs - page.ms)
      } else {
        input = { ...meta, text }
      }
      const result = await ingestor.ingestOffThread(input, pool, { budgetMs: budget, allowedMs: extractionTimeoutMs, actor: request.keyName ?? 'unknown' })
      // Rendering the answer of a long article is milliseconds a megabyte: a turn of its own.
      await new Promise((resolve) => setImmediate(resolve))
      request.log.info({ article: result.id, duplicate: result.duplicate, key: request.keyName }, 'article ingested')
      reply.code(result.duplicate ? 200 : 201)
      // The article's rendering, kept as GET /v1/articles/{id} answers it (rendered now when new),
      // with `duplicate` added.
      const kept = (await store.articleJson(result.id))!
      return sendJson(reply, Buffer.concat([kept.subarray(0, kept.lastIndexOf('}')), Buffer.from(`,"duplicate":${result.duplicate}}`)]))
    },
  )

  app.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'List articles, filtered by event, outlet, mentioned entity or words',
        querystring: ArticleListQuerySchema,
        response: { 200: pageOf(ArticleSummarySchema), 400: ErrorSchema },
      },
    },
    async (request) => store.listArticles(request.query),
  )

  app.get(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'One article with its text, entities (with mentions) and claims',
        params: IdParamsSchema,
        response: { 200: ArticleDetailSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      // The kept rendering, written as it is.
      const body = await store.articleJson(request.params.id)
      if (body === undefined) throw notFound('article', request.params.id)
      return sendJson(reply, body)
    },
  )

  app.delete(
    '/articles/:id',
    {
      onRequest: requireKey(keys),
      schema: {
        tags: ['articles'],
        summary: 'Delete an article with its mentions and claims',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        response: { 200: z.object({ deleted: z.string() }), 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      if (!(await store.deleteArticle(request.params.id, request.keyName ?? 'unknown'))) throw notFound('article', request.params.id)
      request.log.info({ article: request.params.id, key: request.keyName }, 'article deleted')
      return { deleted: request.params.id }
    },
  )
}

export default articles
