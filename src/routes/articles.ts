import type { RouteDeps } from '../app.js'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { ApiKey } from '../config.js'
import type { Db } from '../db/open.js'
import {
  ArticleDetailSchema,
  ArticleInputSchema,
  ArticleMetaSchema,
  IngestedArticleSchema,
  ArticleListQuerySchema,
  ArticleSummarySchema,
  ErrorSchema,
  IdParamsSchema,
  pageOf,
} from '../domain/api.js'
import { ApiError, notFound } from '../domain/errors.js'
import { htmlToText } from '../ingest/html.js'
import type { Ingestor } from '../ingest/ingest.js'
import { requireKey } from '../plugins/auth.js'
import { sendJson } from '../plugins/serializer.js'
import { deleteArticle, getArticle, listArticles } from '../queries/articles.js'
import { readDocument } from '../queries/documents.js'

const articles: FastifyPluginAsyncZod<RouteDeps> = async (
  app,
  { db, keys, ingestor },
) => {
  // Plain text and HTML bodies become the same object a JSON body is, so that one schema validates
  // them all; HTML keeps only its main text (Readability) and lends its title.
  app.removeContentTypeParser('text/plain')
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_request, body, done) => done(null, { text: body }))
  app.addContentTypeParser('text/html', { parseAs: 'string' }, (_request, body, done) => {
    let page
    try {
      page = htmlToText(body as string)
    } catch (err) {
      return done(new ApiError(400, 'bad_request', `body: the HTML could not be read (${(err as Error).message})`), undefined)
    }
    done(null, page.title ? { text: page.text, title: page.title } : { text: page.text })
  })

  app.post(
    '/articles',
    {
      onRequest: requireKey(keys),
      schema: {
        tags: ['articles'],
        summary: 'Ingest an article: JSON, text/plain or text/html; entities and claims are extracted',
        description:
          'JSON bodies carry the text and metadata; with text/plain or text/html the metadata goes in ' +
          'the query string. 201 with the stored article; the same text again → 200 with `duplicate: true`.',
        security: [{ bearer: [] }],
        querystring: ArticleMetaSchema,
        body: ArticleInputSchema,
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
      const result = ingestor.ingest({ ...request.body, ...request.query })
      request.log.info({ article: result.id, duplicate: result.duplicate, key: request.keyName }, 'article ingested')
      reply.code(result.duplicate ? 200 : 201)
      return { ...getArticle(db, result.id)!, duplicate: result.duplicate }
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
    async (request) => listArticles(db, request.query),
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
      // The kept rendering (src/queries/documents.ts), written as it is.
      const body = readDocument(db, 'article', request.params.id)
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
      if (!deleteArticle(db, request.params.id)) throw notFound('article', request.params.id)
      request.log.info({ article: request.params.id, key: request.keyName }, 'article deleted')
      return { deleted: request.params.id }
    },
  )
}

export default articles
