import type { RouteDeps } from '../app.js'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Db } from '../db/open.js'
import { ErrorSchema, pageOf, SearchHitSchema, SearchQuerySchema } from '../domain/api.js'
import { search } from '../queries/search.js'

const searchRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Full-text search over article titles and texts, or claim evidence and quotes, ranked',
        querystring: SearchQuerySchema,
        response: { 200: pageOf(SearchHitSchema), 400: ErrorSchema },
      },
    },
    async (request) => search(db, request.query),
  )
}

export default searchRoutes
