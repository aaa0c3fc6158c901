import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

export interface LimitOptions {
  /** Requests per minute per key (or per IP without one) on writes and on search; false: none. */
  rateLimit: { writes: number; searches: number } | false
  /** Origins allowed by CORS; empty: CORS off (no Access-Control headers). */
  corsOrigins: string[]
}

/** Writes are limited per key, so that one client's key does not spend another's budget. */
function clientKey(request: FastifyRequest): string {
  const auth = request.headers.authorization
  return auth ? `key:${createHash('sha256').update(auth).digest('hex').slice(0, 32)}` : `ip:${request.ip}`
}

/** Security headers, CORS when configured, and rate limits on writes and search. */
export default fp(async function limits(app: FastifyInstance, options: LimitOptions) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI at /docs needs its own inline styles and the spec's images.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
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
