// A run of `npm run ingest` over its files, on any store (issue 17): everything the CLI does between
// opening the store and printing, reaching the database only through the store's ingest methods
// (Ingestor's *InStore path: articleByHash, resolveEvent, eventPlaces, registry, storeArticle), so
// that the same run works on SQLite and on PostgreSQL, and several runs at once on one PostgreSQL
// store each article once (storeArticle is exactly-once by content hash).
import { availableParallelism } from 'node:os'
import { readFileSync } from 'node:fs'
import { ApiError } from '../domain/errors.js'
import type { Extraction } from '../domain/extraction.js'
import { readArticleFile, type SourcedInput } from './files.js'
import { extractionTimeoutError, type IngestInput, type IngestResult, type Ingestor } from './ingest.js'
import { ExtractionPool, ExtractionTimeout } from './pool.js'

/** From this many files on, extraction runs on worker threads (one per core); writes stay here. */
export const BULK_THRESHOLD = 16

/** What became of one article of the run. */
export interface Outcome {
  /** The file (`file#2` for the second article of a JSON array; `stdin`). */
  source: string
  status: 'ingested' | 'duplicate' | 'failed' | 'extracted'
  id?: string
  reason?: string
  entities?: number
  claims?: number
}

export interface RunOptions {
  /** Event (id, slug or name) and outlet for articles whose file names none. */
  event?: string
  outlet?: string
  /** Extract and print only: nothing written. */
  dryRun?: boolean
  /** Words of main text an HTML page needs (MIN_ARTICLE_WORDS). */
  minArticleWords: number
  /** Thread time allowed to extract one article, in ms (EXTRACTION_TIMEOUT_MS). */
  extractionTimeoutMs: number
  /** Worker threads for bulk runs (default: one per core). */
  threads?: number
  /** Called after each file is read and its articles handed on (a progress bar). */
  onFile?: (done: number, file: string) => void
}

/**
 * Ingests `files` (paths, or `-` for standard input) through `store.ingestor`, in file order: each
 * article validated, looked up by content hash, extracted, and stored in one transaction with its
 * answer rendered (actor `cli`). From BULK_THRESHOLD files on, extraction runs ahead on worker
 * threads against the registry as the run starts, and articles are stored here in submission order,
 * so that a run gives the same database whatever the threads' timing. A file or article that fails
 * is an outcome `failed` with its reason; the others go on. With `dryRun`, the extractions are
 * returned and nothing is written.
 */
export async function ingestFiles(
  store: { ingestor: Ingestor },
  files: string[],
  options: RunOptions,
): Promise<{ outcomes: Outcome[]; extractions: unknown[] }> {
  const ingestor = store.ingestor
  const outcomes: Outcome[] = []
  const extractions: unknown[] = []
  const dryRun = options.dryRun ?? false
  const threads = options.threads ?? availableParallelism()
  const pool = !dryRun && files.length >= BULK_THRESHOLD ? new ExtractionPool({ maxThreads: threads }) : null
  // The registry as the run starts: every worker extracts against it (the single writer below adds
  // what each article brings, matching new names to stored entities as it stores them).
  const registry = pool ? await ingestor.registrySnapshotInStore() : null
  const queue: { source: string; input: IngestInput; text: string; hash: string; extraction: Promise<Extraction> }[] = []
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
      record(head.source, await ingestor.storeInStore(head.input, head.text, await head.extraction, { actor: 'cli', contentHash: head.hash, render: true }))
    } catch (err) {
      failed(head.source, err)
    }
  }

  try {
    for (const [i, file] of files.entries()) {
      let inputs: SourcedInput[]
      try {
        inputs = file === '-' ? [{ source: 'stdin', input: { text: readFileSync(0, 'utf8') } }] : readArticleFile(file, undefined, options.minArticleWords)
      } catch (err) {
        failed(file, err)
        options.onFile?.(i + 1, file)
        continue
      }
      for (const { source, input } of inputs) {
        const withDefaults = { ...input, event: input.event ?? options.event, outlet: input.outlet ?? options.outlet }
        try {
          if (dryRun) {
            const extraction = await ingestor.extractInStore(withDefaults)
            extractions.push({ source, ...extraction })
            outcomes.push({ source, status: 'extracted', entities: extraction.entities.length, claims: extraction.claims.length })
          } else if (!pool) {
            record(source, await ingestor.ingestInStore(withDefaults))
          } else {
            const prepared = await ingestor.prepareInStore(withDefaults)
            if ('duplicate' in prepared) record(source, prepared)
            else {
              const extraction = pool
                .extract({ text: prepared.text, title: withDefaults.title ?? null, language: prepared.language, registry: registry! }, options.extractionTimeoutMs)
                .catch((err: unknown) => {
                  throw err instanceof ExtractionTimeout ? extractionTimeoutError(options.extractionTimeoutMs, prepared.text.length) : err
                })
              extraction.catch(() => {}) // handled when stored, in order
              queue.push({ source, input: withDefaults, text: prepared.text, hash: prepared.hash, extraction })
              if (queue.length >= window) await storeHead()
            }
          }
        } catch (err) {
          failed(source, err)
        }
      }
      options.onFile?.(i + 1, file)
    }
    while (queue.length) await storeHead()
  } finally {
    await pool?.close()
  }
  return { outcomes, extractions }
}
