import type { RouteDeps } from '../app.js'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  WRITE_ERRORS,
  ClaimCreateSchema,
  ClaimListQuerySchema,
  ClaimPageSchema,
  ClaimPatchSchema,
  ClaimSchema,
  ErrorSchema,
  IdParamsSchema,
} from '../domain/api.js'
import { requireKey } from '../plugins/auth.js'
import { sendJson } from '../plugins/serializer.js'

const claims: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, keys }) => {
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
    async (request, reply) => sendJson(reply, await store.claimsPageJson(request.query)),
  )

  const write = { onRequest: requireKey(keys) }
  app.post(
    '/claims',
    {
      ...write,
      schema: {
        tags: ['curation'],
        summary: 'Add a claim by hand, with its evidence span in the article text',
        security: [{ bearer: [] }],
        body: ClaimCreateSchema,
        response: { 201: ClaimSchema, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      reply.code(201)
      return store.createClaim(request.body, request.keyName!)
    },
  )

  app.patch(
    '/claims/:id',
    {
      ...write,
      schema: {
        tags: ['curation'],
        summary: 'Correct a claim; it becomes curated',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: ClaimPatchSchema,
        response: { 200: ClaimSchema, ...WRITE_ERRORS },
      },
    },
    async (request) => store.patchClaim(request.params.id, request.body, request.keyName!),
  )

  app.delete(
    '/claims/:id',
    {
      ...write,
      schema: {
        tags: ['curation'],
        summary: 'Delete a claim',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        response: { 200: z.object({ deleted: z.string() }), ...WRITE_ERRORS },
      },
    },
    async (request) => {
      await store.deleteClaim(request.params.id, request.keyName!)
      return { deleted: request.params.id }
    },
  )
}

export default claims
