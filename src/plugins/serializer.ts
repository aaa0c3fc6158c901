import fastJsonStringify, { type Schema } from 'fast-json-stringify'
import type { FastifySerializerCompiler } from 'fastify/types/schema.js'
import { z } from 'zod'

type JsonSchema = { [key: string]: unknown }

/**
 * zod's JSON Schema says "X or null" as `anyOf: [X, {type: 'null'}]`; fast-json-stringify would
 * pick the branch of such a union by validating the value against each, on every response. A
 * typed X becomes `X` with `nullable: true`, which it writes straight away.
 */
export function nullableAsFlag(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullableAsFlag)
  if (schema === null || typeof schema !== 'object') return schema
  const out: JsonSchema = {}
  for (const [key, value] of Object.entries(schema)) out[key] = nullableAsFlag(value)
  const branches = out.anyOf
  if (Array.isArray(branches) && branches.length === 2) {
    const other = branches.find((b: JsonSchema) => b.type !== 'null') as JsonSchema | undefined
    const hasNull = branches.some((b: JsonSchema) => b.type === 'null')
    if (hasNull && other && typeof other.type === 'string') {
      const { anyOf: _anyOf, ...rest } = out
      // An enum lists null too, for the union branches fast-json-stringify validates (ajv).
      const nullableEnum = Array.isArray(other.enum) ? { enum: [...other.enum, null] } : {}
      return { ...rest, ...other, ...nullableEnum, nullable: true }
    }
  }
  return out
}

/**
 * Response bodies written by fast-json-stringify from each route's zod response schema, as
 * Fastify does with JSON Schemas: only the properties a schema declares are written (an internal
 * field never leaks), a missing required one is an error, and nothing is validated value by value.
 * On a 30 KB entity profile: 0.05 ms, where zod's encode and JSON.stringify took 0.3 ms.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType | { properties: z.ZodType }> = ({ schema }) => {
  const zodSchema = schema instanceof z.ZodType ? schema : schema.properties
  const json = z.toJSONSchema(zodSchema, { target: 'draft-7', io: 'output', unrepresentable: 'any' })
  return fastJsonStringify(nullableAsFlag(json) as Schema)
}

/**
 * Sends JSON that is already written (a kept document, claims rendered by SQLite) as it is: Fastify
 * sends a string or a buffer with a JSON content type without serializing it again.
 */
export function sendJson<R extends { type(contentType: string): { send(payload: never): unknown } }>(reply: R, json: string | Buffer): R {
  reply.type('application/json; charset=utf-8').send(json as never)
  return reply
}
