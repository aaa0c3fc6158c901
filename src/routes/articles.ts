import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { ApiKey } from '../config.js'
import type { Db } from '../db/open.js'
import {
  ArticleDetailSchema,
  ArticleListQuerySchema,
  ArticleSummarySchema,
  ErrorSchema,
  IdParamsSchema,
  pageOf,
} from '../domain/api.js'
import { notFound } from '../domain/errors.js'
import { requireKey } from '../plugins/auth.js'
import { deleteArticle, getArticle, listArticles } from '../queries/articles.js'

const articles: FastifyPluginAsyncZod<{ db: Db; keys: ApiKey[] }> = async (app, { db, keys }) => {
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
    async (request) => getArticle(db, request.params.id) ?? Promise.reject(notFound('article', request.params.id)),
  )

  app.delete(
    '/articles/:id',
    {
      preHandler: requireKey(keys),
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
