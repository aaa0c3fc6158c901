import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { RouteDeps } from '../app.js'
import { AuditEntrySchema, AuditQuerySchema, ErrorSchema, pageOf } from '../domain/api.js'

const auditRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['curation'],
        summary: 'The audit trail of every write (curation, article ingests and deletes), newest first: who, when, what, before and after',
        querystring: AuditQuerySchema,
        response: { 200: pageOf(AuditEntrySchema), 400: ErrorSchema },
      },
    },
    async (request) => store.listAudit(request.query),
  )
}

export default auditRoutes
