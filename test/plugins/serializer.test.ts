import t from 'tap'
import { z } from 'zod'
import {
  ArticleDetailSchema,
  ClaimPageSchema,
  ClaimSchema,
  DisputesSchema,
  EntityDetailSchema,
  FiguresSchema,
  pageOf,
  ResponsibilitySchema,
  SearchPageSchema,
} from '../../src/domain/api.js'
import { nullableAsFlag, serializerCompiler } from '../../src/plugins/serializer.js'
import { getArticle, listArticles } from '../../src/queries/articles.js'
import { listClaimsJson } from '../../src/queries/claims.js'
import { disputesOfEvent } from '../../src/queries/disputes.js'
import { getEntity } from '../../src/queries/entities.js'
import { figuresOfEvent } from '../../src/queries/figures.js'
import { responsibilityBySource } from '../../src/queries/responsibility.js'
import { search } from '../../src/queries/search.js'
import { encodeCursor } from '../../src/queries/cursor.js'
import { renderDocument } from '../../src/queries/documents.js'
import { CROCUS, testDb } from '../helpers/app.js'

const db = testDb(t)
const serializer = (schema: z.ZodType) => (serializerCompiler as (route: { schema: z.ZodType }) => (data: unknown) => string)({ schema })

t.test('typed "X or null" unions become X with nullable; enums list null; others stay unions', async (t) => {
  t.same(nullableAsFlag({ anyOf: [{ type: 'string', enum: ['a'] }, { type: 'null' }], description: 'd' }), {
    description: 'd',
    type: 'string',
    enum: ['a', null],
    nullable: true,
  })
  const ref = { anyOf: [{ $ref: '#/definitions/Claim' }, { type: 'null' }] }
  t.same(nullableAsFlag(ref), ref, 'a reference keeps its union')
  t.same(nullableAsFlag({ properties: { x: { anyOf: [{ type: 'integer' }, { type: 'null' }] } } }), { properties: { x: { type: 'integer', nullable: true } } }, 'nested')
})

t.test('every kind of answer is written as zod would write it', async (t) => {
  const crocus = { id: CROCUS, name: 'Crocus City Hall attack' }
  const articleId = listArticles(db, { limit: 1 }).items[0]!.id
  const entityId = getArticle(db, articleId)!.entities[0]!.id
  const answers: [string, z.ZodType, unknown][] = [
    ['article', ArticleDetailSchema, getArticle(db, articleId)],
    ['entity', EntityDetailSchema, getEntity(db, entityId)],
    ['claims page', pageOf(ClaimSchema), JSON.parse(listClaimsJson(db, { limit: 500 }).toString())],
    ['responsibility', ResponsibilitySchema, responsibilityBySource(db, crocus, { by: 'claimant', limit: 20 })],
    ['figures', FiguresSchema, figuresOfEvent(db, crocus)],
    ['disputes', DisputesSchema, disputesOfEvent(db, crocus)],
    ['article search', SearchPageSchema, search(db, { q: 'attack', kind: 'article', limit: 50 })],
    ['claim search', SearchPageSchema, search(db, { q: 'attack', kind: 'claim', limit: 50 })],
  ]
  for (const [name, schema, data] of answers) {
    const written = JSON.parse(serializer(schema)(data))
    t.same(written, z.encode(schema, data as never), name)
  }
  const claims = (JSON.parse(listClaimsJson(db, { limit: 500 }).toString()) as z.infer<typeof ClaimPageSchema>).items
  t.ok(claims.some((c) => c.claimant === null) && claims.some((c) => c.claimant !== null), 'claims with and without a claimant')
  t.ok(claims.some((c) => c.value === null) && claims.some((c) => c.value !== null), 'claims with and without a value')
})

t.test('answers written without the serializer are what zod would write', async (t) => {
  const articleId = listArticles(db, { limit: 1 }).items[0]!.id
  const entityId = getArticle(db, articleId)!.entities[0]!.id
  const written: [string, z.ZodType, string][] = [
    ['article document', ArticleDetailSchema, renderDocument(db, 'article', articleId)!],
    ['entity document', EntityDetailSchema, renderDocument(db, 'entity', entityId)!],
    ['claims page of kept claims', ClaimPageSchema, listClaimsJson(db, { limit: 500, facet: ['claimant', 'outlet'] }).toString()],
    ['a deep page', ClaimPageSchema, listClaimsJson(db, { kind: 'count', limit: 3, cursor: encodeCursor([20]) }).toString()],
  ]
  for (const [name, schema, json] of written) {
    const data = JSON.parse(json)
    t.same(data, z.encode(schema, data as never), name)
  }
})

t.test('only declared fields are written; a missing required one is an error', async (t) => {
  const write = serializer(z.object({ id: z.string(), note: z.string().nullable() }))
  t.equal(write({ id: 'a', note: null, secret: 'internal' }), '{"id":"a","note":null}')
  t.throws(() => write({ note: 'x' }), /id/)
})
