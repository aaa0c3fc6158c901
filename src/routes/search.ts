import type { RouteDeps } from '../app.js'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Db } from '../db/open.js'
import { ErrorSchema, SEARCH_WINDOW, SearchPageSchema, SearchQuerySchema } from '../domain/api.js'
import { search } from '../queries/search.js'

const searchRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Full-text search over article titles and texts, or claim evidence and quotes, ranked',
        description: `Ranked by bm25 among the newest ${SEARCH_WINDOW.toLocaleString('en-US')} matches; \`window.complete\` says whether that was every match.`,
        querystring: SearchQuerySchema,
        response: { 200: SearchPageSchema, 400: ErrorSchema },
      },
    },
    async (request) => search(db, request.query),
  )
}

export default searchRoutes
