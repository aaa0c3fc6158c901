import type { RouteDeps } from '../app.js'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ErrorSchema, SEARCH_WINDOW, SearchPageSchema, SearchQuerySchema } from '../domain/api.js'

const searchRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
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
    async (request) => store.search(request.query),
  )
}

export default searchRoutes
