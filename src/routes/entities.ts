import type { RouteDeps } from '../app.js'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { requireKey } from '../plugins/auth.js'
import { sendJson } from '../plugins/serializer.js'
import {
  WRITE_ERRORS,
  AliasBodySchema,
  AliasesSchema,
  AliasParamsSchema,
  EntityPatchSchema,
  MergeBodySchema,
  EntityDetailSchema,
  EntityListQuerySchema,
  EntitySummarySchema,
  ErrorSchema,
  IdParamsSchema,
  pageOf,
} from '../domain/api.js'
import { notFound } from '../domain/errors.js'

const entities: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, keys }) => {
  app.get(
    '/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'List people, groups and places, by name',
        querystring: EntityListQuerySchema,
        response: { 200: pageOf(EntitySummarySchema), 400: ErrorSchema },
      },
    },
    async (request) => store.listEntities(request.query),
  )

  app.get(
    '/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'One entity: aliases, parent, counts, articles, claims it makes and claims about it',
        params: IdParamsSchema,
        response: { 200: EntityDetailSchema, 404: ErrorSchema, 308: z.null().describe('merged: Location gives the entity it became') },
      },
    },
    async (request, reply) => {
      // The kept rendering, written as it is.
      const body = await store.entityJson(request.params.id)
      if (body !== undefined) return sendJson(reply, body)
      // A merged entity's old id answers with a permanent redirect to the entity it became.
      const to = await store.entityRedirect(request.params.id)
      if (to) return reply.redirect(`/v1/entities/${encodeURIComponent(to)}`, 308)
      throw notFound('entity', request.params.id)
    },
  )

  // Every entity write changes what the pipeline recognizes: the store has the next extraction reload it.
  const write = { onRequest: requireKey(keys) }

  app.patch(
    '/entities/:id',
    {
      ...write,
      schema: {
        tags: ['curation'],
        summary: 'Correct an entity: name, kind, parent, description, Wikidata id',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: EntityPatchSchema,
        response: { 200: EntityDetailSchema, ...WRITE_ERRORS },
      },
    },
    async (request) => store.patchEntity(request.params.id, request.body, request.keyName!),
  )

  app.post(
    '/entities/:id/aliases',
    {
      ...write,
      schema: {
        tags: ['curation'],
        summary: 'Add an alias (a surface form the pipeline will recognize)',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: AliasBodySchema,
        response: { 201: AliasesSchema, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      reply.code(201)
      return { aliases: await store.addAlias(request.params.id, request.body.alias, request.keyName!) }
    },
  )

  app.delete(
    '/entities/:id/aliases/:alias',
    {
      ...write,
      schema: {
        tags: ['curation'],
        summary: 'Remove an alias',
        security: [{ bearer: [] }],
        params: AliasParamsSchema,
        response: { 200: AliasesSchema, ...WRITE_ERRORS },
      },
    },
    async (request) => ({ aliases: await store.removeAlias(request.params.id, request.params.alias, request.keyName!) }),
  )

  app.post(
    '/entities/:id/merge',
    {
      ...write,
      schema: {
        tags: ['curation'],
        summary: 'Merge this entity into another: aliases, mentions and claims move; the old id redirects',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: MergeBodySchema,
        response: { 200: EntityDetailSchema, ...WRITE_ERRORS },
      },
    },
    async (request) => store.mergeEntity(request.params.id, request.body.into, request.keyName!),
  )
}

export default entities
