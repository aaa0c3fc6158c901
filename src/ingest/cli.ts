// `npm run ingest -- <file|folder|-> [--event X] [--outlet X] [--dry-run] [--json]`
import { SingleBar } from 'cli-progress'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../config.js'
import { closeDatabase, openDatabase } from '../db/open.js'
import { ApiError } from '../domain/errors.js'
import { listArticleFiles, readArticleFile, type SourcedInput } from './files.js'
import { Ingestor } from './ingest.js'

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

function main(argv: string[]): number {
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
  const db = openDatabase(config.databasePath)
  const ingestor = new Ingestor(db)
  const outcomes: Outcome[] = []
  const extractions: unknown[] = []
  const bar = files.length > 1 && process.stderr.isTTY ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr }) : null
  bar?.start(files.length, 0, { file: '' })
  try {
    for (const [i, file] of files.entries()) {
      let inputs: SourcedInput[]
      try {
        inputs = file === '-' ? [{ source: 'stdin', input: { text: readFileSync(0, 'utf8') } }] : readArticleFile(file)
      } catch (err) {
        outcomes.push({ source: file, status: 'failed', reason: (err as Error).message })
        continue
      }
      for (const { source, input } of inputs) {
        const withDefaults = { ...input, event: input.event ?? values.event, outlet: input.outlet ?? values.outlet }
        try {
          if (values['dry-run']) {
            const extraction = ingestor.extract(withDefaults)
            extractions.push({ source, ...extraction })
            outcomes.push({ source, status: 'extracted', entities: extraction.entities.length, claims: extraction.claims.length })
          } else {
            const r = ingestor.ingest(withDefaults)
            outcomes.push({
              source,
              status: r.duplicate ? 'duplicate' : 'ingested',
              id: r.id,
              entities: r.extraction?.entities.length,
              claims: r.extraction?.claims.length,
            })
          }
        } catch (err) {
          outcomes.push({ source, status: 'failed', reason: err instanceof ApiError ? err.message : String(err) })
        }
      }
      bar?.update(i + 1, { file })
      if (!bar && files.length > 1 && !values.json) process.stderr.write(`\r${i + 1}/${files.length} ${file}`.padEnd(80))
    }
  } finally {
    bar?.stop()
    if (!bar && files.length > 1 && !values.json) process.stderr.write('\n')
    closeDatabase(db)
  }

  const count = (s: Outcome['status']) => outcomes.filter((o) => o.status === s).length
  const failed = outcomes.filter((o) => o.status === 'failed')
  if (values.json) {
    console.log(JSON.stringify(values['dry-run'] ? extractions : outcomes, null, 2))
  } else {
    for (const o of outcomes) {
      if (o.status === 'failed') console.log(`failed     ${o.source}: ${o.reason}`)
      else console.log(`${o.status.padEnd(10)} ${o.source}${o.id ? ` → ${o.id}` : ''}${o.claims !== undefined ? ` (${o.entities} entities, ${o.claims} claims)` : ''}`)
    }
    console.log(
      `\n${values['dry-run'] ? `extracted ${count('extracted')}` : `ingested ${count('ingested')}, duplicates ${count('duplicate')}`}, failed ${failed.length}`,
    )
  }
  return failed.length > 0 ? 1 : 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (err) {
  if (!(err instanceof ConfigError)) throw err
  console.error(err.message)
  process.exitCode = 2
}
