// A worker thread of bulk ingest: runs the pipeline (CPU-bound, no database) on one text at a time.
// The registry arrives once, as workerData; the main thread stays the single writer.
import { workerData } from 'node:worker_threads'
import type { Extraction, Registry } from '../domain/extraction.js'
import { extract } from '../pipeline/index.js'

const registry = (workerData as { registry: Registry }).registry

export default function extractInWorker(task: { text: string; title: string | null; language: string }): Extraction {
  return extract(task.text, registry, { title: task.title, language: task.language })
}
