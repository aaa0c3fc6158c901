// Bulk ingest throughput: the CLI on a folder of generated articles, with worker threads (all
// cores) and, for the ratio, the same articles ingested one by one in this process (one core).
// It reports; it asserts nothing.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeDatabase, openDatabase } from '../src/db/open.js'
import { Ingestor } from '../src/ingest/ingest.js'
import { loadSeed } from '../seed/loader.js'
import { generateCorpus } from './corpus.js'

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 400)
const dir = mkdtempSync(join(tmpdir(), 'newsclaims-bench-'))
try {
  const corpus = generateCorpus(ARTICLES, 7)
  const folder = join(dir, 'articles')
  spawnSync('mkdir', ['-p', folder])
  corpus.forEach((text, i) => writeFileSync(join(folder, `${String(i).padStart(5, '0')}.txt`), text))

  // One core, in process: extraction and writes on the main thread.
  const single = openDatabase(join(dir, 'single.db'))
  loadSeed(single)
  const ingestor = new Ingestor(single)
  let t0 = performance.now()
  for (const text of corpus) ingestor.ingest({ text })
  const singleMs = performance.now() - t0
  closeDatabase(single)

  // All cores: the CLI, extraction on worker threads, one writer (process start-up included).
  const bulkDb = join(dir, 'bulk.db')
  const seeded = openDatabase(bulkDb)
  loadSeed(seeded)
  closeDatabase(seeded)
  t0 = performance.now()
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', folder], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, DATABASE_PATH: bulkDb },
    encoding: 'utf8',
  })
  const bulkMs = performance.now() - t0
  if (run.status !== 0) throw new Error(`ingest CLI failed:\n${run.stderr}`)
  const single_ = ARTICLES / (singleMs / 1000)
  const bulk = ARTICLES / (bulkMs / 1000)
  console.log(`bulk ingest benchmark: ${ARTICLES} generated articles (~500 words), seeded database, ${availableParallelism()} cores`)
  console.log(`  one core, in process:          ${single_.toFixed(0)} articles/s (${(singleMs / ARTICLES).toFixed(2)} ms/article, extraction + one transaction each)`)
  console.log(`  CLI, worker threads + 1 writer: ${bulk.toFixed(0)} articles/s (wall time incl. start-up), ${(bulk / single_).toFixed(2)}× one core`)
  console.log(`  CLI summary: ${run.stdout.trim().split('\n').pop()}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
