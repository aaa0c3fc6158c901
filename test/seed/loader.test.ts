import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { loadSeed, readSeed, SEED_DIR, SeedError } from '../../seed/loader.js'
import { testDb } from '../helpers/app.js'

const dump = (db: ReturnType<typeof testDb>) =>
  Object.fromEntries(
    ['articles', 'entities', 'entity_aliases', 'events', 'mentions', 'claims'].map((table) => [
      table,
      db.$client.prepare(`SELECT * FROM ${table} ORDER BY seq`).all().map((r) => {
        const { ingested_at: _i, created_at: _c, ...rest } = r as Record<string, unknown>
        return rest
      }),
    ]),
  )

t.test('seeding twice gives the same rows and ids', async (t) => {
  const db = testDb(t)
  const once = dump(db)
  loadSeed(db)
  t.same(dump(db), once)
  t.equal(once.articles!.length, 5)
  t.ok(once.mentions!.length > 150)
})

t.test('ids are stable across databases', async (t) => {
  const a = dump(testDb(t))
  const b = dump(testDb(t))
  t.same(a.claims!.map((c) => (c as { id: string }).id), b.claims!.map((c) => (c as { id: string }).id))
  t.same(a.articles!.map((c) => (c as { id: string }).id), ['d77f2436c617f0ca', '7b13943edb418c29', 'a63ad41b02b2c28d', '72310df056a5f00a', 'c2eed1b615dead02'])
})

t.test('the seed articles are the shared seeds, verbatim', async (t) => {
  const seed = readSeed()
  for (const { annotation, text } of seed.articles) {
    const shared = join(SEED_DIR, '..', '..', 'shared', 'seeds', annotation.file)
    let original: string
    try {
      original = readFileSync(shared, 'utf8')
    } catch {
      t.comment(`${shared} is not beside the project: not compared`)
      continue
    }
    t.equal(text, original, annotation.file)
  }
})

t.test('every mention and evidence span equals the article text at [start, end)', async (t) => {
  const db = testDb(t)
  const texts = new Map(
    (db.$client.prepare('SELECT id, text FROM articles').all() as { id: string; text: string }[]).map((a) => [a.id, a.text]),
  )
  const mentions = db.$client.prepare('SELECT article_id, start, "end", text FROM mentions').all() as {
    article_id: string; start: number; end: number; text: string
  }[]
  for (const m of mentions) t.equal(texts.get(m.article_id)!.slice(m.start, m.end), m.text)
  const claims = db.$client.prepare('SELECT article_id, evidence_start s, evidence_end e, evidence_text x FROM claims').all() as {
    article_id: string; s: number; e: number; x: string
  }[]
  for (const c of claims) t.equal(texts.get(c.article_id)!.slice(c.s, c.e), c.x)
  t.ok(mentions.length + claims.length > 200)
})

t.test('a malformed annotation fails loudly with the file and the field', async (t) => {
  const broken = (edit: (dir: string) => void) => {
    const dir = t.testdir({})
    cpSync(SEED_DIR, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') })
    edit(dir)
    return dir
  }
  const editJson = (dir: string, file: string, f: (j: any) => void) => {
    const path = join(dir, 'annotations', file)
    const j = JSON.parse(readFileSync(path, 'utf8'))
    f(j)
    writeFileSync(path, JSON.stringify(j))
  }
  const file = '001_1ad83453b1c116c7.json'
  t.throws(() => readSeed(broken((d) => editJson(d, file, (j) => (j.claims[0].evidence.start = -1)))), {
    name: 'SeedError',
    message: new RegExp(`${file}: invalid annotation[\\s\\S]*claims\\.0\\.evidence\\.start`),
  })
  t.throws(() => readSeed(broken((d) => editJson(d, file, (j) => (j.mentions[0].start += 1)))), {
    message: new RegExp(`${file}: at mentions\\.0: \\[`),
  })
  t.throws(() => readSeed(broken((d) => editJson(d, file, (j) => (j.claims[0].claimant = 'nobody')))), {
    message: /claims\.0\.claimant: unknown entity "nobody"/,
  })
  t.throws(() => readSeed(broken((d) => editJson(d, file, (j) => (j.event = 'other-event')))), {
    message: /at event: unknown event/,
  })
  t.throws(() => readSeed(broken((d) => editJson(d, 'entities.json', (j) => (j[1].parent = 'nobody')))), {
    message: /entities\.json: at 1\.parent/,
  })
  t.throws(() => readSeed(broken((d) => editJson(d, 'events.json', (j) => (j[0].place = 'nowhere')))), {
    message: /events\.json: at 0\.place/,
  })
  t.throws(() => readSeed(broken((d) => writeFileSync(join(d, 'annotations', 'entities.json'), '[{'))), {
    message: /entities\.json: not valid JSON/,
  })
  t.equal(new SeedError('x').name, 'SeedError')
})
