import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Db } from '../db/open.js'
import { ClaimListQuerySchema, ClaimPageSchema, ErrorSchema } from '../domain/api.js'
import { listClaims } from '../queries/claims.js'

const claims: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'List claims: responsibility, counts and quotes, with every filter combined by AND',
        querystring: ClaimListQuerySchema,
        response: { 200: ClaimPageSchema, 400: ErrorSchema },
      },
    },
    async (request) => listClaims(db, request.query),
  )
}

export default claims
