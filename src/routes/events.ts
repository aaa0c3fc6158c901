import type { RouteDeps } from '../app.js'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { requireKey } from '../plugins/auth.js'
import {
  WRITE_ERRORS,
  ArticleEventBodySchema,
  EventCreateSchema,
  EventPatchSchema,
  DisputesSchema,
  ErrorSchema,
  EventDetailSchema,
  EventListQuerySchema,
  EventSummarySchema,
  FiguresQuerySchema,
  FiguresSchema,
  IdParamsSchema,
  pageOf,
  ResponsibilityQuerySchema,
  ResponsibilitySchema,
} from '../domain/api.js'
import { notFound } from '../domain/errors.js'

const events: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, keys }) => {
  const eventRef = async (id: string) => (await store.eventRef(id)) ?? Promise.reject(notFound('event', id))

  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'List events with their article counts',
        querystring: EventListQuerySchema,
        response: { 200: pageOf(EventSummarySchema), 400: ErrorSchema },
      },
    },
    async (request) => store.listEvents(request.query),
  )

  app.get(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'One event with its place, articles and claim counts',
        params: IdParamsSchema,
        response: { 200: EventDetailSchema, 404: ErrorSchema },
      },
    },
    async (request) => (await store.getEvent(request.params.id)) ?? Promise.reject(notFound('event', request.params.id)),
  )

  app.get(
    '/events/:id/responsibility',
    {
      schema: {
        tags: ['events'],
        summary: 'Claims about responsibility for the event, grouped by article, claimant, outlet or target',
        params: IdParamsSchema,
        querystring: ResponsibilityQuerySchema,
        response: { 200: ResponsibilitySchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => store.responsibility(await eventRef(request.params.id), request.query),
  )

  app.get(
    '/events/:id/figures',
    {
      schema: {
        tags: ['events'],
        summary: 'Every reported figure per metric, with min, max, latest and whether they are consistent',
        params: IdParamsSchema,
        querystring: FiguresQuerySchema,
        response: { 200: FiguresSchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => store.figures(await eventRef(request.params.id), request.query.metric, request.query.limit),
  )

  app.get(
    '/events/:id/disputes',
    {
      schema: {
        tags: ['events'],
        summary: 'Where sources disagree: targets both blamed and denied, and figures that cannot all be true',
        params: IdParamsSchema,
        response: { 200: DisputesSchema, 404: ErrorSchema },
      },
    },
    async (request) => store.disputes(await eventRef(request.params.id)),
  )

  const write = { onRequest: requireKey(keys) }
  app.post(
    '/events',
    {
      ...write,
      schema: {
        tags: ['curation'],
        summary: 'Create an event',
        security: [{ bearer: [] }],
        body: EventCreateSchema,
        response: { 201: EventDetailSchema, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      reply.code(201)
      return store.createEvent(request.body, request.keyName!)
    },
  )

  app.patch(
    '/events/:id',
    {
      ...write,
      schema: {
        tags: ['curation'],
        summary: 'Correct an event: name, date, place, parent, description',
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: EventPatchSchema,
        response: { 200: EventDetailSchema, ...WRITE_ERRORS },
      },
    },
    async (request) => store.patchEvent(request.params.id, request.body, request.keyName!),
  )

  app.put(
    '/articles/:id/event',
    {
      ...write,
      schema: {
        tags: ['curation'],
        summary: "Attach an article (and its claims about its event) to another event, or to none",
        security: [{ bearer: [] }],
        params: IdParamsSchema,
        body: ArticleEventBodySchema,
        response: { 200: z.object({ article: z.string(), event: z.string().nullable() }), ...WRITE_ERRORS },
      },
    },
    async (request) => store.setArticleEvent(request.params.id, request.body.event, request.keyName!),
  )
}

export default events
