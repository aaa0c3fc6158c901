import { spawnSync } from 'node:child_process'
import { cpSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import t from 'tap'
import { nodeChild } from '../helpers/child.js'

const ROOT = join(import.meta.dirname, '..', '..')
const FIXTURES = join(ROOT, 'test', 'fixtures', 'articles')

function cli(args: string[], env: Record<string, string>, input?: string) {
  const r = spawnSync(...nodeChild('src/ingest/cli.ts', args), {
    cwd: ROOT,
    env: { ...process.env, ...env },
    input,
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const count = (db: string, table: string) => {
  const d = new Database(db, { readonly: true })
  try {
    return (d.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n
  } finally {
    d.close()
  }
}

t.test('a folder: every article stored, a summary, then all duplicates', async (t) => {
  const dir = t.testdir({ in: {} })
  const folder = join(dir, 'in')
  const texts = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))
  for (const f of texts) cpSync(join(FIXTURES, f), join(folder, f))
  writeFileSync(
    join(folder, 'wire.md'),
    '---\ntitle: Storm kills 3 in Galway\noutlet: Irish Times\npublished_at: 2025-01-24\n---\n\nThree people were killed when a storm hit Galway, Ireland, on Friday, police said.\n',
  )
  writeFileSync(join(folder, 'batch.json'), JSON.stringify([
    { text: 'At least 5 people were killed in a landslide in Kerala, India, officials said.', outlet: 'The Hindu' },
    { text: 'Four people were injured in a fire in Lagos, Nigeria, on Sunday, the fire service said.' },
  ]))
  // Enough files that extraction runs on worker threads (BULK_THRESHOLD = 16).
  const places = ['Galle, Sri Lanka', 'Mombasa, Kenya', 'Cebu, the Philippines', 'Arequipa, Peru']
  for (const [i, place] of places.entries()) {
    writeFileSync(join(folder, `extra-${i}.txt`), `At least ${i + 3} people were killed when a building collapsed in ${place}, on Monday, officials said. Rescue teams were searching the rubble for survivors.`)
  }
  const env = { DATABASE_PATH: join(dir, 'db.sqlite') }
  const first = cli([folder], env)
  t.equal(first.code, 0, 'the first run succeeds')
  const total = texts.length + 3 + places.length
  t.match(first.stdout, new RegExp(`ingested ${total}, duplicates 0, failed 0`))
  t.equal(count(env.DATABASE_PATH, 'articles'), total)
  const d = new Database(env.DATABASE_PATH, { readonly: true })
  t.same(d.prepare("SELECT title, outlet, published_at FROM articles WHERE outlet = 'Irish Times'").get(), {
    title: 'Storm kills 3 in Galway',
    outlet: 'Irish Times',
    published_at: '2025-01-24',
  }, 'front matter is read')
  d.close()
  const second = cli([folder], env)
  t.equal(second.code, 0)
  t.match(second.stdout, new RegExp(`ingested 0, duplicates ${total}, failed 0`))
})

t.test('a failed file does not stop the others; exit code 1 names it and why', async (t) => {
  const dir = t.testdir({
    in: {
      'a.txt': 'Two people were killed when a gas cylinder exploded in Karachi, Pakistan, on Monday, police said.',
      'b.json': '{ "text": ',
      'c.txt': '   ',
      'd.txt': 'A fire in a warehouse in Rotterdam, the Netherlands, injured six workers on Tuesday, the fire brigade said.',
    },
  })
  const env = { DATABASE_PATH: join(dir, 'db.sqlite') }
  const r = cli([join(dir, 'in')], env)
  t.equal(r.code, 1)
  t.match(r.stdout, /failed\s+\S*b\.json: .*JSON/)
  t.match(r.stdout, /failed\s+\S*c\.txt: text: the article text is empty/)
  t.match(r.stdout, /ingested 2, duplicates 0, failed 2/)
  t.equal(count(env.DATABASE_PATH, 'articles'), 2)
})

t.test('--dry-run --json prints the extraction and writes nothing; stdin with -', async (t) => {
  const dir = t.testdir({})
  const env = { DATABASE_PATH: join(dir, 'db.sqlite') }
  const text = 'At least 12 people were killed when a bomb exploded in a market in Quetta, Pakistan, on Monday, police said.'
  const r = cli(['-', '--dry-run', '--json'], env, text)
  t.equal(r.code, 0, r.stderr)
  const [extraction] = JSON.parse(r.stdout)
  t.equal(extraction.source, 'stdin')
  t.equal(extraction.text, text)
  t.ok(extraction.claims.some((c: { metric: string; value: number }) => c.metric === 'killed' && c.value === 12))
  t.equal(count(env.DATABASE_PATH, 'articles'), 0)
})

t.test('usage errors', async (t) => {
  const env = { DATABASE_PATH: join(t.testdir({}), 'db.sqlite') }
  t.equal(cli([], env).code, 2)
  t.match(cli(['--frobnicate', 'x'], env).stderr, /Unknown option/)
  t.match(cli(['/no/such/path'], env).stderr, /cannot read \/no\/such\/path/)
  t.match(cli(['--help'], env).stdout, /usage: npm run ingest/)
})
