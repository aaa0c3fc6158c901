// A worker thread of ingest: runs the CPU-bound parts (reading an HTML page, the pipeline) on one
// text at a time, with no database. The main thread stays the single writer: it sends the registry
// with each task, as a JSON string and a version, and a worker parses it again only when the version
// changed (the pipeline compiles a registry once per object, so an unchanged registry stays compiled).
import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'
import type { Extraction, Registry } from '../domain/extraction.js'
import { extract } from '../pipeline/index.js'
import { htmlToText } from './html.js'
import { checkText } from './text.js'

/** The registry as the Ingestor last wrote it: `version` changes whenever its contents do. */
export interface RegistrySnapshot {
  version: string
  json: string
}

export type WorkerTask =
  | { op: 'extract'; text: string; title: string | null; language: string; registry: RegistrySnapshot }
  | { op: 'html'; html: string }
  | { op: 'check'; text: string }

/** What a task gives back: a result, or the error it threw with its HTTP status when it had one. */
export type WorkerOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; error: { message: string; statusCode?: number; code?: string; details?: { field?: string; message: string }[] } }

export type HtmlPage = ReturnType<typeof htmlToText>
export type CheckedText = ReturnType<typeof checkText>

let current: { version: string; registry: Registry } | null = null

function registryOf(snapshot: RegistrySnapshot): Registry {
  if (current?.version !== snapshot.version) current = { version: snapshot.version, registry: JSON.parse(snapshot.json) as Registry }
  return current.registry
}

/**
 * Runs one task. Errors come back as values: an Error crossing the thread boundary loses its class
 * and fields (an ApiError's status and code), so they are copied here.
 */
export default function runTask(task: WorkerTask): WorkerOutcome<Extraction | HtmlPage | CheckedText> {
  try {
    if (task.op === 'html') return { ok: true, value: htmlToText(task.html) }
    if (task.op === 'check') return { ok: true, value: checkText(task.text) }
    return { ok: true, value: extract(task.text, registryOf(task.registry), { title: task.title, language: task.language }) }
  } catch (err) {
    const e = err as { message?: string; statusCode?: unknown; code?: unknown; details?: unknown }
    return {
      ok: false,
      error: {
        message: String(e?.message ?? err),
        ...(typeof e?.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
        ...(typeof e?.code === 'string' ? { code: e.code } : {}),
        ...(Array.isArray(e?.details) ? { details: e.details as { field?: string; message: string }[] } : {}),
      },
    }
  }
}

// Extraction is background work: this thread runs at a lower priority (nice 10) than the process's
// event loop, so that when the cores are busy the scheduler runs the thread that answers requests
// first. On Linux a thread is a task with its own id (/proc/thread-self → <pid>/task/<tid>) whose
// priority setpriority(2) changes alone; elsewhere, or where it is refused, the thread keeps the
// process's priority.
try {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop())
  if (Number.isInteger(tid) && tid !== process.pid) setPriority(tid, 10)
} catch {
  // not Linux, or not allowed: the default priority
}

// The first extraction builds the bundled gazetteer (~0.3 s): done as the thread starts, so that it
// is not charged to the first article's time budget when the pool was started ahead of requests.
extract('Warm-up: the police said.', { entities: [] })
