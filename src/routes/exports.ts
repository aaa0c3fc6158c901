import { Readable } from 'node:stream'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { RouteDeps } from '../app.js'
import { ClaimListQuerySchema, ErrorSchema, EventExportSchema, IdParamsSchema } from '../domain/api.js'
import { notFound } from '../domain/errors.js'
import type { Claim } from '../domain/api.js'
import { claimReview, CSV_COLUMNS, csvRow } from './formats.js'

const ExportQuerySchema = ClaimListQuerySchema.omit({ limit: true, cursor: true, facet: true })

/** A stream of text chunks, one per batch of claims, produced only as fast as the client reads. */
function streamOf(chunks: AsyncIterable<string>): Readable {
  return Readable.from(chunks, { objectMode: false })
}

const exportsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
  const streamed = (summary: string, type: string) => ({
    schema: {
      tags: ['exports'],
      summary,
      querystring: ExportQuerySchema,
      response: { 200: z.unknown().describe(`a ${type} stream`), 400: ErrorSchema },
    },
  })
  // The first batch is read before answering, so that a bad filter (an unparsable q) is a 400.
  const firstThen = async (batches: AsyncIterable<Claim[]>): Promise<AsyncIterable<Claim[]>> => {
    const it = batches[Symbol.asyncIterator]()
    const first = await it.next()
    return {
      async *[Symbol.asyncIterator]() {
        if (first.done) return
        yield first.value
        for (let next = await it.next(); !next.done; next = await it.next()) yield next.value
      },
    }
  }

  app.get('/claims.ndjson', streamed('Every claim the filters of /v1/claims keep, one JSON object per line', 'NDJSON'), async (request, reply) => {
    const batches = await firstThen(store.claimBatches(request.query))
    reply.type('application/x-ndjson; charset=utf-8')
    return reply.send(streamOf((async function* () {
      for await (const batch of batches) yield batch.map((c) => JSON.stringify(c)).join('\n') + '\n'
    })()))
  })

  app.get('/claims.csv', streamed('Every claim the filters of /v1/claims keep, as CSV with a header row', 'CSV'), async (request, reply) => {
    const batches = await firstThen(store.claimBatches(request.query))
    reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="claims.csv"')
    return reply.send(streamOf((async function* () {
      yield CSV_COLUMNS.join(',') + '\r\n'
      for await (const batch of batches) yield batch.map(csvRow).join('\r\n') + '\r\n'
    })()))
  })

  app.get(
    '/claims.jsonld',
    {
      schema: {
        tags: ['exports'],
        summary: 'Responsibility claims as schema.org ClaimReview (JSON-LD), with the filters of /v1/claims',
        querystring: ExportQuerySchema.extend({ kind: z.literal('responsibility').default('responsibility') }),
        response: { 200: z.unknown().describe('a JSON-LD document (schema.org ClaimReview in @graph)'), 400: ErrorSchema },
      },
    },
    async (request, reply) => {
      const batches = await firstThen(store.claimBatches(request.query))
      const base = `${request.protocol}://${request.host}`
      reply.type('application/ld+json; charset=utf-8')
      return reply.send(streamOf((async function* () {
        yield '{"@context":"https://schema.org","@graph":['
        let first = true
        for await (const batch of batches) {
          for (const c of batch) {
            yield (first ? '' : ',') + JSON.stringify(claimReview(c, base))
            first = false
          }
        }
        yield ']}\n'
      })()))
    },
  )

  app.get(
    '/events/:id/export.json',
    {
      schema: {
        tags: ['exports'],
        summary: 'An event in one document: the event, its articles with text and mentions, entities and claims',
        params: IdParamsSchema,
        response: { 200: EventExportSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const doc = await store.exportEvent(request.params.id)
      if (!doc) throw notFound('event', request.params.id)
      reply.header('content-disposition', `attachment; filename="${request.params.id}.json"`)
      return doc
    },
  )
}

export default exportsRoutes
