import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Db } from '../db/open.js'
import {
  EntityDetailSchema,
  EntityListQuerySchema,
  EntitySummarySchema,
  ErrorSchema,
  IdParamsSchema,
  pageOf,
} from '../domain/api.js'
import { notFound } from '../domain/errors.js'
import { getEntity, listEntities } from '../queries/entities.js'

const entities: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
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
    async (request) => listEntities(db, request.query),
  )

  app.get(
    '/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'One entity: aliases, parent, counts, articles, claims it makes and claims about it',
        params: IdParamsSchema,
        response: { 200: EntityDetailSchema, 404: ErrorSchema },
      },
    },
    async (request) => getEntity(db, request.params.id) ?? Promise.reject(notFound('entity', request.params.id)),
  )
}

export default entities
