import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { ApiError } from '../domain/errors.js'
import type { Extraction } from '../domain/extraction.js'
import type { CheckedText, HtmlPage, RegistrySnapshot, WorkerOutcome, WorkerTask } from './worker.js'

/** Thrown when a task ran past its time budget; its worker thread has been terminated. */
export class ExtractionTimeout extends Error {
  override name = 'ExtractionTimeout'
  constructor(readonly budgetMs: number) {
    super(`extraction took longer than its budget of ${budgetMs} ms`)
  }
}

export interface ExtractionPoolOptions {
  /** Worker threads at most (default: one per core). */
  maxThreads?: number
}

/**
 * The worker threads that read HTML pages and run the pipeline off the event loop (src/ingest/worker.ts),
 * shared by every request for the server's lifetime: threads start once and keep the pipeline's
 * gazetteer built between tasks. Nothing starts until the first task or `start()`. A task that runs
 * past its budget is aborted and the thread running it terminated (piscina replaces it), so an
 * overrun stops burning CPU at once.
 */
export class ExtractionPool {
  private pool: Piscina<WorkerTask, WorkerOutcome<Extraction | HtmlPage | CheckedText>> | null = null
  private closed = false
  /** Tasks not yet answered, and the timer that keeps the process alive meanwhile. */
  private pending = 0
  private keepAlive: NodeJS.Timeout | null = null

  constructor(private readonly options: ExtractionPoolOptions = {}) {}

  private static process: ExtractionPool | null = null

  /**
   * The process's own pool, for apps built without one (tests, scripts): made at first need and
   * never closed: its threads hold no reference on the event loop while idle, so they keep no
   * process alive, and every app of the process reuses them warm.
   */
  static shared(): ExtractionPool {
    ExtractionPool.process ??= new ExtractionPool()
    return ExtractionPool.process
  }

  /** Starts the threads now (a server does so at start, so that the first request finds them warm). */
  start(): this {
    this.piscina()
    return this
  }

  private piscina() {
    if (this.closed) throw new Error('the extraction pool is closed')
    this.pool ??= new Piscina({
      filename: new URL('./worker.ts', import.meta.url).href,
      minThreads: 1,
      maxThreads: Math.max(1, this.options.maxThreads ?? availableParallelism()),
      // Threads load the pipeline and its gazetteer once; they stay between requests.
      idleTimeout: 10 * 60_000,
    })
    return this.pool
  }

  /** The threads alive now (for tests: a thread that overran its budget is gone). */
  get threads(): readonly { threadId: number; once(event: 'exit', fn: () => void): unknown }[] {
    return this.pool?.threads ?? []
  }

  /**
   * Runs a task within `budgetMs` milliseconds of thread time. Resolves with its value; rejects with
   * ExtractionTimeout past the budget, or with the task's own error (an ApiError when it carried an
   * HTTP status, else an Error with its message).
   */
  private async run<T>(task: WorkerTask, budgetMs: number): Promise<T> {
    const signal = AbortSignal.timeout(Math.max(1, Math.ceil(budgetMs)))
    let outcome: WorkerOutcome<Extraction | HtmlPage | CheckedText>
    // piscina holds no reference on the event loop while a task waits for a thread that is still
    // starting: without one of ours, a process with nothing else to do (a script, the CLI) would
    // exit with the task unanswered.
    if (this.pending++ === 0) this.keepAlive = setInterval(() => {}, 2 ** 30)
    try {
      outcome = await this.piscina().run(task, { signal })
    } catch (err) {
      if (signal.aborted) throw new ExtractionTimeout(budgetMs)
      throw err
    } finally {
      if (--this.pending === 0) clearInterval(this.keepAlive!)
    }
    if (outcome.ok) return outcome.value as T
    const e = outcome.error
    if (e.statusCode !== undefined && e.code !== undefined) throw new ApiError(e.statusCode, e.code, e.message, e.details)
    throw new Error(e.message)
  }

  /** The pipeline on one normalized text against a registry snapshot (see Ingestor.registrySnapshot). */
  extract(task: { text: string; title: string | null; language: string; registry: RegistrySnapshot }, budgetMs: number): Promise<Extraction> {
    return this.run<Extraction>({ op: 'extract', ...task }, budgetMs)
  }

  /** checkText (src/ingest/ingest.ts) on a thread: the normalized text, its language and hash, or its 400/422. */
  check(text: string, budgetMs: number): Promise<CheckedText> {
    return this.run<CheckedText>({ op: 'check', text }, budgetMs)
  }

  /** The main text and metadata of an HTML page (htmlToText in src/ingest/html.ts), read on a thread. */
  html(html: string, budgetMs: number): Promise<HtmlPage> {
    return this.run<HtmlPage>({ op: 'html', html }, budgetMs)
  }

  /** Stops every thread; tasks still running are aborted. Safe to call twice. */
  async close(): Promise<void> {
    this.closed = true
    const pool = this.pool
    this.pool = null
    await pool?.destroy()
  }
}
