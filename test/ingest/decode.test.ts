// Item 2 of issue 16: text is decoded as declared — the Content-Type's charset, an HTML page's BOM or
// <meta>, else UTF-8 — and bytes invalid in that encoding are refused, never stored as U+FFFD.
import t from 'tap'
import { charsetOf, decodeBody } from '../../src/ingest/decode.js'
import { AUTH, testApp } from '../helpers/app.js'

const STORY = 'At least 9 people were killed when a car bomb exploded near a police station in Bogotá, Colombia, on Friday, the mayor’s office said.'
const latin1 = (s: string) => Buffer.from(s.replace(/’/g, "'"), 'latin1')
const cp1252 = (s: string) => Buffer.from(s.replace(/’/g, '\x92'), 'latin1') // 0x92 is ’ in windows-1252

const post = (app: Awaited<ReturnType<typeof testApp>>['app'], body: Buffer, contentType: string, query = '') =>
  app.inject({ method: 'POST', url: `/v1/articles${query}`, headers: { ...AUTH, 'content-type': contentType }, payload: body })

const count = async (app: Awaited<ReturnType<typeof testApp>>['app']) => (await app.inject({ method: 'GET', url: '/v1/stats' })).json().articles

t.test('charset in the Content-Type is honoured: ISO-8859-1 and windows-1252', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const res = await post(app, latin1(STORY), 'text/plain; charset=iso-8859-1')
  t.equal(res.statusCode, 201, res.body)
  t.equal(res.json().text, STORY.replace('’', "'"), 'Bogotá stays Bogotá')
  t.ok(res.json().entities.some((e: { name: string }) => e.name === 'Bogotá'), 'and is the entity Bogotá, not "Bogot"')
  t.notMatch(res.body, /\uFFFD/)

  const quoted = `${STORY.replace('At least 9', 'At least 10')} “We heard a blast,” a witness said.`
  const win = await post(app, cp1252(quoted.replace('“', '\x93').replace('”', '\x94')), 'text/plain; charset="windows-1252"')
  t.equal(win.statusCode, 201, win.body)
  t.equal(win.json().text, quoted, 'curly quotes and apostrophes of windows-1252 (0x92 0x93 0x94)')
})

t.test("an HTML page's own <meta charset> or <meta http-equiv> is honoured; the header wins over it", async (t) => {
  const { app } = await testApp(t, { seed: false })
  const page = (head: string, story: string) => `<html><head>${head}<title>Car bomb in Bogotá</title></head><body><article><p>${story}</p></article></body></html>`
  const meta = await post(app, latin1(page('<meta charset="iso-8859-1">', STORY)), 'text/html')
  t.equal(meta.statusCode, 201, meta.body)
  t.match(meta.json().text, /Bogotá, Colombia/)
  t.equal(meta.json().title, 'Car bomb in Bogotá')

  const story2 = STORY.replace('9 people', '11 people')
  const equiv = await post(app, cp1252(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', story2)), 'text/html')
  t.equal(equiv.statusCode, 201, equiv.body)
  t.equal(equiv.json().text, story2)

  // A page re-encoded in UTF-8 by a proxy that kept its old <meta>: the transport's charset wins.
  const story3 = STORY.replace('9 people', '12 people')
  const header = await post(app, Buffer.from(page('<meta charset="iso-8859-1">', story3)), 'text/html; charset=utf-8')
  t.equal(header.statusCode, 201, header.body)
  t.equal(header.json().text, story3, 'not "BogotÃ¡"')
})

t.test('bytes invalid in the declared or default UTF-8 encoding: 400 naming the byte; nothing stored', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const plain = await post(app, latin1(STORY), 'text/plain')
  t.equal(plain.statusCode, 400)
  t.equal(plain.json().error.code, 'invalid_bytes')
  const at = Buffer.from(STORY.split('Bogot')[0]! + 'Bogot').length
  t.match(plain.json().error.message, `the bytes 0xE1 at byte ${at} (after "near a police station in Bogot") are not valid UTF-8`)
  t.match(plain.json().error.message, /charset=iso-8859-1/, 'and says how to declare the encoding')

  const json = Buffer.concat([Buffer.from('{"text": "'), latin1(STORY), Buffer.from('"}')])
  const bad = await post(app, json, 'application/json')
  t.equal(bad.statusCode, 400)
  t.equal(bad.json().error.code, 'invalid_bytes')

  const html = await post(app, latin1(`<html><body><p>${STORY}</p></body></html>`), 'text/html')
  t.equal(html.statusCode, 400, 'an HTML page declaring nothing is read as UTF-8')
  t.match(html.json().error.message, /0xE1/)

  const declaredUtf8 = await post(app, latin1(STORY), 'text/plain; charset=utf-8')
  t.equal(declaredUtf8.statusCode, 400)
  t.match(declaredUtf8.json().error.message, /not valid utf-8, the charset declared/)

  const unknown = await post(app, Buffer.from(STORY), 'text/plain; charset=klingon')
  t.equal(unknown.statusCode, 415)
  t.equal(unknown.json().error.code, 'unsupported_charset')
  t.match(unknown.json().error.message, /charset "klingon"/)

  const replaced = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: STORY.replace('á', '\uFFFD') } })
  t.equal(replaced.statusCode, 400, 'a text already mangled (U+FFFD) is refused too')
  t.match(replaced.json().error.message, /U\+FFFD.*after "near a police station in Bogot"/)
  t.equal(await count(app), 0, 'nothing stored')
})

t.test('UTF-8 stays the default, with or without a BOM; JSON keeps Fastify’s checks', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const bom = await post(app, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STORY)]), 'text/plain')
  t.equal(bom.statusCode, 201, bom.body)
  t.equal(bom.json().text, STORY)
  const poisoned = await post(app, Buffer.from('{"text": "x", "__proto__": {"polluted": 1}}'), 'application/json')
  t.equal(poisoned.statusCode, 400, 'prototype poisoning is still refused')
  const broken = await post(app, Buffer.from('{"text": '), 'application/json')
  t.equal(broken.statusCode, 400)
})

t.test('decodeBody and charsetOf', async (t) => {
  t.equal(charsetOf('text/plain; charset=ISO-8859-1'), 'ISO-8859-1')
  t.equal(charsetOf('text/html; foo=bar; charset="windows-1252"'), 'windows-1252')
  t.equal(charsetOf('text/plain'), null)
  t.equal(charsetOf(undefined), null)
  t.equal(decodeBody(Buffer.from([0xff, 0xfe, 0x42, 0x00, 0xe1, 0x00]), 'text/plain', 'text'), 'Bá', 'a UTF-16 BOM wins')
  t.equal(decodeBody(latin1('café'), 'text/plain; charset=latin1', 'text'), 'café')
  t.throws(() => decodeBody(Buffer.from([0x61, 0xc3]), 'text/plain', 'text'), { message: /0xC3 at byte 1 \(after "a"\)/ })
  t.throws(() => decodeBody(Buffer.from('x'), 'text/plain; charset=iso-2022-kr', 'text'), { message: /charset "iso-2022-kr"/ }, 'the "replacement" encoding is no encoding')
})
