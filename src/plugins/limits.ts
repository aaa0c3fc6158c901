import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import helmet, { type HelmetOptions } from 'helmet'

export interface LimitOptions {
  /** Requests per minute per key (or per IP without one) on writes and on search; false: none. */
  rateLimit: { writes: number; searches: number } | false
  /** Origins allowed by CORS; empty: CORS off (no Access-Control headers). */
  corsOrigins: string[]
}

/** The security headers: helmet's defaults, with a content policy that lets /docs load. */
export const SECURITY: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      // Swagger UI at /docs needs its own inline styles and the spec's images.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      scriptSrc: ["'self'"],
    },
  },
}

/**
 * The headers helmet sets for these options, worked out once. They depend on nothing in the
 * request; @fastify/helmet runs helmet itself on every request (eleven middlewares built, the
 * policy parsed again: ~5 % of the time of a 27 KB claims page, a quarter of /v1/health's).
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {}
  const response = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  }
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err
  })
  return headers
}

/** Writes are limited per key, so that one client's key does not spend another's budget. */
function clientKey(request: FastifyRequest): string {
  const auth = request.headers.authorization
  return auth ? `key:${createHash('sha256').update(auth).digest('hex').slice(0, 32)}` : `ip:${request.ip}`
}

/** Security headers, CORS when configured, and rate limits on writes and search. */
export default fp(async function limits(app: FastifyInstance, options: LimitOptions) {
  const headers = securityHeaders(SECURITY)
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers)
    done()
  })
  if (options.corsOrigins.length > 0) {
    await app.register(cors, { origin: options.corsOrigins, methods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'] })
  }
  if (options.rateLimit === false) return
  const { writes, searches } = options.rateLimit
  // Our hook must run before the plugin's own onRoute hook, which reads config.rateLimit.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    const isWrite = methods.some((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m))
    const isSearch = route.url === '/v1/search'
    if (!isWrite && !isSearch) return
    route.config = { ...(route.config as object), rateLimit: { max: isWrite ? writes : searches, timeWindow: 60_000 } }
  })
  await app.register(rateLimit, { global: false, keyGenerator: clientKey })
})
