import type { FastifyError, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { ApiError } from '../domain/errors.js'

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'too_many_requests',
}

/**
 * One error envelope for every error: `{ error: { code, message, details? } }`. Validation errors
 * name the parameter; a 5xx never shows its message, only that it happened (the log has the rest).
 */
export default fp(async function errors(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof ApiError) {
      return reply.code(err.statusCode).send({
        error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) },
      })
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'request'
      const details = err.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.')
        const keys = (v.params as { keys?: string[] } | undefined)?.keys
        const field = path || (keys ? keys.join(', ') : where)
        return { field, message: keys && !path ? `unknown parameter (${v.message})` : v.message }
      })
      const message = details.map((d) => `${d.field}: ${d.message}`).join('; ')
      return reply.code(400).send({ error: { code: 'bad_request', message: `invalid ${where}: ${message}`, details } })
    }
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500
    if (status >= 500) {
      request.log.error({ err, method: request.method, url: request.url }, 'request failed')
      return reply.code(500).send({ error: { code: 'internal', message: 'Internal Server Error' } })
    }
    // Fastify's own 4xx (bad JSON, body too large, unsupported media type…): their messages are safe.
    return reply.code(status).send({ error: { code: CODES[status] ?? 'bad_request', message: err.message } })
  })

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({
      error: { code: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` },
    })
  })
})
