import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { VERSION } from '../routes/meta.js'

/** What every [start, end) pair of the API counts, said once in the spec's description and on each field. */
export const OFFSETS_NOTE =
  'Offsets (`start`, `end` of mentions, evidence and search hits) are [start, end) in UTF-16 code ' +
  'units of the stored article text, as JavaScript strings index it: `text.slice(start, end)` is the ' +
  'span. A character outside the Basic Multilingual Plane (most emoji, some CJK) counts 2. In Python ' +
  "the span is `text.encode('utf-16-le')[2*start:2*end].decode('utf-16-le')`, in Go " +
  '`string(utf16.Decode(utf16.Encode([]rune(text))[start:end]))`, in Rust ' +
  '`String::from_utf16(&text.encode_utf16().collect::<Vec<u16>>()[start..end])`. Each span also ' +
  'carries `start_cp`, `end_cp`: the same [start, end) counted in Unicode code points, so that ' +
  'Python `text[start_cp:end_cp]`, Go `[]rune(text)[start_cp:end_cp]` and Rust ' +
  '`text.chars().skip(start_cp).take(end_cp - start_cp)` give the span directly.'

type Json = { [key: string]: unknown }

/** Adds OFFSETS_NOTE's unit to every integer `start`/`end` property pair of a schema tree (in place). */
export function describeOffsets(node: unknown, seen = new Set<unknown>()): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return
  seen.add(node)
  if (Array.isArray(node)) return node.forEach((n) => describeOffsets(n, seen))
  const props = (node as Json)['properties'] as Record<string, Json> | undefined
  if (props && typeof props === 'object' && props['start'] && props['end']) {
    props['start']['description'] ??= 'Offset of the span\'s first character, in UTF-16 code units of the article text (JavaScript string index).'
    props['end']['description'] ??= 'Offset just past the span\'s last character, in UTF-16 code units of the article text (exclusive).'
  }
  for (const value of Object.values(node as Json)) describeOffsets(value, seen)
}

/** OpenAPI 3.1 generated from the route schemas, served at /openapi.json, with Swagger UI at /docs. */
export default fp(async function openapi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Newsclaims',
        version: VERSION,
        description:
          'Who said what about an event: articles, the people, groups and places they name, and the ' +
          'claims they report (responsibility, casualty figures, quotes), each with its evidence span.\n\n' +
          OFFSETS_NOTE,
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => {
      const doc = jsonSchemaTransformObject(input)
      describeOffsets(doc)
      return doc
    },
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
})
