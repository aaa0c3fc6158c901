import type { RouteDeps } from '../app.js'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ErrorSchema, HealthSchema, StatsSchema } from '../domain/api.js'

export const VERSION = '0.1.0'

const meta: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
  app.get(
    '/health',
    {
      config: { noCache: true },
      schema: {
        tags: ['meta'],
        summary: 'Liveness: answers without touching the tables',
        response: { 200: HealthSchema },
      },
    },
    async () => ({ status: 'ok' as const, version: VERSION }),
  )

  app.get(
    '/stats',
    {
      schema: {
        tags: ['meta'],
        summary: 'Counts of articles, entities, events and claims by kind',
        response: { 200: StatsSchema, 500: ErrorSchema },
      },
    },
    async () => store.stats(),
  )
}

export default meta
