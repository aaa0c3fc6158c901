// Item 6 of issue 16: dates that cannot exist are refused, wherever they come from.
import t from 'tap'
import { dateProblem } from '../../src/domain/dates.js'
import { Ingestor } from '../../src/ingest/ingest.js'
import { AUTH, testApp, testDb } from '../helpers/app.js'

const TEXT = 'At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said.'

t.test('published_at "2024-02-30" → 400 "is not a real date", in JSON and in the query string; nothing stored', async (t) => {
  const { app } = await testApp(t, { seed: false })
  for (const [date, why] of [
    ['2024-02-30', 'February 2024 has 29 days'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['2024-04-31', 'April 2024 has 30 days'],
    ['2024-06-31T10:00:00Z', 'June 2024 has 30 days'],
    ['2024-01-01T24:00', 'there is no hour 24'],
  ]) {
    const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: TEXT, published_at: date } })
    t.equal(res.statusCode, 400, date)
    t.equal(res.json().error.details[0].field, 'published_at')
    t.equal(res.json().error.details[0].message, `is not a real date: ${why}`, date)
    const query = await app.inject({ method: 'POST', url: `/v1/articles?published_at=${date}`, headers: { ...AUTH, 'content-type': 'text/plain' }, payload: TEXT })
    t.equal(query.statusCode, 400, `${date} in the query`)
    t.match(query.json().error.message, /published_at: is not a real date/)
  }
  t.equal((await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: TEXT, published_at: '2024-13-01' } })).statusCode, 400, 'no month 13, as before')
  t.equal((await app.inject({ method: 'GET', url: '/v1/stats' })).json().articles, 0, 'nothing stored')
  const leap = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text: TEXT, published_at: '2024-02-29' } })
  t.equal(leap.statusCode, 201, '29 February of a leap year exists')
  t.equal(leap.json().published_at, '2024-02-29')
})

t.test('events: a date that cannot exist is a 400 too', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const res = await app.inject({ method: 'POST', url: '/v1/events', headers: AUTH, payload: { name: 'Flood in Sylhet', date: '2025-02-30' } })
  t.equal(res.statusCode, 400)
  t.match(res.json().error.message, /date: is not a real date: February 2025 has 28 days/)
})

t.test('the ingest service refuses them from any source (CLI front matter, page metadata)', async (t) => {
  const ingestor = new Ingestor(testDb(t, { seed: false }))
  t.throws(() => ingestor.ingest({ text: TEXT, published_at: '2024-02-30' }), { message: 'published_at: "2024-02-30" is not a real date: February 2024 has 29 days' })
  t.equal(ingestor.ingest({ text: TEXT, published_at: '2000-02-29' }).duplicate, false, '2000 was a leap year')
})

t.test('dateProblem', async (t) => {
  t.equal(dateProblem('1900-02-29'), 'February 1900 has 28 days', 'century years are not leap years')
  t.equal(dateProblem('2024-00-10'), 'there is no month 0')
  t.equal(dateProblem('2024-05-00'), 'May 2024 has 31 days')
  t.equal(dateProblem('2024-05-10T10:60'), 'there is no minute 60')
  t.equal(dateProblem('2024-05-10T10:00:61Z'), 'there is no second 61')
  t.equal(dateProblem('2024-05-10T10:00+25:00'), 'there is no UTC offset 25:00')
  t.equal(dateProblem('2024-05-10T23:59:59.999+05:30'), null)
  t.equal(dateProblem('yesterday'), null, 'not a date at all: the schema says so, not this')
})
