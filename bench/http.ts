// `npm run bench:http -- [--articles N] [--db PATH] [--duration S]`: the server on a synthetic
// database, loaded by autocannon (50 connections) route by route, with /v1/health as the reference
// measured in the same run, and the in-process time of the same query (the floor). Writes
// bench/RESULTS.md. It reports; it asserts nothing.
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase, closeDatabase } from '../src/db/open.js'
import { getArticle } from '../src/queries/articles.js'
import { listClaims } from '../src/queries/claims.js'
import { encodeCursor } from '../src/queries/cursor.js'
import { disputesOfEvent } from '../src/queries/disputes.js'
import { getEntity } from '../src/queries/entities.js'
import { figuresOfEvent } from '../src/queries/figures.js'
import { responsibilityBySource } from '../src/queries/responsibility.js'
import { search } from '../src/queries/search.js'

const ROOT = join(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    db: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
})
const N = Number(values.articles)
const dbPath = values.db ?? join(ROOT, 'bench', `data-${N}.db`)
const duration = Number(values.duration)
const connections = Number(values.connections)

if (!existsSync(dbPath)) {
  console.log(`building ${dbPath} (${N} articles)…`)
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'bench/data.ts', '--articles', String(N), '--db', dbPath], { cwd: ROOT, stdio: 'inherit' })
  if (built.status !== 0) process.exit(1)
}

// Ids to spread requests over, so that no response cache can explain a figure.
const ro = new Database(dbPath, { readonly: true })
const pick = <T>(rows: T[]) => rows[Math.floor(Math.random() * rows.length)]!
const largest = (ro.prepare('SELECT event_id id, count(*) n FROM articles WHERE event_id IS NOT NULL GROUP BY event_id ORDER BY n DESC LIMIT 1').get() as { id: string; n: number })
const events = (ro.prepare('SELECT event_id id FROM articles WHERE event_id IS NOT NULL GROUP BY event_id ORDER BY count(*) DESC LIMIT 50').all() as { id: string }[]).map((r) => r.id)
const articleIds = (ro.prepare('SELECT id FROM articles ORDER BY random() LIMIT 2000').all() as { id: string }[]).map((r) => r.id)
const busiest = (ro.prepare('SELECT entity_id id, count(*) n FROM mentions GROUP BY entity_id ORDER BY n DESC LIMIT 1').get() as { id: string })
const entityIds = (ro.prepare('SELECT entity_id id FROM mentions GROUP BY entity_id ORDER BY count(*) DESC LIMIT 200').all() as { id: string }[]).map((r) => r.id)
const killed = (ro.prepare("SELECT count(*) n FROM claims WHERE kind = 'count' AND metric = 'killed'").get() as { n: number }).n
const deepSeqs = (ro.prepare("SELECT seq FROM claims WHERE kind = 'count' AND metric = 'killed' ORDER BY seq LIMIT 200 OFFSET ?").all(Math.floor(killed * 0.9)) as { seq: number }[]).map((r) => encodeCursor([r.seq]))
const words = ['attack', 'killed', 'police', 'minister', 'explosion', 'ceasefire', 'hospital', 'officials', 'election', 'flood']
const counts = { articles: (ro.prepare('SELECT count(*) n FROM articles').get() as { n: number }).n, claims: (ro.prepare('SELECT count(*) n FROM claims').get() as { n: number }).n }
ro.close()

interface Target {
  name: string
  path: () => string
  floor?: (db: ReturnType<typeof openDatabase>) => unknown
}
const ev = (id: string) => ({ id, name: id })
const targets: Target[] = [
  { name: '/v1/health (reference)', path: () => '/v1/health' },
  { name: `/v1/events/{largest}/responsibility?by=article`, path: () => `/v1/events/${largest.id}/responsibility?by=article`, floor: (db) => responsibilityBySource(db, ev(largest.id), { by: 'article', limit: 50 }) },
  { name: '/v1/events/{largest}/figures', path: () => `/v1/events/${largest.id}/figures`, floor: (db) => figuresOfEvent(db, ev(largest.id)) },
  { name: '/v1/events/{largest}/disputes', path: () => `/v1/events/${largest.id}/disputes`, floor: (db) => disputesOfEvent(db, ev(largest.id)) },
  { name: '/v1/events/{50 busiest}/figures', path: () => `/v1/events/${pick(events)}/figures`, floor: (db) => figuresOfEvent(db, ev(pick(events))) },
  { name: '/v1/claims?kind=count&metric=killed&limit=50', path: () => '/v1/claims?kind=count&metric=killed&limit=50', floor: (db) => listClaims(db, { kind: 'count', metric: 'killed', limit: 50 }) },
  { name: '  … a deep cursor page (90 %)', path: () => `/v1/claims?kind=count&metric=killed&limit=50&cursor=${pick(deepSeqs)}`, floor: (db) => listClaims(db, { kind: 'count', metric: 'killed', limit: 50, cursor: pick(deepSeqs) }) },
  { name: '/v1/articles/{2,000 ids}', path: () => `/v1/articles/${pick(articleIds)}`, floor: (db) => getArticle(db, pick(articleIds)) },
  { name: '/v1/search?q=attack', path: () => '/v1/search?q=attack', floor: (db) => search(db, { q: 'attack', kind: 'article', limit: 50 }) },
  { name: '/v1/search?q={10 words}', path: () => `/v1/search?q=${pick(words)}`, floor: (db) => search(db, { q: pick(words), kind: 'article', limit: 50 }) },
  // Entity profiles last: they are the slowest, and a backlog must not starve the others.
  { name: '/v1/entities/{busiest}', path: () => `/v1/entities/${busiest.id}`, floor: (db) => getEntity(db, busiest.id) },
  { name: '/v1/entities/{200 busiest}', path: () => `/v1/entities/${pick(entityIds)}`, floor: (db) => getEntity(db, pick(entityIds)) },
]

/** Mean in-process time of a query, ms: the floor any HTTP figure is compared with. */
function floorMs(run: (db: ReturnType<typeof openDatabase>) => unknown): number {
  const db = openDatabase(dbPath, { migrate: false })
  try {
    run(db) // warm-up
    let n = 0
    const t0 = performance.now()
    while (performance.now() - t0 < 1000 && n < 2000) run(db), n++
    return (performance.now() - t0) / n
  } finally {
    closeDatabase(db)
  }
}

const port = 3900 + Math.floor(Math.random() * 90)
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  cwd: ROOT,
  env: { ...process.env, DATABASE_PATH: dbPath, PORT: String(port), LOG_LEVEL: 'warn', API_KEYS: 'bench:bench-key-0123456789', RATE_LIMIT_SEARCH: '1000000000' },
  stdio: ['ignore', 'ignore', 'inherit'],
})
const base = `http://127.0.0.1:${port}`
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/v1/health`)).ok) break
  } catch {
    if (i > 600) throw new Error('the server did not start')
    await new Promise((r) => setTimeout(r, 100))
  }
}

const rows: { name: string; rps: number; p50: number; p99: number; errors: number; floor: number | null }[] = []
for (const target of targets) {
  // Warm-up, then the measured run.
  for (const [round, d] of [2, duration].entries()) {
    const result = await autocannon({
      url: base,
      connections,
      duration: d,
      requests: [{ setupRequest: (req) => ({ ...req, path: target.path() }) }],
    })
    if (round === 1) {
      rows.push({
        name: target.name,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.non2xx + result.errors,
        floor: target.floor ? floorMs(target.floor) : null,
      })
      process.stdout.write(`${target.name}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms\n`)
    }
  }
}
const rss = Number((spawnSync('ps', ['-o', 'rss=', '-p', String(server.pid)], { encoding: 'utf8' }).stdout.trim())) * 1024
server.kill('SIGTERM')

const reference = rows[0]!.rps
const table = [
  '| endpoint | req/s | p50 ms | p99 ms | ratio to health | non-2xx | in-process query ms (floor) |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(r.rps / reference).toFixed(2)} | ${r.errors} | ${r.floor === null ? '—' : r.floor.toFixed(3)} |`),
].join('\n')
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
const report = `# Benchmark results

Measured by \`npm run bench:http -- --articles ${N}\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.
Database: ${counts.articles.toLocaleString()} articles, ${counts.claims.toLocaleString()} claims (\`bench/data.ts\`, deterministic).
autocannon, ${connections} connections, ${duration} s per endpoint after a 2 s warm-up, requests spread over
many ids, events and pages; the server is one process. Ratios are to \`/v1/health\` in the same run.
Largest event: ${largest.id} (${largest.n.toLocaleString()} articles).

${table}

Server RSS after the run: ${(rss / 2 ** 20).toFixed(0)} MiB.
`
writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), report)
console.log(`\n${table}\n\nserver RSS ${(rss / 2 ** 20).toFixed(0)} MiB; written to bench/RESULTS.md`)
