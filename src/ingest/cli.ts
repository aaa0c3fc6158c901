// `npm run ingest -- <file|folder|-> [--event X] [--outlet X] [--dry-run] [--json]`
import { SingleBar } from 'cli-progress'
import { availableParallelism } from 'node:os'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../config.js'
import { ApiError } from '../domain/errors.js'
import { listArticleFiles, readArticleFile, type SourcedInput } from './files.js'
import { extractionTimeoutError, type IngestInput, type IngestResult } from './ingest.js'
import { ExtractionPool, ExtractionTimeout } from './pool.js'
import { openStore } from '../store/sqlite.js'
import type { Extraction } from '../domain/extraction.js'

/** From this many files on, extraction runs on worker threads (one per core); writes stay here. */
const BULK_THRESHOLD = 16

const USAGE = `usage: npm run ingest -- <file|folder|-> [--event <id or name>] [--outlet <name>] [--dry-run] [--json]

Reads .txt, .md (front matter: title, outlet, url, published_at, event), .json (one article or an
array) and .html files, or a text on standard input (-), extracts entities and claims, and stores
each article in one transaction. --dry-run --json prints the extraction without writing.`

interface Outcome {
  source: string
  status: 'ingested' | 'duplicate' | 'failed' | 'extracted'
  id?: string
  reason?: string
  entities?: number
  claims?: number
}

async function main(argv: string[]): Promise<number> {
  let args
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        event: { type: 'string' },
        outlet: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals } = args
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if (positionals.length !== 1) {
    console.error(USAGE)
    return 2
  }
  const target = positionals[0]!

  let files: string[]
  try {
    files = target === '-' ? ['-'] : listArticleFiles(target)
  } catch (err) {
    console.error(`cannot read ${target}: ${(err as Error).message}`)
    return 2
  }

  const config = loadConfig(process.env)
  const store = openStore(config)
  const { rehash } = await store.open()
  for (const m of rehash.merged) console.error(`migration 0008: ${m.removed} is a duplicate of ${m.kept} as a reader sees it: merged into it`)
  const ingestor = store.ingestor
  const outcomes: Outcome[] = []
  const extractions: unknown[] = []
  const dryRun = values['dry-run']
  const threads = availableParallelism()
  const pool = !dryRun && files.length >= BULK_THRESHOLD ? new ExtractionPool({ maxThreads: threads }) : null
  // The registry as the run starts: every worker extracts against it (the single writer below adds
  // what each article brings, matching new names to stored entities as it stores them).
  const registry = pool ? ingestor.registrySnapshot() : null
  // Extractions run ahead on the workers; results are stored here in submission order, so that a
  // run gives the same database whatever the threads' timing.
  const queue: { source: string; input: IngestInput; text: string; extraction: Promise<Extraction> }[] = []
  const window = (pool ? threads : 1) * 4
  const record = (source: string, r: IngestResult) =>
    outcomes.push({
      source,
      status: r.duplicate ? 'duplicate' : 'ingested',
      id: r.id,
      entities: r.extraction?.entities.length,
      claims: r.extraction?.claims.length,
    })
  const failed = (source: string, err: unknown) =>
    outcomes.push({ source, status: 'failed', reason: err instanceof ApiError || err instanceof Error ? err.message : String(err) })
  const storeHead = async () => {
    const head = queue.shift()!
    try {
      record(head.source, ingestor.store(head.input, head.text, await head.extraction))
    } catch (err) {
      failed(head.source, err)
    }
  }

  const showBar = files.length > 1 && !values.json
  const bar = showBar
    ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {file}', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 2000 })
    : null
  bar?.start(files.length, 0, { file: '' })
  try {
    for (const [i, file] of files.entries()) {
      let inputs: SourcedInput[]
      try {
        inputs = file === '-' ? [{ source: 'stdin', input: { text: readFileSync(0, 'utf8') } }] : readArticleFile(file, undefined, config.minArticleWords)
      } catch (err) {
        failed(file, err)
        bar?.update(i + 1, { file })
        continue
      }
      for (const { source, input } of inputs) {
        const withDefaults = { ...input, event: input.event ?? values.event, outlet: input.outlet ?? values.outlet }
        try {
          if (dryRun) {
            const extraction = ingestor.extract(withDefaults)
            extractions.push({ source, ...extraction })
            outcomes.push({ source, status: 'extracted', entities: extraction.entities.length, claims: extraction.claims.length })
          } else if (!pool) {
            record(source, ingestor.ingest(withDefaults))
          } else {
            const prepared = ingestor.prepare(withDefaults)
            if ('duplicate' in prepared) record(source, prepared)
            else {
              const extraction = pool
                .extract({ text: prepared.text, title: withDefaults.title ?? null, language: prepared.language, registry: registry! }, config.extractionTimeoutMs)
                .catch((err: unknown) => {
                  throw err instanceof ExtractionTimeout ? extractionTimeoutError(config.extractionTimeoutMs, prepared.text.length) : err
                })
              extraction.catch(() => {}) // handled when stored, in order
              queue.push({ source, input: withDefaults, text: prepared.text, extraction })
              if (queue.length >= window) await storeHead()
            }
          }
        } catch (err) {
          failed(source, err)
        }
      }
      bar?.update(i + 1, { file })
    }
    while (queue.length) await storeHead()
  } finally {
    bar?.stop()
    await pool?.close()
    await store.close()
  }

  const count = (s: Outcome['status']) => outcomes.filter((o) => o.status === s).length
  const failures = outcomes.filter((o) => o.status === 'failed')
  if (values.json) {
    console.log(JSON.stringify(values['dry-run'] ? extractions : outcomes, null, 2))
  } else {
    for (const o of outcomes) {
      if (o.status === 'failed') console.log(`failed     ${o.source}: ${o.reason}`)
      else console.log(`${o.status.padEnd(10)} ${o.source}${o.id ? ` → ${o.id}` : ''}${o.claims !== undefined ? ` (${o.entities} entities, ${o.claims} claims)` : ''}`)
    }
    console.log(
      `\n${values['dry-run'] ? `extracted ${count('extracted')}` : `ingested ${count('ingested')}, duplicates ${count('duplicate')}`}, failed ${failures.length}`,
    )
  }
  return failures.length > 0 ? 1 : 0
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (err) {
  if (!(err instanceof ConfigError)) throw err
  console.error(err.message)
  process.exitCode = 2
}
