// Item 4 of issue 16: duplicates are caught as a reader sees them. The content hash is over the
// reader's form of the text (NFC, line endings, runs of spaces and blank lines, outer whitespace).
import t from 'tap'
import { contentHashOf, readerForm, sha256 } from '../../src/ingest/ids.js'
import { AUTH, testApp } from '../helpers/app.js'

const PARAGRAPHS = [
  'At least 14 people were killed when a fuel tanker exploded on a highway near Lokoja, Nigeria, on Sunday, the Federal Road Safety Corps said.',
  'The tanker overturned while trying to avoid a pothole and burst into flames as residents gathered to scoop fuel, witnesses told reporters.',
]

t.test('the same story as JSON, as text with leading spaces and extra blank lines, and as HTML is one article', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const json = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: PARAGRAPHS.join('\n\n') } })
  t.equal(json.statusCode, 201, json.body)
  const id = json.json().id

  const messy = `   ${PARAGRAPHS[0]}\n\n\n\n${PARAGRAPHS[1]!.replace('and burst', 'and  burst')}   \n\n`
  const text = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...AUTH, 'content-type': 'text/plain' }, payload: messy })
  t.equal(text.statusCode, 200, 'three leading spaces, extra blank lines, a double space: the same story')
  t.same({ id: text.json().id, duplicate: text.json().duplicate }, { id, duplicate: true })

  const page = `<html><head><title>Tanker blast</title></head><body><article>${PARAGRAPHS.map((p) => `<p>\n      ${p}\n    </p>`).join('\n')}</article></body></html>`
  const html = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...AUTH, 'content-type': 'text/html' }, payload: page })
  t.equal(html.statusCode, 200, html.body)
  t.same({ id: html.json().id, duplicate: html.json().duplicate }, { id, duplicate: true })

  const decomposed = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: `${PARAGRAPHS.join('\r\n\r\n')} Café`.normalize('NFD') } })
  t.equal(decomposed.statusCode, 201)
  const composed = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: `${PARAGRAPHS.join('\n\n')} Café`.normalize('NFC') } })
  t.same({ status: composed.statusCode, id: composed.json().id }, { status: 200, id: decomposed.json().id }, 'NFD and CRLF against NFC and LF: one article')

  const stats = (await app.inject({ method: 'GET', url: '/v1/stats' })).json()
  t.equal(stats.articles, 2, "the story, and the one with Café")
  t.equal(json.json().content_hash, contentHashOf(PARAGRAPHS.join('\n\n')))
})

t.test('readerForm', async (t) => {
  t.equal(readerForm('  a \t b  \r\n\r\n\r\n\n c\u2009d \n'), 'a b\n\nc d')
  t.equal(readerForm('line one\nline two'), 'line one\nline two', 'a single line break stays: lines are not paragraphs')
  t.equal(readerForm('\uFEFFCafe\u0301'), 'Café')
  t.equal(readerForm('a\u2028\nb\n\uFEFFc'), 'a\nb\nc', 'line and paragraph separators and a BOM at a line\'s edge go, as String.trim() took them')
  t.equal(contentHashOf('x'), sha256('x'), 'a text already in its reader form hashes as it always did')
})
