import Fastify from 'fastify'
import t from 'tap'
import errors from '../../src/plugins/errors.js'
import { getJson, testApp } from '../helpers/app.js'

t.test('a 5xx hides its message; a 4xx keeps the envelope', async (t) => {
  const app = Fastify()
  await app.register(errors)
  app.get('/boom', async () => {
    throw new Error('SQLITE_ERROR: no such table: secrets')
  })
  app.get('/teapot', async () => {
    throw Object.assign(new Error('short and stout'), { statusCode: 418 })
  })
  t.teardown(() => app.close())
  const boom = await app.inject('/boom')
  t.equal(boom.statusCode, 500)
  t.same(boom.json(), { error: { code: 'internal', message: 'Internal Server Error' } })
  t.notMatch(boom.body, /SQLITE|secrets/)
  const teapot = await app.inject('/teapot')
  t.equal(teapot.statusCode, 418)
  t.same(teapot.json(), { error: { code: 'bad_request', message: 'short and stout' } })
})

t.test('unknown routes and methods', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const { status, body } = await getJson(app, '/v1/nothing-here?x=1')
  t.equal(status, 404)
  t.same(body, { error: { code: 'not_found', message: 'no route GET /v1/nothing-here' } })
})

t.test('OpenAPI 3.1 documents every route with its schemas', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const { status, body } = await getJson(app, '/openapi.json')
  t.equal(status, 200)
  t.equal(body.openapi, '3.1.0')
  for (const path of [
    '/v1/health',
    '/v1/stats',
    '/v1/articles',
    '/v1/articles/{id}',
    '/v1/entities',
    '/v1/entities/{id}',
    '/v1/claims',
    '/v1/events',
    '/v1/events/{id}',
    '/v1/events/{id}/responsibility',
    '/v1/events/{id}/figures',
  ]) {
    t.ok(body.paths[path], path)
  }
  const claims = body.paths['/v1/claims'].get
  t.ok(claims.parameters.some((p: { name: string }) => p.name === 'stance'))
  t.ok(body.paths['/v1/articles/{id}'].delete.security, 'writes declare bearer auth')
  const docs = await app.inject('/docs/')
  t.equal(docs.statusCode, 200)
  t.match(docs.headers['content-type'], /html/)
})

t.test('errors Fastify answers itself carry the envelope too (found by the fuzzer)', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const badUrl = await app.inject('/v1/events/a%ED%A0%80b')
  t.equal(badUrl.statusCode, 400)
  t.equal(badUrl.json().error.code, 'bad_request')
  const long = await app.inject(`/v1/articles/${'a'.repeat(10_000)}`)
  t.equal(long.statusCode, 414)
  t.same(Object.keys(long.json().error).sort(), ['code', 'message'])
})
