// `npm run ingest -- <file|folder|-> [--event X] [--outlet X] [--dry-run] [--json]`
import { SingleBar } from 'cli-progress'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../config.js'
import { listArticleFiles } from './files.js'
import { ingestFiles, type Outcome } from './run.js'
import { openStore } from '../store/sqlite.js'

const USAGE = `usage: npm run ingest -- <file|folder|-> [--event <id or name>] [--outlet <name>] [--dry-run] [--json]

Reads .txt, .md (front matter: title, outlet, url, published_at, event), .json (one article or an
array) and .html files, or a text on standard input (-), extracts entities and claims, and stores
each article in one transaction. --dry-run --json prints the extraction without writing.`

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

  const showBar = files.length > 1 && !values.json
  const bar = showBar
    ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {file}', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 2000 })
    : null
  bar?.start(files.length, 0, { file: '' })
  let run
  try {
    run = await ingestFiles(store, files, {
      event: values.event,
      outlet: values.outlet,
      dryRun: values['dry-run'],
      minArticleWords: config.minArticleWords,
      extractionTimeoutMs: config.extractionTimeoutMs,
      onFile: (done, file) => bar?.update(done, { file }),
    })
  } finally {
    bar?.stop()
    await store.close()
  }
  const { outcomes, extractions } = run

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
