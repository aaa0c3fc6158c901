// `npm run bench -- [--articles N] [--db PATH] [--duration S] [--connections C] [--skip-uncached] [--only TEXT,…]`
//
// The whole benchmark, in one run: the server on a synthetic database of N articles (built first by
// bench/data.ts when the file is missing), loaded by autocannon route by route, with /v1/health as
// the reference measured in the same run, the in-process time of the same query (the floor), and
// the share of answers the read cache served; then the same with the cache off (RESPONSE_CACHE_MB=0),
// to show what the cache contributes and what the queries alone give; then pipeline throughput (one
// core) and bulk CLI ingest throughput (all cores). Writes bench/RESULTS.md. It reports; it asserts
// nothing.
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase, closeDatabase } from '../src/db/open.js'
import { listClaimsJson } from '../src/queries/claims.js'
import { encodeCursor } from '../src/queries/cursor.js'
import { disputesOfEvent } from '../src/queries/disputes.js'
import { readDocument, renderDocument } from '../src/queries/documents.js'
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
    'skip-uncached': { type: 'boolean', default: false },
    only: { type: 'string' },
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

// What requests are spread over: every article, event, entity and page, most of them chosen by a
// Zipf law (rank r with weight 1/r) as readers of news do, a few things read a lot and a long tail
// now and then; deep pages uniformly, as a crawler reads them. A response cache serves the head;
// the tail runs its queries, so no cache alone can explain a figure ("from cache" says how much).
const ro = new Database(dbPath, { readonly: true })
const ids = (query: string, ...params: unknown[]) => (ro.prepare(query).all(...params) as { id: string }[]).map((r) => r.id)
const uniform = <T>(rows: T[]) => () => rows[Math.floor(Math.random() * rows.length)]!
/** Picks from rows in popularity order (the first most often): weight 1/rank. */
function zipf<T>(rows: T[]): () => T {
  const cdf = new Float64Array(rows.length)
  let total = 0
  for (let i = 0; i < rows.length; i++) cdf[i] = total += 1 / (i + 1)
  return () => {
    const x = Math.random() * total
    let lo = 0
    let hi = rows.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cdf[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return rows[lo]!
  }
}
const largest = ro.prepare('SELECT event_id id, count(*) n FROM articles WHERE event_id IS NOT NULL GROUP BY event_id ORDER BY n DESC LIMIT 1').get() as { id: string; n: number }
const eventIds = ids('SELECT event_id id FROM articles WHERE event_id IS NOT NULL GROUP BY event_id ORDER BY count(*) DESC')
// Articles: popularity unrelated to storage order.
const articleIds = ids('SELECT id FROM articles ORDER BY random()')
const entityIds = ids('SELECT entity_id id FROM article_entities GROUP BY entity_id ORDER BY sum(mentions) DESC')
const busiest = entityIds[0]!
const killed = (ro.prepare("SELECT count(*) n FROM claims WHERE kind = 'count' AND metric = 'killed'").get() as { n: number }).n
const deepCursors = (ro.prepare("SELECT seq FROM claims WHERE kind = 'count' AND metric = 'killed' ORDER BY seq LIMIT -1 OFFSET ?").all(Math.floor(killed * 0.9)) as { seq: number }[]).map((r) => encodeCursor([r.seq]))
const words = ['attack', 'killed', 'police', 'minister', 'explosion', 'ceasefire', 'hospital', 'officials', 'election', 'flood', 'wounded', 'government', 'president', 'militants', 'rescue', 'earthquake', 'army', 'spokesman', 'capital', 'protest', 'border', 'village', 'victims', 'investigation', 'claimed', 'denied', 'responsibility', 'group', 'city', 'state']
const counts = { articles: (ro.prepare('SELECT count(*) n FROM articles').get() as { n: number }).n, claims: (ro.prepare('SELECT count(*) n FROM claims').get() as { n: number }).n }
ro.close()

// Every page of the largest event's responsibility by article, as a reader pages them.
const responsibilityCursors: (string | undefined)[] = [undefined]
{
  const db = openDatabase(dbPath, { migrate: false })
  let next = responsibilityBySource(db, ev(largest.id), { by: 'article', limit: 20 }).next_cursor
  while (next) {
    responsibilityCursors.push(next)
    next = responsibilityBySource(db, ev(largest.id), { by: 'article', limit: 20, cursor: next }).next_cursor
  }
  closeDatabase(db)
}

interface Target {
  name: string
  path: () => string
  floor?: (db: ReturnType<typeof openDatabase>) => unknown
}
function ev(id: string) {
  return { id, name: id }
}
const pages = { responsibility: zipf(responsibilityCursors), event: zipf(eventIds), article: zipf(articleIds), entity: zipf(entityIds), deep: uniform(deepCursors), word: zipf(words) }
const withCursor = (cursor: string | undefined) => (cursor ? `&cursor=${cursor}` : '')
const n = (rows: unknown[]) => rows.length.toLocaleString('en-US')
const allTargets: Target[] = [
  { name: '/v1/health (reference)', path: () => '/v1/health' },
  { name: `/v1/events/{largest}/responsibility?by=article, ${n(responsibilityCursors)} pages`, path: () => `/v1/events/${largest.id}/responsibility?by=article${withCursor(pages.responsibility())}`, floor: (db) => responsibilityBySource(db, ev(largest.id), { by: 'article', limit: 20, cursor: pages.responsibility() }) },
  { name: '/v1/events/{largest}/figures', path: () => `/v1/events/${largest.id}/figures`, floor: (db) => figuresOfEvent(db, ev(largest.id)) },
  { name: '/v1/events/{largest}/disputes', path: () => `/v1/events/${largest.id}/disputes`, floor: (db) => disputesOfEvent(db, ev(largest.id)) },
  { name: `/v1/events/{${n(eventIds)} events}/figures`, path: () => `/v1/events/${pages.event()}/figures`, floor: (db) => figuresOfEvent(db, ev(pages.event())) },
  { name: `/v1/events/{${n(eventIds)} events}/disputes`, path: () => `/v1/events/${pages.event()}/disputes`, floor: (db) => disputesOfEvent(db, ev(pages.event())) },
  { name: '/v1/claims?kind=count&metric=killed&limit=50', path: () => '/v1/claims?kind=count&metric=killed&limit=50', floor: (db) => listClaimsJson(db, { kind: 'count', metric: 'killed', limit: 50 }) },
  { name: `  … deep cursor pages (the last 10 %, ${n(deepCursors)} cursors, uniform)`, path: () => `/v1/claims?kind=count&metric=killed&limit=50&cursor=${pages.deep()}`, floor: (db) => listClaimsJson(db, { kind: 'count', metric: 'killed', limit: 50, cursor: pages.deep() }) },
  { name: `/v1/articles/{${n(articleIds)} ids}`, path: () => `/v1/articles/${pages.article()}`, floor: (db) => readDocument(db, 'article', pages.article()) },
  { name: '/v1/search?q=attack', path: () => '/v1/search?q=attack', floor: (db) => search(db, { q: 'attack', kind: 'article', limit: 50 }) },
  { name: `/v1/search?q={${words.length} words}`, path: () => `/v1/search?q=${pages.word()}`, floor: (db) => search(db, { q: pages.word(), kind: 'article', limit: 50 }) },
  { name: '/v1/entities/{busiest}', path: () => `/v1/entities/${busiest}`, floor: (db) => readDocument(db, 'entity', busiest) },
  { name: `/v1/entities/{${n(entityIds)} ids}`, path: () => `/v1/entities/${pages.entity()}`, floor: (db) => readDocument(db, 'entity', pages.entity()) },
]
const targets = allTargets.filter((t, i) => i === 0 || !values.only || values.only.split(',').some((part) => t.name.includes(part)))

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

interface Row {
  name: string
  rps: number
  p50: number
  p99: number
  errors: number
  hits: number
  floor: number | null
  /** /v1/health's req/s around this row (the mean of the runs just before and after): its ratio's reference. */
  reference: number
  /** Cores busy during the measured run: the server's process, and this one (autocannon's client). */
  serverCpu: number
  clientCpu: number
}

/** CPU seconds a process has used, user and system (/proc/PID/stat's utime and stime, in 1/100 s). */
function cpuSecondsOf(pid: number): number {
  // Fields after the command's closing parenthesis start at the third (state): utime is the 14th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

/** A process's resident memory: its own (heap, caches) and the database file's pages it maps. */
interface Rss {
  own: number
  file: number
}
function rssOf(pid: number): Rss {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024
  return { own: kib('RssAnon'), file: kib('RssFile') + kib('RssShmem') }
}
const rssLine = (rss: Rss) =>
  `Server RSS after the run: ${(rss.own / 2 ** 20).toFixed(0)} MiB of its own, plus ${(rss.file / 2 ** 20).toFixed(0)} MiB of mapped files (the database's pages in the operating system's page cache, shared, \`SQLITE_MMAP_MB\`).`

/** Requests after each run whose x-cache header estimates the share served from the cache. */
const SAMPLED = 200

/** One server process, every target in turn; between targets, the backlog drains. */
async function measure(cacheMb: number): Promise<{ rows: Row[]; rss: Rss }> {
  const port = 3900 + Math.floor(Math.random() * 90)
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: dbPath, PORT: String(port), LOG_LEVEL: 'warn', API_KEYS: 'bench:bench-key-0123456789', RATE_LIMIT_SEARCH: '1000000000', RESPONSE_CACHE_MB: String(cacheMb) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const base = `http://127.0.0.1:${port}`
  const healthy = async (withinMs: number) => {
    const t0 = performance.now()
    try {
      return (await fetch(`${base}/v1/health`)).ok && performance.now() - t0 < withinMs
    } catch {
      return false
    }
  }
  for (let i = 0; !(await healthy(Infinity)); i++) {
    if (i > 600) throw new Error('the server did not start')
    await new Promise((r) => setTimeout(r, 100))
  }
  const load = async (path: () => string, d: number) => {
    const [server0, client0, t0] = [cpuSecondsOf(server.pid!), process.cpuUsage(), performance.now()]
    const result = await autocannon({ url: base, connections, duration: d, requests: [{ setupRequest: (req) => ({ ...req, path: path() }) }] })
    const seconds = (performance.now() - t0) / 1000
    const client = process.cpuUsage(client0)
    const cpu = { server: (cpuSecondsOf(server.pid!) - server0) / seconds, client: (client.user + client.system) / 1e6 / seconds }
    // A slow target leaves requests queued in the server: wait until it answers at once again.
    for (let i = 0; i < 600 && !(await healthy(20)); i++) await new Promise((r) => setTimeout(r, 100))
    return { ...result, cpu }
  }
  const rows: Row[] = []
  // /v1/health is measured again after each row, for half as long: a row's ratio is to the mean of
  // the health runs just before and just after it (this shared machine's speed drifts by tens of
  // percent within minutes; a ratio then compares runs seconds apart, not minutes).
  let healthBefore = 0
  for (const target of targets) {
    // Warm-up, then the measured run.
    await load(target.path, 2)
    const result = await load(target.path, duration)
    // The share the cache serves, sampled after the run (autocannon's own per-response hook would
    // read every body and slow the client down).
    let hits = 0
    for (let i = 0; i < SAMPLED; i++) if ((await fetch(`${base}${target.path()}`)).headers.get('x-cache') === 'hit') hits++
    const floor = target.floor ? floorMs(target.floor) : null
    const rps = result.requests.average
    let reference = rps
    if (target !== targets[0]) {
      const healthAfter = (await load(targets[0]!.path, Math.max(3, duration / 2))).requests.average
      reference = (healthBefore + healthAfter) / 2
      healthBefore = healthAfter
    } else healthBefore = rps
    rows.push({ name: target.name, rps, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors, hits: hits / SAMPLED, floor, reference, serverCpu: result.cpu.server, clientCpu: result.cpu.client })
    const ratio = target === targets[0] ? '' : ` (${(rps / reference).toFixed(2)} of /v1/health's ${Math.round(reference)} around it)`
    process.stdout.write(`${target.name}: ${Math.round(rps)} req/s${ratio}, p99 ${result.latency.p99} ms, ${Math.round((100 * hits) / SAMPLED)} % from the cache, cores busy: server ${result.cpu.server.toFixed(2)}, client ${result.cpu.client.toFixed(2)}\n`)
  }
  const rss = rssOf(server.pid!)
  server.kill('SIGTERM')
  await new Promise((r) => server.once('exit', r))
  return { rows, rss }
}

function tableOf(rows: Row[], withFloor: boolean): string {
  const ratio = (r: Row) => r.rps / r.reference
  const verdict = (r: Row) => (r === rows[0] ? '' : ratio(r) >= 0.25 && r.p99 <= 50 ? ' ✓' : ' ✗')
  const first = rows[0]!
  return [
    `| endpoint | req/s | p50 ms | p99 ms | /v1/health around it, req/s | ratio to it | ratio to the first health | non-2xx | from cache | cores busy: server, client |${withFloor ? ' in-process query ms (floor) |' : ''}`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|${withFloor ? '---:|' : ''}`,
    ...rows.map(
      (r) =>
        `| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r === first ? '—' : Math.round(r.reference)} | ${ratio(r).toFixed(2)}${verdict(r)} | ${(r.rps / first.rps).toFixed(2)} | ${r.errors} | ${r === first ? '—' : `${Math.round(100 * r.hits)} %`} | ${r.serverCpu.toFixed(2)}, ${r.clientCpu.toFixed(2)} |${withFloor ? ` ${r.floor === null ? '—' : r.floor.toFixed(3)} |` : ''}`,
    ),
  ].join('\n')
}

/** Runs another benchmark script and returns what it printed. */
function script(name: string): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}`], { cwd: ROOT, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`bench/${name} failed:\n${run.stderr}`)
  process.stdout.write(run.stdout)
  return run.stdout.trim()
}

// What a read costs when its document is not kept (after a write that showed in it): rendering it.
const rendering = {
  article: floorMs((db) => renderDocument(db, 'article', pages.article())),
  entity: floorMs((db) => renderDocument(db, 'entity', pages.entity())),
}
const renderingLine = `Rendering an answer that is not kept (the first read after a write it shows; \`src/queries/documents.ts\`), in process: article ${rendering.article.toFixed(3)} ms, entity ${rendering.entity.toFixed(3)} ms; the rows above read kept ones.`
console.log(renderingLine)

console.log(`HTTP, read cache on (the default, RESPONSE_CACHE_MB=64):`)
const cached = await measure(64)
let uncached: Awaited<ReturnType<typeof measure>> | undefined
if (!values['skip-uncached']) {
  console.log(`\nHTTP, read cache off (RESPONSE_CACHE_MB=0): what the queries and serialization alone give`)
  uncached = await measure(0)
}
if (values.only) {
  // A partial run: the tables, not RESULTS.md.
  console.log(`\n${tableOf(cached.rows, true)}${uncached ? `\n\ncache off:\n${tableOf(uncached.rows, false)}` : ''}`)
  process.exit(0)
}
console.log('')
const pipeline = script('pipeline.ts')
const ingest = script('ingest.ts')

const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
const report = `# Benchmark results

Measured by \`npm run bench -- --articles ${N}\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.
Database: ${counts.articles.toLocaleString('en-US')} articles, ${counts.claims.toLocaleString('en-US')} claims (\`bench/data.ts\`, deterministic).
autocannon, ${connections} connections, ${duration} s per endpoint after a 2 s warm-up; the server is one process.
Requests are spread over every article, entity, event and page named in a row, by a Zipf law (the
k-th most popular read 1/k as often), and over deep cursor pages uniformly, as a crawler reads them:
the read cache serves the popular head, the tail runs its queries. Ratios are to \`/v1/health\` around each
row: the mean of its runs (${Math.max(3, duration / 2)} s, same server) just before and just after the row, as this shared
machine's speed drifts by tens of percent within minutes; the ratio to the first row, measured once at
the start, is beside it. ✓ marks an endpoint at 0.25 or more of the health around it with p99 at most 50 ms. "from cache" is the share of
answers the read cache served (header \`x-cache: hit\`), sampled over ${SAMPLED} requests after each run.
"cores busy" is the CPU the server process and this one (autocannon's client, one thread) used during the
measured run, in cores: a row whose client is near 1.00 while the server is well below is limited by
the client (it decodes every body into a string), and its req/s is less than the server can serve.
Largest event: ${largest.id} (${largest.n.toLocaleString('en-US')} articles).

## HTTP, read cache on (the default)

${tableOf(cached.rows, true)}

${renderingLine}

${rssLine(cached.rss)}
${
  uncached
    ? `
## HTTP, read cache off (\`RESPONSE_CACHE_MB=0\`)

Every request runs its queries and serializes its answer: the cost of a first request after a write.

${tableOf(uncached.rows, false)}

${rssLine(uncached.rss)}
`
    : ''
}
## Pipeline (one core)

\`\`\`
${pipeline}
\`\`\`

## Bulk ingest (CLI, all cores)

\`\`\`
${ingest}
\`\`\`
`
writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), report)
console.log(`\n${tableOf(cached.rows, true)}\n\nwritten to bench/RESULTS.md`)
