import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ApiKey } from '../config.js'
import { ApiError } from '../domain/errors.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The name of the key that authorized this request (never the key itself). */
    keyName?: string
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest()

/**
 * A preHandler that requires `Authorization: Bearer <key>`: 401 without one, 403 for a key that is
 * not configured. Keys are compared as SHA-256 digests in constant time.
 */
export function requireKey(keys: ApiKey[]) {
  const known = keys.map((k) => ({ name: k.name, digest: digest(k.key) }))
  return async function checkKey(request: FastifyRequest, _reply: FastifyReply) {
    const header = request.headers.authorization
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null
    if (!match) {
      throw new ApiError(401, 'unauthorized', 'this endpoint needs an Authorization: Bearer <key> header')
    }
    const given = digest(match[1]!)
    let name: string | undefined
    for (const k of known) if (timingSafeEqual(k.digest, given) && name === undefined) name = k.name
    if (name === undefined) throw new ApiError(403, 'forbidden', 'the bearer key is not valid')
    request.keyName = name
  }
}
